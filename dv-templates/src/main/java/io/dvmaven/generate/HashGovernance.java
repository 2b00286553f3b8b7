package io.dvmaven.generate;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.hashimpact.HashChange;
import io.dvmaven.model.hashimpact.HashDefinition;
import io.dvmaven.model.hashimpact.HashDefinitions;
import io.dvmaven.model.hashimpact.HashImpact;
import io.dvmaven.model.hashimpact.HashLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The project settings and hash definitions checked before anything is written (by dv:generate and dv:verify,
 * which plan the same way), and recorded after a successful generation: the dbt vars block and the hash ledger.
 */
final class HashGovernance {

    private HashGovernance() {
    }

    /**
     * What one run found: the design with the findings added, and what recording needs, so that the ledger is read
     * and the definitions derived once per run.
     *
     * @param ledgerFiles the ledger files as read (name to text)
     */
    record Review(DesignResult design, SortedMap<String, String> ledgerFiles, HashLedger ledger,
                  SortedMap<String, HashDefinition> definitions, List<HashChange> changes) {
    }

    /** The design with every breaking hash change and every governed var set outside the block as an error. */
    static Review check(Path project, DesignResult design) throws GenerationIoException {
        Diagnostics found = new Diagnostics();
        try {
            found.addAll(DbtProjectVars.conflicts(project, design.settings()));
        } catch (IOException e) {
            throw new GenerationIoException("read", project.resolve(DbtProjectVars.FILE), e);
        }
        SortedMap<String, String> ledgerFiles;
        HashLedger ledger;
        try {
            ledgerFiles = HashLedger.readFiles(project);
            ledger = HashLedger.of(project, ledgerFiles);
        } catch (IOException e) {
            throw new GenerationIoException("read", project.resolve(HashLedger.DIRECTORY), e);
        }
        SortedMap<String, HashDefinition> definitions = HashDefinitions.of(design.vault(),
                design.settings().hashing());
        List<HashChange> changes = HashImpact.changes(ledger, definitions, design.settings().rehash());
        HashImpact.report(changes, design.vault(), design.settings(), found);
        if (!found.isEmpty()) {
            List<Diagnostic> diagnostics = new ArrayList<>(design.diagnostics());
            diagnostics.addAll(found.sorted());
            diagnostics.sort(null);
            design = new DesignResult(design.specFiles(), design.entities(), design.vault(),
                    List.copyOf(diagnostics), design.decisions(), design.settings());
        }
        return new Review(design, ledgerFiles, ledger, definitions, changes);
    }

    /** Writes the vars block and the ledger for a design that generated without errors. */
    static void record(Path project, DesignResult design) throws GenerationIoException {
        record(project, check(project, design));
    }

    /** Like {@link #record(Path, DesignResult)}, with what {@link #check} found earlier in the same run. */
    static void record(Path project, Review review) throws GenerationIoException {
        DesignResult design = review.design();
        try {
            DbtProjectVars.write(project, design.settings());
        } catch (IOException e) {
            throw new GenerationIoException("write", project.resolve(DbtProjectVars.FILE), e);
        }
        Path directory = project.resolve(HashLedger.DIRECTORY);
        try {
            HashLedger accepted = HashImpact.accepted(review.ledger(), review.definitions(), review.changes());
            SortedMap<String, String> files = accepted.toFiles();
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : files.entrySet()) {
                if (!file.getValue().equals(review.ledgerFiles().get(file.getKey()))) { // as read: left alone
                    AtomicFiles.writeIfChanged(directory.resolve(file.getKey()), file.getValue());
                }
            }
            for (Path file : HashLedger.files(directory)) { // a staging model that is gone
                if (!files.containsKey(file.getFileName().toString())) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new GenerationIoException("write", directory, e);
        }
    }
}
