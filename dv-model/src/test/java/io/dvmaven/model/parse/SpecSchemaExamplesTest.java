package io.dvmaven.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.settings.ProjectSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example spec in the repository (examples, test resources, goldens, the init template, the ITs) is
 * accepted by both the JSON Schema and {@link SpecParser}, or, when wrong on purpose, rejected by both.
 */
class SpecSchemaExamplesTest extends AbstractSpecSchemaTest {

    static Stream<Arguments> repositorySpecs() throws IOException {
        List<Path> roots = List.of(
                REPO.resolve("examples"),
                REPO.resolve("dv-model/src/test/resources"),
                REPO.resolve("dv-templates/src/test/resources/golden"),
                REPO.resolve("dv-templates/src/main/resources/io/dvmaven/init"),
                REPO.resolve("it-projects/src/it"));
        List<Arguments> specs = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(path -> path.toString().replace('\\', '/').matches(".*/(specs|seed)/.*"))
                        .filter(path -> path.toString().matches(".*\\.(ya?ml|json)$"))
                        .filter(path -> !path.getFileName().toString().contains(".schema."))
                        .filter(path -> !path.getFileName().toString().equals(ProjectSettings.FILE_NAME))
                        .sorted()
                        .forEach(path -> specs.add(Arguments.of(REPO.relativize(path).toString().replace('\\', '/'))));
            }
        }
        return specs.stream();
    }

    /** Files that are wrong on purpose, with what both must say about them. */
    private static final Map<String, List<String>> DELIBERATELY_INVALID = Map.of(
            // the seed example as written lacks the related_keys extension
            "dv-model/src/test/resources/seed/member.yml", List.of("spec.link-key-missing"),
            // the expected-failure IT: a misspelt key, an unknown source and a link without related_keys
            "it-projects/src/it/bad-spec/specs/member.yml", List.of("spec.missing-field", "spec.unknown-key",
                    "spec.unknown-source", "spec.link-key-missing"));

    @Test
    void theRepositoryHoldsExampleSpecsFromEveryPlace() throws IOException {
        List<String> files = repositorySpecs().map(arguments -> (String) arguments.get()[0]).toList();

        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        assertThat(files).anyMatch(f -> f.startsWith("examples/member/specs/"))
                .anyMatch(f -> f.startsWith("dv-model/src/test/resources/"))
                .anyMatch(f -> f.startsWith("dv-templates/src/test/resources/golden/"))
                .anyMatch(f -> f.startsWith("dv-templates/src/main/resources/io/dvmaven/init/"))
                .anyMatch(f -> f.startsWith("it-projects/src/it/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositorySpecs")
    void everyExampleSpecIsAcceptedByBothOrRejectedByBoth(String file) throws IOException {
        String text = Files.readString(REPO.resolve(file), StandardCharsets.UTF_8);
        List<String> schemaErrors = schemaErrors(text);
        List<Diagnostic> parserErrors = parserErrors(file, text);

        List<String> expectedCodes = DELIBERATELY_INVALID.get(file);
        if (expectedCodes == null) {
            assertThat(schemaErrors).as("schema errors").isEmpty();
            assertThat(parserErrors).as("parser errors").isEmpty();
        } else {
            assertThat(schemaErrors).as("schema errors").isNotEmpty();
            assertThat(codes(parserErrors)).as("parser error codes").containsExactlyInAnyOrderElementsOf(expectedCodes);
        }
    }

    @Test
    void theSeedIsRejectedByBothForTheMissingRelatedKeys() throws IOException {
        String seed = Files.readString(REPO.resolve("dv-model/src/test/resources/seed/member.yml"));

        assertThat(schemaErrors(seed)).containsExactly("/links/0: required property 'related_keys' not found");
        assertThat(codes(parserErrors("specs/member.yml", seed))).containsExactly("spec.link-key-missing");
    }
}
