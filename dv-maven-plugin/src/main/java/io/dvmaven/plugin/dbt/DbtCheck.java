package io.dvmaven.plugin.dbt;

import io.dvmaven.model.DvLog;
import io.dvmaven.model.vault.Vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dbt part of {@code dv:verify} in one call: find (or install) dbt, install offline packages and run
 * {@code dbt deps} when needed, prepare the embedded DuckDB unless the user names a profiles directory, run the
 * configured command, and report. dbt failing is a report with {@code success() == false}; a broken environment
 * (no dbt, install failed, deps failed) is a {@link DbtException}.
 */
public final class DbtCheck {

    /** Commands after which the vault tables hold rows worth counting. */
    private static final Set<String> LOADING_COMMANDS = Set.of("build", "run");

    /** dbt commands that create no table in the warehouse. */
    static final Set<String> READ_ONLY_COMMANDS = Set.of("compile", "parse");

    private final DvLog log;
    private final ProcessRunner processRunner;

    public DbtCheck(DvLog log) {
        this.log = log;
        this.processRunner = new ProcessRunner(log);
    }

    public DbtCheckReport run(DbtCheckRequest request) throws DbtException {
        return run(request, new PhaseTimings());
    }

    /** The same, recording each phase's time in {@code timings}. */
    public DbtCheckReport run(DbtCheckRequest request, PhaseTimings timings) throws DbtException {
        DbtExecutable dbt = locateOrInstall(request);
        timings.lap("dbt locate");
        DbtProjectFile project = DbtProjectFile.read(request.projectDirectory());
        DbtRunner runner = new DbtRunner(processRunner, log);

        DbtPackages packages = new DbtPackages(log);
        List<String> offline = packages.installOffline(project, request.offlinePackages());
        EmbeddedDuckDb.Setup embedded = null;
        Path python = null;
        if (request.embedded()) {
            python = EmbeddedDuckDb.pythonFor(dbt.path(), request.pathVariable()).orElseThrow(() ->
                    new DbtException("No Python found for " + dbt.path() + " to create the embedded DuckDB",
                            "set <dbtProfilesDir> to use your own database, or put python3 on the PATH"));
            // compile and parse write no table: the last run's database serves when its raw tables are the same
            boolean readOnly = READ_ONLY_COMMANDS.contains(request.command());
            embedded = new EmbeddedDuckDb(processRunner, log).prepare(project, request.outputDirectory(),
                    request.vault(), request.sampleRows(), python, readOnly);
        }
        timings.lap("embedded DuckDB");
        DbtRunRequest run = new DbtRunRequest(dbt, request.projectDirectory(), request.command(),
                request.extraArgs(), embedded != null ? embedded.profilesDirectory() : request.profilesDirectory(),
                embedded != null ? embedded.target() : request.target(), request.environment(), request.timeout());
        boolean depsRan = false;
        if (request.runDeps() && packages.depsNeeded(project, request.offlinePackages())) {
            timings.lap("packages");
            if (request.offline()) {
                throw OfflineProblems.packagesMissing(packages.missing(project, request.offlinePackages()));
            }
            log.info("Installing dbt packages: dbt deps");
            DbtRunResult deps = runner.run(run.withCommand("deps"), false);
            depsRan = true;
            if (!deps.success()) {
                throw OfflineProblems.depsFailed(deps.process().tail(),
                        packages.missing(project, request.offlinePackages()));
            }
            timings.lap("dbt deps");
        }
        String automateDv = describeAutomateDv(project);
        if (automateDv != null) {
            log.info("automate_dv: " + automateDv);
        }
        timings.lap("packages");
        DbtRunResult result = runner.run(run);
        timings.lap("dbt " + run.command());
        Map<String, Long> rows = Map.of();
        if (embedded != null && result.success() && LOADING_COMMANDS.contains(run.command())) {
            rows = new EmbeddedDuckDb(processRunner, log).countModels(embedded, vaultModels(request.vault()), python);
            if (!rows.isEmpty()) {
                log.info("Rows in the embedded DuckDB: " + rows.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
            }
            timings.lap("row counts");
        }
        return new DbtCheckReport(dbt, result, embedded, offline, depsRan, automateDv, rows);
    }

    /** Hubs, links and satellites of the design, by model name. */
    static List<String> vaultModels(Vault vault) {
        List<String> models = new ArrayList<>();
        vault.hubs().forEach(hub -> models.add(hub.model()));
        vault.links().forEach(link -> models.add(link.model()));
        vault.satellites().forEach(satellite -> models.add(satellite.model()));
        return models.stream().sorted().toList();
    }

    private DbtExecutable locateOrInstall(DbtCheckRequest request) throws DbtException {
        // next to the provisioned venvs (shared by all projects), else under target/dv
        Path probeCache = (request.installDirectory() != null ? request.installDirectory().getParent()
                : request.outputDirectory()).resolve("dbt-version-probes.properties");
        DbtLocator locator = new DbtLocator(processRunner, log, probeCache);
        String adapter = request.embedded() ? "duckdb" : null;
        DbtLocator.Request search = new DbtLocator.Request(request.dbtExecutable(), request.installDirectory(),
                request.pathVariable(), request.versionRange(), adapter);
        try {
            return locator.locate(search);
        } catch (DbtNotFoundException notFound) {
            if (!request.install() || request.dbtExecutable() != null || request.installDirectory() == null) {
                throw notFound;
            }
            if (request.offline()) {
                throw OfflineProblems.cannotInstall(notFound);
            }
            log.info(notFound.getMessage());
        }
        new DbtInstaller(processRunner, log).install(new DbtInstaller.Request(request.installDirectory(),
                request.installCoreVersion(), request.installDuckdbVersion(), request.pathVariable(),
                request.timeout(), request.environment()));
        return locator.locate(new DbtLocator.Request(null, request.installDirectory(), null, request.versionRange(),
                adapter));
    }

    /** Names the automate_dv package in the project's packages path, telling the stand-in from the real one. */
    static String describeAutomateDv(DbtProjectFile project) {
        Path installed = project.packagesDirectory().resolve("automate_dv");
        Path file = installed.resolve(DbtProjectFile.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path real = installed.toRealPath();
            if (text.contains("SIGNATURE STAND-IN")) {
                return "SIGNATURE STAND-IN (same macro signatures, trivial SQL; not AutomateDV) at " + real;
            }
            String version = text.lines().filter(line -> line.startsWith("version:")).findFirst()
                    .map(line -> line.substring("version:".length()).trim().replace("\"", "").replace("'", ""))
                    .orElse("unknown version");
            return "AutomateDV " + version + " at " + real;
        } catch (IOException e) {
            return "automate_dv at " + installed;
        }
    }
}
