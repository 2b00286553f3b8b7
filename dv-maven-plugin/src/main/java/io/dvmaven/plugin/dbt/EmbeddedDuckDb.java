package io.dvmaven.plugin.dbt;

import io.dvmaven.model.DvLog;
import io.dvmaven.model.vault.Vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded DuckDB used when the user names no profiles directory: a dbt profile under
 * {@code target/dv/dbt-profiles/}, and a fresh database file {@code target/dv/embedded.duckdb} holding every raw
 * source table of the vault (optionally with sample rows). The tables are created with the {@code duckdb} Python
 * module of the interpreter that runs dbt, so no JDBC driver or extra install is needed.
 */
public final class EmbeddedDuckDb {

    public static final String TARGET = "dv_embedded";
    public static final String DATABASE_FILE = "embedded.duckdb";
    public static final String PROFILES_FOLDER = "dbt-profiles";

    private static final String LOADER = String.join("\n",
            "import sys",
            "try:",
            "    import duckdb",
            "except ImportError as e:",
            "    print('DV_NO_DUCKDB: ' + str(e), file=sys.stderr)",
            "    sys.exit(3)",
            "con = duckdb.connect(sys.argv[1])",
            "with open(sys.argv[2], encoding='utf-8') as f:",
            "    con.execute(f.read())",
            "if len(sys.argv) > 3:",
            "    with open(sys.argv[3], encoding='utf-8') as f:",
            "        query = f.read()",
            "    if query.strip():",
            "        for row in con.execute(query).fetchall():",
            "            print('DV_ROWS\\t' + '\\t'.join(str(v) for v in row))",
            "con.close()",
            "");

    private static final String COUNTER = String.join("\n",
            "import sys",
            "import duckdb",
            "con = duckdb.connect(sys.argv[1], read_only=True)",
            "for name in sys.argv[2:]:",
            "    found = con.execute('SELECT table_schema FROM information_schema.tables WHERE table_name = ?'",
            "                        ' ORDER BY 1', [name]).fetchall()",
            "    if not found:",
            "        print('DV_ROWS\\t' + name + '\\t-1')",
            "        continue",
            "    quoted = '\"' + found[0][0].replace('\"', '\"\"') + '\".\"' + name.replace('\"', '\"\"') + '\"'",
            "    print('DV_ROWS\\t' + name + '\\t' + str(con.execute('SELECT count(*) FROM ' + quoted).fetchone()[0]))",
            "con.close()",
            "");

    private final ProcessRunner runner;
    private final DvLog log;

    public EmbeddedDuckDb(ProcessRunner runner, DvLog log) {
        this.runner = runner;
        this.log = log;
    }

    /**
     * What was set up.
     *
     * @param profilesDirectory pass as {@code --profiles-dir}
     * @param profileName       profile name (from {@code dbt_project.yml})
     * @param target            pass as {@code --target}
     * @param databaseFile      the DuckDB file
     * @param rowCounts         rows per raw table ({@code schema.table}), sorted
     */
    public record Setup(Path profilesDirectory, String profileName, String target, Path databaseFile,
                        Map<String, Long> rowCounts) {
    }

    /** As {@link #prepare(DbtProjectFile, Path, Vault, int, Path, boolean)}, always recreating the database. */
    public Setup prepare(DbtProjectFile project, Path outputDirectory, Vault vault, int sampleRows, Path python)
            throws DbtException {
        return prepare(project, outputDirectory, vault, sampleRows, python, false);
    }

