package io.dvmaven.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.kinds.asof.AsOfDatesKind;
import io.dvmaven.model.kinds.reftable.ReferenceTableKind;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.project.DbtProject;
import io.dvmaven.model.project.DbtProjectScanner;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SqlMetadata;
import io.dvmaven.model.rules.Finding;
import io.dvmaven.model.rules.RuleEngine;
import io.dvmaven.model.rules.RuleResult;
import io.dvmaven.model.rules.RuleSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code dv:generate} writes passes every {@code dv:verify} naming rule, because both read the same naming
 * conventions: every golden spec case is rendered with the default and with custom conventions, scanned the way
 * verify scans a project, and checked by every rule. A negative case proves the same pipeline does report a
 * wrongly named satellite and a CamelCase column, with exact locations.
 */
class GeneratedCodeConformsTest {

    /** Prefix style: every pattern, folder and column name differs from the defaults. */
    static final NamingConventions PREFIXED = new NamingConventions(
            "stage_{entity}_{source}",
            "hub_{entity}",
            "lnk_{link}",
            "sat_{entity}_{group}_{source}",
            "hk_{entity}",
            "lk_{link}",
            "bk_{entity}",
            "bk_{entity}_{key}",
            "hd_{group}",
            "src_{source}",
            "staging_area/{source}",
            "raw_vault/hubs",
            "raw_vault/links",
            "raw_vault/sats",
            "rsrc",
            "ldts");

    /** Suffix style, with dbt's own {@code stg_{source}__{entity}} staging names and placeholders reordered. */
    static final NamingConventions SUFFIXED = new NamingConventions(
            "stg_{source}__{entity}",
            "{entity}_hub",
            "{link}_link",
            "{entity}_{source}_{group}_sat",
            "{entity}_hkey",
            "{link}_lkey",
            "{entity}_business_key",
            "{entity}_{key}_business_key",
            "{entity}_{group}_diff",
            "{source}_raw",
            "stage/{source}/views",
            "vault/hub",
            "vault/link",
            "vault/sat",
            "dv_record_source",
            "dv_load_dts");

    static Stream<Arguments> casesAndConventions() throws IOException {
        List<Arguments> all = new ArrayList<>();
        Map<String, NamingConventions> conventions = Map.of(
                "defaults", NamingConventions.defaults(), "prefixed", PREFIXED, "suffixed", SUFFIXED);
        for (String caseName : GoldenFilesTest.cases().toList()) {
            conventions.keySet().stream().sorted()
                    .forEach(label -> all.add(Arguments.of(caseName, label, conventions.get(label))));
        }
        return all.stream();
    }

