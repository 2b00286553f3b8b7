package io.dvmaven.model.vault;

import java.util.ArrayList;
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

    /** These columns followed by those of {@code other} not listed yet (a column keeps its first listing). */
    public StageNullColumns plus(StageNullColumns other) {
        List<String> allRequired = new ArrayList<>(required);
        List<String> allOptional = new ArrayList<>(optional);
        other.required.stream().filter(c -> !allRequired.contains(c) && !allOptional.contains(c))
                .forEach(allRequired::add);
        other.optional.stream().filter(c -> !allRequired.contains(c) && !allOptional.contains(c))
                .forEach(allOptional::add);
        return new StageNullColumns(allRequired, allOptional);
    }
}
