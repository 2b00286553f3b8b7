package io.dvmaven.plugin.dbt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunResultsReaderTest {

    @Test
    void readsNodesSortedWithStatusAndTime() throws Exception {
        Path file = Path.of(RunResultsReaderTest.class.getResource("/dbt-output/run_results.json").toURI());

        List<DbtNodeResult> nodes = RunResultsReader.read(file);

        assertThat(nodes).extracting(DbtNodeResult::uniqueId, DbtNodeResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("model.tiny.bad_db", "error"),
                org.assertj.core.groups.Tuple.tuple("model.tiny.ok", "success"),
                org.assertj.core.groups.Tuple.tuple("test.tiny.accepted_values_ok_a__2.8c35280591", "fail"),
                org.assertj.core.groups.Tuple.tuple("test.tiny.not_null_ok_a.3e6525f99b", "pass"));
        DbtNodeResult failedTest = nodes.get(2);
        assertThat(failedTest.name()).isEqualTo("accepted_values_ok_a__2");
        assertThat(failedTest.resourceType()).isEqualTo("test");
        assertThat(failedTest.failed()).isTrue();
        assertThat(failedTest.failures()).isEqualTo(1);
        assertThat(failedTest.executionTime()).isGreaterThan(0.0);
        assertThat(nodes.get(0).message()).startsWith("Runtime Error in model bad_db (models/bad_db.sql)");
    }

    @Test
    void missingOrBrokenFileGivesNoNodes(@TempDir Path dir) throws Exception {
        assertThat(RunResultsReader.read(dir.resolve("run_results.json"))).isEmpty();
        Files.writeString(dir.resolve("broken.json"), "{\"results\": [");
        assertThat(RunResultsReader.read(dir.resolve("broken.json"))).isEmpty();
    }
}
