package io.dvmaven.model.project;

import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The YAML schema the scanner composes schema files and SQL yaml blocks with. The scanner reads every scalar as
 * text ({@code getValue()}), so the core schema's implicit typing (a regular expression per plain scalar that could
 * be a number, boolean or null) is wasted work; only the merge key {@code <<} keeps its tag, so {@code <<: *anchor}
 * still merges as before.
 */
final class TextOnlySchema implements Schema {

    static final TextOnlySchema INSTANCE = new TextOnlySchema();

    private static final ScalarResolver RESOLVER =
            (value, implicit) -> implicit && "<<".equals(value) ? Tag.MERGE : Tag.STR;

    private TextOnlySchema() {
    }

    @Override
    public ScalarResolver getScalarResolver() {
        return RESOLVER;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return Map.of();
    }
}
