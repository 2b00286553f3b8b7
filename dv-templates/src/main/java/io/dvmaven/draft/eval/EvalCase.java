package io.dvmaven.draft.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One evaluation case, a directory:
 * <pre>
 * &lt;case&gt;/narrative.md         the description sent to the model
 * &lt;case&gt;/expected/*.yml       golden specs of the entities to draft
 * &lt;case&gt;/specs/*.yml          optional: existing specs the draft may link to
 * &lt;case&gt;/case.properties      optional: expectOpenQuestions=true (the narrative is ambiguous on purpose)
 * &lt;case&gt;/replies/1.json, ...  optional: recorded chat-completions responses, for offline runs
 * </pre>
 */
public record EvalCase(String name, Path directory, boolean expectOpenQuestions) {

    /** Every case directory (one holding {@code narrative.md}) under {@code root}, sorted by name. */
    public static List<EvalCase> load(Path root) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.isRegularFile(dir.resolve("narrative.md"))) {
                    continue;
                }
                Properties properties = new Properties();
                Path file = dir.resolve("case.properties");
                if (Files.isRegularFile(file)) {
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        properties.load(reader);
                    }
                }
                cases.add(new EvalCase(dir.getFileName().toString(), dir,
                        Boolean.parseBoolean(properties.getProperty("expectOpenQuestions", "false"))));
            }
        }
        return cases;
    }

    public Path narrative() {
        return directory.resolve("narrative.md");
    }

    public Path existingSpecs() {
        return directory.resolve("specs");
    }

    /** The golden specs as maps. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> golden() throws IOException {
        List<Map<String, Object>> specs = new ArrayList<>();
        Path expected = directory.resolve("expected");
        try (Stream<Path> files = Files.list(expected)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                Load load = new Load(LoadSettings.builder().setLabel(file.toString()).build());
                for (Object document : load.loadAllFromString(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (document instanceof Map<?, ?> map) {
                        specs.add((Map<String, Object>) map);
                    }
                }
            }
        }
        return specs;
    }
}
