package io.dvmaven.model.kinds.asof;

import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.VaultObject;
import java.time.LocalDate;

/**
 * The as-of dates of the design: a generated date spine, or the user's own model that the plugin only refers to.
 *
 * @param model     model name ({@code as_of_date}, or the user's model)
 * @param folder    folder of the generated model relative to {@code models/}
 * @param generated true when the plugin generates the model
 * @param start     first date (generated spine only)
 * @param end       last date, {@code null} for the day the models run (generated spine only)
 * @param grain     {@code day}, {@code week} or {@code month}
 * @param spec      spec defining it
 */
public record AsOfDates(String model, String folder, boolean generated, LocalDate start, LocalDate end, String grain,
                        SpecRef spec) implements VaultObject {

    /** The as-of-date column every as-of model has (AutomateDV's pit and bridge read {@code AS_OF_DATE}). */
    public static final String COLUMN = "as_of_date";
}
