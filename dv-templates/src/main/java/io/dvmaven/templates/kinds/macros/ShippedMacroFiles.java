package io.dvmaven.templates.kinds.macros;

import io.dvmaven.templates.Views.NoView;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindFiles;
import io.dvmaven.templates.kinds.KindOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * Macros shipped into {@code macros/dv}: the generic tests the generated schema.yml files use (so no package is
 * needed), and, when asked, the {@code duckdb__*} dispatch shims AutomateDV needs on DuckDB.
 */
public final class ShippedMacroFiles implements KindFiles {

    /** Generic tests the generated schema.yml files use. */
    static final List<String> GENERIC_TESTS = List.of("dv_expression_is_true", "dv_unique_combination_of_columns");
    static final String SHIMS = "automate_dv_duckdb_shims";

    @Override
    public String id() {
        return "macro";
    }

    @Override
    public List<String> templates() {
        List<String> templates = new ArrayList<>();
        GENERIC_TESTS.forEach(test -> templates.add(template(test)));
        templates.add(template(SHIMS));
        return templates;
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (String test : GENERIC_TESTS) {
            add(out, test);
        }
        if (context.options().duckdbShims()) {
            add(out, SHIMS);
        }
    }

    private void add(KindOutput out, String macro) {
        out.file("macros/dv/" + macro + ".sql", id(), template(macro), NoView::new, List.of(), List.of(), List.of());
    }

    private static String template(String macro) {
        return macro + ".sql.mustache";
    }
}
