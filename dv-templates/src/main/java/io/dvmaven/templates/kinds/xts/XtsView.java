package io.dvmaven.templates.kinds.xts;

import java.util.List;

/** {@code xts.sql.mustache}. */
public record XtsView(String model, String hashKey, List<TrackedView> tracked, String stageModel,
                      String loadTimestamp, String recordSource) {

    /** One tracked satellite; {@code last} ends the template's mapping. */
    public record TrackedView(String satelliteModel, String nameColumn, String hashdiff, boolean last) {
    }
}
