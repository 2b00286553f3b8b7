package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule finding with the effective severity, the model it concerns and whether it sits in a generated file.
 *
 * @param diagnostic    location, severity, rule id, message, fix
 * @param model         the model it concerns, or {@code null} when it concerns a file as a whole
 * @param generatedFile true when the reported file carries the dv-maven-plugin header
 */
public record Finding(Diagnostic diagnostic, String model, boolean generatedFile) implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(diagnostic, "diagnostic");
    }

    public String ruleId() {
        return diagnostic.code();
    }

    public Optional<String> modelName() {
        return Optional.ofNullable(model);
    }

    public String format() {
        return diagnostic.format();
    }

    @Override
    public int compareTo(Finding other) {
        int byLocation = diagnostic.location().compareTo(other.diagnostic.location());
        if (byLocation != 0) {
            return byLocation;
        }
        int byRule = String.valueOf(diagnostic.code()).compareTo(String.valueOf(other.diagnostic.code()));
        return byRule != 0 ? byRule : diagnostic.message().compareTo(other.diagnostic.message());
    }
}
