package io.dvmaven.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Proxy;
import org.junit.jupiter.api.Test;

class MavenProxyEnvironmentTest {

    private static Proxy proxy(String protocol, boolean active) {
        Proxy proxy = new Proxy();
        proxy.setProtocol(protocol);
        proxy.setHost("proxy.corp");
        proxy.setPort(3128);
        proxy.setUsername("me");
        proxy.setPassword("p@ss");
        proxy.setNonProxyHosts("localhost|*.corp");
        proxy.setActive(active);
        return proxy;
    }

    @Test
    void activeMavenProxyBecomesThePipAndDbtVariables() {
        Map<String, String> variables = MavenProxyEnvironment.of(List.of(proxy("http", true)), Map.of());

        if (System.getenv("HTTPS_PROXY") == null && System.getenv("HTTP_PROXY") == null) {
            assertThat(variables).containsEntry("HTTPS_PROXY", "http://me:p%40ss@proxy.corp:3128")
                    .containsEntry("HTTP_PROXY", "http://me:p%40ss@proxy.corp:3128")
                    .containsEntry("https_proxy", "http://me:p%40ss@proxy.corp:3128");
        }
        if (System.getenv("NO_PROXY") == null) {
            assertThat(variables).containsEntry("NO_PROXY", "localhost,.corp");
        }
    }

    @Test
    void spacesInCredentialsArePercentEncodedNotPlusSigns() {
        Proxy spaced = proxy("http", true);
        spaced.setUsername("ci user");
        spaced.setPassword("a+b c");
        if (System.getenv("HTTPS_PROXY") == null) {
            assertThat(MavenProxyEnvironment.of(List.of(spaced), Map.of()))
                    .containsEntry("HTTPS_PROXY", "http://ci%20user:a%2Bb%20c@proxy.corp:3128");
        }
    }

    @Test
    void inactiveProxiesAndUserVariablesAreLeftAlone() {
        assertThat(MavenProxyEnvironment.of(List.of(proxy("http", false)), Map.of())).isEmpty();
        assertThat(MavenProxyEnvironment.of(List.of(proxy("http", true)), Map.of("HTTPS_PROXY", "http://mine:1")))
                .doesNotContainKey("HTTPS_PROXY");
    }
}
