package io.dvmaven.model.rules;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every built-in rule, by id. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    public static List<NamingRule> all() {
        return Stream.<NamingRule>of(
                        new FolderPrefixRule(),
                        new FileNameCaseRule(),
                        new ColumnNameCaseRule(),
                        new ModelFolderRule(),
                        new HashKeySuffixRule(),
                        new BusinessKeySuffixRule(),
                        new HashdiffNameRule(),
                        new SatelliteNameRule(),
                        new LinkHubsRule(),
                        new ModelDocumentedRule(),
                        new HashKeyTestsRule(),
                        new SatelliteHubRelationshipRule(),
                        new SchemaYamlRule(),
                        new StagingNameRule())
                .sorted(Comparator.comparing(NamingRule::id))
                .toList();
    }
}
