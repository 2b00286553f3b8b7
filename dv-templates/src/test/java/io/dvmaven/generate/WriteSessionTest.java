package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New folders are built aside and appear whole; files in existing folders are replaced one by one. */
class WriteSessionTest {

    @TempDir
    Path project;

    @Test
    void aNewFolderIsBuiltAsideAndAppearsOnlyOnCommit() throws IOException {
        Files.createDirectories(project.resolve("models"));
        Path hub = project.resolve("models/integration/hubs/h_a.sql");
        Path sat = project.resolve("models/integration/satellites/s_a.sql");
        try (WriteSession session = new WriteSession()) {
            session.prepare(project, List.of(project.resolve("models")), List.of(hub, sat));
            Optional<Path> hubAt = session.write(hub, "select 1\n", null);
            Optional<Path> satAt = session.write(sat, "select 2\n", null);

            assertThat(hubAt).isPresent();
            assertThat(hubAt.get()).isNotEqualTo(hub);
            assertThat(hubAt.get().getParent().getParent().getFileName().toString())
                    .startsWith(".integration.").endsWith(WriteSession.STAGING_SUFFIX);
            assertThat(project.resolve("models/integration")).doesNotExist();
            BasicFileAttributes staged = Files.readAttributes(satAt.get(), BasicFileAttributes.class);

            session.commit();

            assertThat(hub).hasContent("select 1");
            assertThat(sat).hasContent("select 2");
            BasicFileAttributes placed = Files.readAttributes(sat, BasicFileAttributes.class);
            assertThat(placed.size()).isEqualTo(staged.size());
            assertThat(placed.lastModifiedTime()).isEqualTo(staged.lastModifiedTime());
        }
        assertThat(allPaths()).containsExactlyInAnyOrder("models", "models/integration",
                "models/integration/hubs", "models/integration/hubs/h_a.sql", "models/integration/satellites",
                "models/integration/satellites/s_a.sql");
    }

    @Test
    void filesOfExistingFoldersAreReplacedInPlaceAndOnlyWhenTheirBytesChange() throws IOException {
        Path existing = project.resolve("models/h_a.sql");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "old\n");
        Path same = project.resolve("models/h_b.sql");
        Files.writeString(same, "same\n");
        try (WriteSession session = new WriteSession()) {
            session.prepare(project, List.of(project.resolve("models")), List.of(existing, same));
            assertThat(session.write(existing, "new\n", null)).contains(existing);
            assertThat(session.write(same, "same\n", Hashing.sha256("same\n"))).isEmpty();
            session.commit();
        }
        assertThat(existing).hasContent("new");
        assertThat(allPaths()).containsExactlyInAnyOrder("models", "models/h_a.sql", "models/h_b.sql");
    }

    @Test
    void aFolderThatAppearsBeforeCommitReceivesTheFilesOneByOne() throws IOException {
        Path hub = project.resolve("models/hubs/h_a.sql");
        try (WriteSession session = new WriteSession()) {
            session.prepare(project, List.of(project.resolve("models")), List.of(hub));
            session.write(hub, "select 1\n", null);
            Files.createDirectories(project.resolve("models/hubs"));
            Files.writeString(project.resolve("models/hubs/notes.md"), "a person's file\n");

            session.commit();
        }
        assertThat(hub).hasContent("select 1");
        assertThat(project.resolve("models/hubs/notes.md")).hasContent("a person's file");
        assertThat(allPaths()).containsExactlyInAnyOrder("models", "models/hubs", "models/hubs/h_a.sql",
                "models/hubs/notes.md");
    }

    @Test
    void anUncommittedSessionLeavesNothingBehind() throws IOException {
        Path hub = project.resolve("models/hubs/h_a.sql");
        Path big = project.resolve("models/hubs/schema.yml");
        Path body = Files.writeString(Files.createTempFile("body", ".tmp"), "\nmodels: []\n");
        try (WriteSession session = new WriteSession()) {
            session.prepare(project, List.of(project.resolve("models")), List.of(hub, big));
            session.write(hub, "select 1\n", null);
            session.write(big, "# header\n", body, null);
            // no commit: a later file failed
        } finally {
            Files.delete(body);
        }
        assertThat(allPaths()).as("only the root, created in place").containsExactly("models");
    }

    @Test
    void aSpilledBodyIsWrittenAfterItsHeader() throws IOException {
        Path schema = project.resolve("models/schema.yml");
        Path body = Files.writeString(Files.createTempFile("body", ".tmp"), "\nversion: 2\n");
        try (WriteSession session = new WriteSession()) {
            session.prepare(project, List.of(project.resolve("models")), List.of(schema));
            session.write(schema, "# header\n", body, null);
            session.commit();
        } finally {
            Files.delete(body);
        }
        assertThat(Files.readString(schema, StandardCharsets.UTF_8)).isEqualTo("# header\n\nversion: 2\n");
    }

    private List<String> allPaths() throws IOException {
        try (Stream<Path> walk = Files.walk(project)) {
            return walk.filter(p -> !p.equals(project)).map(p -> project.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
