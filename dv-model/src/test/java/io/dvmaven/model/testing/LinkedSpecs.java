package io.dvmaven.model.testing;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A member linked to a coverage from two sources, for the kinds that hang off links: tests append their section
 * to {@link #MEMBER} (which ends at line 13, so an appended section starts at line 14) and load the design.
 */
public final class LinkedSpecs {

    public static final String MEMBER = """
            entity:
              name: member
            hub:
              business_key: [member_id]
              sources: [legacy]
            links:
              - name: member_coverage
                related_hub: coverage
                sources: [legacy, web]
                related_keys: {legacy: coverage_id, web: cov_no}
            source_mappings:
              legacy: {schema: raw_legacy, table: member, key_field: member_id}
              web: {schema: raw_web, table: signups, key_field: member_no, columns: {plan_code: plan}}
            """;

    public static final String COVERAGE = """
            entity:
              name: coverage
            hub:
              business_key: [coverage_id]
              sources: [legacy]
            source_mappings:
              legacy: {schema: raw_legacy, table: coverage, key_field: coverage_id}
            """;

    private final Path root;

    public LinkedSpecs(Path root) {
        this.root = root;
    }

    /** Loads the member spec with {@code sections} appended, beside the coverage spec. */
    public DesignResult load(String sections) {
        write("specs/coverage.yml", COVERAGE);
        write("specs/member.yml", MEMBER + sections);
        return DesignLoader.load(root, Path.of("specs"), NamingConventions.defaults());
    }

    /** The errors of {@link #load}, each as {@code code file:line:col: message (fix)}. */
    public List<String> errors(String sections) {
        return load(sections).diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.code() + " " + d.format()).toList();
    }

    /** The unused-rename warnings of {@link #load}, formatted: web's rename of plan_code is read by no satellite. */
    public List<String> unusedRenames(String sections) {
        return load(sections).diagnostics().stream().filter(d -> d.code().equals("spec.unused-rename"))
                .map(Diagnostic::format).toList();
    }

    /** The warning {@link #unusedRenames} gives when no kind reads web's rename of plan_code. */
    public static final String PLAN_CODE_UNUSED = "specs/member.yml:13:85: columns of source mapping 'web' renames"
            + " attribute 'plan_code', which no satellite loads from web (remove the entry, or add 'web' to the"
            + " sources of the satellite holding 'plan_code')";

    public LinkedSpecs write(String path, String content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