    /**
     * Writes the profile and recreates the database with the raw tables.
     *
     * @param outputDirectory {@code target/dv}
     * @param python          the interpreter running dbt (see {@link #pythonFor})
     * @param reuse           keep the database of the last run when its raw tables are exactly the ones wanted
     *                        (for a dbt command that writes no table, such as compile): no Python process then
     */
    public Setup prepare(DbtProjectFile project, Path outputDirectory, Vault vault, int sampleRows, Path python,
                         boolean reuse) throws DbtException {
        if (project.profile() == null || project.profile().isBlank()) {
            throw new DbtException("dbt_project.yml of " + project.directory() + " has no 'profile:'",
                    "add 'profile: <name>' to dbt_project.yml (any name; the embedded DuckDB profile uses it)");
        }
        Path profiles = outputDirectory.resolve(PROFILES_FOLDER);
        Path database = outputDirectory.resolve(DATABASE_FILE).toAbsolutePath().normalize();
        Path script = outputDirectory.resolve("embedded-sources.sql");
        Path countQuery = outputDirectory.resolve("embedded-counts.sql");
        Path loader = outputDirectory.resolve("embedded-load.py");
        Path countsFile = outputDirectory.resolve("embedded-counts.tsv");
        String sql = RawTablesSql.script(vault, sampleRows);
        if (reuse) {
            Optional<Map<String, Long>> kept = reusable(database, script, sql, countsFile);
            if (kept.isPresent()) {
                log.info("Embedded DuckDB " + database + ": " + kept.get().size() + " raw table(s), kept from the "
                        + "last run (same tables); profile '" + project.profile() + "', target " + TARGET);
                return new Setup(profiles.toAbsolutePath(), project.profile(), TARGET, database, kept.get());
            }
        }
        try {
            Files.createDirectories(profiles);
            Files.writeString(profiles.resolve("profiles.yml"), profileYaml(project.profile(), database),
                    StandardCharsets.UTF_8);
            Files.deleteIfExists(database);
            Files.deleteIfExists(database.resolveSibling(DATABASE_FILE + ".wal"));
            Files.deleteIfExists(countsFile);
            Files.writeString(script, sql, StandardCharsets.UTF_8);
            Files.writeString(countQuery, RawTablesSql.countQuery(vault), StandardCharsets.UTF_8);
            Files.writeString(loader, LOADER, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DbtException("Cannot prepare the embedded DuckDB in " + outputDirectory + ": "
                    + e.getMessage(), "check that the build directory is writable", e);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        ProcessResult result;
        try {
            result = runner.run(new ProcessRequest(List.of(python.toString(), loader.toString(), database.toString(),
                    script.toString(), countQuery.toString()), outputDirectory, Map.of(), Duration.ofMinutes(10),
                    false, List.of(), rowCounts(counts)));
        } catch (IOException e) {
            throw new DbtException("Cannot run " + python + " to create the embedded DuckDB: " + e.getMessage(),
                    "set <dbtProfilesDir> to use your own database, or fix the dbt installation", e);
        }
        if (!result.success()) {
            boolean noModule = result.tail().stream().anyMatch(line -> line.startsWith("DV_NO_DUCKDB"));
            throw new DbtException((noModule ? "The Python running dbt (" + python + ") has no duckdb module"
                    : "Creating the raw source tables in " + database + " failed") + System.lineSeparator()
                    + result.describe(), noModule ? "install dbt-duckdb next to dbt-core (" + DbtLocator.INSTALL_HINT
                    + "), or set <dbtProfilesDir>" : "see the SQL in " + script);
        }
        writeCounts(countsFile, counts);
        log.info("Embedded DuckDB " + database + ": " + counts.size() + " raw table(s)"
                + (sampleRows > 0 ? " with " + sampleRows + " sample row(s) each" : ", empty")
                + "; profile '" + project.profile() + "', target " + TARGET);
        return new Setup(profiles.toAbsolutePath(), project.profile(), TARGET, database,
                java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counts)));
    }

