package io.dvmaven.plugin;

import io.dvmaven.plugin.dbt.DbtCheckRequest;
import io.dvmaven.plugin.dbt.DbtInstaller;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Proxy;

/**
 * The dbt parameters of a goal as Maven injected them (any may be {@code null}), turned into one validated
 * {@link DbtCheckRequest}. Invalid values fail naming the POM element and property to fix.
 *
 * @param offline whether Maven runs offline ({@code mvn -o}): no network for {@code dbt deps} and pip
 * @param proxies Maven's proxies ({@code settings.xml}), passed to dbt and pip as environment variables
 */
record DbtParameters(String command, List<String> args, File executable, String versionRange,
                     Map<String, String> environment, int timeoutSeconds, int sampleRows,
                     Map<String, String> offlinePackages, String offlinePackageList, boolean deps, boolean install,
                     File installDirectory, String installCoreVersion, String installDuckdbVersion,
                     File localRepository, boolean offline, List<Proxy> proxies) {

    /** dbt commands the goal accepts. */
    static final Set<String> DBT_COMMANDS = Set.of("parse", "compile", "build");

    /**
     * @param project     the dbt project directory; relative package directories resolve against it
     * @param build       the build directory
     * @param profilesDir the user's dbt profiles directory, or {@code null} for the embedded DuckDB
     * @param target      the profile's target, or {@code null} for its default
     */
    DbtCheckRequest checkRequest(Path project, Path build, Path profilesDir, String target)
            throws MojoFailureException {
        String checked = command == null || command.isBlank() ? "compile" : command.trim();
        if (!DBT_COMMANDS.contains(checked)) {
            throw new MojoFailureException("Invalid dbtCommand '" + command + "': use parse, compile or build "
                    + "(fix <dbtCommand> or -D" + PropertyNames.DBT_COMMAND + ")");
        }
        if (timeoutSeconds < 1) {
            throw new MojoFailureException("dbtTimeout must be 1 second or more, was " + timeoutSeconds + " (fix "
                    + "<dbtTimeout> or -D" + PropertyNames.DBT_TIMEOUT + ")");
        }
        if (sampleRows < 0) {
            throw new MojoFailureException("dbtSampleRows must be 0 or more, was " + sampleRows + " (fix "
                    + "<dbtSampleRows> or -D" + PropertyNames.DBT_SAMPLE_ROWS + ")");
        }
        Path venv = installDirectory != null ? installDirectory.toPath().toAbsolutePath().normalize()
                : localRepository != null ? DbtInstaller.defaultInstallDirectory(localRepository.toPath(),
                installCoreVersion, installDuckdbVersion)
                : build.resolve("dv").resolve("dbt-venv");
        return DbtCheckRequest.builder(project, build.resolve("dv"))
                .command(checked)
                .extraArgs(args == null ? List.of() : args)
                .dbtExecutable(executable == null ? null : executable.toPath().toAbsolutePath().normalize())
                .versionRange(versionRange)
                .install(install)
                .installDirectory(venv)
                .installVersions(installCoreVersion, installDuckdbVersion)
                .profilesDirectory(profilesDir)
                .target(target)
                .environment(childEnvironment())
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .offlinePackages(packageDirectories(project))
                .runDeps(deps)
                .sampleRows(sampleRows)
                .offline(offline)
                .build();
    }

    /** {@code offlinePackages} plus {@code offlinePackageList}, resolved against the project. */
    private Map<String, Path> packageDirectories(Path project) throws MojoFailureException {
        Map<String, Path> packages = new TreeMap<>();
        Map<String, String> configured = new TreeMap<>(offlinePackages == null ? Map.of() : offlinePackages);
        configured.putAll(parseOfflinePackageList(offlinePackageList));
        List<String> empty = new ArrayList<>();
        configured.forEach((name, directory) -> {
            if (directory == null || directory.isBlank()) {
                empty.add(name);
            } else {
                packages.put(name, project.resolve(directory.trim()).normalize());
            }
        });
        if (!empty.isEmpty()) {
            throw new MojoFailureException("offlinePackages has no directory for " + String.join(", ", empty)
                    + " (give each <offlinePackages><name> the package's directory, or remove it)");
        }
        return packages;
    }

    /** {@code <NAME/>} in the POM gives a null value; dbt gets an empty variable then. Proxies add to it. */
    private Map<String, String> childEnvironment() {
        Map<String, String> variables = new TreeMap<>();
        if (environment != null) {
            environment.forEach((name, value) -> variables.put(name, value == null ? "" : value));
        }
        variables.putAll(MavenProxyEnvironment.of(proxies, variables));
        return variables;
    }

    /** Parses {@code name=dir,name=dir}; a pair without '=' is a user mistake, reported with the fix. */
    static Map<String, String> parseOfflinePackageList(String list) throws MojoFailureException {
        Map<String, String> parsed = new TreeMap<>();
        if (list == null || list.isBlank()) {
            return parsed;
        }
        for (String pair : list.split(",")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new MojoFailureException("-D" + PropertyNames.DBT_OFFLINE_PACKAGES + " entry '" + pair.trim()
                        + "' is not name=directory (write e.g. automate_dv=/opt/dbt/automate_dv,dbt_utils=/opt/dbt/dbt_utils)");
            }
            parsed.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return parsed;
    }
}
