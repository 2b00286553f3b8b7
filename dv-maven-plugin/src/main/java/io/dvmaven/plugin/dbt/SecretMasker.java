package io.dvmaven.plugin.dbt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in text that reaches the log: values of secret-looking environment variables wherever they appear,
 * and the values of {@code --password x}, {@code --token=x}, {@code password: x} style arguments.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential|auth).*");

    /** {@code --password=x}, {@code password: x}, {@code "token": "x"}, {@code PASSWORD=x}. */
    private static final Pattern INLINE = Pattern.compile(
            "(?i)((?:--)?[\\w.-]*(?:password|passwd|secret|token|api[_-]?key|credential)[\\w.-]*\"?\\s*[=:]\\s*\"?)"
                    + "([^\\s\"',}]+)");

    private final List<String> secretValues;

    private SecretMasker(List<String> secretValues) {
        this.secretValues = secretValues;
    }

    /** A masker hiding the values of those variables whose names look secret, plus any extra values given. */
    public static SecretMasker forEnvironment(Map<String, String> environment, List<String> extraSecrets) {
        List<String> values = new ArrayList<>();
        environment.forEach((name, value) -> {
            if (isSecretName(name) && value != null && value.length() >= 3) {
                values.add(value);
            }
        });
        for (String extra : extraSecrets) {
            if (extra != null && !extra.isEmpty()) {
                values.add(extra);
            }
        }
        values.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMasker(List.copyOf(values));
    }

    public static SecretMasker none() {
        return new SecretMasker(List.of());
    }

    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** The text with every known secret value and every inline secret assignment replaced by {@value #MASK}. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String value : secretValues) {
            masked = masked.replace(value, MASK);
        }
        Matcher inline = INLINE.matcher(masked);
        return inline.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
    }

    /**
     * The command as one line for the log: arguments following a secret-named flag ({@code --password x}) are
     * masked too, and arguments with spaces are quoted.
     */
    public String maskCommand(List<String> command) {
        StringBuilder line = new StringBuilder();
        boolean maskNext = false;
        for (String argument : command) {
            String shown;
            if (maskNext) {
                shown = MASK;
                maskNext = false;
            } else {
                shown = mask(argument);
                maskNext = argument.startsWith("-") && !argument.contains("=")
                        && isSecretName(argument.replaceFirst("^-+", ""));
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(shown.isEmpty() || shown.matches(".*[\\s\"'].*") ? "'" + shown.replace("'", "'\\''") + "'"
                    : shown);
        }
        return line.toString();
    }
}
