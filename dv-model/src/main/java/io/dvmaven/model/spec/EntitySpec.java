package io.dvmaven.model.spec;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.KindParts;
import io.dvmaven.model.kinds.hub.HubSpec;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One business entity as written in a spec document (YAML, JSON or, later, Mermaid), before any
 * cross-file resolution. Locations point into the spec file.
 *
 * @param specFile       spec path relative to the dbt project, forward slashes ({@code specs/member.yml})
 * @param specSha256     SHA-256 (hex, lower case) of the whole spec file's bytes
 * @param location       where the entity document starts
 * @param name           {@code entity.name}
 * @param description    {@code entity.description}, may be {@code null}
 * @param hub            the {@code hub} section
 * @param satellites     the {@code satellites} list, in file order
 * @param links          the {@code links} list, in file order
 * @param sourceMappings the {@code source_mappings} map by source system name, in file order
 * @param businessRules  the {@code business_rules} list, in file order
 * @param parts          the sections of kinds without a field of their own, by record type
 * @param domain         {@code entity.domain}: the subject area the entity belongs to, or {@code null} for the
 *                       area of its spec folder
 */
public record EntitySpec(
        String specFile,
        String specSha256,
        SourceLocation location,
        Ident name,
        String description,
        HubSpec hub,
        List<SatelliteSpec> satellites,
        List<LinkSpec> links,
        Map<String, SourceMappingSpec> sourceMappings,
        List<BusinessRuleSpec> businessRules,
        KindParts parts,
        String domain) implements Serializable {

    /** An entity with no sections of further kinds. */
    public EntitySpec(String specFile, String specSha256, SourceLocation location, Ident name, String description,
                      HubSpec hub, List<SatelliteSpec> satellites, List<LinkSpec> links,
                      Map<String, SourceMappingSpec> sourceMappings, List<BusinessRuleSpec> businessRules) {
        this(specFile, specSha256, location, name, description, hub, satellites, links, sourceMappings,
                businessRules, KindParts.EMPTY, null);
    }

    /** The section records of a further kind ({@code part(EffSatSpec.class)}); empty when it has none. */
    public <T> List<T> part(Class<T> type) {
        return parts.get(type);
    }
}
