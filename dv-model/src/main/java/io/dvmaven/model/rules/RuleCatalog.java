package io.dvmaven.model.rules;

import io.dvmaven.model.kinds.KindRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every built-in rule, by id: the shared ones and those of each structure kind. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    public static List<NamingRule> all() {
        // rules about one structure kind come with that kind
        Stream<NamingRule> shared = Stream.of(
                        new FolderPrefixRule(),
                        new FileNameCaseRule(),
                        new ColumnNameCaseRule(),
                        new ModelFolderRule(),
                        new HashKeySuffixRule(),
                        new ModelDocumentedRule(),
                        new HashKeyTestsRule(),
                        new SchemaYamlRule());
        return Stream.concat(shared, KindRegistry.all().stream().flatMap(kind -> kind.rules().stream()))
                .sorted(Comparator.comparing(NamingRule::id))
                .toList();
    }
}
