package io.dvmaven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.draft.ApiKey;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static final Map<String, String> ENV = Map.of("OPENAI_API_KEY", "sk-env", "OTHER_KEY", "sk-other");

    private static Settings settings(String id, String password) {
        Settings settings = new Settings();
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        settings.addServer(server);
        return settings;
    }

    @Test
    void readsTheNamedEnvironmentVariable() throws MojoFailureException {
        ApiKey key = ApiKeys.resolve(null, "OTHER_KEY", ENV::get, new Settings(), null);

        assertThat(key.isPresent()).isTrue();
        assertThat(key.origin()).isEqualTo("environment variable OTHER_KEY");
        assertThat(key.scrub("sk-other")).isEqualTo("****");
    }

    @Test
    void aServerIdWinsOverTheEnvironment() throws MojoFailureException {
        ApiKey key = ApiKeys.resolve("llm", "OPENAI_API_KEY", ENV::get, settings("llm", "sk-server"), null);

        assertThat(key.origin()).isEqualTo("server 'llm' in settings.xml");
        assertThat(key.scrub("sk-server sk-env")).isEqualTo("**** sk-env");
    }

    @Test
    void noKeyAnywhereIsNoKey() throws MojoFailureException {
        assertThat(ApiKeys.resolve(null, "MISSING", ENV::get, null, null).isPresent()).isFalse();
    }

    @Test
    void aServerWithoutPasswordFails() {
        assertThatThrownBy(() -> ApiKeys.resolve("llm", "OPENAI_API_KEY", ENV::get, settings("llm", null), null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("<server> 'llm' in settings.xml has no password; put the API key in its <password>");
    }
}
