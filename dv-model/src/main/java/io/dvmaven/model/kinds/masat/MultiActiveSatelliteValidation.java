package io.dvmaven.model.kinds.masat;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks across the design: a child key or attribute must not shadow a column the stage generates. */
final class MultiActiveSatelliteValidation {

    private MultiActiveSatelliteValidation() {
    }

    static void checkColumns(DesignCheck design) {
        NamingConventions naming = design.naming();
        for (EntitySpec entity : design.byName().values()) {
            if (entity.hub() == null || entity.hub().businessKey().isEmpty()) {
                continue;
            }
            String name = entity.name().value();
            Map<String, String> generated = new LinkedHashMap<>();
            naming.businessKeyColumns(name, entity.hub().businessKey().stream().map(Ident::value).toList())
                    .forEach(c -> generated.put(c, "business key of hub " + name));
            generated.put(naming.hubHashKeyName(name), "hash key of hub " + name);
            generated.put(naming.recordSourceColumn(), "record source column");
            generated.put(naming.loadTimestampColumn(), "load timestamp column");
            for (MultiActiveSatelliteSpec satellite : entity.part(MultiActiveSatelliteSpec.class)) {
                generated.put(naming.hashdiffName(name, satellite.name().value()), "hashdiff of multi-active "
                        + "satellite " + satellite.name().value());
            }
            for (MultiActiveSatelliteSpec satellite : entity.part(MultiActiveSatelliteSpec.class)) {
                List<AttributeSpec> columns = new ArrayList<>(satellite.childKeys());
                columns.addAll(satellite.attributes());
                for (AttributeSpec column : columns) {
                    String clash = generated.get(column.name().value());
                    if (clash != null) {
                        design.diagnostics().error(column.name().location(), "spec.name-collision", "column '"
                                + column.name().value() + "' of multi-active satellite '" + satellite.name().value()
                                + "' has the same name as the generated " + clash + " in the stages of " + name,
                                "rename the raw column in the source, or choose another name for the generated "
                                        + "column in the naming conventions");
                    }
                }
            }
        }
    }
}
