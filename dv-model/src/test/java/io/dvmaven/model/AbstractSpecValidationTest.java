package io.dvmaven.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The temporary project and the member-spec loading the spec validation tests share. */
abstract class AbstractSpecValidationTest {

    @TempDir
    Path project;

    SpecFixture specs() {
        return new SpecFixture(project);
    }

    /** Loads {@code content} as specs/member.yml; the formatted diagnostics, and no vault when any is an error. */
    List<String> member(String content) {
        DesignResult result = specs().write("specs/member.yml", content).load();
        if (result.hasErrors()) {
            assertThat(result.vault()).isNull();
        }
        return SpecFixture.formatted(result);
    }
}
