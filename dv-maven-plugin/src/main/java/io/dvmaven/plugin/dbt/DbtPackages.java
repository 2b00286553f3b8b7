package io.dvmaven.plugin.dbt;

import io.dvmaven.model.DvLog;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * dbt packages of a project: which are declared ({@code packages.yml} or {@code dependencies.yml}), whether
 * {@code dbt deps} is needed, and the offline mode that installs packages from local directories without network
 * by linking (or, where links are not allowed, copying) each directory into the packages install path.
 */
public final class DbtPackages {

    private static final List<String> DECLARATION_FILES = List.of("packages.yml", "dependencies.yml");

    private final DvLog log;

    public DbtPackages(DvLog log) {
        this.log = log;
    }

    /**
     * A package as declared.
     *
     * @param installName directory name dbt installs it under (best guess before installing:
     *                    {@code datavault-uk/automate_dv -> automate_dv})
     * @param declaration how it was declared, for messages
     */
    public record DeclaredPackage(String installName, String declaration) {
    }

    /** Packages declared by the project, in file order; empty when it declares none. */
    public List<DeclaredPackage> declared(Path projectDirectory) throws DbtException {
        List<DeclaredPackage> packages = new ArrayList<>();
        for (String fileName : DECLARATION_FILES) {
            Path file = projectDirectory.resolve(fileName);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Object document;
            try {
                document = new Load(LoadSettings.builder().setLabel(fileName).build())
                        .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | YamlEngineException e) {
                throw new DbtException("Cannot read " + file + ": " + e.getMessage(), "fix the YAML syntax of "
                        + fileName, e);
            }
            if (document instanceof Map<?, ?> root && root.get("packages") instanceof List<?> entries) {
                for (Object entry : entries) {
                    if (entry instanceof Map<?, ?> map) {
                        packages.add(describe(projectDirectory, map));
                    }
                }
            }
        }
        return packages;
    }

    private static DeclaredPackage describe(Path projectDirectory, Map<?, ?> entry) {
        if (entry.get("package") instanceof String hub) {
            return new DeclaredPackage(hub.substring(hub.lastIndexOf('/') + 1), "package: " + hub);
        }
        if (entry.get("local") instanceof String local) {
            String name = projectName(projectDirectory.resolve(local));
            return new DeclaredPackage(name != null ? name : Path.of(local).getFileName().toString(),
                    "local: " + local);
        }
        if (entry.get("git") instanceof String git) {
            String repository = git.replaceAll("/+$", "").replaceAll("\\.git$", "");
            return new DeclaredPackage(repository.substring(repository.lastIndexOf('/') + 1), "git: " + git);
        }
        String name = entry.get("name") instanceof String named ? named : String.valueOf(entry);
        return new DeclaredPackage(name, String.valueOf(entry));
    }

    /** Declared packages not covered by {@code offline} and not installed, by install name, sorted. */
    public List<String> missing(DbtProjectFile project, Map<String, Path> offline) throws DbtException {
        return declared(project.directory()).stream().map(DeclaredPackage::installName)
                .filter(name -> !offline.containsKey(name))
                .filter(name -> !Files.exists(project.packagesDirectory().resolve(name)))
                .sorted().toList();
    }

    /**
     * Whether {@code dbt deps} must run: packages are declared, and the install path is missing, lacks a declared
     * package (not covered by {@code offline}), or is older than a declaration file.
     */
    public boolean depsNeeded(DbtProjectFile project, Map<String, Path> offline) throws DbtException {
        List<DeclaredPackage> declared = declared(project.directory());
        List<DeclaredPackage> online = declared.stream()
                .filter(declaredPackage -> !offline.containsKey(declaredPackage.installName())).toList();
        if (online.isEmpty()) {
            return false;
        }
        Path installPath = project.packagesDirectory();
        if (!Files.isDirectory(installPath)) {
            log.info("dbt packages are not installed (" + project.packagesInstallPath() + "/ is missing)");
            return true;
        }
        for (DeclaredPackage declaredPackage : online) {
            if (!Files.exists(installPath.resolve(declaredPackage.installName()))) {
                log.info("dbt package " + declaredPackage.installName() + " (" + declaredPackage.declaration()
                        + ") is not installed in " + project.packagesInstallPath() + "/");
                return true;
            }
        }
        try {
            FileTime installed = Files.getLastModifiedTime(installPath);
            for (String fileName : DECLARATION_FILES) {
                Path file = project.directory().resolve(fileName);
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(installed) > 0) {
                    log.info(fileName + " changed after the packages were installed");
                    return true;
                }
            }
        } catch (IOException e) {
            return true;
        }
        return false;
    }

    /**
     * Installs each package from its local directory into {@code <packages-install-path>/<name>} without network:
     * a symbolic link where the OS allows it, else a copy. An existing link to the same directory is kept.
     *
     * @param offline package name (as in its {@code dbt_project.yml}) to local directory
     * @return the installed package names, sorted
     */
    public List<String> installOffline(DbtProjectFile project, Map<String, Path> offline) throws DbtException {
        List<String> installed = new ArrayList<>();
        for (Map.Entry<String, Path> entry : new TreeMap<>(offline).entrySet()) {
            String name = entry.getKey();
            Path source = entry.getValue().toAbsolutePath().normalize();
            if (!Files.isRegularFile(source.resolve(DbtProjectFile.FILE_NAME))) {
                throw new DbtException("Offline package " + name + ": " + source + " is not a dbt package (no "
                        + DbtProjectFile.FILE_NAME + ")", "point <offlinePackages><" + name
                        + "> at the package's root directory");
            }
            String declaredName = projectName(source);
            if (declaredName != null && !declaredName.equals(name)) {
                log.warn("Offline package " + name + ": " + source + " declares name '" + declaredName
                        + "'; dbt will use that name");
            }
            Path target = project.packagesDirectory().resolve(name);
            try {
                Files.createDirectories(target.getParent());
                if (Files.isSymbolicLink(target)
                        && Files.readSymbolicLink(target).toAbsolutePath().normalize().equals(source)) {
                    log.debug(() -> "offline package " + name + " already linked to " + source);
                } else {
                    deleteTree(target);
                    try {
                        Files.createSymbolicLink(target, source);
                        log.info("Installed dbt package " + name + " offline: " + project.packagesInstallPath() + "/"
                                + name + " -> " + source);
                    } catch (UnsupportedOperationException | FileSystemException noLinks) {
                        copyTree(source, target);
                        log.info("Installed dbt package " + name + " offline: copied " + source + " to "
                                + project.packagesInstallPath() + "/" + name);
                    }
                }
            } catch (IOException e) {
                throw new DbtException("Cannot install offline package " + name + " from " + source + ": "
                        + e.getMessage(), "check that " + project.packagesDirectory() + " is writable", e);
            }
            installed.add(name);
        }
        return installed;
    }

    /** The {@code name:} of a package's {@code dbt_project.yml}, or {@code null}. */
    static String projectName(Path packageDirectory) {
        try {
            return DbtProjectFile.read(packageDirectory).name();
        } catch (DbtException e) {
            return null;
        }
    }

    /** Copies {@code source} and everything under it to {@code target}, replacing files that exist. */
    static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (Files.isSymbolicLink(path) || Files.isRegularFile(path)) {
            Files.delete(path);
            return;
        }
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
