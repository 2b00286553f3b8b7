package io.dvmaven.model.hashimpact;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.model.settings.RehashAcknowledgement;
import io.dvmaven.model.vault.ComputesHashes;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares the hash definitions a design gives now with the accepted ones in the ledger. A changed definition of
 * an existing hash column is a breaking change: the values stored so far no longer match the ones computed from
 * now on (a hub gets a second row per key, a satellite a spurious new version). It needs a {@code rehash} entry
 * naming the column with a date not used for an earlier change of it. New and removed hash columns are not
 * breaking.
 */
public final class HashImpact {

    private HashImpact() {
    }

    /** Every changed definition, acknowledged or not, sorted by key. */
    public static List<HashChange> changes(HashLedger ledger, SortedMap<String, HashDefinition> current,
                                           List<RehashAcknowledgement> acknowledgements) {
        List<HashChange> changes = new ArrayList<>();
        current.forEach((key, after) -> {
            HashDefinition before = ledger.definitions().get(key);
            if (before != null && !before.sameValueAs(after)) {
                String used = ledger.acknowledged().get(key);
                RehashAcknowledgement match = acknowledgements.stream()
                        .filter(a -> a.column().equals(after.column()) && !a.acknowledged().equals(used))
                        .findFirst().orElse(null);
                changes.add(new HashChange(before, after, match));
            }
        });
        return changes;
    }

    /** Reports every unacknowledged change as an error on the spec of the stage (or model) computing it. */
    public static void report(List<HashChange> changes, Vault vault, ProjectSettings settings,
                              Diagnostics diagnostics) {
        String settingsFile = settings.file() != null ? settings.file() : "specs/" + ProjectSettings.FILE_NAME;
        for (HashChange change : changes) {
            if (change.acknowledged()) {
                continue;
            }
            String model = change.after().stage();
            String spec = Stream.concat(
                    vault.stages().stream().filter(s -> s.model().equals(model)).map(Stage::spec),
                    vault.furtherObjects().stream().filter(ComputesHashes.class::isInstance)
                            .flatMap(o -> ((ComputesHashes) o).computedHashes().stream())
                            .filter(hash -> hash.model().equals(model)).map(ComputesHashes.ComputedHash::spec))
                    .map(SpecRef::file).findFirst().orElse(settingsFile);
            diagnostics.error(SourceLocation.ofFile(spec), "hash.breaking-change", change.describe()
                    + ". The stored history no longer matches the new hashes",
                    "revert the change, or plan a rehash of the stored rows and acknowledge it in " + settingsFile
                    + ": rehash: [{column: " + change.after().column() + ", acknowledged: <yyyy-mm-dd>"
                    + ", reason: \"...\"}]");
        }
    }

    /** The ledger to write after a successful run: the current definitions, with the acknowledgements used. */
    public static HashLedger accepted(HashLedger ledger, SortedMap<String, HashDefinition> current,
                                      List<HashChange> changes) {
        SortedMap<String, String> acknowledged = new TreeMap<>();
        ledger.acknowledged().forEach((key, date) -> {
            if (current.containsKey(key)) {
                acknowledged.put(key, date);
            }
        });
        for (HashChange change : changes) {
            if (change.acknowledged()) {
                acknowledged.put(change.after().key(), change.acknowledgement().acknowledged());
            }
        }
        return new HashLedger(new TreeMap<>(current), acknowledged);
    }
}
