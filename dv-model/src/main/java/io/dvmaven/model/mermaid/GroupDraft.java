package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.List;

/** A satellite group of a diagram entity: its attributes and sources, gathered from the tables that carry it. */
final class GroupDraft {

    private final Diagnostics diagnostics;
    final Ident name;
    final SourceLocation location;
    final String firstTable;
    final List<AttributeSpec> attributes = new ArrayList<>();
    final List<Ident> sources = new ArrayList<>();
    String description;
    DiagramSatellites.Options options = DiagramSatellites.Options.DEFAULT;

    GroupDraft(Diagnostics diagnostics, Ident name, SourceLocation location, String firstTable) {
        this.diagnostics = diagnostics;
        this.name = name;
        this.location = location;
        this.firstTable = firstTable;
    }

    void describe(String attribute, String text, SourceLocation at) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < attributes.size(); i++) {
            AttributeSpec existing = attributes.get(i);
            if (!existing.name().value().equals(attribute)) {
                continue;
            }
            if (existing.description() != null && !existing.description().equals(text)) {
                diagnostics.error(at, "mermaid.conflict", "attribute '" + attribute + "' of satellite group '"
                        + name.value() + "' is described as \"" + text + "\" here but as \""
                        + existing.description() + "\" in " + firstTable, "describe it once, or the same way");
                return;
            }
            attributes.set(i, new AttributeSpec(existing.name(), text));
        }
    }

    SatelliteSpec build() {
        return new SatelliteSpec(location, name, description, List.copyOf(attributes), List.copyOf(sources),
                options.changeTracking(), options.payload());
    }
}
