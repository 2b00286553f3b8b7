package io.dvmaven.templates.kinds.macros;

import io.dvmaven.templates.TargetMacros;
import io.dvmaven.templates.Views.NoView;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import java.util.List;
import java.util.stream.Stream;

/**
 * Macros shipped into {@code macros/dv}: the generic tests the generated schema.yml files use (so no package is
 * needed), and the dispatch macros the target needs ({@link TargetMacros}).
 */
public final class ShippedMacroFiles extends AbstractKindFiles {

    /** Generic tests the generated schema.yml files use. */
    static final List<String> GENERIC_TESTS = List.of("dv_expression_is_true", "dv_unique_combination_of_columns");

    public ShippedMacroFiles() {
        super("macro", Stream.concat(GENERIC_TESTS.stream(), Stream.of(TargetMacros.DUCKDB_SHIMS, TargetMacros.SPARK_DISPATCH)).map(ShippedMacroFiles::template)
                .toList());
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (String test : GENERIC_TESTS) {
            add(out, test);
        }
        for (String macros : TargetMacros.files(context.options().target(), context.options().duckdbShims())) {
            add(out, macros);
        }
    }

    private void add(KindOutput out, String macro) {
        out.file("macros/dv/" + macro + ".sql", id(), template(macro), NoView::new, List.of(), List.of(), List.of());
    }

    private static String template(String macro) {
        return macro + ".sql.mustache";
    }
}
