package io.dvmaven.model.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SpecSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The shipped JSON Schema of the spec, loaded once, and what the schema and {@link SpecParser} say about a text. */
abstract class AbstractSpecSchemaTest {

    /** Surefire runs in the module directory; the repository root is its parent. */
    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final ObjectMapper JSON = new ObjectMapper();

    static SchemaRegistry registry;
    static Schema schema;

    @BeforeAll
    static void loadSchema() {
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(SpecSchema.ID, SpecSchema.text())));
        schema = registry.getSchema(SchemaLocation.of(SpecSchema.ID));
    }

    /** Schema errors of every document in the file, as "path: message". */
    static List<String> schemaErrors(String text) {
        List<String> errors = new ArrayList<>();
        Iterator<Object> documents = new Load(LoadSettings.builder().build()).loadAllFromString(text).iterator();
        while (documents.hasNext()) {
            JsonNode document = JSON.valueToTree(documents.next());
            for (Error error : schema.validate(document)) {
                errors.add(error.getInstanceLocation() + ": " + error.getMessage());
            }
        }
        return errors;
    }

    static List<Diagnostic> parserErrors(String file, String text) {
        Diagnostics diagnostics = new Diagnostics();
        SpecParser.parse(file, "0", text, diagnostics, new ArrayList<>());
        return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    }

    static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).distinct().toList();
    }
}
