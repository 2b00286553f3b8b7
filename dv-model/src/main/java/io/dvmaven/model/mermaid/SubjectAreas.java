package io.dvmaven.model.mermaid;

import io.dvmaven.model.spec.EntitySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Groups a design's entities into subject areas: an entity's {@code domain} when its spec names one, else the
 * folder its spec sits in below the spec folder ({@code specs/finance/account.yml} belongs to {@code finance});
 * specs directly in the spec folder form the area {@value #GENERAL}. A large vault then reads as one diagram per
 * area instead of one wide picture.
 */
public final class SubjectAreas {

    /** Area of the specs that sit directly in the spec folder. */
    public static final String GENERAL = "general";

    private SubjectAreas() {
    }

    /**
     * @param entities   the design's entities
     * @param specFolder the spec folder as the entities' {@code specFile} paths start ({@code specs})
     * @return entities per area, areas sorted by name
     */
    public static SortedMap<String, List<EntitySpec>> group(List<EntitySpec> entities, String specFolder) {
        SortedMap<String, List<EntitySpec>> areas = new TreeMap<>();
        for (EntitySpec entity : entities) {
            areas.computeIfAbsent(area(entity, specFolder), k -> new ArrayList<>()).add(entity);
        }
        return areas;
    }

    /** The subject area of an entity: its {@code domain}, else its spec file's folder. */
    public static String area(EntitySpec entity, String specFolder) {
        return entity.domain() != null ? entity.domain() : area(entity.specFile(), specFolder);
    }

    /** The subject area of a spec file. */
    public static String area(String specFile, String specFolder) {
        String file = specFile == null ? "" : specFile.replace('\\', '/');
        String prefix = specFolder.isEmpty() || specFolder.equals(".") ? "" : specFolder.replace('\\', '/') + "/";
        String inside = file.startsWith(prefix) ? file.substring(prefix.length()) : file;
        int slash = inside.indexOf('/');
        return slash > 0 ? inside.substring(0, slash) : GENERAL;
    }
}
