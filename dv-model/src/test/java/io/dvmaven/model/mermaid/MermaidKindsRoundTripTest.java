package io.dvmaven.model.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every structure kind survives spec -> diagram ({@code dv:diagram}'s writer) -> spec: for every kind scenario and
 * example project, the read-back design has the same spec sections (locations aside) and the same vault.
 */
class MermaidKindsRoundTripTest {

    private static final NamingConventions NAMING = NamingConventions.defaults();

    @TempDir
    Path temp;

    static Stream<Path> specProjects() throws IOException {
        Stream<Path> scenarios = Files.list(Path.of("..", "dv-maven-plugin", "src", "test", "resources",
                "kind-scenarios"));
        Stream<Path> examples = Files.list(Path.of("..", "examples"));
        Stream<Path> goldens = Files.list(Path.of("..", "dv-templates", "src", "test", "resources", "golden"))
                .map(p -> p.resolve("spec"));
        return Stream.of(scenarios, examples, goldens).flatMap(s -> s)
                .filter(p -> Files.isDirectory(p.resolve("specs")))
                .filter(MermaidKindsRoundTripTest::hasYamlSpecs).sorted();
    }

    private static boolean hasYamlSpecs(Path project) {
        try (Stream<Path> files = Files.list(project.resolve("specs"))) {
            return files.anyMatch(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specProjects")
    void specToDiagramToSpecIsTheSameDesign(Path project) {
        DesignResult original = Designs.load(project);
        assertThat(errors(original)).isEmpty();

        String diagram = MermaidWriter.write(original.entities(), NAMING);
        Path mermaid = temp.resolve("mermaid");
        Designs.write(mermaid, "specs/vault.mmd", diagram);
        DesignResult back = Designs.load(mermaid);

        assertThat(errors(back)).as(diagram).isEmpty();
        assertThat(sections(back.entities())).as(diagram).isEqualTo(sections(original.entities()));
        assertThat(Designs.design(back.vault())).as(diagram).isEqualTo(Designs.design(original.vault()));
        assertThat(MermaidWriter.write(back.entities(), NAMING)).isEqualTo(diagram);
    }

    private static List<String> errors(DesignResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    /** The further kinds' spec records of every entity, without where they were written. */
    static String sections(List<EntitySpec> entities) {
        return entities.stream().sorted(Comparator.comparing((EntitySpec e) -> e.name().value()))
                .map(e -> e.name().value() + ": " + e.parts())
                .collect(Collectors.joining("\n"))
                .replaceAll("location=[^,\\]]*", "location=@");
    }
}
