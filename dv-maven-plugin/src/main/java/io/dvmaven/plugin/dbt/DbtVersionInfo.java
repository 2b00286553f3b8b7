package io.dvmaven.plugin.dbt;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code dbt --version} reports: the dbt-core version and the installed adapter plugins.
 *
 * @param core     dbt-core version ({@code 1.10.23})
 * @param adapters adapter name to version ({@code duckdb -> 1.10.1}), sorted
 */
public record DbtVersionInfo(String core, Map<String, String> adapters) {

    /** {@code - installed: 1.10.23} (dbt 1.5+) and {@code installed version: 1.0.0} (older). */
    private static final Pattern CORE = Pattern.compile("(?m)^\\s*(?:-\\s*)?installed(?: version)?:\\s*(\\d+\\.\\d+\\.\\d+\\S*)");
    private static final Pattern ADAPTER = Pattern.compile("^\\s*-\\s*([A-Za-z][\\w-]*):\\s*(\\d+\\.\\d+\\.\\d+[\\w.+-]*)");

    public DbtVersionInfo {
        adapters = Collections.unmodifiableMap(new TreeMap<>(adapters));
    }

    /** Parses the output of {@code dbt --version}; empty when no dbt-core version is in it. */
    public static Optional<DbtVersionInfo> parse(String output) {
        String text = Ansi.strip(output);
        Matcher core = CORE.matcher(text);
        if (!core.find()) {
            return Optional.empty();
        }
        Map<String, String> adapters = new TreeMap<>();
        boolean inPlugins = false;
        for (String line : text.split("\\R")) {
            if (line.trim().equals("Plugins:")) {
                inPlugins = true;
                continue;
            }
            if (inPlugins) {
                Matcher adapter = ADAPTER.matcher(line);
                if (adapter.find()) {
                    adapters.put(adapter.group(1), adapter.group(2));
                } else if (!line.isBlank() && !line.startsWith(" ")) {
                    inPlugins = false;
                }
            }
        }
        return Optional.of(new DbtVersionInfo(core.group(1), adapters));
    }

    public boolean hasAdapter(String name) {
        return adapters.containsKey(name);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("dbt-core ").append(core);
        adapters.forEach((name, version) -> text.append(", dbt-").append(name).append(' ').append(version));
        return text.toString();
    }
}
