package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.naming.NamingConventions;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Id, severity, title and help text of a rule, plus the helpers most rules share. */
abstract class AbstractNamingRule implements NamingRule {

    /** The naming conventions' own definition, so every name they produce passes DV002 and DV003. */
    static final Pattern LOWER_SNAKE = NamingConventions.LOWER_SNAKE_NAME;

    /**
     * Same answer as {@code LOWER_SNAKE.matcher(name).matches()} ({@code [a-z][a-z0-9]*(?:_+[a-z0-9]+)*}: a letter,
     * then letters, digits and underscores, not ending with one), without a regex: the rules ask for every model
     * and every column.
     */
    static boolean isLowerSnake(String name) {
        int length = name.length();
        if (length == 0 || name.charAt(0) < 'a' || name.charAt(0) > 'z' || name.charAt(length - 1) == '_') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private final String id;
    private final Severity defaultSeverity;
    private final String title;
    private final String help;

    AbstractNamingRule(String id, Severity defaultSeverity, String title, String help) {
        this.id = Objects.requireNonNull(id, "id");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        this.title = Objects.requireNonNull(title, "title");
        this.help = Objects.requireNonNull(help, "help");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String help() {
        return help;
    }

    final Diagnostic finding(SourceLocation location, String message, String fix) {
        return new Diagnostic(location, defaultSeverity, id, message, fix);
    }

    /** {@code MemberID} gives {@code member_id}; {@code first-name} gives {@code first_name}. */
    static String toLowerSnake(String name) {
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_")
                .toLowerCase(Locale.ROOT)
                .replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
        if (snake.isEmpty()) {
            return "x";
        }
        return Character.isDigit(snake.charAt(0)) ? "x_" + snake : snake;
    }

    static String quote(String text) {
        return "'" + text + "'";
    }
}
