package io.dvmaven.plugin.dbt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionTest {

    @Test
    void parsesDbt110VersionBannerWithColoursAndAdapters() {
        String output = "\u001B[0mCore:\n  - installed: 1.10.23\n  - latest:    1.12.6 - \u001B[33mUpdate available!\u001B[0m\n\n"
                + "  Your version of dbt-core is out of date!\n\nPlugins:\n  - duckdb: 1.10.1 - Update available!\n"
                + "  - postgres: 1.9.0 - Up to date!\n\n  At least one plugin is out of date with dbt-core.\n";

        DbtVersionInfo version = DbtVersionInfo.parse(output).orElseThrow();

        assertThat(version.core()).isEqualTo("1.10.23");
        assertThat(version.adapters()).containsExactly(
                org.assertj.core.api.Assertions.entry("duckdb", "1.10.1"),
                org.assertj.core.api.Assertions.entry("postgres", "1.9.0"));
        assertThat(version).hasToString("dbt-core 1.10.23, dbt-duckdb 1.10.1, dbt-postgres 1.9.0");
    }

    @Test
    void parsesOldStyleBanner() {
        DbtVersionInfo version = DbtVersionInfo.parse("installed version: 1.0.4\n   latest version: 1.0.4\n\n"
                + "Up to date!\n\nPlugins:\n  - postgres: 1.0.4 - Up to date!\n").orElseThrow();

        assertThat(version.core()).isEqualTo("1.0.4");
        assertThat(version.adapters()).containsOnlyKeys("postgres");
    }

    @Test
    void outputWithoutVersionIsEmpty() {
        assertThat(DbtVersionInfo.parse("command not found: dbt")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ">=1.5 <3     | 1.10.23   | true",
            ">=1.5 <3     | 1.4.9     | false",
            ">=1.5 <3     | 3.0.0     | false",
            ">=1.5,<3     | 2.9.1     | true",
            "1.10.*       | 1.10.23   | true",
            "1.10.*       | 1.11.0    | false",
            "1.10.23      | 1.10.23   | true",
            "==1.10.23    | 1.10.22   | false",
            "~=1.10.2     | 1.10.9    | true",
            "~=1.10.2     | 1.11.0    | false",
            ">=1.10.0     | 1.10.0b1  | true",
            "*            | 0.1.0     | true",
    })
    void versionRanges(String range, String version, boolean accepted) {
        assertThat(VersionRange.parse(range).contains(version)).isEqualTo(accepted);
    }

    @Test
    void invalidRangeSaysHowToWriteOne() {
        assertThatThrownBy(() -> VersionRange.parse(">=one"))
                .hasMessage("Invalid dbt version range '>=one': cannot read '>=one' (use e.g. '>=1.5 <3' or '1.10.*')");
    }
}
