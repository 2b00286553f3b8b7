package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.templates.TemplateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generation runs over a fake renderer: what is planned, written, kept and removed, reported and refused. */
class DvGeneratorTest extends AbstractDvGeneratorTest {

    @Test
    void firstRunWritesEveryFileAndTheReports() throws Exception {
        GenerateResult result = generator().generate(request(), log);

        assertThat(result.written()).containsExactly(HUB, HUB_SCHEMA, SAT);
        assertThat(result.summary()).isEqualTo("3 files for 1 entity: 3 written, 0 unchanged, 0 removed");
        assertThat(log.infos).containsExactly("3 files for 1 entity: 3 written, 0 unchanged, 0 removed");
        assertThat(read(HUB)).isEqualTo(withHeader(HUB, "select 1 as member_hk\n"));
        assertThat(project.resolve("target/dv/generation-report.md")).exists();
        assertThat(project.resolve("target/dv/generation-report.json")).exists();
        try (var leftovers = Files.walk(project)) {
            assertThat(leftovers.map(Path::toString)
                    .filter(p -> p.endsWith(".tmp") || p.endsWith(WriteSession.STAGING_SUFFIX))).isEmpty();
        }
    }

    @Test
    void secondRunWritesNothingAndKeepsBytesAndTimestamps() throws Exception {
        generator().generate(request(), log);
        Path hub = project.resolve(HUB);
        var before = Files.getLastModifiedTime(hub);
        Files.setLastModifiedTime(hub, java.nio.file.attribute.FileTime.fromMillis(1_000_000L));

        GenerateResult second = generator().generate(request(), log);

        assertThat(second.summary()).isEqualTo("3 files for 1 entity: 0 written, 3 unchanged, 0 removed");
        assertThat(second.plan().isUpToDate()).isTrue();
        assertThat(Files.getLastModifiedTime(hub).toMillis()).isEqualTo(1_000_000L);
        assertThat(before).isNotNull();
    }

    @Test
    void changedOutputIsPlannedAsUpdateAndWritten() throws Exception {
        generator().generate(request(), log);
        bodies.put(HUB, "select 3 as member_hk\n");

        GenerationPlan plan = generator().plan(request());
        assertThat(actions(plan)).containsExactly(
                HUB + "=UPDATE", HUB_SCHEMA + "=UNCHANGED", SAT + "=UNCHANGED");
        assertThat(plan.drift()).extracting(PlannedFile::path).containsExactly(HUB);
        assertThat(plan.isUpToDate()).isFalse();

        GenerateResult result = generator().generate(request(), log);
        assertThat(result.summary()).isEqualTo("3 files for 1 entity: 1 written, 2 unchanged, 0 removed");
        assertThat(read(HUB)).contains("select 3 as member_hk");
    }

