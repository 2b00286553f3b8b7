package io.dvmaven.plugin.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens vault.html in headless Chromium: the diagram must render (one SVG node per table, in the right
 * colour class) without a JavaScript error. Leaves target/browser/vault.png for a person to look at.
 * Needs the Debian packages chromium and chromium-driver; skipped with the reason when Chromium is absent.
 * Part of the default test run; {@code -Ddv.chromium=/path} picks another binary.
 */
@Tag("browser")
class VaultPageBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("dv.chromium", "/usr/bin/chromium"));
    private static final Path OUTPUT = Path.of("target", "browser").toAbsolutePath();
    private static final Pattern NODE =
            Pattern.compile("<g class=\"node default (hub|link|satellite)\" id=\"[^\"]*-entity-([a-z0-9_]+)-\\d+\"");

    @TempDir
    static Path profiles;

    private static VaultDiagram.Result page;

    @BeforeAll
    static void writePage() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not found at " + CHROMIUM + ": install the Debian "
                + "packages chromium and chromium-driver, or set -Ddv.chromium=/path/to/chromium");
        page = VaultDiagram.write(VaultDiagramTest.EXAMPLE, VaultDiagramTest.EXAMPLE.resolve("specs"),
                NamingConventions.defaults(), OUTPUT, DvLog.silent());
    }

    @Test
    void everyTableIsRenderedWithoutJavaScriptErrors() throws Exception {
        Run run = chromium("dom", page.page().toUri().toString(), "--dump-dom");
        String dom = run.stdout();

        assertThat(dom).as(run.stderr()).contains("data-dv-status=\"rendered\"");
        assertThat(dom).contains("<div id=\"dv-errors\"></div>");
        assertThat(run.stderr()).doesNotContain("Uncaught");
        List<String> nodes = new ArrayList<>();
        Matcher node = NODE.matcher(dom);
        while (node.find()) {
            nodes.add(node.group(2) + ":" + node.group(1));
        }
        assertThat(nodes).containsExactlyInAnyOrderElementsOf(page.tables().stream()
                .map(t -> t + ":" + (t.startsWith("h_") ? "hub" : t.startsWith("l_") ? "link" : "satellite"))
                .toList());
        assertThat(dom.split("<svg", -1)).hasSize(2); // exactly one diagram
    }

    @Test
    void aThreeHundredEntityVaultIsGroupedBySubjectAreaAndSearchAndZoomWork() throws Exception {
        Path project = profiles.resolve("large");
        int areas = 10;
        int perArea = 30;
        for (int a = 0; a < areas; a++) {
            Path folder = Files.createDirectories(project.resolve("specs/area_" + a));
            for (int i = 0; i < perArea; i++) {
                String entity = "entity_%03d".formatted(a * perArea + i);
                String link = i % 3 == 2 ? """
                        links:
                          - name: %1$s_previous
                            related_hub: %2$s
                            sources: [crm]
                            related_keys:
                              crm: previous_id
                        """.formatted(entity, "entity_%03d".formatted(a * perArea + i - 1)) : "";
                Files.writeString(folder.resolve(entity + ".yml"), """
                        entity:
                          name: %1$s
                        hub:
                          business_key: [%1$s_id]
                          sources: [crm]
                        satellites:
                          - name: details
                            attributes: [label]
                            sources: [crm]
                        %2$ssource_mappings:
                          crm:
                            schema: raw
                            table: %1$s
                            key_field: id
                        """.formatted(entity, link));
            }
        }
        VaultDiagram.Result large = VaultDiagram.write(project, project.resolve("specs"),
                NamingConventions.defaults(), OUTPUT.resolve("large"), DvLog.silent());
        assertThat(large.tables()).hasSize(areas * perArea * 2 + areas * (perArea / 3));

        Run run = chromium("large", large.page().toUri() + "#search=entity_042&zoom=2", "--dump-dom");
        String dom = run.stdout();

        assertThat(dom).as(run.stderr()).contains("data-dv-status=\"rendered\"");
        assertThat(dom).contains("<div id=\"dv-errors\"></div>");
        assertThat(dom.split("<svg", -1)).hasSize(areas + 1); // one diagram per subject area
        assertThat(dom).contains("data-dv-matches=\"h_entity_042,s_entity_042_details_crm\"");
        Matcher area = Pattern.compile("<details class=\"dv-area\" data-area=\"(area_\\d+)\"([^>]*)>").matcher(dom);
        List<String> zoomed = new ArrayList<>();
        while (area.find()) {
            assertThat(area.group(2)).contains("data-dv-zoom=\"2.00\"");
            zoomed.add(area.group(1) + (area.group(2).contains(" open") ? ":open" : ""));
        }
        // more areas than fit open: only the one holding the match was opened
        assertThat(zoomed).hasSize(areas).contains("area_1:open").doesNotContain("area_0:open");
        assertThat(dom).containsPattern(
                "<g class=\"node default hub dv-match\" id=\"[^\"]*-entity-h_entity_042-\\d+\"");
        assertThat(dom).containsPattern("<tr data-entity=\"entity_041\"[^>]*class=\"dv-hidden\"");
    }

    @Test
    void anEntityDomainGroupsItBeforeItsSpecFolder() throws Exception {
        Path project = profiles.resolve("domains");
        writeEntity(project.resolve("specs/member.yml"), "member", "sales");
        writeEntity(project.resolve("specs/finance/invoice.yml"), "invoice", "sales");
        writeEntity(project.resolve("specs/finance/ledger.yml"), "ledger", null);
        writeEntity(project.resolve("specs/finance/payment.json"), "payment", "billing");
        VaultDiagram.Result grouped = VaultDiagram.write(project, project.resolve("specs"),
                NamingConventions.defaults(), OUTPUT.resolve("domains"), DvLog.silent());

        Run run = chromium("domains", grouped.page().toUri().toString(), "--dump-dom");
        String dom = run.stdout();

        assertThat(dom).as(run.stderr()).contains("data-dv-status=\"rendered\"");
        assertThat(dom).contains("<div id=\"dv-errors\"></div>");
        assertThat(dom.split("<svg", -1)).hasSize(4); // billing, finance, sales
        Matcher area = Pattern.compile("<details class=\"dv-area\" data-area=\"([a-z_-]+)\"(.*?)</details>",
                Pattern.DOTALL).matcher(dom);
        List<String> hubs = new ArrayList<>();
        while (area.find()) {
            Matcher hub = NODE.matcher(area.group(2));
            while (hub.find()) {
                if (hub.group(1).equals("hub")) {
                    hubs.add(area.group(1) + ":" + hub.group(2));
                }
            }
        }
        assertThat(hubs).containsExactly("billing:h_payment", "finance:h_ledger", "sales:h_invoice",
                "sales:h_member");
        assertThat(dom).containsPattern("<tr data-entity=\"invoice\"[^>]*>.*?<td>sales</td>");
    }

    /** A hub-and-satellite entity spec, YAML or JSON by the file name, with an optional domain. */
    private static void writeEntity(Path file, String entity, String domain) throws IOException {
        Files.createDirectories(file.getParent());
        String text = file.toString().endsWith(".json") ? """
                {"entity": {"name": "%1$s"%2$s},
                 "hub": {"business_key": ["%1$s_id"], "sources": ["crm"]},
                 "satellites": [{"name": "details", "attributes": ["label"], "sources": ["crm"]}],
                 "source_mappings": {"crm": {"schema": "raw", "table": "%1$s", "key_field": "id"}}}
                """.formatted(entity, domain == null ? "" : ", \"domain\": \"" + domain + "\"") : """
                entity:
                  name: %1$s
                %2$shub:
                  business_key: [%1$s_id]
                  sources: [crm]
                satellites:
                  - name: details
                    attributes: [label]
                    sources: [crm]
                source_mappings:
                  crm: {schema: raw, table: %1$s, key_field: id}
                """.formatted(entity, domain == null ? "" : "  domain: " + domain + "\n");
        Files.writeString(file, text);
    }

    @Test
    void screenshotIsSavedUnderTarget() throws Exception {
        Path png = OUTPUT.resolve("vault.png");
        Files.deleteIfExists(png);

        chromium("png", page.page().toUri().toString(), "--window-size=1600,1400", "--screenshot=" + png);

        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private record Run(String stdout, String stderr) {
    }

    private static Run chromium(String profile, String url, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profiles.resolve(profile), "--enable-logging=stderr",
                "--virtual-time-budget=15000"));
        command.addAll(List.of(args));
        command.add(url);
        Path out = profiles.resolve(profile + ".out");
        Path err = profiles.resolve(profile + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 180 s: " + String.join(" ", command));
        }
        return new Run(Files.readString(out), Files.readString(err));
    }
}
