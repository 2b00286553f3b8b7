package io.dvmaven.model.rules;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.project.DbtProject;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SchemaColumn;
import io.dvmaven.model.project.SchemaModel;
import io.dvmaven.model.project.SqlColumnRef;
import io.dvmaven.model.project.SqlMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every rule reads: the scanned project, the naming conventions, and the vault layout derived from both
 * (which pattern and folder belongs to each kind of model, which hubs and sources exist).
 */
public final class RuleContext {

    private static final Set<String> VAULT_MACROS =
            Set.of("hub", "link", "t_link", "nh_link", "sat", "eff_sat", "ma_sat", "xts", "pit", "bridge");

    private final DbtProject project;
    private final NamingConventions naming;
    private final Map<ModelKind, NamePattern> modelPatterns = new EnumMap<>(ModelKind.class);
    private final NamePattern stagingFolder;
    private final NamePattern hubHashKey;
    private final NamePattern linkHashKey;
    private final NamePattern businessKey;
    private final NamePattern compositeBusinessKey;
    private final NamePattern hashdiff;
    private final Set<String> knownSources = new TreeSet<>();
    /** Answers by model name: several rules ask for the same names. */
    private final Map<String, Optional<ModelKind>> kindsByName = new ConcurrentHashMap<>();
    private final Map<String, Optional<SatelliteName>> satelliteNames = new ConcurrentHashMap<>();

    public RuleContext(DbtProject project, NamingConventions naming) {
        this.project = Objects.requireNonNull(project, "project");
        this.naming = Objects.requireNonNull(naming, "naming");
        modelPatterns.put(ModelKind.STAGING, NamePattern.of(naming.stagingModel()));
        modelPatterns.put(ModelKind.HUB, NamePattern.of(naming.hubModel()));
        modelPatterns.put(ModelKind.LINK, NamePattern.of(naming.linkModel()));
        modelPatterns.put(ModelKind.SATELLITE, NamePattern.of(naming.satelliteModel()));
        stagingFolder = NamePattern.of(naming.stagingFolder());
        hubHashKey = NamePattern.of(naming.hubHashKey());
        linkHashKey = NamePattern.of(naming.linkHashKey());
        businessKey = NamePattern.of(naming.businessKey());
        compositeBusinessKey = NamePattern.of(naming.compositeBusinessKey());
        hashdiff = NamePattern.of(naming.hashdiff());
        for (ModelFile model : project.models()) {
            stagingFolder.splits(model.folder()).forEach(split -> knownSources.add(split.get("source")));
        }
    }

    public DbtProject project() {
        return project;
    }

    public NamingConventions naming() {
        return naming;
    }

    public NamePattern modelPattern(ModelKind kind) {
        return modelPatterns.get(kind);
    }

    public NamePattern hubHashKeyPattern() {
        return hubHashKey;
    }

    public NamePattern linkHashKeyPattern() {
        return linkHashKey;
    }

    public NamePattern businessKeyPattern() {
        return businessKey;
    }

    public NamePattern compositeBusinessKeyPattern() {
        return compositeBusinessKey;
    }

    public NamePattern hashdiffPattern() {
        return hashdiff;
    }

