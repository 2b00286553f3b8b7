package io.dvmaven.plugin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.settings.Proxy;

/**
 * Maven's active proxies ({@code settings.xml <proxies>}) as the variables pip and dbt read: {@code HTTP_PROXY},
 * {@code HTTPS_PROXY}, {@code NO_PROXY} and their lower-case twins. Variables the user set (in the environment or
 * {@code dbtEnvironment}) win.
 */
final class MavenProxyEnvironment {

    private MavenProxyEnvironment() {
    }

    static Map<String, String> of(List<Proxy> proxies, Map<String, String> userEnvironment) {
        Map<String, String> variables = new TreeMap<>();
        for (Proxy proxy : proxies == null ? List.<Proxy>of() : proxies) {
            if (!proxy.isActive() || proxy.getHost() == null || proxy.getHost().isBlank()) {
                continue;
            }
            String protocol = proxy.getProtocol() == null ? "http" : proxy.getProtocol().toLowerCase();
            String credentials = proxy.getUsername() == null || proxy.getUsername().isBlank() ? ""
                    : encode(proxy.getUsername()) + (proxy.getPassword() == null ? "" : ":" + encode(proxy.getPassword()))
                    + "@";
            String url = "http://" + credentials + proxy.getHost() + ":" + proxy.getPort();
            // one Maven proxy usually serves both schemes; an https-only entry serves HTTPS only
            if (protocol.equals("http")) {
                variables.putIfAbsent("HTTP_PROXY", url);
            }
            variables.putIfAbsent("HTTPS_PROXY", url);
            if (proxy.getNonProxyHosts() != null && !proxy.getNonProxyHosts().isBlank()) {
                variables.putIfAbsent("NO_PROXY", proxy.getNonProxyHosts().replace('|', ',').replace("*.", "."));
            }
        }
        Map<String, String> result = new TreeMap<>();
        variables.forEach((name, value) -> {
            for (String variable : List.of(name, name.toLowerCase())) {
                if (System.getenv(variable) == null && !userEnvironment.containsKey(variable)) {
                    result.put(variable, value);
                }
            }
        });
        return result;
    }

    /** Percent-encodes user info: URLEncoder writes a space as '+', which a URL's user info keeps literally. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
