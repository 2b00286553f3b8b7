package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.kinds.hub.NullKeys;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.StageNullColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One NULL-key policy for every stage column carrying a business key part, whichever kind stages it (hub, link,
 * transactional, hierarchical or same-as link). AutomateDV drops a row whose hash key is NULL, but hashes a
 * composite key with a NULL or empty part (as {@code '^^'}) and loads it. Unless the hub opts into
 * {@code null_columns} placeholders, each part of a composite key is derived as NULL when any part is NULL or
 * empty (blank after trimming, as AutomateDV's hash sees it), so the whole hash key is NULL and the row is not
 * loaded: the same as a simple key that is NULL or empty.
 */
public final class NullKeyPolicy {

    private NullKeyPolicy() {
    }

    /**
     * The derived column of key part {@code index}: a copy of the raw field, guarded when the key is composite
     * and has no placeholders. The fields are checked identifiers, so the SQL holds no user text.
     */
    public static DerivedColumn keyPart(String column, List<String> fields, int index, NullKeys nullKeys,
                                        String description) {
        String field = fields.get(index);
        if (fields.size() == 1 || nullKeys.placeholders()) {
            return new DerivedColumn(column, field, description);
        }
        String complete = fields.stream().map(f -> "TRIM(CAST(" + f + " AS {{ dbt.type_string() }})) <> ''")
                .collect(Collectors.joining(" AND "));
        return DerivedColumn.generated(column, "CASE WHEN " + complete + " THEN " + field + " END", description
                + "; NULL when any key part is NULL or empty, so the row is not loaded");
    }

    /** The stage {@code null_columns} of a hub's key columns: none unless the hub opts into placeholders. */
    public static StageNullColumns placeholders(NullKeys nullKeys, List<String> parts, List<String> columns) {
        List<String> required = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (nullKeys.required().contains(parts.get(i))) {
                required.add(columns.get(i));
            } else if (nullKeys.optional().contains(parts.get(i))) {
                optional.add(columns.get(i));
            }
        }
        return new StageNullColumns(required, optional);
    }
}
