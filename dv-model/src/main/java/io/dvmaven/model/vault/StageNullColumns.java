package io.dvmaven.model.vault;

import java.util.List;

/**
 * The stage's AutomateDV {@code null_columns}: business key columns whose NULLs load as placeholders.
 *
 * @param required columns where NULL becomes {@code var('null_key_required')} ({@code '-1'})
 * @param optional columns where NULL becomes {@code var('null_key_optional')} ({@code '-2'})
 */
public record StageNullColumns(List<String> required, List<String> optional) {

    public static final StageNullColumns NONE = new StageNullColumns(List.of(), List.of());

    public StageNullColumns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    public boolean isEmpty() {
        return required.isEmpty() && optional.isEmpty();
    }
}
