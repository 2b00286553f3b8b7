package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.mermaid.ErDiagram.Arg;
import io.dvmaven.model.mermaid.ErDiagram.Column;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.mermaid.ErDiagram.Relationship;
import io.dvmaven.model.mermaid.ErDiagram.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of one Mermaid {@code erDiagram} (the subset a Data Vault design needs: entity blocks with
 * typed attributes, key markers and comments, relationship lines, {@code %%} comments) and reports syntax
 * errors with the line and column of the original file.
 */
final class ErDiagramParser {

    static final Set<String> LEFT_CARDINALITIES = Set.of("|o", "||", "}o", "}|");
    static final Set<String> RIGHT_CARDINALITIES = Set.of("o|", "||", "o{", "|{");
    private static final Set<String> KEY_MARKERS = Set.of("PK", "FK", "UK");
    private static final String NAME = "[A-Za-z_][A-Za-z0-9_-]*";
    private static final Pattern TABLE_OPEN = Pattern.compile("^(" + NAME + ")\\s*(\\[\"[^\"]*\"])?\\s*\\{\\s*(})?$");
    private static final Pattern BARE_TABLE = Pattern.compile("^(" + NAME + ")\\s*(\\[\"[^\"]*\"])?$");
    private static final Pattern RELATIONSHIP =
            Pattern.compile("^(" + NAME + ")\\s*([|}o{.\\-<>]+)\\s*(" + NAME + ")\\s*(?::\\s*(.*))?$");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_*][A-Za-z0-9_\\-()\\[\\],.*]*");
    private static final Pattern SKIPPED =
            Pattern.compile("^(accTitle|accDescr|title|direction|classDef|class|style)(\\s|:).*$");

    private final String file;
    private final Diagnostics diagnostics;
    private final List<Table> tables = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();

    private ErDiagramParser(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * @param lines     the diagram's lines
     * @param firstLine line number (1-based) of {@code lines.get(0)} in the file
     * @return the diagram, or {@code null} when it does not start with {@code erDiagram} (reported)
     */
    static ErDiagram parse(String file, String sha256, List<String> lines, int firstLine, Diagnostics diagnostics) {
        return new ErDiagramParser(file, diagnostics).run(sha256, lines, firstLine);
    }

    /** Whether the diagram's first statement (after front matter, init blocks and comments) is erDiagram. */
    static boolean isErDiagram(List<String> lines) {
        int start = skipFrontMatter(lines);
        for (int i = start; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("%%")) {
                continue;
            }
            return text.equals("erDiagram") || text.startsWith("erDiagram ");
        }
        return false;
    }

    private static int skipFrontMatter(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i < lines.size() && lines.get(i).strip().equals("---")) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(j).strip().equals("---")) {
                    return j + 1;
                }
            }
        }
        return 0;
    }

    private ErDiagram run(String sha256, List<String> lines, int firstLine) {
        SourceLocation header = null;
        Table open = null;
        List<Column> columns = null;
        boolean clean = true;
        for (int i = skipFrontMatter(lines); i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = firstLine + i;
            String text = line.strip();
            int col = line.indexOf(text) + 1;
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("%%")) {
                comment(line, lineNo, col);
                continue;
            }
            if (header == null) {
                if (text.equals("erDiagram")) {
                    header = at(lineNo, col);
                    continue;
                }
                String first = text.split("\\s+")[0];
                error(lineNo, col, "mermaid.not-er-diagram", "expected erDiagram, found '" + first + "'",
                        "start the diagram with a line 'erDiagram' (only entity-relationship diagrams describe a vault)");
                return null;
            }
            if (open != null) {
                if (text.equals("}")) {
                    tables.add(new Table(open.name(), open.location(), List.copyOf(columns), clean));
                    open = null;
                    continue;
                }
                if (TABLE_OPEN.matcher(text).matches() || startsRelationship(text)) {
                    unclosed(open, columns);
                    open = null;
                    i--; // read the line again, outside the entity
                    continue;
                }
                boolean closes = text.endsWith("}") && text.chars().filter(c -> c == '"').count() % 2 == 0;
                String attribute = closes ? text.substring(0, text.length() - 1).strip() : text;
                Column column = column(attribute, lineNo, col);
                if (column != null) {
                    columns.add(column);
                } else {
                    clean = false;
                }
                if (closes) {
                    tables.add(new Table(open.name(), open.location(), List.copyOf(columns), clean));
                    open = null;
                }
                continue;
            }
            if (SKIPPED.matcher(text).matches()) {
                continue;
            }
            Matcher table = TABLE_OPEN.matcher(text);
            if (table.matches()) {
                Table started = new Table(table.group(1), at(lineNo, col), List.of(), true);
                if (table.group(3) != null) {
                    tables.add(started);
                } else {
                    open = started;
                    columns = new ArrayList<>();
                    clean = true;
                }
                continue;
            }
            Matcher relationship = RELATIONSHIP.matcher(text);
            if (relationship.matches()) {
                relationship(relationship, lineNo, col);
                continue;
            }
            Matcher bare = BARE_TABLE.matcher(text);
            if (bare.matches()) {
                tables.add(new Table(bare.group(1), at(lineNo, col), List.of(), true));
                continue;
            }
            if (text.contains("{") && !text.contains("--") && !text.contains("..")) {
                error(lineNo, col, "mermaid.syntax", "cannot read entity '" + text.substring(0, text.indexOf('{'))
                        .strip() + "'", "write the entity as '<name> {' with a name of letters, digits, '_' or "
                        + "'-', and put each attribute on its own line");
            } else {
                error(lineNo, col, "mermaid.syntax", "cannot read this line as an entity, attribute or "
                        + "relationship", "write '<name> {', 'type name [PK|FK|UK] [\"comment\"]', "
                        + "'a ||--o{ b : \"label\"' or a '%%' comment");
            }
        }
        if (header == null) {
            error(firstLine, 1, "mermaid.not-er-diagram", "diagram is empty", "write 'erDiagram' and the vault's "
                    + "tables, or delete the file");
            return null;
        }
        if (open != null) {
            unclosed(open, columns);
        }
        return new ErDiagram(file, sha256, header, List.copyOf(tables), List.copyOf(relationships),
                List.copyOf(directives));
    }

    private void unclosed(Table open, List<Column> columns) {
        diagnostics.error(open.location(), "mermaid.unclosed", "entity '" + open.name() + "' is not closed",
                "add a line '}' after its last attribute");
        tables.add(new Table(open.name(), open.location(), List.copyOf(columns), false));
    }

    private static boolean startsRelationship(String text) {
        Matcher m = RELATIONSHIP.matcher(text);
        return m.matches() && (m.group(2).contains("--") || m.group(2).contains(".."));
    }

    // ---------------------------------------------------------------- attributes

    private Column column(String text, int line, int col) {
        List<Token> tokens = tokens(text, line, col);
        if (tokens == null) {
            return null;
        }
        if (tokens.size() < 2 || tokens.get(0).quoted() || tokens.get(1).quoted()) {
            error(line, col, "mermaid.attribute", "attribute needs a type and a name, found '" + text + "'",
                    "write 'type name', e.g. 'varchar " + (tokens.isEmpty() ? "name" : tokens.get(0).text()) + "'");
            return null;
        }
        Token type = tokens.get(0);
        Token name = tokens.get(1);
        if (!WORD.matcher(type.text()).matches()) {
            error(line, type.column(), "mermaid.attribute", "attribute type '" + type.text() + "' is not a word",
                    "use a type such as varchar, binary, date or timestamp");
            return null;
        }
        if (!WORD.matcher(name.text()).matches()) {
            error(line, name.column(), "mermaid.attribute", "attribute name '" + name.text() + "' is not a word",
                    "use letters, digits and underscores");
            return null;
        }
        List<String> keys = new ArrayList<>();
        String comment = null;
        for (int i = 2; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.quoted()) {
                if (i != tokens.size() - 1) {
                    Token next = tokens.get(i + 1);
                    error(line, next.column(), "mermaid.attribute", "unexpected '" + next.text()
                            + "' after the comment of attribute '" + name.text() + "'", "end the line with the comment");
                    return null;
                }
                comment = token.text();
                continue;
            }
            for (String marker : token.text().split(",")) {
                if (marker.isEmpty()) {
                    continue;
                }
                String upper = marker.toUpperCase(Locale.ROOT);
                if (!KEY_MARKERS.contains(upper)) {
                    error(line, token.column() + token.text().indexOf(marker), "mermaid.key-marker",
                            "unknown key marker '" + marker + "' on attribute '" + name.text() + "'",
                            "use PK, FK or UK (comma separated), and put a comment in double quotes");
                    return null;
                }
                keys.add(upper);
            }
        }
        return new Column(type.text(), name.text(), at(line, name.column()), List.copyOf(keys), comment);
    }

    private record Token(String text, int column, boolean quoted) {
    }

    /** Words, commas-joined words and double-quoted strings; {@code null} after reporting an open quote. */
    private List<Token> tokens(String text, int line, int col) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    error(line, col + i, "mermaid.unclosed-string", "comment is missing its closing '\"'",
                            "end the comment with '\"'");
                    return null;
                }
                tokens.add(new Token(text.substring(i + 1, end), col + i, true));
                i = end + 1;
            } else if (c == ',' && !tokens.isEmpty() && !tokens.get(tokens.size() - 1).quoted()) {
                // "PK, FK": glue the marker list into one token
                Token last = tokens.remove(tokens.size() - 1);
                int j = i + 1;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                int end = j;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                tokens.add(new Token(last.text() + "," + text.substring(j, end), last.column(), false));
                i = end;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                tokens.add(new Token(text.substring(i, end), col + i, false));
                i = end;
            }
        }
        return tokens;
    }

    // ---------------------------------------------------------------- relationships

    private void relationship(Matcher m, int line, int col) {
        String operator = m.group(2);
        int operatorCol = col + m.start(2);
        String left = operator.length() >= 2 ? operator.substring(0, 2) : operator;
        String middle = operator.length() >= 4 ? operator.substring(2, 4) : "";
        String right = operator.length() == 6 ? operator.substring(4) : "";
        if (operator.length() != 6 || !LEFT_CARDINALITIES.contains(left) || !RIGHT_CARDINALITIES.contains(right)
                || !(middle.equals("--") || middle.equals(".."))) {
            error(line, operatorCol, "mermaid.cardinality", "unknown relationship '" + operator + "'",
                    "write <left><line><right> with left one of |o || }o }|, line -- or .., right one of o| || o{ |{"
                            + ", e.g. ||--o{");
            return;
        }
        String label = m.group(4);
        if (label == null || label.isBlank() || label.strip().equals("\"\"")) {
            error(line, col + m.end(3), "mermaid.label", "relationship between '" + m.group(1) + "' and '"
                    + m.group(3) + "' has no label", "add ': \"has\"' after '" + m.group(3) + "'");
            return;
        }
        label = label.strip();
        if (label.startsWith("\"")) {
            if (label.length() < 2 || !label.endsWith("\"")) {
                error(line, col + m.start(4), "mermaid.unclosed-string", "label is missing its closing '\"'",
                        "end the label with '\"'");
                return;
            }
            label = label.substring(1, label.length() - 1);
        }
        relationships.add(new Relationship(m.group(1), at(line, col + m.start(1)), operator, m.group(3),
                at(line, col + m.start(3)), label));
    }

    // ---------------------------------------------------------------- comments and directives

    private void comment(String line, int lineNo, int col) {
        String body = line.substring(col - 1 + 2);
        if (body.startsWith("{")) {
            return; // %%{init: ...}%% configuration
        }
        String stripped = body.stripLeading();
        if (!stripped.startsWith("dv:")) {
            return;
        }
        int start = col + 2 + (body.length() - stripped.length());
        int i = 3;
        while (i < stripped.length() && !Character.isWhitespace(stripped.charAt(i))) {
            i++;
        }
        String keyword = stripped.substring(3, i);
        List<Arg> args = DirectiveArgs.read(file, diagnostics, stripped, i, start, lineNo);
        if (args != null) {
            directives.add(new Directive(keyword, at(lineNo, start), List.copyOf(args)));
        }
    }

    private SourceLocation at(int line, int col) {
        return new SourceLocation(file, line, col);
    }

    private void error(int line, int col, String code, String message, String fix) {
        diagnostics.error(at(line, col), code, message, fix);
    }
}
