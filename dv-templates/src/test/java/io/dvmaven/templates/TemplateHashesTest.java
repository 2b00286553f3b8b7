package io.dvmaven.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index fingerprints every template; a template missing from the list would escape it. */
class TemplateHashesTest {

    @TempDir
    Path temp;

    @Test
    void builtInListNamesEveryTemplateResource() throws Exception {
        Path root = Path.of("src/main/resources").resolve(TemplateEngine.BUILT_IN_ROOT);
        try (Stream<Path> walk = Files.walk(root)) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList()).isEqualTo(TemplateEngine.BUILT_IN.stream().sorted().toList());
        }
    }

    @Test
    void anOverrideOrAnExtraUserFileChangesTheHashes() throws Exception {
        var builtIn = new TemplateEngine(null).templateHashes();
        assertThat(builtIn).containsOnlyKeys(TemplateEngine.BUILT_IN)
                .allSatisfy((name, hash) -> assertThat(hash).startsWith("built-in:"));
        Files.writeString(temp.resolve("hub.sql.mustache"), "x");
        Files.createDirectories(temp.resolve("partials"));
        Files.writeString(temp.resolve("partials/mine.mustache"), "y");

        var withUser = new TemplateEngine(temp).templateHashes();

        assertThat(withUser.get("hub.sql.mustache")).startsWith("user:").isNotEqualTo(builtIn.get("hub.sql.mustache"));
        assertThat(withUser).containsKey("partials/mine.mustache");
        assertThat(withUser.get("sat.sql.mustache")).isEqualTo(builtIn.get("sat.sql.mustache"));
    }
}
