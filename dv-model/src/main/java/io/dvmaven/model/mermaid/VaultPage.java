package io.dvmaven.model.mermaid;

import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A self-contained HTML page showing the vault: the erDiagram rendered by Mermaid's JavaScript loaded from a
 * file beside the page (no network), and a table of entities with their sources and business keys. The page
 * records the outcome on {@code <body data-dv-status="rendered|error">} and lists JavaScript errors in
 * {@code #dv-errors}, so that a headless browser can check it.
 */
public final class VaultPage {

    private VaultPage() {
    }

    /**
     * @param vault       the resolved vault
     * @param diagram     the erDiagram text ({@link MermaidWriter#write})
     * @param scriptFile  file name of Mermaid's single-file build next to the page ({@code mermaid.min.js})
     * @param mermaidVersion the Mermaid version, shown in the footer
     */
    public static String render(Vault vault, String diagram, String scriptFile, String mermaidVersion) {
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
                  footer { margin-top: 2rem; font-size: 0.8rem; color: #6b7280; }
                </style>
                </head>
                <body data-dv-status="loading">
                <h1>Data Vault</h1>
                <p class="legend"><span class="hub">hub</span><span class="link">link</span>\
                <span class="satellite">satellite</span></p>
                <div id="diagram"><pre class="mermaid">
                """);
        html.append(escape(diagram));
        html.append("</pre></div>\n<div id=\"dv-errors\"></div>\n");
        html.append("<h2>Entities</h2>\n<table id=\"dv-entities\">\n<thead><tr><th>Entity</th><th>Hub</th>"
                + "<th>Business key</th><th>Sources</th><th>Satellites</th><th>Links</th></tr></thead>\n<tbody>\n");
        for (Hub hub : vault.hubs()) {
            Entity entity = hub.entity();
            html.append("<tr data-entity=\"").append(escape(entity.name())).append("\"><td><b>")
                    .append(escape(entity.name())).append("</b>");
            if (entity.description() != null) {
                html.append("<br>").append(escape(entity.description()));
            }
            html.append("</td><td><code>").append(escape(hub.model())).append("</code></td><td>");
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
                (function () {
                  var status = document.body;
                  var errors = document.getElementById('dv-errors');
                  function fail(message) {
                    status.setAttribute('data-dv-status', 'error');
                    errors.textContent += message + '\\n';
                  }
                  window.addEventListener('error', function (e) { fail('JavaScript error: ' + e.message); });
                  if (typeof mermaid === 'undefined') {
                    fail('Mermaid did not load: keep the script file next to this page');
                    return;
                  }
                  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default',
                    er: { useMaxWidth: false } });
                  mermaid.run({ querySelector: '.mermaid' }).then(function () {
                    if (status.getAttribute('data-dv-status') !== 'error') {
                      status.setAttribute('data-dv-status', 'rendered');
                    }
                  }).catch(function (e) { fail('Mermaid error: ' + (e && e.message ? e.message : e)); });
                })();
                </script>
                </body>
                </html>
                """);
        return html.toString();
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
