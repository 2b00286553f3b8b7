package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.draft.eval.ReplayServer;
import io.dvmaven.draft.eval.ReplayServer.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiChatClientTest {

    private static final String KEY = "sk-test-SECRET-4f9a1c";
    private static final List<ChatMessage> MESSAGES =
            List.of(ChatMessage.system("system text"), ChatMessage.user("narrative text about members"));
    private static final Map<String, Object> SCHEMA = Map.of("type", "object");

    private ReplayServer server;
    private final CapturingLog log = new CapturingLog();
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = ReplayServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
        // the key must never reach the log, whatever happened
        assertThat(log.all()).doesNotContain(KEY).doesNotContain("narrative text");
    }

    private OpenAiChatClient client(URI baseUrl) {
        return client(ChatSettings.of(baseUrl, "gpt-test").withRetries(2, Duration.ofMillis(100),
                Duration.ofSeconds(5)));
    }

    private OpenAiChatClient client(ChatSettings settings) {
        return new OpenAiChatClient(settings, ApiKey.of(KEY, "environment variable OPENAI_API_KEY"), log,
                sleeps::add);
    }

    @Test
    void sendsModelTemperatureMessagesAndSchemaAndReturnsTheContent() throws Exception {
        URI url = server.script("good", List.of(Reply.content("{\"drafts\":[]}")));

        String content = client(url).complete(MESSAGES, SCHEMA, "dv_spec_drafts");

        assertThat(content).isEqualTo("{\"drafts\":[]}");
        ReplayServer.Request request = server.requests("good").get(0);
        assertThat(request.headers().get("Authorization")).containsExactly("Bearer " + KEY);
        assertThat(request.body()).isEqualTo("{\"model\":\"gpt-test\",\"temperature\":0,\"messages\":["
                + "{\"role\":\"system\",\"content\":\"system text\"},"
                + "{\"role\":\"user\",\"content\":\"narrative text about members\"}],"
                + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"dv_spec_drafts\","
                + "\"schema\":{\"type\":\"object\"},\"strict\":false}}}");
        assertThat(log.at("DEBUG")).anySatisfy(line -> assertThat(line)
                .startsWith("[DEBUG] POST " + url + "/chat/completions: model gpt-test, 2 messages, 39 characters"));
        assertThat(log.at("INFO")).isEmpty();
    }

    @Test
    void noKeyMeansNoAuthorizationHeader() throws Exception {
        URI url = server.script("local", List.of(Reply.content("{}")));

        new OpenAiChatClient(ChatSettings.of(url, "llama"), ApiKey.none(), log, sleeps::add)
                .complete(MESSAGES, SCHEMA, "s");

        assertThat(server.requests("local").get(0).headers()).doesNotContainKey("Authorization");
    }

    @Test
    void retriesA429HonouringRetryAfterThenSucceeds() throws Exception {
        URI url = server.script("busy", List.of(
                Reply.status(429, "{\"error\":{\"message\":\"Rate limit reached\"}}").withHeader("Retry-After", "2"),
                Reply.status(503, "upstream unavailable"),
                Reply.content("{\"ok\":true}")));

        String content = client(url).complete(MESSAGES, SCHEMA, "s");

        assertThat(content).isEqualTo("{\"ok\":true}");
        assertThat(server.requests("busy")).hasSize(3);
        // Retry-After wins over the backoff; without it the backoff doubles from 100 ms
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(200));
        assertThat(log.at("WARN")).containsExactly(
                "[WARN] Chat endpoint answered HTTP 429 (rate limited); retrying in 2s (attempt 2 of 3)",
                "[WARN] Chat endpoint answered HTTP 503 (server error); retrying in 200ms (attempt 3 of 3)");
    }

    @Test
    void retryAfterIsCappedByMaxBackoff() throws Exception {
        URI url = server.script("slowdown", List.of(
                Reply.status(429, "").withHeader("Retry-After", "3600"), Reply.content("{}")));

        client(url).complete(MESSAGES, SCHEMA, "s");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void gives_up_after_the_retries_with_the_server_message() {
        URI url = server.script("down", List.of(Reply.status(500, "{\"error\":{\"message\":\"boom\"}}")));

        assertThatThrownBy(() -> client(url).complete(MESSAGES, SCHEMA, "s"))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.kind())
                        .isEqualTo(ChatException.Kind.SERVER_ERROR))
                .hasMessage("the chat endpoint answered HTTP 500 (server error) on all 3 attempts: boom");
        assertThat(server.requests("down")).hasSize(3);
    }

    @Test
    void unauthorizedIsNotRetriedAndNamesWhereTheKeyCameFrom() {
        // a server that echoes the key must not get it into the message
        URI url = server.script("auth", List.of(Reply.status(401,
                "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}")));

        assertThatThrownBy(() -> client(url).complete(MESSAGES, SCHEMA, "s"))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.kind())
                        .isEqualTo(ChatException.Kind.UNAUTHORIZED))
                .hasMessage("the chat endpoint refused the request with HTTP 401 (unauthorized): Incorrect API key "
                        + "provided: ****; the API key from environment variable OPENAI_API_KEY was rejected or "
                        + "lacks access to model gpt-test");
        assertThat(server.requests("auth")).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void notFoundExplainsBaseUrlAndModel() {
        URI url = server.script("missing", List.of(Reply.status(404,
                "{\"error\":{\"message\":\"The model `gpt-test` does not exist\"}}")));

        assertThatThrownBy(() -> client(url).complete(MESSAGES, SCHEMA, "s"))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.kind())
                        .isEqualTo(ChatException.Kind.NOT_FOUND))
                .hasMessage("the chat endpoint answered HTTP 404 (not found) for POST " + url + "/chat/completions: "
                        + "The model `gpt-test` does not exist; the base URL must be the API root that "
                        + "/chat/completions is appended to, and model 'gpt-test' must exist there");
    }

    @Test
    void timeoutIsReportedWithTheLimit() {
        URI url = server.script("slow", List.of(Reply.content("{}").withDelay(Duration.ofSeconds(3))));

        assertThatThrownBy(() -> client(ChatSettings.of(url, "gpt-test").withTimeout(Duration.ofMillis(300)))
                .complete(MESSAGES, SCHEMA, "s"))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.kind())
                        .isEqualTo(ChatException.Kind.TIMEOUT))
                .hasMessage(url + " (model gpt-test): no complete reply within the deadline of 300ms (no response "
                        + "headers)");
    }

    @Test
    void connectionRefusedSaysSo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/v1");

        assertThatThrownBy(() -> client(url).complete(MESSAGES, SCHEMA, "s"))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.kind())
                        .isEqualTo(ChatException.Kind.CONNECTION))
                .hasMessage(url + " (model gpt-test): connection refused (is the server running and the URL "
                        + "right?)");
    }

    @Test
    void refusesToSendMoreThanTheLimit() {
        URI url = server.script("big", List.of(Reply.content("{}")));

        assertThatThrownBy(() -> client(ChatSettings.of(url, "gpt-test").withMaxPromptChars(20))
                .complete(MESSAGES, SCHEMA, "s"))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.kind())
                        .isEqualTo(ChatException.Kind.TOO_LARGE))
                .hasMessage("the conversation has 39 characters, more than the limit of 20; nothing was sent");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aBodyThatIsNotChatCompletionsIsABadResponse() {
        URI url = server.script("html", List.of(new Reply(200, Map.of(), "<html>hello</html>", Duration.ZERO)));

        assertThatThrownBy(() -> client(url).complete(MESSAGES, SCHEMA, "s"))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.kind())
                        .isEqualTo(ChatException.Kind.BAD_RESPONSE))
                .hasMessage("the chat endpoint answered HTTP 200 but the body is not JSON (line 1, column 1: "
                        + "unexpected character '<', expected a value); is the base URL a chat-completions API?");
    }

    @Test
    void aRefusalIsReported() {
        URI url = server.script("refusal", List.of(new Reply(200, Map.of(), "{\"choices\":[{\"message\":"
                + "{\"role\":\"assistant\",\"content\":null,\"refusal\":\"I can't help with that.\"}}]}",
                Duration.ZERO)));

        assertThatThrownBy(() -> client(url).complete(MESSAGES, SCHEMA, "s"))
                .hasMessage("the model refused to answer: I can't help with that.");
    }

    @Test
    void theKeyNeverShowsInToString() {
        ApiKey key = ApiKey.of(KEY, "server 'openai' in settings.xml");

        assertThat(key.toString()).isEqualTo("ApiKey[**** from server 'openai' in settings.xml]");
        assertThat(key.scrub("x " + KEY + " y")).isEqualTo("x **** y");
        assertThat(ApiKey.of("  ", "env").isPresent()).isFalse();
    }
}
