package io.dvmaven.model.parse.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict JSON (RFC 8259) on Jackson's streaming parser: no comments, trailing commas, single quotes, NaN or
 * Infinity, leading zeros, duplicate member names or lone UTF-16 surrogates; every problem with its line and
 * column. The value is handed to a {@link Tree} so that one reader serves both spec node trees and plain maps.
 */
public final class StrictJson {

    /** Nesting deeper than this is refused; no spec or reply comes near it. */
    public static final int MAX_DEPTH = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(Integer.MAX_VALUE).maxDocumentLength(-1).build())
            .build();

    /** Builds values of type {@code T}; positions are 0-based char offset, 1-based line and column. */
    public interface Tree<T> {
        T string(String value, Position start, Position end);

        /** A number as written; {@code integral} when it has neither fraction nor exponent. */
        T number(String literal, boolean integral, Position start, Position end);

        T bool(boolean value, Position start, Position end);

        T nul(Position start, Position end);

        T object(List<T> names, List<T> values, Position start, Position end);

        T array(List<T> items, Position start, Position end);
    }

    /** Where a token starts or ends. */
    public record Position(int offset, int line, int column) {
    }

    private StrictJson() {
    }

    /** The single JSON value in {@code text}. */
    public static <T> T read(String text, Tree<T> tree) throws InputException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(1, 1, "empty input, expected a JSON value", "write a JSON object");
            }
            T value = value(parser, tree, text);
            JsonToken extra;
            JsonLocation at;
            try {
                extra = parser.nextToken();
                at = parser.currentTokenLocation();
            } catch (JsonProcessingException e) {
                extra = JsonToken.NOT_AVAILABLE;
                at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            }
            if (extra != null) {
                throw new InputException(at.getLineNr(), at.getColumnNr(), "unexpected text after the JSON value",
                        "remove it; a JSON file holds one value");
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new InputException(1, 1, "nesting is too deep (more than " + MAX_DEPTH + " levels)",
                    "flatten the document");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : at.getLineNr();
            int column = at == null ? 1 : at.getColumnNr();
            throw new InputException(line, column, JsonProblems.describe(e.getOriginalMessage(), text, at),
                    "fix the JSON syntax at this position (JSON allows no comments, trailing commas, "
                            + "single quotes or NaN)");
        } catch (IOException e) {
            throw new InputException(1, 1, "unreadable JSON: " + e.getMessage(), "fix the JSON syntax");
        }
    }

    private static <T> T value(JsonParser parser, Tree<T> tree, String text) throws IOException, InputException {
        Position start = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<T> names = new ArrayList<>();
                List<T> values = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    Position nameStart = position(parser.currentTokenLocation());
                    String name = checkedText(parser, nameStart);
                    names.add(tree.string(name, nameStart, end(parser)));
                    parser.nextToken();
                    values.add(value(parser, tree, text));
                }
                return tree.object(names, values, start, end(parser));
            }
            case START_ARRAY -> {
                List<T> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser, tree, text));
                }
                return tree.array(items, start, end(parser));
            }
            case VALUE_STRING -> {
                return tree.string(checkedText(parser, start), start, end(parser));
            }
            case VALUE_NUMBER_INT -> {
                return tree.number(parser.getText(), true, start, end(parser));
            }
            case VALUE_NUMBER_FLOAT -> {
                return tree.number(parser.getText(), false, start, end(parser));
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return tree.bool(token == JsonToken.VALUE_TRUE, start, end(parser));
            }
            case VALUE_NULL -> {
                return tree.nul(start, end(parser));
            }
            default -> throw new InputException(start.line(), start.column(), "unexpected " + token,
                    "fix the JSON syntax at this position");
        }
    }

    /** The token's text, refusing lone surrogates (written as {@code \ud800} escapes), which are not text. */
    private static String checkedText(JsonParser parser, Position at) throws IOException, InputException {
        String value = parser.getText();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InputException(at.line(), at.column(), String.format(
                        "string holds a lone UTF-16 surrogate (\\u%04x), which is not a character", (int) c),
                        "escape a character outside the BMP as a surrogate pair, or write it as is");
            }
        }
        return value;
    }

    private static Position end(JsonParser parser) {
        return position(parser.currentLocation());
    }

    private static Position position(JsonLocation location) {
        long offset = location.getCharOffset();
        return new Position(offset < 0 ? 0 : (int) Math.min(offset, Integer.MAX_VALUE),
                Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
