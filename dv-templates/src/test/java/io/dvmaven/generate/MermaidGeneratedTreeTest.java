package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DvLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's Mermaid diagram (completed with dv: directives, see its header comment) generates exactly the
 * files the member example's YAML specs generate. Only the name of the spec file may differ (in the header's
 * spec line and in the models' documentation), and with it the header's checksum of the body.
 */
class MermaidGeneratedTreeTest {

    private static final Path YAML_SPECS = Path.of("..", "examples", "member", "specs");
    private static final Path MERMAID_SPECS = Path.of("..", "dv-model", "src", "test", "resources", "mermaid",
            "seed", "specs");

    @TempDir
    Path yamlProject;

    @TempDir
    Path mermaidProject;

    @Test
    void seedDiagramGeneratesTheSameTreeAsTheYamlExample() throws Exception {
        Map<String, String> fromYaml = generate(YAML_SPECS, yamlProject);
        Map<String, String> fromMermaid = generate(MERMAID_SPECS, mermaidProject);

        assertThat(fromYaml).hasSizeGreaterThan(20);
        assertThat(fromMermaid.keySet()).containsExactlyElementsOf(fromYaml.keySet());
        fromYaml.forEach((path, content) -> assertThat(fromMermaid.get(path)).as(path).isEqualTo(content));
        assertThat(Files.readString(mermaidProject.resolve("models/integration/hubs/h_member.sql")))
                .contains("-- spec: specs/member.mmd\n");
    }

    private static Map<String, String> generate(Path specs, Path project) throws Exception {
        Files.createDirectories(project.resolve("specs"));
        try (Stream<Path> files = Files.list(specs)) {
            for (Path spec : files.toList()) {
                Files.copy(spec, project.resolve("specs").resolve(spec.getFileName()));
            }
        }
        GenerateResult result = new DvGenerator().generate(GenerateRequest.defaults(project), DvLog.silent());
        assertThat(result.plan().design().diagnostics()).as(result.summary()).isEmpty();
        assertThat(result.plan().design().specFiles()).isNotEmpty();
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = project.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("specs/") || relative.startsWith("target/")) {
                    continue;
                }
                tree.put(relative, withoutSpecLine(file));
            }
        }
        return tree;
    }

    private static String withoutSpecLine(Path file) throws IOException {
        return Files.readString(file).lines()
                .filter(line -> !line.matches("^(-- |# )(specs?|dv-checksum): .*"))
                .map(line -> line.replaceAll("specs/[A-Za-z0-9_./-]+\\.(yml|yaml|json|mmd|md)", "<spec file>"))
                .collect(Collectors.joining("\n"));
    }
}
