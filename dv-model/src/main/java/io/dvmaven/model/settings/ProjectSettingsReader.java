package io.dvmaven.model.settings;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.parse.input.SpecInput;
import io.dvmaven.model.parse.input.SpecText;
import io.dvmaven.model.spec.Ident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code specs/dv_settings.yml}; every problem is a diagnostic with its location, never an exception. */
public final class ProjectSettingsReader {

    private static final List<String> TOP_KEYS = List.of("hashing", "null_key_placeholders", "ghost_records",
            "apply_source_filter", "rehash", "model_contracts");
    private static final List<String> HASHING_KEYS = List.of("algorithm", "concat_string", "null_placeholder_string",
            "content_casing");
    /** Strings AutomateDV places into SQL literals unescaped: no quotes, backslashes, braces or control characters. */
    private static final Pattern SAFE_LITERAL = Pattern.compile("[^'\"\\\\{}%\\p{Cntrl}]{1,16}");

    private final SpecDocument doc;

    private ProjectSettingsReader(SpecDocument doc) {
        this.doc = doc;
    }

    /**
     * @param file relative path of the settings file, for locations
     * @return the settings; {@link ProjectSettings#DEFAULTS} when the file does not exist
     */
    public static ProjectSettings read(Path path, String file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(path)) {
            return ProjectSettings.DEFAULTS;
        }
        String text;
        try {
            text = SpecText.decode(Files.readAllBytes(path), file, diagnostics);
        } catch (IOException e) {
            diagnostics.error(SourceLocation.ofFile(file), "settings.io", "cannot read the settings file: "
                    + e.getMessage(), "check that the file is readable");
            return ProjectSettings.DEFAULTS;
        }
        return text == null ? ProjectSettings.DEFAULTS : parse(file, text, diagnostics);
    }

    /** Parses the text of a settings file. */
    public static ProjectSettings parse(String file, String text, Diagnostics diagnostics) {
        List<Node> documents = SpecInput.read(file, text, diagnostics, new ArrayList<>());
        if (documents == null || documents.isEmpty() || SpecDocument.isNull(documents.get(0))) {
            return new ProjectSettings(file, HashSettings.DEFAULTS, "-1", "-2", false, false, List.of(), null);
        }
        return new ProjectSettingsReader(new SpecDocument(file, diagnostics, new ArrayList<>()))
                .settings(file, documents.get(0));
    }

    private ProjectSettings settings(String file, Node root) {
        if (!(root instanceof MappingNode mapping)) {
            doc.wrongType(root, "the settings file", "a mapping", "hashing: {algorithm: md5}");
            return ProjectSettings.DEFAULTS;
        }
        SpecDocument.Section top = doc.section(mapping, "the settings file", doc.at(root), TOP_KEYS);
        HashSettings defaults = HashSettings.DEFAULTS;
        HashSettings hashing = defaults;
        SpecDocument.Section hash = optionalSection(top, "hashing", HASHING_KEYS);
        if (hash != null) {
            hashing = new HashSettings(
                    choice(hash, "algorithm", HashSettings.ALGORITHMS, defaults.algorithm()),
                    literal(hash, "concat_string", defaults.concatString()),
                    literal(hash, "null_placeholder_string", defaults.nullPlaceholder()),
                    choice(hash, "content_casing", HashSettings.CASINGS, defaults.casing()));
        }
        String required = "-1";
        String optional = "-2";
        SpecDocument.Section placeholders = optionalSection(top, "null_key_placeholders",
                List.of("required", "optional"));
        if (placeholders != null) {
            required = literal(placeholders, "required", required);
            optional = literal(placeholders, "optional", optional);
        }
        return new ProjectSettings(file, hashing, required, optional, flag(top, "ghost_records"),
                flag(top, "apply_source_filter"), acknowledgements(top),
                flag(top, "model_contracts") ? doc.at(top.value("model_contracts")) : null);
    }

    private SpecDocument.Section optionalSection(SpecDocument.Section parent, String key, List<String> keys) {
        Node node = parent.value(key);
        if (node == null || SpecDocument.isNull(node)) {
            return null;
        }
        MappingNode mapping = doc.requiredMapping(parent, key, key + ": {" + keys.get(0) + ": ...}");
        return mapping == null ? null : doc.section(mapping, key, parent.keyLocation(key), keys);
    }

    private String choice(SpecDocument.Section section, String key, List<String> allowed, String fallback) {
        Node node = section.value(key);
        if (node == null) {
            return fallback;
        }
        String value = doc.scalarText(node, "'" + key + "' of " + section.where(), key + ": " + allowed.get(0));
        if (value != null && !allowed.contains(value)) {
            doc.diagnostics().error(doc.at(node), "settings.invalid-value", key + " '" + value + "' is not one of "
                    + String.join(", ", allowed), "write " + key + ": " + allowed.get(0) + Names.closest(value, allowed)
                    .map(s -> " (did you mean '" + s + "'?)").orElse(""));
            return fallback;
        }
        return value == null ? fallback : value;
    }

    private String literal(SpecDocument.Section section, String key, String fallback) {
        Node node = section.value(key);
        if (node == null) {
            return fallback;
        }
        String value = doc.scalarText(node, "'" + key + "' of " + section.where(), key + ": \"" + fallback + "\"");
        if (value != null && !SAFE_LITERAL.matcher(value).matches()) {
            doc.diagnostics().error(doc.at(node), "settings.invalid-value", key + " must be 1 to 16 characters "
                    + "without quotes, backslashes, braces, % or control characters",
                    "write " + key + ": \"" + fallback + "\"");
            return fallback;
        }
        return value == null ? fallback : value;
    }

    private boolean flag(SpecDocument.Section section, String key) {
        Node node = section.value(key);
        if (node == null) {
            return false;
        }
        String value = doc.scalarText(node, "'" + key + "' of " + section.where(), key + ": true");
        if (value != null && !value.equals("true") && !value.equals("false")) {
            doc.diagnostics().error(doc.at(node), "settings.invalid-value", key + " must be true or false, found '"
                    + value + "'", "write " + key + ": true");
        }
        return "true".equals(value);
    }

    private List<RehashAcknowledgement> acknowledgements(SpecDocument.Section top) {
        List<RehashAcknowledgement> acknowledgements = new ArrayList<>();
        String example = "rehash: [{column: <hash column>, acknowledged: 2026-01-31, reason: \"...\"}]";
        for (Node item : doc.optionalList(top, "rehash", example)) {
            if (!(item instanceof MappingNode mapping)) {
                doc.wrongType(item, "an entry of rehash", "a mapping", example);
                continue;
            }
            SpecDocument.Section entry = doc.section(mapping, "a rehash entry", doc.at(item),
                    List.of("column", "acknowledged", "reason"));
            Ident column = doc.requiredName(entry, "column", "hash column", "<hash key or hashdiff column>");
            Node dateNode = entry.value("acknowledged");
            String date = null;
            if (dateNode == null) {
                doc.missing(entry, "acknowledged", LocalDate.now().toString());
            } else {
                date = doc.scalarText(dateNode, "'acknowledged' of a rehash entry", "acknowledged: 2026-01-31");
                if (date != null && !isDate(date)) {
                    doc.diagnostics().error(doc.at(dateNode), "settings.invalid-value", "acknowledged '" + date
                            + "' is not a date (yyyy-mm-dd)", "write acknowledged: 2026-01-31");
                    date = null;
                }
            }
            if (column != null && date != null) {
                acknowledgements.add(new RehashAcknowledgement(column.value(), date,
                        doc.optionalText(entry, "reason"), doc.at(item)));
            }
        }
        return acknowledgements;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
