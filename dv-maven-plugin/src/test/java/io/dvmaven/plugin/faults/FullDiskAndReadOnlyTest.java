package io.dvmaven.plugin.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.model.DvLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * dv:generate on a full disk and on a read-only {@code models/}, each made real in a private mount namespace (a
 * small tmpfs filled up; a read-only bind mount), the goal in a JVM of its own: one error naming the file and the
 * cause, every existing file intact, no temporary file left; once the disk is fine again a rerun writes the change.
 * Needs {@code unshare -m} (root, or a user namespace); skipped with the reason otherwise.
 */
@DisabledOnOs(OS.WINDOWS)
class FullDiskAndReadOnlyTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void mountNamespaces() throws Exception {
        Process probe = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mkdir -p /tmp/dv-ns-probe && mount -t tmpfs -o size=1m tmpfs /tmp/dv-ns-probe")
                .redirectErrorStream(true).start();
        boolean ok = probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        assumeTrue(ok, "unshare -m with a tmpfs mount is not permitted here: " + new String(
                probe.getInputStream().readAllBytes()).trim());
    }

    @Test
    void aFullDiskGivesOneLocatedErrorAndLeavesEveryFileIntact() throws Exception {
        String fill = "dd if=/dev/zero of=\"$MNT/filler\" bs=64k 2>/dev/null || true; "
                + "while dd if=/dev/zero of=\"$MNT/filler-$RANDOM\" bs=1k count=1 2>/dev/null; do :; done";
        Outcome outcome = generateInNamespace(fill);

        assertThat(outcome.log()).containsOnlyOnce("failed: ").contains("No space left on device")
                .containsPattern("failed: Could not write \\S*/models/");
        assertIntactThenRepaired(outcome);
    }

    @Test
    void aReadOnlyModelsFolderGivesOneLocatedErrorAndLeavesEveryFileIntact() throws Exception {
        Outcome outcome = generateInNamespace(
                "mount --bind \"$MNT/models\" \"$MNT/models\" && mount -o remount,bind,ro \"$MNT/models\"");

        assertThat(outcome.log()).containsOnlyOnce("failed: ").contains("Read-only file system")
                .containsPattern("failed: Could not write \\S*/models");
        assertIntactThenRepaired(outcome);
    }

    private record Outcome(Path project, Map<String, String> before, String log) {
    }

    /**
     * Generates a project, changes its specs, copies it into a tmpfs in a private mount namespace, runs
     * {@code fault} there (with {@code $MNT} the copy), runs dv:generate in a JVM of its own and copies the result
     * back out.
     */
    private Outcome generateInNamespace(String fault) throws Exception {
        Path project = temp.resolve("project");
        KilledRunsTest.writeSpecs(project, 0, 20);
        new DvGenerator().generate(GenerateRequest.defaults(project), DvLog.silent());
        Map<String, String> before = ProjectTree.files(project, ProjectTree::generated);
        KilledRunsTest.writeSpecs(project, 1, 20);

        Path mount = Files.createDirectories(temp.resolve("mnt"));
        Path out = Files.createDirectories(temp.resolve("out"));
        Path log = temp.resolve("generate.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String script = "set -e; mount -t tmpfs -o size=16m tmpfs \"$MNT\"; cp -a \"$PROJECT/.\" \"$MNT/\"; "
                + fault + "; set +e; \"$JAVA\" -XX:TieredStopAtLevel=1 -cp \"$CP\" " + FaultProbe.class.getName()
                + " generate \"$MNT\" > \"$LOG\" 2>&1; rm -f \"$MNT\"/filler*; umount \"$MNT/models\" 2>/dev/null; "
                + "cp -a \"$MNT/.\" \"$OUT/\"";
        ProcessBuilder builder = new ProcessBuilder(List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                script)).redirectErrorStream(true);
        builder.environment().putAll(Map.of("MNT", mount.toString(), "PROJECT", project.toString(), "OUT",
                out.toString(), "LOG", log.toString(), "JAVA", java.toString(), "CP",
                System.getProperty("java.class.path")));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return new Outcome(out, before, Files.readString(log));
    }

    private void assertIntactThenRepaired(Outcome outcome) throws Exception {
        assertThat(ProjectTree.files(outcome.project(), ProjectTree::generated)).as("every generated file intact")
                .isEqualTo(outcome.before());
        assertThat(ProjectTree.files(outcome.project(), path -> ProjectTree.hidden(path) || path.endsWith(".tmp")))
                .as("temporary files left").isEmpty();

        new DvGenerator().generate(GenerateRequest.defaults(outcome.project()), DvLog.silent());
        Path reference = temp.resolve("reference");
        KilledRunsTest.writeSpecs(reference, 1, 20);
        new DvGenerator().generate(GenerateRequest.defaults(reference), DvLog.silent());
        assertThat(ProjectTree.files(outcome.project(), ProjectTree::generated))
                .isEqualTo(ProjectTree.files(reference, ProjectTree::generated));
    }
}
