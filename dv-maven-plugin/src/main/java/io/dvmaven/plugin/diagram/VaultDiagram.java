package io.dvmaven.plugin.diagram;

import io.dvmaven.generate.SpecErrorsException;
import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.mermaid.MermaidWriter;
import io.dvmaven.model.mermaid.SubjectAreas;
import io.dvmaven.model.mermaid.VaultPage;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the vault picture: {@code vault.mmd} (one erDiagram of the whole vault), {@code vault.html} (a page that
 * renders one diagram per subject area offline, see {@link SubjectAreas}) and Mermaid's single-file build beside
 * the page, taken from the {@code org.webjars.npm:mermaid} WebJar on the classpath. Files are written only when their bytes change. No Maven API.
 */
public final class VaultDiagram {

    public static final String DIAGRAM_FILE = "vault.mmd";
    public static final String PAGE_FILE = "vault.html";
    public static final String SCRIPT_FILE = "mermaid.min.js";
    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars.npm/mermaid/pom.properties";

    /**
     * @param written the files that were (re)written, relative to the output directory
     * @param tables  the diagram's tables, one node each
     */
    public record Result(Path page, List<String> written, List<String> tables) {
    }

    private VaultDiagram() {
    }

    /**
     * @throws SpecErrorsException when a spec has an error (nothing is written)
     */
    public static Result write(Path projectDirectory, Path specDirectory, NamingConventions naming, Path outputDirectory,
                               DvLog log) throws SpecErrorsException, IOException {
        DesignResult design = DesignLoader.load(projectDirectory, specDirectory, naming);
        List<Diagnostic> errors = design.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty() || design.vault() == null) {
            throw new SpecErrorsException(errors);
        }
        design.diagnostics().stream().filter(d -> !d.isError()).forEach(d -> log.warn(d.format()));
        String version = mermaidVersion();
        String diagram = MermaidWriter.write(design.entities(), naming);
        String specFolder = projectDirectory.relativize(specDirectory).toString().replace('\\', '/');
        SortedMap<String, String> areaDiagrams = new TreeMap<>();
        Map<String, String> areaOf = new HashMap<>();
        SubjectAreas.group(design.entities(), specFolder).forEach((area, entities) -> {
            areaDiagrams.put(area, MermaidWriter.write(entities, naming));
            entities.forEach(entity -> areaOf.put(entity.name().value(), area));
        });
        String page = VaultPage.render(design.vault(), areaDiagrams, areaOf, SCRIPT_FILE, version);
        Files.createDirectories(outputDirectory);
        List<String> written = new java.util.ArrayList<>();
        writeIfChanged(outputDirectory.resolve(DIAGRAM_FILE), diagram.getBytes(StandardCharsets.UTF_8), written);
        writeIfChanged(outputDirectory.resolve(PAGE_FILE), page.getBytes(StandardCharsets.UTF_8), written);
        writeIfChanged(outputDirectory.resolve(SCRIPT_FILE), mermaidScript(version), written);
        List<String> tables = VaultPage.tables(design.vault());
        log.info("Vault diagram: " + tables.size() + " tables in " + outputDirectory.resolve(PAGE_FILE) + " ("
                + written.size() + " of 3 files written, Mermaid " + version + ")");
        return new Result(outputDirectory.resolve(PAGE_FILE), List.copyOf(written), tables);
    }

    /** The version of the Mermaid WebJar on the classpath. */
    public static String mermaidVersion() {
        try (InputStream in = resource(WEBJAR_PROPERTIES)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] mermaidScript(String version) throws IOException {
        try (InputStream in = resource("META-INF/resources/webjars/mermaid/" + version + "/dist/" + SCRIPT_FILE)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = VaultDiagram.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the plugin's classpath: the "
                    + "org.webjars.npm:mermaid dependency of dv-maven-plugin was excluded or replaced");
        }
        return in;
    }

    private static void writeIfChanged(Path file, byte[] content, List<String> written) throws IOException {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
            return;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, content);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        written.add(file.getFileName().toString());
    }
}
