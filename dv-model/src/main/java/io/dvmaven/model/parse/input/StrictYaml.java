package io.dvmaven.model.parse.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * YAML specs as snakeyaml-engine node trees with marks, stricter than YAML itself: explicit tags
 * ({@code !!java.lang.Object}, {@code !custom}) and merge keys ({@code <<}) are rejected where they stand, and
 * aliases are limited to {@link #MAX_ALIASES} per document (a spec never needs more; billion-laughs input fails
 * fast). Duplicate keys are reported by the spec parser, which knows what each mapping is.
 */
public final class StrictYaml {

    /** Aliases allowed per file; specs rarely use any. */
    public static final int MAX_ALIASES = 50;

    private StrictYaml() {
    }

    /** Every document of the stream, in order; an empty stream gives an empty list. */
    public static List<Node> compose(String label, String text) throws InputException {
        LoadSettings settings = LoadSettings.builder().setLabel(label).setCodePointLimit(Integer.MAX_VALUE)
                .setMaxAliasesForCollections(MAX_ALIASES).build();
        List<Node> documents = new ArrayList<>();
        StreamReader reader = new StreamReader(settings, text);
        try {
            Composer composer = new Composer(settings, new CheckedEvents(new ParserImpl(settings, reader)));
            while (composer.hasNext()) {
                Node document = composer.next();
                rejectMergeKeys(document, 0);
                documents.add(document);
            }
        } catch (Rejected e) {
            throw e.cause;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() != null ? e.getProblem() : firstLine(e.getMessage());
            String context = e.getContext() != null ? " " + e.getContext() : "";
            throw new InputException(mark.map(m -> m.getLine() + 1).orElse(1),
                    mark.map(m -> m.getColumn() + 1).orElse(1), "invalid YAML: " + problem + context,
                    "fix the YAML syntax at this position");
        } catch (YamlEngineException e) {
            throw new InputException(1, 1, "invalid YAML: " + firstLine(e.getMessage()), "fix the YAML syntax");
        } catch (NumberFormatException e) {
            // snakeyaml-engine reads an escape cut short by the end of the text (backslash, u) as a number
            throw new InputException(reader.getLine() + 1, reader.getColumn() + 1,
                    "invalid YAML: an escape sequence in a double-quoted string is cut short",
                    "complete the escape (\\uXXXX, \\xXX) or close the string");
        } catch (StackOverflowError e) {
            throw new InputException(1, 1, "invalid YAML: nesting is too deep", "flatten the document");
        }
        return documents;
    }

    private static void rejectMergeKeys(Node node, int depth) throws InputException {
        if (depth > 1000) {
            throw at(node, "nesting is too deep", "flatten the document");
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.isPlain() && "<<".equals(key.getValue())) {
                    throw at(key, "merge keys ('<<') are not supported in specs",
                            "write the entries out; each spec states its own keys");
                }
                rejectMergeKeys(tuple.getKeyNode(), depth + 1);
                rejectMergeKeys(tuple.getValueNode(), depth + 1);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                rejectMergeKeys(item, depth + 1);
            }
        }
    }

    static InputException at(Node node, String problem, String fix) {
        Mark mark = node.getStartMark().orElse(null);
        return mark == null ? new InputException(1, 1, problem, fix)
                : new InputException(mark.getLine() + 1, mark.getColumn() + 1, problem, fix);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Carries a rejection out through the composer, which only knows unchecked exceptions. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient InputException cause;

        Rejected(InputException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }

    /** The parser's events, refusing explicit tags and counting aliases (scalar aliases too) as they pass. */
    private static final class CheckedEvents implements Parser {
        private final Parser parser;
        private int aliases;

        CheckedEvents(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            Optional<String> tag = Optional.empty();
            if (event instanceof ScalarEvent scalar) {
                tag = scalar.getTag();
            } else if (event instanceof CollectionStartEvent collection) {
                tag = collection.getTag();
            } else if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                throw reject(event, "more than " + MAX_ALIASES + " aliases in one file",
                        "write the values out instead of repeating them through anchors");
            }
            if (tag.isPresent() && event instanceof NodeEvent) {
                throw reject(event, "explicit YAML tag '" + tag.get() + "' is not allowed in specs",
                        "remove the tag; quote the value if it must be text");
            }
            return event;
        }

        private static Rejected reject(Event event, String problem, String fix) {
            Mark mark = event.getStartMark().orElse(null);
            return new Rejected(mark == null ? new InputException(1, 1, problem, fix)
                    : new InputException(mark.getLine() + 1, mark.getColumn() + 1, problem, fix));
        }
    }
}