    @Test
    void planWritesNothing() throws Exception {
        GenerationPlan plan = generator().plan(request());

        assertThat(actions(plan)).containsExactly(
                HUB + "=WRITE_NEW", HUB_SCHEMA + "=WRITE_NEW", SAT + "=WRITE_NEW");
        assertThat(plan.entities()).containsExactly("member");
        try (var files = Files.list(project)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFolderLeftHalfBuiltByAKilledRunIsRemovedByTheNextRun() throws Exception {
        String leftover = "models/integration/.hubs.4242" + WriteSession.STAGING_SUFFIX + "/h_member.sql";
        Files.createDirectories(project.resolve(leftover).getParent());
        Files.writeString(project.resolve(leftover), withHeader(HUB, "select 1 as member_hk\n"));

        GenerateResult result = generator().generate(request(), log);

        assertThat(result.removed()).containsExactly(leftover);
        assertThat(project.resolve("models/integration/.hubs.4242" + WriteSession.STAGING_SUFFIX)).doesNotExist();
        assertThat(read(HUB)).isEqualTo(withHeader(HUB, "select 1 as member_hk\n"));
    }

    @Test
    void staleGeneratedFilesAreRemovedAndForeignFilesKept() throws Exception {
        generator().generate(request(), log);
        Path handWritten = project.resolve("models/integration/satellites/my_own_model.sql");
        Files.writeString(handWritten, "select 42\n");
        Path otherMacro = project.resolve("macros/my_macro.sql");
        Files.createDirectories(otherMacro.getParent());
        Files.writeString(otherMacro, withHeader("macros/my_macro.sql", "{% macro x() %}{% endmacro %}\n"));
        bodies.remove(SAT);
        bodies.remove(HUB_SCHEMA);

        GenerateResult result = generator().generate(request(), log);

        assertThat(result.removed()).containsExactly(HUB_SCHEMA, SAT);
        assertThat(result.summary()).isEqualTo("1 file for 1 entity: 0 written, 1 unchanged, 2 removed");
        assertThat(project.resolve(SAT)).doesNotExist();
        assertThat(handWritten).hasContent("select 42");
        assertThat(otherMacro).exists(); // outside the owned folders, even with our header
    }

    @Test
    void emptiedFoldersOfStaleFilesAreRemovedUpToTheOwnedRoot() throws Exception {
        generator().generate(request(), log);
        bodies.remove(SAT);

        generator().generate(request(), log);

        assertThat(project.resolve("models/integration/satellites")).doesNotExist();
        assertThat(project.resolve("models/integration/hubs")).isDirectory();
    }

    @Test
    void specErrorsStopBeforeRenderingAndListEveryDiagnostic() throws Exception {
        Diagnostic second = Diagnostic.error(new SourceLocation("specs/member.yml", 20, 3), "spec.unknown-key",
                "unknown key 'atributes'", "did you mean 'attributes'?");
        Diagnostic first = Diagnostic.error(new SourceLocation("specs/member.yml", 14, 7), "spec.reference",
                "source 'legacy' is not in source_mappings", "add it under source_mappings");
        design = new DesignResult(List.of("specs/member.yml"), List.of(), null, List.of(second, first), List.of());
        DvGenerator generator = new DvGenerator((dir, specs, naming) -> design, (vault, options) -> {
            throw new AssertionError("must not render");
        });

        assertThatThrownBy(() -> generator.generate(request(), log))
                .isInstanceOfSatisfying(SpecErrorsException.class, e -> {
                    assertThat(e.diagnostics()).containsExactly(first, second);
                    assertThat(e.getMessage()).isEqualTo("2 errors in the specs, nothing generated:\n"
                            + "specs/member.yml:14:7: source 'legacy' is not in source_mappings "
                            + "(add it under source_mappings)\n"
                            + "specs/member.yml:20:3: unknown key 'atributes' (did you mean 'attributes'?)");
                });
        assertThat(project.resolve("models")).doesNotExist();
        assertThat(Files.readString(project.resolve("target/dv/generation-report.md")))
                .contains("- ERROR: `specs/member.yml:14:7: source 'legacy' is not in source_mappings "
                        + "(add it under source_mappings)`");
    }

    @Test
    void templateErrorsPropagateAndNothingIsWritten() {
        TemplateException broken = new TemplateException("hub.sql.mustache", "broken", null);
        DvGenerator generator = new DvGenerator((dir, specs, naming) -> design, (vault, options) -> {
            throw broken;
        });

        assertThatThrownBy(() -> generator.generate(request(), log)).isSameAs(broken);
        assertThat(project.resolve("models")).doesNotExist();
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void renderOptionsCarryTheRequest() throws Exception {
        List<Object> seen = new ArrayList<>();
        Path templates = project.resolve("templates");
        DvGenerator generator = new DvGenerator((dir, specs, naming) -> {
            seen.add(dir);
            seen.add(specs);
            return design;
        }, (vault, options) -> {
            seen.add(options);
            return List.of();
        });
        GenerateRequest request = request().withTemplateDirectory(templates).withSpecDirectory(project.resolve("dv"))
                .withGeneratedAt(java.time.Instant.parse("2026-01-02T03:04:05Z"));

        generator.plan(request);

        assertThat(seen).containsExactly(project.toAbsolutePath(), project.resolve("dv").toAbsolutePath(),
                new io.dvmaven.templates.RenderOptions("0.1.0-TEST", templates.toAbsolutePath(),
                        java.time.Instant.parse("2026-01-02T03:04:05Z"), true,
                        io.dvmaven.model.naming.NamingConventions.defaults()));
    }

    @Test
    void jsonReportIsDeterministicAndComplete() throws Exception {
        generator().generate(request(), log);
        String first = Files.readString(project.resolve("target/dv/generation-report.json"));
        deleteTree(project.resolve("models"));
        deleteTree(project.resolve("target"));
        generator().generate(request(), log);
        assertThat(Files.readString(project.resolve("target/dv/generation-report.json"))).isEqualTo(first);
        generator().generate(request(), log);
        String second = Files.readString(project.resolve("target/dv/generation-report.json"));

        assertThat(second).startsWith("""
                {
                  "generator": "dv-maven-plugin",
                  "version": "0.1.0-TEST",
                  "status": "success",
                  "summary": {
                    "files": 3,
                    "entities": 1,
                    "written": 0,
                    "unchanged": 3,
                    "removed": 0,
                    "conflicts": 0,
                    "errors": 0,
                    "warnings": 0
                  },
                  "specs": [
                    "specs/member.yml"
                  ],
                  "entities": [
                    {
                      "name": "member",
                      "spec": "specs/member.yml",
                      "description": "A member | of a plan",
                      "businessKey": [
                        "member_id"
                      ],
                """);
        assertThat(second).contains("""
                  "decisions": [
                    {
                      "subject": "member / legacy_facets",
                      "text": "load timestamp column defaults to load_timestamp",
                      "location": "specs/member.yml:40:5"
                    }
                  ],
                  "diagnostics": []
                }
                """);
        String markdown = Files.readString(project.resolve("target/dv/generation-report.md"));
        assertThat(markdown)
                .contains("- Summary: 3 files for 1 entity: 0 written, 3 unchanged, 0 removed\n")
                .contains("| member | specs/member.yml | member_id | legacy_facets | 3 | A member \\| of a plan |\n")
                .contains("| `" + HUB + "` | hub | UNCHANGED | unchanged | member | up to date |\n")
                .contains("- **member / legacy_facets**: load timestamp column defaults to load_timestamp "
                        + "(`specs/member.yml:40:5`)\n");
    }
}
