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

    /** The design with every breaking hash change and every governed var set outside the block as an error. */
    static DesignResult check(Path project, DesignResult design) throws GenerationIoException {
        Diagnostics found = new Diagnostics();
        try {
            found.addAll(DbtProjectVars.conflicts(project, design.settings()));
        } catch (IOException e) {
            throw new GenerationIoException("read", project.resolve(DbtProjectVars.FILE), e);
        }
        List<HashChange> changes = changes(project, design);
        HashImpact.report(changes, design.vault(), design.settings(), found);
        if (found.isEmpty()) {
            return design;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(design.diagnostics());
        diagnostics.addAll(found.sorted());
        diagnostics.sort(null);
        return new DesignResult(design.specFiles(), design.entities(), design.vault(), List.copyOf(diagnostics),
                design.decisions(), design.settings());
    }

    /** Writes the vars block and the ledger for a design that generated without errors. */
    static void record(Path project, DesignResult design) throws GenerationIoException {
        try {
            DbtProjectVars.write(project, design.settings());
        } catch (IOException e) {
            throw new GenerationIoException("write", project.resolve(DbtProjectVars.FILE), e);
        }
        Path directory = project.resolve(HashLedger.DIRECTORY);
        try {
            HashLedger accepted = HashImpact.accepted(HashLedger.read(project), definitions(design),
                    changes(project, design));
            SortedMap<String, String> files = accepted.toFiles();
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : files.entrySet()) {
                AtomicFiles.writeIfChanged(directory.resolve(file.getKey()), file.getValue());
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

    private static List<HashChange> changes(Path project, DesignResult design) throws GenerationIoException {
        try {
            return HashImpact.changes(HashLedger.read(project), definitions(design), design.settings().rehash());
        } catch (IOException e) {
            throw new GenerationIoException("read", project.resolve(HashLedger.DIRECTORY), e);
        }
    }

    private static SortedMap<String, HashDefinition> definitions(DesignResult design) {
        return HashDefinitions.of(design.vault(), design.settings().hashing());
    }
}
