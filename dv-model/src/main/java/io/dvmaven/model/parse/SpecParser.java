package io.dvmaven.model.parse;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.KindRegistry;
import io.dvmaven.model.parse.input.SpecInput;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one spec file (YAML or JSON, one entity per document) into {@link EntitySpec}s, checking everything
 * that can be checked inside one document: syntax, keys, types, identifiers, duplicates and references to
 * the document's own source mappings, satellites and business key. Each structure kind reads its own section
 * ({@link Kind#read}); this class reads the entity itself and the business rules.
 */
public final class SpecParser {

    private static final Pattern DOMAIN = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final List<String> ENTITY_KEYS = List.of("name", "description", "domain");

    private final String file;
    private final String sha256;
    private final SpecDocument doc;

    private SpecParser(String file, String sha256, Diagnostics diagnostics, List<Decision> decisions) {
        this.file = file;
        this.sha256 = sha256;
        this.doc = new SpecDocument(file, diagnostics, decisions);
    }

    /**
     * @param file        path relative to the project, forward slashes
     * @param sha256      hash of the file's bytes
     * @param text        the file's content
     * @param diagnostics where problems go
     * @param decisions   where applied defaults go
     * @return the entities of every document that has a readable entity name, in file order
     */
    public static List<EntitySpec> parse(String file, String sha256, String text, Diagnostics diagnostics,
                                         List<Decision> decisions) {
        return new SpecParser(file, sha256, diagnostics, decisions).parseFile(text);
    }

    /** The top-level keys of an entity document: the entity, each kind's section, the business rules. */
    static List<String> topKeys() {
        return Stream.concat(Stream.concat(Stream.of("entity"), KindRegistry.all().stream().map(Kind::section)),
                Stream.of("business_rules")).toList();
    }

    private List<EntitySpec> parseFile(String text) {
        List<Node> documents = SpecInput.read(file, text, doc.diagnostics(), doc.decisions());
        boolean syntaxError = documents == null;
        if (syntaxError) {
            documents = List.of();
        }
        if (documents.isEmpty() && !syntaxError) {
            doc.diagnostics().error(new SourceLocation(file, 1, 1), "spec.empty", "spec file is empty",
                    "write an entity spec (entity, hub, source_mappings) or delete the file");
        }
        List<EntitySpec> entities = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            EntitySpec entity = parseDocument(documents.get(i), i + 1, documents.size());
            if (entity != null) {
                entities.add(entity);
            }
        }
        return entities;
    }

    private EntitySpec parseDocument(Node root, int index, int count) {
        SourceLocation rootLocation = doc.at(root);
        if (SpecDocument.isNull(root)) {
            doc.diagnostics().error(rootLocation, "spec.empty",
                    count > 1 ? "document " + index + " of the spec file is empty" : "spec file is empty",
                    count > 1 ? "write an entity spec in it or remove the '---' separator"
                            : "write an entity spec (entity, hub, source_mappings) or delete the file");
            return null;
        }
        if (!(root instanceof MappingNode rootMapping)) {
            doc.diagnostics().error(rootLocation, "spec.wrong-type", "an entity spec must be a mapping of entity, "
                    + "hub, source_mappings, ..., found " + SpecDocument.describe(root),
                    "write the spec as key: value pairs");
            return null;
        }
        SpecDocument.Section top = doc.section(rootMapping, "the entity spec", rootLocation, topKeys());
        EntityParts parts = new EntityParts();
        MappingNode entityNode = doc.requiredMapping(top, "entity", "entity: {name: <entity name>}");
        if (entityNode != null) {
            SpecDocument.Section entitySection = doc.section(entityNode, "entity", top.keyLocation("entity"),
                    ENTITY_KEYS);
            Ident name = doc.requiredName(entitySection, "name", "entity name", "<entity name>");
            parts.name(name, doc.optionalText(entitySection, "description"));
            parts.domain(domain(entitySection));
        }
        for (Kind kind : KindRegistry.all()) {
            kind.read(doc, top, parts);
        }
        BusinessRuleSection rules = new BusinessRuleSection(doc);
        parts.businessRules(rules.parseRules(top));
        EntitySpec entity = parts.build(file, sha256, rootLocation);
        if (entity.name() == null) {
            return null; // the missing name is reported; checks between sections need it to word their messages
        }
        for (Kind kind : KindRegistry.all()) {
            kind.check(doc, entity);
        }
        rules.checkRuleTargets(entity);
        return entity;
    }

    /**
     * {@code entity.domain}: the subject area the diagram groups the entity in. A word like a folder name, so that
     * grouping by domain and by spec folder read alike; {@code null} when absent or invalid (reported).
     */
    private String domain(SpecDocument.Section entitySection) {
        String domain = doc.optionalText(entitySection, "domain");
        if (domain == null) {
            return null;
        }
        if (!DOMAIN.matcher(domain).matches()) {
            doc.diagnostics().error(doc.at(entitySection.value("domain")), "spec.invalid-domain",
                    "domain '" + domain + "' of entity is not a subject-area name",
                    "use lower-case letters, digits, '_' and '-', starting with a letter, at most 64 characters, "
                            + "e.g. '" + Names.toSnakeCase(domain) + "'");
            return null;
        }
        return domain;
    }
}
