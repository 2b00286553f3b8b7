package io.dvmaven.model;

import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes spec files into a temporary dbt project and loads them. */
final class SpecFixture {

    /** A small valid entity; line numbers are referenced by tests. */
    static final String MEMBER = """
            entity:
              name: member
            hub:
              business_key: [member_id]
              sources: [legacy]
            satellites:
              - name: demographics
                attributes: [first_name, last_name]
                sources: [legacy]
            source_mappings:
              legacy:
                schema: raw_legacy
                table: member
                key_field: member_id
            """;

    static final String COVERAGE = """
            entity:
              name: coverage
            hub:
              business_key: [coverage_id]
              sources: [legacy]
            source_mappings:
              legacy:
                schema: raw_legacy
                table: coverage
                key_field: coverage_id
            """;

    private final Path project;

    SpecFixture(Path project) {
        this.project = project;
    }

    SpecFixture write(String relativePath, String content) {
        try {
            Path file = project.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DesignResult load() {
        return DesignLoader.load(project, Path.of("specs"), NamingConventions.defaults());
    }

    List<String> diagnostics() {
        return load().diagnostics().stream().map(Diagnostic::format).toList();
    }

    static List<String> formatted(DesignResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }
}
