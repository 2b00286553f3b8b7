package io.dvmaven.templates.kinds.asof;

import static io.dvmaven.templates.ColumnDocs.MODEL_TEST_INDENT;

import io.dvmaven.templates.Views.TestDoc;
import java.util.Map;

/** The model-level tests of the business vault models (PIT, bridge), as schema.yml entries. */
public final class BusinessVaultDocs {

    private BusinessVaultDocs() {
    }

    /** A model-level test with its arguments, in the given order ({@code ref('...')} values stay as written). */
    public static TestDoc modelTest(String name, Map<String, String> arguments) {
        StringBuilder yaml = new StringBuilder(name).append(":\n").append(MODEL_TEST_INDENT).append("arguments:");
        arguments.forEach((key, value) -> yaml.append('\n').append(MODEL_TEST_INDENT).append("  ").append(key)
                .append(": ").append(value));
        return new TestDoc(yaml.toString());
    }

    /** {@code ref('model')} as a test argument. */
    public static String ref(String model) {
        return "ref('" + model + "')";
    }
}
