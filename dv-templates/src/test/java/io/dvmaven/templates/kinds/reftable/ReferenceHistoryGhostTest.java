package io.dvmaven.templates.kinds.reftable;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.templates.DbtProjectRenderer;
import io.dvmaven.templates.RenderOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With ghost records on, AutomateDV's sat adds a ghost row to the reference satellite whose code is NULL (binary
 * hashes) or the zero hash text (text hashes): the code's tests leave the ghost row out, the other tests stay.
 */
class ReferenceHistoryGhostTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/reference-history/spec").toAbsolutePath();

    private static String schemaOfTheReferenceSatellite(boolean ghostRecords) throws Exception {
        DesignResult design = DesignLoader.load(GOLDEN, GOLDEN.resolve("specs"), NamingConventions.defaults());
        ProjectSettings defaults = ProjectSettings.DEFAULTS;
        ProjectSettings settings = new ProjectSettings(null, defaults.hashing(), defaults.nullKeyRequired(),
                defaults.nullKeyOptional(), ghostRecords, false, List.of(), null);
        RenderOptions options = new RenderOptions("0.0.0-test", null, null, true).withSettings(settings);
        return new DbtProjectRenderer(options).render(design.vault()).stream()
                .filter(f -> f.path().endsWith("ref_s_nation.yml")).findFirst().orElseThrow().content();
    }

    @Test
    void theCodesTestsLeaveTheGhostRowOut() throws Exception {
        String schema = schemaOfTheReferenceSatellite(true);

        assertThat(schema).contains("""
                      - name: nation_code
                        description: "Code of the nation reference data; foreign key to ref_nation"
                        data_tests:
                          - not_null:
                              config:
                                where: "record_source <> 'AUTOMATE_DV_SYSTEM'"
                          - relationships:
                              arguments:
                                to: ref('ref_nation')
                                field: nation_code
                              config:
                                where: "record_source <> 'AUTOMATE_DV_SYSTEM'"
                """, "values: ['crm', 'erp', 'AUTOMATE_DV_SYSTEM']", "**Ghost Record**: one row with record source"
                + " AUTOMATE_DV_SYSTEM");
    }

    @Test
    void withoutGhostRecordsTheCodeIsTestedWhole() throws Exception {
        String schema = schemaOfTheReferenceSatellite(false);

        assertThat(schema).contains("""
                        data_tests:
                          - not_null
                          - relationships:
                """).doesNotContain("AUTOMATE_DV_SYSTEM");
    }
}