    /**
     * Counts the rows of the given models (tables or views dbt built) in the embedded database, after dbt finished.
     *
     * @return rows per model, sorted; {@code -1} for a model dbt did not create
     */
    public Map<String, Long> countModels(Setup setup, List<String> models, Path python) throws DbtException {
        if (models.isEmpty()) {
            return Map.of();
        }
        Path script = setup.databaseFile().resolveSibling("embedded-count.py");
        Map<String, Long> counts = new java.util.TreeMap<>();
        ProcessResult result;
        try {
            Files.writeString(script, COUNTER, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(),
                    setup.databaseFile().toString()));
            command.addAll(models);
            result = runner.run(new ProcessRequest(command, script.getParent(), Map.of(), Duration.ofMinutes(10),
                    false, List.of(), rowCounts(counts)));
        } catch (IOException e) {
            throw new DbtException("Cannot count the rows of the built models in " + setup.databaseFile() + ": "
                    + e.getMessage(), "check that the build directory is writable", e);
        }
        if (!result.success()) {
            throw new DbtException("Counting the rows of the built models in " + setup.databaseFile() + " failed"
                    + System.lineSeparator() + result.describe(), "see the output above");
        }
        synchronized (counts) {
            return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counts));
        }
    }

    /** The row counts of the last run's database when it holds exactly the tables {@code sql} creates. */
    private static Optional<Map<String, Long>> reusable(Path database, Path script, String sql, Path countsFile) {
        try {
            if (!Files.isRegularFile(database) || !Files.isRegularFile(countsFile) || !Files.isRegularFile(script)
                    || !Files.readString(script, StandardCharsets.UTF_8).equals(sql)) {
                return Optional.empty();
            }
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (String line : Files.readAllLines(countsFile, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (cells.length == 2) {
                    counts.put(cells[0], Long.parseLong(cells[1]));
                }
            }
            return Optional.of(java.util.Collections.unmodifiableMap(counts));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // recreated instead
        }
    }

    /** Records the row counts beside the database, written last: no file means the database is not complete. */
    private static void writeCounts(Path countsFile, Map<String, Long> counts) {
        StringBuilder text = new StringBuilder();
        synchronized (counts) {
            new java.util.TreeMap<>(counts).forEach((table, rows) -> text.append(table).append('\t').append(rows)
                    .append('\n'));
        }
        try {
            Files.writeString(countsFile, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // without it the next run recreates the database
        }
    }

    /** The {@code profiles.yml} text: one duckdb output under the project's profile name. */
    public static String profileYaml(String profileName, Path database) {
        String path = database.toString().replace('\\', '/').replace("'", "''");
        return "# Written by dv-maven-plugin for the embedded DuckDB run; rewritten on every verify.\n"
                + quoteKey(profileName) + ":\n"
                + "  target: " + TARGET + "\n"
                + "  outputs:\n"
                + "    " + TARGET + ":\n"
                + "      type: duckdb\n"
                + "      path: '" + path + "'\n"
                + "      threads: 1\n";
    }

    private static String quoteKey(String name) {
        return name.matches("[A-Za-z_][\\w-]*") ? name : "'" + name.replace("'", "''") + "'";
    }

    /**
     * The Python interpreter of a dbt install: {@code python}/{@code python3} next to the executable (a venv),
     * else the interpreter in dbt's shebang line, else {@code python3} on the PATH.
     */
    public static Optional<Path> pythonFor(Path dbtExecutable, String pathVariable) {
        Path directory = dbtExecutable.toAbsolutePath().getParent();
        List<String> names = new ArrayList<>(DbtLocator.executableNames("python"));
        names.addAll(DbtLocator.executableNames("python3"));
        for (String name : names) {
            Path candidate = directory.resolve(name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        try {
            List<String> lines = Files.readAllLines(dbtExecutable, StandardCharsets.ISO_8859_1);
            if (!lines.isEmpty() && lines.get(0).startsWith("#!")) {
                String[] words = lines.get(0).substring(2).trim().split("\\s+");
                if (words.length > 0 && !words[0].endsWith("/env") && Files.isExecutable(Path.of(words[0]))) {
                    return Optional.of(Path.of(words[0]));
                }
                if (words.length > 1 && words[0].endsWith("/env")) {
                    return DbtInstaller.findPython(pathVariable).filter(p -> p.getFileName().toString()
                            .startsWith(words[1])).or(() -> DbtInstaller.findPython(pathVariable));
                }
            }
        } catch (IOException | RuntimeException notAScript) {
            // A native launcher (e.g. dbt.exe): fall back to the PATH.
        }
        return DbtInstaller.findPython(pathVariable);
    }

    /** Collects the {@code DV_ROWS<TAB>table<TAB>count} lines the Python helper prints. */
    private static ProcessRequest.OutputListener rowCounts(Map<String, Long> counts) {
        return (stream, line) -> {
            if (line.startsWith("DV_ROWS\t")) {
                String[] cells = line.split("\t");
                synchronized (counts) {
                    counts.put(cells[1], Long.parseLong(cells[2].trim()));
                }
            }
        };
    }
}
