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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every structure kind survives spec -> diagram ({@code dv:diagram}'s writer) -> spec: for every kind scenario,
 * example project and golden case, the read-back design has the same spec sections (locations aside) and the same
 * vault. The reverse holds for every documented diagram: diagram -> spec -> written diagram -> the same spec.
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

    /** The Mermaid-only kind scenario and every erDiagram example of the Mermaid documentation. */
    static Stream<Arguments> diagrams() throws IOException {
        Stream<Arguments> scenario = Stream.of(Arguments.of("kind scenario mermaid_raw_vault",
                Files.readString(Path.of("..", "dv-maven-plugin", "src", "test", "resources", "kind-scenarios",
                        "mermaid_raw_vault", "specs", "raw_vault.mmd"))));
        String doc = Files.readString(Path.of("..", "docs", "mermaid.md"));
        Matcher block = Pattern.compile("```mermaid\n(erDiagram\n.*?)```", Pattern.DOTALL).matcher(doc);
        List<Arguments> examples = new ArrayList<>();
        while (block.find()) {
            String text = block.group(1);
            String title = text.lines().filter(l -> l.contains("%% dv:")).findFirst().orElse("?").trim();
            examples.add(Arguments.of("docs/mermaid.md example " + (examples.size() + 1) + ": " + title, text));
        }
        assertThat(examples).as("erDiagram examples in docs/mermaid.md").hasSizeGreaterThanOrEqualTo(9);
        return Stream.concat(scenario, examples.stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void diagramToSpecToDiagramIsTheSameDesign(String name, String text) {
        Path written = temp.resolve("written");
        Designs.write(written, "specs/design.mmd", text);
        DesignResult original = Designs.load(written);
        assertThat(errors(original)).isEmpty();
        boolean declaresKinds = KindDirectives.SHAPES.keySet().stream()
                .anyMatch(k -> text.contains("%% dv:" + k + " "));
        assertThat(sections(original.entities()).contains("Spec[")).as("kind sections read").isEqualTo(declaresKinds);

        String diagram = MermaidWriter.write(original.entities(), NAMING);
        Path rewritten = temp.resolve("rewritten");
        Designs.write(rewritten, "specs/vault.mmd", diagram);
        DesignResult back = Designs.load(rewritten);

        assertThat(errors(back)).as(diagram).isEmpty();
        assertThat(sections(back.entities())).as(diagram).isEqualTo(sections(original.entities()));
        assertThat(Designs.design(back.vault())).as(diagram).isEqualTo(Designs.design(original.vault()));
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
