package io.dvmaven.model.mermaid;

import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * A self-contained HTML page showing the vault: one erDiagram per subject area (collapsible, with zoom, pan and a
 * search by name), rendered by Mermaid's JavaScript loaded from a file beside the page (no network), and a table
 * of entities with their subject area, sources and business keys. The page
 * records the outcome on {@code <body data-dv-status="rendered|error">} and lists JavaScript errors in
 * {@code #dv-errors}, so that a headless browser can check it.
 */
public final class VaultPage {

    /** Up to this many subject areas the page opens them all; beyond, a person opens the ones they need. */
    static final int OPEN_AREAS = 3;

    /**
     * Renders the diagrams, then wires zoom (wheel, buttons), pan (drag) and search; {@code #search=name} and
     * {@code #zoom=2} in the address apply both on load. State is mirrored on {@code data-dv-*} attributes.
     */
    private static final String SCRIPT;

    static {
        try (java.io.InputStream in = VaultPage.class.getResourceAsStream("vault-page.js")) {
            SCRIPT = new String(java.util.Objects.requireNonNull(in, "vault-page.js").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private VaultPage() {
    }

    /**
     * @param vault       the resolved vault
     * @param areaDiagrams the erDiagram text of each subject area ({@link MermaidWriter#write} of the area's
     *                     entities, see {@link SubjectAreas}), by area name
     * @param scriptFile  file name of Mermaid's single-file build next to the page ({@code mermaid.min.js})
     * @param mermaidVersion the Mermaid version, shown in the footer
     */
    public static String render(Vault vault, SortedMap<String, String> areaDiagrams, String scriptFile,
                                String mermaidVersion) {
        return render(vault, areaDiagrams, Map.of(), scriptFile, mermaidVersion);
    }

    /** As above; {@code areaOf} gives each entity's subject area for the entity table. */
    public static String render(Vault vault, SortedMap<String, String> areaDiagrams, Map<String, String> areaOf,
                                String scriptFile, String mermaidVersion) {
        StringBuilder html = new StringBuilder();
        html.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Data Vault</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1f2937; }
                  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
                  .legend span { display: inline-block; padding: 0.1rem 0.6rem; margin-right: 0.5rem;
                    border: 2px solid; border-radius: 4px; font-size: 0.85rem; }
                  .legend .hub { background: #dbeafe; border-color: #1d4ed8; }
                  .legend .link { background: #dcfce7; border-color: #15803d; }
                  .legend .satellite { background: #fef3c7; border-color: #b45309; }
                  table { border-collapse: collapse; font-size: 0.9rem; }
                  th, td { border: 1px solid #d1d5db; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
                  th { background: #f3f4f6; }
                  code { font-size: 0.85rem; }
                  #dv-errors { color: #b91c1c; white-space: pre-wrap; }
                  .dv-tools { position: sticky; top: 0; background: #fff; padding: 0.4rem 0; z-index: 2; }
                  #dv-search { font-size: 0.95rem; padding: 0.2rem 0.4rem; width: 18rem; }
                  .dv-area { border: 1px solid #d1d5db; border-radius: 6px; margin: 0.6rem 0; }
                  .dv-area > summary { cursor: pointer; padding: 0.4rem 0.6rem; background: #f9fafb; }
                  .dv-area button { margin-left: 0.4rem; }
                  .dv-viewport { overflow: hidden; height: 70vh; cursor: grab; position: relative; }
                  .dv-viewport.dv-dragging { cursor: grabbing; }
                  .dv-viewport .mermaid { margin: 0; transform-origin: 0 0; display: inline-block; }
                  .dv-dim { opacity: 0.25; }
                  .dv-match rect, .dv-match path { stroke: #dc2626 !important; stroke-width: 3px !important; }
                  tr.dv-hidden { display: none; }
                  footer { margin-top: 2rem; font-size: 0.8rem; color: #6b7280; }
                </style>
                </head>
                <body data-dv-status="loading">
                <h1>Data Vault</h1>
                <p class="legend"><span class="hub">hub</span><span class="link">link</span>\
                <span class="satellite">satellite</span></p>
                <div class="dv-tools"><label>Find a table or entity: <input id="dv-search" type="search" \
                placeholder="name, e.g. member"></label> <span id="dv-found"></span> \
                <small>Scroll to zoom, drag to pan.</small></div>
                <div id="diagram">
                """);
        for (Map.Entry<String, String> area : areaDiagrams.entrySet()) {
            String name = escape(area.getKey());
            html.append("<details class=\"dv-area\" data-area=\"").append(name).append("\"")
                    .append(areaDiagrams.size() <= OPEN_AREAS ? " open" : "").append("><summary><b>").append(name)
                    .append("</b> <button type=\"button\" data-zoom=\"in\">+</button><button type=\"button\" "
                            + "data-zoom=\"out\">&minus;</button><button type=\"button\" data-zoom=\"reset\">"
                            + "reset</button></summary>\n<div class=\"dv-viewport\"><pre class=\"mermaid\">\n")
                    .append(escape(area.getValue())).append("</pre></div></details>\n");
        }
        html.append("</div>\n<div id=\"dv-errors\"></div>\n");
        html.append("<h2>Entities</h2>\n<table id=\"dv-entities\">\n<thead><tr><th>Entity</th><th>Subject area</th>"
                + "<th>Hub</th><th>Business key</th><th>Sources</th><th>Satellites</th><th>Links</th></tr></thead>\n"
                + "<tbody>\n");
        for (Hub hub : vault.hubs()) {
            Entity entity = hub.entity();
            html.append("<tr data-entity=\"").append(escape(entity.name())).append("\" data-tables=\"")
                    .append(escape(rowTables(vault, hub))).append("\"><td><b>")
                    .append(escape(entity.name())).append("</b>");
            if (entity.description() != null) {
                html.append("<br>").append(escape(entity.description()));
            }
            html.append("</td><td>").append(escape(areaOf.getOrDefault(entity.name(), SubjectAreas.GENERAL)))
                    .append("</td><td><code>").append(escape(hub.model())).append("</code></td><td>");
            for (int i = 0; i < entity.businessKeyParts().size(); i++) {
                html.append(i == 0 ? "" : "<br>").append(escape(entity.businessKeyParts().get(i))).append(" &rarr; <code>")
                        .append(escape(hub.businessKeyColumns().get(i))).append("</code>");
            }
            html.append("</td><td>");
            List<Stage> stages = vault.stages().stream().filter(s -> s.entity().equals(entity.name())).toList();
            html.append(stages.stream().map(s -> escape(s.source()) + ": <code>" + escape(schema(vault, s)) + "."
                    + escape(s.rawTable()) + "</code> key <code>" + escape(String.join(", ", s.keyFields()))
                    + "</code>").collect(Collectors.joining("<br>")));
            html.append("</td><td>");
            html.append(vault.satellites().stream().filter(s -> s.entity().equals(entity.name()))
                    .map(Satellite::model).map(m -> "<code>" + escape(m) + "</code>")
                    .collect(Collectors.joining("<br>")));
            html.append("</td><td>");
            html.append(hub.links().stream().map(m -> "<code>" + escape(m) + "</code>")
                    .collect(Collectors.joining("<br>")));
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        html.append("<footer>Generated by dv-maven-plugin (mvn dv:diagram). Rendered offline with Mermaid ")
                .append(escape(mermaidVersion)).append(".</footer>\n");
        html.append("<script src=\"").append(escape(scriptFile)).append("\"></script>\n");
        html.append("""
                <script>
                """);
        html.append(SCRIPT);
        html.append("""
                </script>
                </body>
                </html>
                """);
        return html.toString();
    }

    /** Every table an entity row stands for: its hub, satellites and links (what the search matches). */
    private static String rowTables(Vault vault, Hub hub) {
        List<String> tables = new java.util.ArrayList<>();
        tables.add(hub.model());
        vault.satellites().stream().filter(sat -> sat.entity().equals(hub.entity().name()))
                .forEach(sat -> tables.add(sat.model()));
        tables.addAll(hub.links());
        return String.join(" ", tables);
    }

    private static String schema(Vault vault, Stage stage) {
        return vault.rawSources().stream().filter(r -> r.system().equals(stage.source())).map(r -> r.schema())
                .findFirst().orElse("?");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Tables of the vault, one diagram node each. */
    public static List<String> tables(Vault vault) {
        return java.util.stream.Stream.of(vault.hubs().stream().map(Hub::model),
                vault.links().stream().map(Link::model), vault.satellites().stream().map(Satellite::model),
                vault.furtherObjects().stream().map(io.dvmaven.model.vault.VaultObject::model))
                .flatMap(s -> s).sorted().toList();
    }
}
