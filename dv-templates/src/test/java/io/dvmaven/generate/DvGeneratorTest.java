package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.Decision;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.templates.RenderedFile;
import io.dvmaven.templates.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DvGeneratorTest {

    private static final SpecRef MEMBER_SPEC = new SpecRef("specs/member.yml", "ab".repeat(32));
    private static final String HUB = "models/integration/hubs/h_member.sql";
    private static final String HUB_SCHEMA = "models/integration/hubs/schema.yml";
    private static final String SAT = "models/integration/satellites/s_member_demographics_legacy_facets.sql";

    @TempDir
    Path project;

    /** What the fake renderer produces, by path; tests change it between runs. */
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private DesignResult design;
    private final CapturingLog log = new CapturingLog();

    @BeforeEach
    void setUp() {
        bodies.put(HUB, "select 1 as member_hk\n");
        bodies.put(HUB_SCHEMA, "version: 2\nmodels:\n  - name: h_member\n");
        bodies.put(SAT, "select 2 as demographics_hashdiff\n");
        Entity member = new Entity("member", "A member | of a plan", MEMBER_SPEC, List.of("member_id"),
                List.of("legacy_facets"));
        Vault vault = new Vault(List.of(member), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        design = new DesignResult(List.of("specs/member.yml"), List.of(), vault, List.of(),
                List.of(new Decision("member / legacy_facets", "load timestamp column defaults to load_timestamp",
                        new SourceLocation("specs/member.yml", 40, 5))));
    }

    private DvGenerator generator() {
        return new DvGenerator((dir, specs, naming) -> design, (vault, options) -> {
            List<RenderedFile> files = new ArrayList<>();
            bodies.forEach((path, body) -> files.add(new RenderedFile(path, withHeader(path, body),
                    path.endsWith(".yml") ? "schema" : "hub", List.of("member"), List.of(MEMBER_SPEC))));
            return files;
        });
    }

    private GenerateRequest request() {
        return GenerateRequest.defaults(project).withGeneratorVersion("0.1.0-TEST");
    }

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
    void handEditedFileIsPreservedAndNamed() throws Exception {
        generator().generate(request(), log);
        Path hub = project.resolve(HUB);
        String edited = read(HUB).replace("select 1", "select 100");
        Files.writeString(hub, edited);
        bodies.put(SAT, "select 5 as demographics_hashdiff\n");

        assertThatThrownBy(() -> generator().generate(request(), log))
                .isInstanceOfSatisfying(FileConflictException.class, e -> {
                    assertThat(e.conflicts()).extracting(PlannedFile::path).containsExactly(HUB);
                    assertThat(e.conflicts().get(0).action()).isEqualTo(FileAction.EDITED_CONFLICT);
                    assertThat(e.getMessage()).startsWith("1 file is in the way of generation, nothing written:\n"
                            + HUB + ": generated file edited by hand (its body no longer matches dv-checksum ");
                    assertThat(e.getMessage()).endsWith("run with -Ddv.overwrite=true to replace them");
                });
        assertThat(hub).hasContent(edited.strip());
        assertThat(read(SAT)).contains("select 2"); // nothing written when a conflict stops the run
        assertThat(Files.readString(project.resolve("target/dv/generation-report.json")))
                .contains("\"status\": \"failed: 1 conflict(s), nothing written\"")
                .contains("\"action\": \"EDITED_CONFLICT\"");
    }

    @Test
    void overwriteReplacesEditedFiles() throws Exception {
        generator().generate(request(), log);
        Files.writeString(project.resolve(HUB), read(HUB).replace("select 1", "select 100"));

        GenerateResult result = generator().generate(request().withOverwriteEdited(true), log);

        assertThat(result.written()).containsExactly(HUB);
        assertThat(read(HUB)).isEqualTo(withHeader(HUB, "select 1 as member_hk\n"));
        assertThat(log.warns).containsExactly(
                "Replaced 1 hand-edited or foreign file(s) (dv.overwrite=true): " + HUB);
        assertThat(Files.readString(project.resolve("target/dv/generation-report.json")))
                .contains("\"result\": \"overwritten\"");
    }

    @Test
    void foreignFileInTheWayIsAConflict() throws Exception {
        Path hub = project.resolve(HUB);
        Files.createDirectories(hub.getParent());
        Files.writeString(hub, "select 'mine'\n");

        GenerationPlan plan = generator().plan(request());

        assertThat(plan.conflicts()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo(HUB);
            assertThat(file.action()).isEqualTo(FileAction.FOREIGN_CONFLICT);
            assertThat(file.detail()).isEqualTo(
                    "not generated by dv-maven-plugin (no 'Generated by dv-maven-plugin' header)");
        });
        assertThatThrownBy(() -> generator().generate(request(), log)).isInstanceOf(FileConflictException.class);
        assertThat(hub).hasContent("select 'mine'");
    }

    @Test
    void editedStaleFileIsAConflictToo() throws Exception {
        generator().generate(request(), log);
        Files.writeString(project.resolve(SAT), read(SAT).replace("select 2", "select 20"));
        bodies.remove(SAT);

        GenerationPlan plan = generator().plan(request());

        assertThat(plan.conflicts()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo(SAT);
            assertThat(file.action()).isEqualTo(FileAction.EDITED_CONFLICT);
            assertThat(file.isGenerated()).isFalse();
            assertThat(file.detail()).isEqualTo(
                    "generated earlier and edited by hand since, but no spec produces it any more");
        });
        assertThatThrownBy(() -> generator().generate(request(), log)).isInstanceOf(FileConflictException.class);
        assertThat(project.resolve(SAT)).exists();

        GenerateResult forced = generator().generate(request().withOverwriteEdited(true), log);
        assertThat(forced.removed()).containsExactly(SAT);
        assertThat(project.resolve(SAT)).doesNotExist();
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

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private List<String> actions(GenerationPlan plan) {
        return plan.files().stream().map(f -> f.path() + "=" + f.action()).toList();
    }

    private String read(String path) throws IOException {
        return Files.readString(project.resolve(path));
    }

    /** A header in the shared format (DESIGN.md), so ownership and edit detection see a generated file. */
    static String withHeader(String path, String body) {
        String prefix = path.endsWith(".sql") ? "-- " : "# ";
        String fullBody = "\n" + body;
        return prefix + "Generated by dv-maven-plugin 0.1.0-TEST. Do not edit: change the spec, then run mvn "
                + "dv:generate.\n"
                + prefix + "entity: member | sources: legacy_facets\n"
                + prefix + "spec: specs/member.yml (sha256 abababababab)\n"
                + prefix + "dv-checksum: " + sha16(fullBody) + "\n"
                + fullBody;
    }

    private static String sha16(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class CapturingLog implements DvLog {
        final List<String> infos = new ArrayList<>();
        final List<String> warns = new ArrayList<>();

        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void warn(String message) {
            warns.add(message);
        }

        @Override
        public void error(String message) {
            warns.add(message);
        }

        @Override
        public void debug(Supplier<String> message) {
            message.get();
        }
    }
}
