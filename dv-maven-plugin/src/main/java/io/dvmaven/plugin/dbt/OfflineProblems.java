package io.dvmaven.plugin.dbt;

import java.util.List;

/**
 * One actionable line for each way a build without network fails: what is missing and the setting that installs
 * it from local directories. Never dbt's or pip's traceback.
 */
final class OfflineProblems {

    private OfflineProblems() {
    }

    static DbtException packagesMissing(List<String> missing) {
        return new DbtException("Offline (mvn -o): dbt package(s) " + names(missing) + " not installed, and dbt deps"
                + " needs the network", offlineFix(missing));
    }

    /** {@code dbt deps} failed online: the last error line of its output, not its traceback. */
    static DbtException depsFailed(List<String> outputTail, List<String> missing) {
        String cause = outputTail.stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("File ") && !line.startsWith("Traceback")
                        && !line.startsWith("^") && (line.contains("Error") || line.contains("error")
                        || line.contains("Failed") || line.contains("failed")))
                .reduce((first, second) -> second).orElse("see the dbt output above");
        boolean network = cause.contains("Connection") || cause.contains("Max retries") || cause.contains("resolve")
                || cause.contains("Timeout") || cause.contains("timed out") || cause.contains("Network")
                || cause.contains("proxy") || cause.contains("SSL");
        return new DbtException("dbt deps could not install " + (missing.isEmpty() ? "the packages" : names(missing))
                + (network ? " (the package hub is unreachable)" : "") + ": " + cause,
                network ? offlineFix(missing) + "; behind a proxy, set it in Maven's settings.xml <proxies>"
                        : "fix packages.yml, or " + offlineFix(missing));
    }

    static DbtException cannotInstall(DbtNotFoundException notFound) {
        return new DbtException("Offline (mvn -o): " + notFound.getMessage() + "; dv.dbt.install needs PyPI",
                "run once without -o to provision dbt, or install it yourself with " + DbtLocator.INSTALL_HINT
                        + " and put it on the PATH or set <dbtExecutable>");
    }

    private static String offlineFix(List<String> missing) {
        String pairs = missing.isEmpty() ? "automate_dv=/path/to/automate_dv"
                : String.join(",", missing.stream().map(name -> name + "=/path/to/" + name).toList());
        return "install them from local directories with -Ddv.dbt.offlinePackages=" + pairs
                + " (or <offlinePackages>), or run once online";
    }

    private static String names(List<String> missing) {
        return missing.isEmpty() ? "declared in packages.yml" : String.join(", ", missing);
    }
}