    @Test
    void customConventionsAreValid() {
        assertThat(PREFIXED.problems()).isEmpty();
        assertThat(SUFFIXED.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} with {1} naming")
    @MethodSource("casesAndConventions")
    void generatedProjectPassesEveryRule(String caseName, String label, NamingConventions naming,
                                         @TempDir Path project) throws Exception {
        renderInto(caseName, naming, project);

        RuleResult result = verify(project, naming);

        assertThat(result.findings().stream().map(Finding::format).toList())
                .as("naming rule findings for golden case %s with %s naming", caseName, label)
                .isEmpty();
        assertRulesSawTheKeys(project, naming);
    }

    /**
     * Guards against a vacuous pass: the rules fall back to convention names when they cannot read a model's keys,
     * so check that the scanner really read every vault model's macro call and keys from the generated SQL.
     */
    private static void assertRulesSawTheKeys(Path project, NamingConventions naming) throws IOException {
        DbtProject scanned = DbtProjectScanner.scan(project);
        List<String> unread = new ArrayList<>();
        for (ModelFile model : scanned.models()) {
            String folder = model.folder();
            if (folder.equals(naming.pattern(AsOfDatesKind.FOLDER))) {
                continue; // business vault models read vault tables by name; they have no keys of their own to hash
            }
            if (folder.equals(naming.stagingFolderFor(ReferenceTableKind.DELIVERY_SOURCE))) {
                continue; // a reference table's delivery model unions raw tables: a natural code, nothing hashed
            }
            SqlMetadata sql = model.metadata();
            String macro = sql.macro().orElse("");
            List<String> required = folder.equals(naming.hubFolder()) ? List.of(SqlMetadata.SRC_PK, SqlMetadata.SRC_NK)
                    : folder.equals(naming.linkFolder()) ? List.of(SqlMetadata.SRC_PK, SqlMetadata.SRC_FK)
                    : macro.equals("xts") ? List.of(SqlMetadata.SRC_PK) // xts names no hashdiff parameter
                    : folder.equals(naming.satelliteFolder()) || macro.equals("ma_sat")
                            ? List.of(SqlMetadata.SRC_PK, SqlMetadata.SRC_HASHDIFF)
                    : sql.macro().filter(m -> !m.equals("stage")).isPresent() ? List.of(SqlMetadata.SRC_PK) : List.of();
            if (sql.macro().isEmpty()) {
                unread.add(model.path() + ": no AutomateDV macro call");
            }
            required.stream().filter(p -> sql.parameter(p).isEmpty())
                    .forEach(p -> unread.add(model.path() + ": " + p + " not read"));
            if (required.isEmpty() && sql.hashKeys().isEmpty()) {
                unread.add(model.path() + ": no hashed_columns hash keys read");
            }
        }
        assertThat(unread).as("generated SQL the rules could not read").isEmpty();
    }

    @Test
    void wronglyNamedSatelliteAndCamelCaseColumnAreReported(@TempDir Path project) throws Exception {
        renderInto("seed-member", NamingConventions.defaults(), project);
        Path satellites = project.resolve("models/integration/satellites");
        Files.move(satellites.resolve("s_member_address_legacy_facets.sql"),
                satellites.resolve("s_mbr_address_legacy_facets.sql"));
        Path schema = project.resolve("models/integration/hubs/h_member.yml");
        String hubs = Files.readString(schema, StandardCharsets.UTF_8);
        assertThat(hubs).contains("      - name: member_bk\n");
        Files.writeString(schema, hubs.replace("      - name: member_bk\n", "      - name: memberBk\n"),
                StandardCharsets.UTF_8);

        RuleResult result = verify(project, NamingConventions.defaults());

        assertThat(result.findings().stream().map(Finding::format).toList()).containsExactly(
                "models/integration/hubs/h_member.yml:34:9: [DV003] column 'memberBk' of h_member is not lower"
                        + " snake_case (fix: rename it to member_bk)",
                "models/integration/satellites/s_mbr_address_legacy_facets.sql:1:1: [DV008] hub 'h_mbr' of"
                        + " satellite 's_mbr_address_legacy_facets' does not exist (fix: add the hub h_mbr, or rename"
                        + " the satellite after an existing hub)",
                "models/integration/satellites/s_mbr_address_legacy_facets.sql:1:1: [DV010] model"
                        + " 's_mbr_address_legacy_facets' is not documented in any schema file (fix: add"
                        + " '- name: s_mbr_address_legacy_facets' with a description to"
                        + " models/integration/satellites/s_mbr_address_legacy_facets.yml)");
    }

    private static void renderInto(String caseName, NamingConventions naming, Path project) throws Exception {
        Path caseDir = GoldenFilesTest.GOLDEN.resolve(caseName);
        Path specProject = caseDir.resolve("spec");
        DesignResult design = DesignLoader.load(specProject, specProject.resolve("specs"), naming);
        assertThat(design.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList())
                .as("spec errors").isEmpty();
        Path templates = caseDir.resolve("templates");
        RenderOptions options = new RenderOptions(GoldenFilesTest.VERSION,
                Files.isDirectory(templates) ? templates : null, null, true, naming);
        for (RenderedFile file : new DbtProjectRenderer(options).render(design.vault())) {
            Path target = project.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        }
    }

    private static RuleResult verify(Path project, NamingConventions naming) throws IOException {
        DbtProject scanned = DbtProjectScanner.scan(project);
        assertThat(scanned.models()).as("scanned models").isNotEmpty();
        return RuleEngine.create(RuleSettings.defaults()).run(scanned, naming);
    }
}
