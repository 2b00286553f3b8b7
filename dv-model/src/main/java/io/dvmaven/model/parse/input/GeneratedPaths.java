package io.dvmaven.model.parse.input;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.vault.BusinessRule;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * File-system limits of the files a design will generate, checked while validating instead of failing at write
 * time: 255 bytes per file name (ext4, XFS, APFS, NTFS) and {@link #MAX_PATH_BYTES} for the whole path.
 * Identifier limits of the warehouses are a separate check.
 */
public final class GeneratedPaths {

    public static final int MAX_NAME_BYTES = 255;
    /** Linux PATH_MAX. */
    public static final int MAX_PATH_BYTES = 4096;
    /** Room for the longest file suffix ({@code .sql}, {@code .yml} and the writer's temporary suffix). */
    private static final int SUFFIX_BYTES = 24;

    private GeneratedPaths() {
    }

    /** The vault when every path fits, else {@code null} after reporting each one that does not. */
    public static Vault checked(Path projectDirectory, Vault vault, Iterable<EntitySpec> entities,
                                Diagnostics diagnostics) {
        Diagnostics found = new Diagnostics();
        check(projectDirectory, vault, entities, found);
        found.sorted().forEach(diagnostics::add);
        return found.hasErrors() ? null : vault;
    }

    public static void check(Path projectDirectory, Vault vault, Iterable<EntitySpec> entities,
                             Diagnostics diagnostics) {
        Map<String, SourceLocation> entityAt = new HashMap<>();
        for (EntitySpec entity : entities) {
            entityAt.putIfAbsent(entity.name().value(), entity.name().location());
        }
        String project = projectDirectory.toAbsolutePath().normalize().toString();
        for (Stage s : vault.stages()) {
            check(project, "models/" + s.folder(), s.model(), at(entityAt, s.entity(), s.spec()), diagnostics);
        }
        for (Hub h : vault.hubs()) {
            check(project, "models/" + h.folder(), h.model(), at(entityAt, h.entity().name(), h.entity().spec()),
                    diagnostics);
        }
        for (Link l : vault.links()) {
            check(project, "models/" + l.folder(), l.model(), at(entityAt, null, l.spec()), diagnostics);
        }
        for (Satellite s : vault.satellites()) {
            check(project, "models/" + s.folder(), s.model(), at(entityAt, s.entity(), s.spec()), diagnostics);
        }
        for (BusinessRule r : vault.businessRules()) {
            check(project, "tests/business_rules", r.entity() + "_" + r.name(), at(entityAt, r.entity(), r.spec()),
                    diagnostics);
        }
    }

    private static SourceLocation at(Map<String, SourceLocation> entityAt, String entity, SpecRef spec) {
        SourceLocation location = entity == null ? null : entityAt.get(entity);
        return location != null ? location : SourceLocation.ofFile(spec.file());
    }

    private static void check(String project, String folder, String model, SourceLocation at,
                              Diagnostics diagnostics) {
        int nameBytes = model.getBytes(StandardCharsets.UTF_8).length + SUFFIX_BYTES;
        String path = project + "/" + folder + "/" + model;
        int pathBytes = path.getBytes(StandardCharsets.UTF_8).length + SUFFIX_BYTES;
        if (nameBytes > MAX_NAME_BYTES) {
            diagnostics.error(at, "spec.file-name-too-long", "the generated file name of model '" + abbreviate(model)
                    + "' needs " + nameBytes + " bytes with its suffix; file systems allow " + MAX_NAME_BYTES,
                    "shorten the entity, satellite or link name by " + (nameBytes - MAX_NAME_BYTES) + " bytes");
        } else if (pathBytes > MAX_PATH_BYTES) {
            diagnostics.error(at, "spec.path-too-long", "the generated path " + abbreviate(folder + "/" + model)
                    + " needs " + pathBytes + " bytes; paths are limited to " + MAX_PATH_BYTES,
                    "shorten the names or move the dbt project to a shorter directory");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 40) + "..." + text.substring(text.length() - 12);
    }
}
