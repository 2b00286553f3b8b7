package io.dvmaven.model.target;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.Severity;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.Vault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names that the chosen warehouse would reject or mangle, found before anything is generated: a spec name (raw
 * schema, table, column, attribute) or a generated model name longer than the target keeps, and a spec name the
 * target reserves (AutomateDV emits column names unquoted, so a reserved one breaks the SQL). Each finding points
 * at the name in its spec. The same spec passes for a target where the name is legal.
 */
public final class TargetIdentifierRule {

    /** Finding code of a name too long for the target. */
    public static final String LENGTH_ID = "target.identifier-length";
    /** Finding code of a reserved word of the target. */
    public static final String RESERVED_ID = "target.reserved-word";
    /** Both are errors: the build would fail on the warehouse (or, for length, silently truncate names). */
    public static final Severity SEVERITY = Severity.ERROR;

    private final WarehouseTarget target;
    private final Set<String> reserved;
    private final Diagnostics diagnostics = new Diagnostics();

    private TargetIdentifierRule(WarehouseTarget target) {
        this.target = target;
        this.reserved = target.reservedWords();
    }

    /** The design with this rule's findings added (sorted); the same design when there are none. */
    public static DesignResult apply(DesignResult design, WarehouseTarget target) {
        return design.withDiagnostics(check(design.entities(), design.vault(), target));
    }

    /** The findings for the parsed entities and, when it resolved, the vault's generated model names. */
    public static List<Diagnostic> check(List<EntitySpec> entities, Vault vault, WarehouseTarget target) {
        TargetIdentifierRule rule = new TargetIdentifierRule(target);
        Map<String, SourceLocation> entityLocations = new HashMap<>();
        Map<String, SourceLocation> satelliteLocations = new HashMap<>();
        Map<String, SourceLocation> linkLocations = new HashMap<>();
        for (EntitySpec entity : entities) {
            entityLocations.putIfAbsent(entity.name().value(), entity.name().location());
            for (SatelliteSpec satellite : entity.satellites()) {
                satelliteLocations.putIfAbsent(entity.name().value() + "/" + satellite.name().value(),
                        satellite.name().location());
                for (AttributeSpec attribute : satellite.attributes()) {
                    rule.name(attribute.name(), "attribute");
                }
            }
            for (LinkSpec link : entity.links()) {
                linkLocations.putIfAbsent(link.name().value(), link.name().location());
            }
            for (SourceMappingSpec mapping : entity.sourceMappings().values()) {
                rule.name(mapping.schema(), "raw schema");
                rule.name(mapping.table(), "raw table");
                mapping.keyFields().forEach(key -> rule.name(key, "raw column"));
                rule.name(mapping.loadTimestamp(), "raw column");
            }
        }
        if (vault != null) {
            for (Hub hub : vault.hubs()) {
                rule.model(hub.model(), entityLocations.get(hub.entity().name()));
            }
            for (Link link : vault.links()) {
                rule.model(link.model(), linkLocations.get(link.name()));
            }
            for (Satellite satellite : vault.satellites()) {
                rule.model(satellite.model(), satelliteLocations.getOrDefault(
                        satellite.entity() + "/" + satellite.group(), entityLocations.get(satellite.entity())));
            }
        }
        return rule.diagnostics.sorted();
    }

    private void name(Ident ident, String what) {
        if (ident == null || ident.value() == null) {
            return;
        }
        String value = ident.value();
        length(value, what, ident.location());
        if (reserved.contains(value.toUpperCase(Locale.ROOT))) {
            diagnostics.error(ident.location(), RESERVED_ID, what + " '" + value + "' is a reserved word on "
                    + target.id() + " (AutomateDV writes column names unquoted, so the generated SQL would fail)",
                    "rename it in the spec (for a raw column, alias it in a view over the raw table), or choose a "
                            + "target where it is legal");
        }
    }

    private void model(String model, SourceLocation location) {
        if (location != null) {
            length(model, "generated model", location);
        }
    }

    private void length(String value, String what, SourceLocation location) {
        if (value.length() > target.maxIdentifierLength()) {
            diagnostics.error(location, LENGTH_ID, what + " '" + value + "' has " + value.length()
                    + " characters; " + target.id() + " keeps at most " + target.maxIdentifierLength(),
                    "shorten the name in the spec (or the <naming> pattern that builds it) to "
                            + target.maxIdentifierLength() + " characters or fewer");
        }
    }
}