    /** Sources that have a staging folder ({@code staging/legacy_facets} gives {@code legacy_facets}). */
    public Set<String> knownSources() {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(knownSources));
    }

    /**
     * The kind a model name says it is: the kind whose pattern's prefix and suffix it carries (the longest literal
     * text wins, so custom patterns sharing a first letter still work). Empty for other models.
     */
    public Optional<ModelKind> kindOfName(String name) {
        return kindsByName.computeIfAbsent(name, this::computeKindOfName);
    }

    private Optional<ModelKind> computeKindOfName(String name) {
        return modelPatterns.entrySet().stream()
                .filter(e -> e.getValue().hasAffix() && e.getValue().hasAffixOf(name))
                .max(Comparator.comparingInt(e -> e.getValue().prefix().length() + e.getValue().suffix().length()))
                .map(Map.Entry::getKey);
    }

    /** The kind a folder (relative to the model root) holds; empty for folders outside the vault layout. */
    public Optional<ModelKind> kindOfFolder(String folder) {
        if (folder.equals(naming.hubFolder())) {
            return Optional.of(ModelKind.HUB);
        }
        if (folder.equals(naming.linkFolder())) {
            return Optional.of(ModelKind.LINK);
        }
        if (folder.equals(naming.satelliteFolder())) {
            return Optional.of(ModelKind.SATELLITE);
        }
        return stagingFolder.matches(folder) ? Optional.of(ModelKind.STAGING) : Optional.empty();
    }

    /** The folder pattern of a kind ({@code staging/{source}} for staging models). */
    public String folderPattern(ModelKind kind) {
        return switch (kind) {
            case STAGING -> naming.stagingFolder();
            case HUB -> naming.hubFolder();
            case LINK -> naming.linkFolder();
            case SATELLITE -> naming.satelliteFolder();
        };
    }

    /** The source a staging folder belongs to. */
    public Optional<String> sourceOfFolder(String folder) {
        return stagingFolder.splits(folder).stream().map(s -> s.get("source")).findFirst();
    }

    public List<ModelFile> modelsOfKind(ModelKind kind) {
        return project.models().stream().filter(m -> kindOfName(m.name()).orElse(null) == kind).toList();
    }

    /** The entity of a hub model name ({@code h_member} gives {@code member}). */
    public Optional<String> hubEntity(String hubName) {
        return modelPattern(ModelKind.HUB).splits(hubName).stream().map(s -> s.get("entity")).findFirst();
    }

    /** The relationship name of a link model name ({@code l_member_coverage} gives {@code member_coverage}). */
    public Optional<String> linkName(String linkModel) {
        return modelPattern(ModelKind.LINK).splits(linkModel).stream().map(s -> s.get("link")).findFirst();
    }

    /**
     * The best split of a satellite name: one whose hub exists and whose source has a staging folder, else one
     * whose hub exists, else one with a known source, else the first. Empty when the name does not fit the pattern.
     */
    public Optional<SatelliteName> satelliteName(String name) {
        return satelliteNames.computeIfAbsent(name, this::computeSatelliteName);
    }

    private Optional<SatelliteName> computeSatelliteName(String name) {
        List<SatelliteName> candidates = new ArrayList<>();
        for (Map<String, String> split : modelPattern(ModelKind.SATELLITE).splits(name)) {
            String entity = split.get("entity");
            String hub = naming.hubModelName(entity);
            candidates.add(new SatelliteName(entity, split.get("group"), split.get("source"), hub,
                    project.hasModel(hub), knownSources.contains(split.get("source"))));
        }
        return candidates.stream()
                .max(Comparator.comparingInt((SatelliteName s) -> (s.hubExists() ? 2 : 0) + (s.sourceKnown() ? 1 : 0)))
                .map(best -> candidates.stream()
                        .filter(c -> c.hubExists() == best.hubExists() && c.sourceKnown() == best.sourceKnown())
                        .findFirst().orElse(best));
    }

    /** True when the model's SQL calls an AutomateDV vault macro whose {@code src_pk}/{@code src_fk} are hash keys. */
    public boolean callsVaultMacro(ModelFile model) {
        return model.metadata().macro().map(VAULT_MACROS::contains).orElse(false);
    }

    /**
     * True when the model calls {@code automate_dv.sat} keyed by a reference code: its {@code src_pk} is the code
     * ({@code src_pk}) of a model calling {@code automate_dv.ref_table}. Such a reference satellite has no hash key.
     */
    public boolean keyedByReferenceCode(ModelFile model) {
        List<SqlColumnRef> pk = model.metadata().parameter(SqlMetadata.SRC_PK);
        if (!model.metadata().macro().equals(Optional.of("sat")) || pk.isEmpty()) {
            return false;
        }
        Set<String> codes = new TreeSet<>();
        project.models().stream().filter(m -> m.metadata().macro().equals(Optional.of("ref_table")))
                .forEach(m -> m.metadata().parameter(SqlMetadata.SRC_PK).forEach(c -> codes.add(c.name())));
        return pk.stream().allMatch(c -> codes.contains(c.name()));
    }

    /**
     * True when the model calls an AutomateDV table macro other than the one of {@code kind}'s models
     * ({@code ma_sat} in the satellite folder): the model is a further kind that shares the folder.
     */
    public boolean callsOtherVaultMacro(ModelFile model, ModelKind kind) {
        String own = switch (kind) {
            case STAGING -> "stage";
            case HUB -> "hub";
            case LINK -> "link";
            case SATELLITE -> "sat";
        };
        return model.metadata().macro().map(m -> !m.equals(own) && (VAULT_MACROS.contains(m)
                || m.equals("ref_table"))).orElse(false);
    }

    /**
     * The model's own hash key: {@code src_pk} when the SQL names it, else the name the conventions give it
     * ({@code h_member} gives {@code member_hk}; a satellite uses its hub's hash key).
     */
    public Optional<String> primaryHashKey(ModelFile model) {
        List<SqlColumnRef> pk = model.metadata().parameter(SqlMetadata.SRC_PK);
        if (callsVaultMacro(model) && !pk.isEmpty()) {
            return Optional.of(pk.get(0).name());
        }
        Optional<ModelKind> kind = kindOfName(model.name());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind.get()) {
            case HUB -> hubEntity(model.name()).map(naming::hubHashKeyName);
            case LINK -> linkName(model.name()).map(naming::linkHashKeyName);
            case SATELLITE -> satelliteName(model.name()).map(s -> naming.hubHashKeyName(s.entity()));
            case STAGING -> Optional.empty();
        };
    }

    /**
     * Where to report a finding about a column the SQL names: the column's entry in the model's schema file when
     * there is one (that is where people read and rename columns), else the SQL line that names it.
     */
    public SourceLocation columnLocation(ModelFile model, SqlColumnRef column) {
        return project.schemaModel(model.name()).flatMap(s -> s.column(column.name())).map(SchemaColumn::location)
                .orElse(model.location(column.line(), column.column()));
    }

    /** Where to report a finding about a model's documentation: its schema entry, else its SQL file. */
    public SourceLocation schemaLocation(ModelFile model) {
        return project.schemaModel(model.name()).map(SchemaModel::location).orElse(model.fileLocation());
    }
}
