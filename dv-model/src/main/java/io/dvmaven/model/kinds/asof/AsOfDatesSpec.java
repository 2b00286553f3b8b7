package io.dvmaven.model.kinds.asof;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The {@code as_of_dates} section: the dates PIT and bridge tables are computed for, once per design. Either a
 * date spine the plugin generates ({@code start}, {@code end}, {@code grain}) or the user's own model
 * ({@code model}), which the plugin then only refers to.
 *
 * @param location  where the section starts
 * @param userModel the user's own as-of-date model, or {@code null} when the plugin generates one
 * @param start     first date of the generated spine ({@code null} for a user model)
 * @param end       last date of the generated spine; {@code null} means the day the models run ({@code today})
 * @param grain     {@code day}, {@code week} or {@code month}
 */
public record AsOfDatesSpec(SourceLocation location, Ident userModel, LocalDate start, LocalDate end, String grain)
        implements Serializable {

    public boolean generated() {
        return userModel == null;
    }
}
