package io.dvmaven.model.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every verify report under the build directory ({@code target/}):
 * {@code dv/verify-report.md}, {@code dv/verify-report.json}, {@code dv/verify.sarif},
 * {@code dv-reports/TEST-dv-rules.xml} and, when dbt ran, {@code dv-reports/TEST-dv-dbt.xml}. UTF-8, LF.
 */
public final class VerifyReports {

    public static final String MARKDOWN = "dv/verify-report.md";
    public static final String JSON = "dv/verify-report.json";
    public static final String SARIF = "dv/verify.sarif";
    public static final String JUNIT_RULES = "dv-reports/TEST-dv-rules.xml";
    public static final String JUNIT_DBT = "dv-reports/TEST-dv-dbt.xml";

    private VerifyReports() {
    }

    /** @return the files written, in the order above */
    public static List<Path> write(Path buildDirectory, VerifyOutcome outcome) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(write(buildDirectory.resolve(MARKDOWN), MarkdownReport.render(outcome)));
        written.add(write(buildDirectory.resolve(JSON), JsonReport.render(outcome)));
        written.add(write(buildDirectory.resolve(SARIF), SarifReport.render(outcome)));
        written.add(write(buildDirectory.resolve(JUNIT_RULES), JUnitReport.rules(outcome)));
        if (outcome.dbt().isPresent()) {
            written.add(write(buildDirectory.resolve(JUNIT_DBT), JUnitReport.dbt(outcome)));
        }
        return written;
    }

    /** Through a hidden sibling and a rename: a killed build leaves the old report or the new one, never half. */
    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
