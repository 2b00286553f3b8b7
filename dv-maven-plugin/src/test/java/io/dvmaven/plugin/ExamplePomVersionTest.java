package io.dvmaven.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.generate.DvGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The member example names the plugin by version; a release must move it along. */
class ExamplePomVersionTest {

    private static final Path EXAMPLE_POM = Path.of("../examples/member/pom.xml");

    @Test
    void examplePomUsesThisPluginVersion() throws Exception {
        String pom = Files.readString(EXAMPLE_POM, StandardCharsets.UTF_8);
        Matcher plugin = Pattern.compile("<groupId>io\\.dvmaven</groupId>\\s*<artifactId>dv-maven-plugin</artifactId>"
                + "\\s*<version>([^<]+)</version>").matcher(pom);

        assertThat(plugin.find()).as("examples/member/pom.xml declares io.dvmaven:dv-maven-plugin with a version")
                .isTrue();
        assertThat(plugin.group(1)).as("plugin version in examples/member/pom.xml (update it with the project "
                + "version)").isEqualTo(DvGenerator.bundledVersion()).doesNotContain("${");
        assertThat(pom).contains("<groupId>io.dvmaven.examples</groupId>");
    }
}
