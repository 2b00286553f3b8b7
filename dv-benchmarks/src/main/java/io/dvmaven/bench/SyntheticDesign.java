package io.dvmaven.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic but valid design: {@code entities} entities, each with {@code satellites} satellite groups over two
 * or three of six source systems and {@code links} links to other entities, plus a business rule on every fourth
 * entity. The same parameters and seed always give the same bytes.
 *
 * @param entities   number of entities (one spec file each)
 * @param satellites satellite groups per entity
 * @param links      links per entity (to other entities; none when there is only one entity)
 * @param seed       seed of every random choice
 */
public record SyntheticDesign(int entities, int satellites, int links, long seed) {

    static final int SOURCE_SYSTEMS = 6;

    public SyntheticDesign {
        if (entities < 1 || satellites < 0 || links < 0) {
            throw new IllegalArgumentException("entities must be >= 1, satellites and links >= 0");
        }
    }

    public static SyntheticDesign defaults() {
        return new SyntheticDesign(1000, 5, 3, 42L);
    }

    public static String entityName(int index) {
        return String.format("ent_%05d", index);
    }

    public static String specFileName(int index) {
        return entityName(index) + ".yml";
    }

    /** Writes every spec into {@code specDirectory} (created when missing). */
    public void write(Path specDirectory) {
        try {
            Files.createDirectories(specDirectory);
            for (int i = 0; i < entities; i++) {
                Files.writeString(specDirectory.resolve(specFileName(i)), spec(i, 0), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites the spec of entity {@code index} as revision {@code revision}: a further satellite with
     * {@code revision} attributes is added and the description changes. Revision 0 is the original. A new
     * satellite adds hash columns without changing one already stored, so the hash gate lets it through.
     */
    public void edit(Path specDirectory, int index, int revision) {
        try {
            Files.writeString(specDirectory.resolve(specFileName(index)), spec(index, revision),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML of entity {@code index}, revision {@code revision}. */
    public String spec(int index, int revision) {
        Random random = new Random(seed * 1_000_003L + index);
        String name = entityName(index);
        List<String> sources = pickSources(random);
        StringBuilder y = new StringBuilder();
        y.append("entity:\n  name: ").append(name).append('\n');
        y.append("  description: \"Synthetic entity ").append(index)
                .append(revision == 0 ? "" : " (revision " + revision + ")").append("\"\n\n");
        boolean composite = composite(index);
        y.append("hub:\n  business_key: [").append(composite ? "code, region" : "code").append("]\n");
        y.append("  sources: ").append(sources).append("\n\n");

        if (satellites > 0) {
            y.append("satellites:\n");
            for (int s = 1; s <= satellites; s++) {
                int attributes = 3 + random.nextInt(6);
                y.append("  - name: grp_").append(s).append('\n');
                y.append("    description: \"Attribute group ").append(s).append(" of ").append(name).append("\"\n");
                y.append("    attributes: [");
                for (int a = 1; a <= attributes; a++) {
                    y.append(a == 1 ? "" : ", ").append("attr_").append(s).append('_').append(a);
                }
                y.append("]\n");
                List<String> satSources = sources.subList(0, 1 + random.nextInt(sources.size()));
                y.append("    sources: ").append(satSources).append('\n');
            }
            if (revision > 0) {
                y.append("  - name: grp_added\n    attributes: [");
                for (int a = 1; a <= revision; a++) {
                    y.append(a == 1 ? "" : ", ").append("added_").append(a);
                }
                y.append("]\n    sources: [").append(sources.get(0)).append("]\n");
            }
            y.append('\n');
        }

        if (links > 0 && entities > 1) {
            y.append("links:\n");
            java.util.Set<Integer> linked = new java.util.HashSet<>();
            for (int l = 1; l <= links; l++) {
                int other;
                do {
                    other = random.nextInt(entities - 1);
                    if (other >= index) {
                        other++;
                    }
                } while (!linked.add(other) && linked.size() < entities - 1);
                String related = entityName(other);
                String source = sources.get(random.nextInt(sources.size()));
                y.append("  - name: lnk_").append(String.format("%05d", index)).append('_').append(l).append('\n');
                y.append("    related_hub: ").append(related).append('\n');
                y.append("    relationship_type: many_to_many\n");
                y.append("    sources: [").append(source).append("]\n");
                // the related entity may have a composite key; the full form names its columns per key part
                y.append("    related_keys:\n      ").append(source).append(": {").append(related).append(": ")
                        .append(composite(other) ? "[ref_" + l + "_code, ref_" + l + "_region]" : "ref_" + l + "_code")
                        .append("}\n");
            }
            y.append('\n');
        }

        y.append("source_mappings:\n");
        for (String source : sources) {
            y.append("  ").append(source).append(":\n");
            y.append("    schema: raw_").append(source).append('\n');
            y.append("    table: ").append(name).append("_tbl\n");
            y.append("    key_field: ").append(composite ? "[" + name + "_code, " + name + "_region]"
                    : name + "_code").append('\n');
        }
        if (index % 4 == 0 && satellites > 0) {
            y.append("\nbusiness_rules:\n");
            y.append("  - name: attr_present\n");
            y.append("    description: \"The first attribute is always present\"\n");
            y.append("    satellite: grp_1\n");
            y.append("    condition: \"attr_1_1 is not null\"\n");
            y.append("    severity: warn\n");
        }
        return y.toString();
    }

    /** Every fifth entity or so has a two-part business key; fixed per entity so links can name its columns. */
    boolean composite(int index) {
        return new Random(seed * 31L + index * 7919L).nextInt(5) == 0;
    }

    private static List<String> pickSources(Random random) {
        int count = 2 + random.nextInt(2);
        List<String> pool = new ArrayList<>();
        for (int i = 1; i <= SOURCE_SYSTEMS; i++) {
            pool.add("src_" + i);
        }
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        picked.sort(null);
        return List.copyOf(picked);
    }
}
