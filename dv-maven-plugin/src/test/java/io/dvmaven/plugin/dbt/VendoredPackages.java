package io.dvmaven.plugin.dbt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real AutomateDV 0.11.5 and dbt_utils 1.3.3 releases a test builds against, and a test project's set-up for
 * them: {@code packages.yml} declares AutomateDV as {@code dv:init} does, and {@code dbt_packages/} links to (or
 * the offline packages point at) the vendor folders, so no test runs {@code dbt deps} or copies package code.
 *
 * @param automateDv the AutomateDV package root
 * @param dbtUtils   the dbt_utils package root
 */
public record VendoredPackages(Path automateDv, Path dbtUtils) {

    /** {@code ../shared/vendor} beside the clone (surefire runs in the module directory). */
    public static final Path VENDOR = Path.of("..").toAbsolutePath().normalize().resolve("../shared/vendor")
            .normalize();
    public static final String AUTOMATE_DV_PACKAGE = "Datavault-UK/automate_dv";
    public static final String AUTOMATE_DV_VERSION = "0.11.5";

    /** The releases in {@link #VENDOR}. */
    public static VendoredPackages besideTheClone() {
        return new VendoredPackages(VENDOR.resolve("automate_dv-0.11.5"), VENDOR.resolve("dbt_utils-1.3.3"));
    }

    /** Where {@code AUTOMATE_DV_DIR} and {@code DBT_UTILS_DIR} point, each falling back to {@link #VENDOR}. */
    public static VendoredPackages fromEnvironment() {
        VendoredPackages vendored = besideTheClone();
        return new VendoredPackages(folder("AUTOMATE_DV_DIR", vendored.automateDv()),
                folder("DBT_UTILS_DIR", vendored.dbtUtils()));
    }

    /** True when the AutomateDV folder holds a dbt package. */
    public boolean present() {
        return Files.isRegularFile(automateDv.resolve("dbt_project.yml"));
    }

    /** Why a test that needs the packages is skipped when they are not {@link #present()}. */
    public String absentReason() {
        return "the real AutomateDV is not at " + automateDv;
    }

    /** The packages by install name, for {@code DbtCheckRequest.Builder#offlinePackages}. */
    public Map<String, Path> offline() {
        return Map.of("automate_dv", automateDv, "dbt_utils", dbtUtils);
    }

    /** Links {@code dbt_packages/automate_dv} and {@code dbt_packages/dbt_utils} of the project to the packages. */
    public void linkInto(Path project) throws IOException {
        Path packages = Files.createDirectories(project.resolve("dbt_packages"));
        Files.createSymbolicLink(packages.resolve("automate_dv"), automateDv);
        Files.createSymbolicLink(packages.resolve("dbt_utils"), dbtUtils);
    }

    /** Writes the project's {@code packages.yml} declaring AutomateDV 0.11.5 (which brings dbt_utils). */
    public static void declareAutomateDv(Path project) throws IOException {
        declare(project, AUTOMATE_DV_PACKAGE, AUTOMATE_DV_VERSION);
    }

    /** Writes the project's {@code packages.yml} declaring one package of the dbt package hub. */
    public static void declare(Path project, String hubPackage, String version) throws IOException {
        Files.writeString(project.resolve("packages.yml"), "packages:\n  - package: " + hubPackage + "\n"
                + "    version: " + version + "\n", StandardCharsets.UTF_8);
    }

    private static Path folder(String variable, Path fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value).toAbsolutePath().normalize();
    }
}
