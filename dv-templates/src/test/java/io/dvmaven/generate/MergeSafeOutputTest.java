package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dvmaven.model.DvLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two branches that each change a different spec, generated and committed on each, merge with real git without a
 * conflict, and a regenerate after the merge finds nothing to do.
 */
class MergeSafeOutputTest {

    @TempDir
    Path project;

    @Test
    void twoBranchesTouchingDifferentSpecsMergeWithoutConflictAndRegenerateCleanly() throws Exception {
        assumeTrue(gitAvailable(), "git is not on PATH");
        git("init", "-q", "-b", "main");
        git("config", "user.email", "dev@example.com");
        git("config", "user.name", "Dev");
        Files.writeString(project.resolve(".gitignore"), "target/\n");
        writeSpec("member", "members", "first_name");
        generate();
        commitAll("member");

        git("checkout", "-q", "-b", "provider");
        writeSpec("provider", "providers", "npi");
        generate();
        commitAll("provider");

        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "product");
        writeSpec("product", "products", "sku");
        // the same source system as the other two, and an edit of a spec that exists on both sides
        writeSpec("member", "members", "last_name");
        // a new hashdiff input is a breaking hash change: acknowledged, its ledger file (one per staging model)
        // changes on this branch only
        Files.writeString(project.resolve("specs/dv_settings.yml"),
                "rehash: [{column: details_hashdiff, acknowledged: 2026-02-01}]\n");
        generate();
        commitAll("product, member last_name");

        git("checkout", "-q", "provider");
        GitResult merge = git("merge", "--no-edit", "product");
        assertThat(merge.exitCode()).as("git merge output:\n" + merge.output()).isZero();
        assertThat(git("diff", "--name-only", "--diff-filter=U").output()).isBlank();

        GenerateResult after = generate();
        assertThat(after.written()).isEmpty();
        assertThat(after.removed()).isEmpty();
        assertThat(after.plan().conflicts()).isEmpty();
        assertThat(git("status", "--porcelain").output()).isBlank();
        assertThat(project.resolve("models/staging/crm/providers.source.yml")).exists();
        assertThat(project.resolve("models/staging/crm/products.source.yml")).exists();
        assertThat(project.resolve("dv-hash-ledger/stg_provider_crm.json")).exists();
        assertThat(Files.readString(project.resolve("dv-hash-ledger/stg_member_crm.json")))
                .contains("last_name").contains("2026-02-01");
        assertThat(Files.readString(project.resolve("models/integration/satellites/s_member_details_crm.yml")))
                .contains("last_name").doesNotContain("first_name");
    }

    @Test
    void aGeneratedFileWhoseBodyIsWhatTheSpecsGiveIsAdoptedButARealEditIsProtected() throws Exception {
        writeSpec("member", "members", "first_name");
        generate();
        Path hub = project.resolve("models/integration/hubs/h_member.yml");
        String generated = Files.readString(hub);
        // as a merge resolution may leave it: the body as generated, the header from another version
        Files.writeString(hub, generated.replaceFirst("dv-checksum: [0-9a-f]+", "dv-checksum: 0123456789abcdef"));
        GenerateResult adopted = generate();
        assertThat(adopted.written()).containsExactly("models/integration/hubs/h_member.yml");
        assertThat(adopted.plan().files()).filteredOn(f -> f.path().endsWith("h_member.yml"))
                .extracting(PlannedFile::detail).containsExactly(ProjectFiles.ADOPTED);
        assertThat(Files.readString(hub)).isEqualTo(generated);

        Files.writeString(hub, generated.replace("version: 2", "version: 2\n# my note"));
        assertThatThrownBy(this::generate).isInstanceOf(FileConflictException.class)
                .hasMessageContaining("h_member.yml");
    }

    @Test
    void aGeneratedFileLeftWithConflictMarkersSaysHowToResolveIt() throws Exception {
        writeSpec("member", "members", "first_name");
        generate();
        Path hub = project.resolve("models/integration/hubs/h_member.sql");
        List<String> lines = new ArrayList<>(Files.readAllLines(hub));
        lines.add(6, "<<<<<<< HEAD");
        lines.add(7, "=======");
        lines.add(8, ">>>>>>> other");
        Files.write(hub, lines, StandardCharsets.UTF_8);
        assertThatThrownBy(this::generate).isInstanceOfSatisfying(FileConflictException.class,
                e -> assertThat(e.conflicts()).extracting(PlannedFile::detail)
                        .containsExactly(MergeLeftovers.DETAIL));
    }

    private GenerateResult generate() throws Exception {
        return new DvGenerator().generate(GenerateRequest.defaults(project), DvLog.silent());
    }

    private void writeSpec(String entity, String table, String attribute) throws IOException {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve(entity + ".yml"), """
                entity:
                  name: %1$s
                hub:
                  business_key: [%1$s_id]
                  sources: [crm]
                satellites:
                  - name: details
                    attributes: [%3$s]
                    sources: [crm]
                source_mappings:
                  crm:
                    schema: raw
                    table: %2$s
                    key_field: id
                """.formatted(entity, table, attribute));
    }

    private void commitAll(String message) throws Exception {
        git("add", "-A");
        assertThat(git("commit", "-q", "-m", message).exitCode()).isZero();
    }

    private record GitResult(int exitCode, String output) {
    }

    private GitResult git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false", "-c",
                "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new GitResult(process.exitValue(), output);
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
