package io.dvmaven.model.kinds;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.hub.HubSpec;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections of one entity document while they are read: each kind's reader fills in its own part and may
 * read the parts of kinds registered before it (source mappings read the hub's business key).
 */
public final class EntityParts {

    private Ident name;
    private String description;
    private String domain;
    private HubSpec hub;
    private Map<String, SourceMappingSpec> sourceMappings = new LinkedHashMap<>();
    private List<SatelliteSpec> satellites = List.of();
    private List<LinkSpec> links = List.of();
    private List<BusinessRuleSpec> businessRules = List.of();
    private KindParts parts = KindParts.EMPTY;

    /** The parts of an entity read already (a diagram's entity, to which its kind directives add sections). */
    public static EntityParts of(EntitySpec entity) {
        EntityParts parts = new EntityParts();
        parts.name(entity.name(), entity.description());
        parts.hub = entity.hub();
        parts.sourceMappings = new LinkedHashMap<>(entity.sourceMappings());
        parts.satellites = entity.satellites();
        parts.links = entity.links();
        parts.businessRules = entity.businessRules();
        parts.parts = entity.parts();
        return parts;
    }

    public Ident name() {
        return name;
    }

    /** The entity name for messages, {@code ?} when it could not be read. */
    public String nameText() {
        return name == null ? "?" : name.value();
    }

    public void name(Ident name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The subject area the entity document names ({@code entity.domain}), or {@code null}. */
    public void domain(String domain) {
        this.domain = domain;
    }

    public HubSpec hub() {
        return hub;
    }

    public void hub(HubSpec hub) {
        this.hub = hub;
    }

    /** The hub's business key parts, empty when there is no readable hub. */
    public List<Ident> businessKey() {
        return hub == null ? List.of() : hub.businessKey();
    }

    public void sourceMappings(Map<String, SourceMappingSpec> sourceMappings) {
        this.sourceMappings = sourceMappings;
    }

    public void satellites(List<SatelliteSpec> satellites) {
        this.satellites = List.copyOf(satellites);
    }

    public void links(List<LinkSpec> links) {
        this.links = List.copyOf(links);
    }

    public void businessRules(List<BusinessRuleSpec> businessRules) {
        this.businessRules = List.copyOf(businessRules);
    }

    /** Sets the section records of a further kind (its spec record type is the key). */
    public <T> void part(Class<T> type, List<? extends T> items) {
        parts = parts.with(type, items);
    }

    /** The section records of a further kind read so far. */
    public <T> List<T> part(Class<T> type) {
        return parts.get(type);
    }

    /** The entity as read; its name is {@code null} when the document has no readable entity name. */
    public EntitySpec build(String file, String sha256, SourceLocation location) {
        return new EntitySpec(file, sha256, location, name, description, hub, satellites, links,
                Collections.unmodifiableMap(sourceMappings), businessRules, parts, domain);
    }
}
