package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.DvLog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundedExchangeTest {

    private static final List<ChatMessage> MESSAGES = List.of(ChatMessage.user("narrative"));

    private static OpenAiChatClient client(ChatSettings settings) {
        return new OpenAiChatClient(settings, ApiKey.none(), DvLog.silent(), duration -> { });
    }

    @Test
    void aServerThatStallsMidBodyIsCutOffAtTheTotalDeadline() throws Exception {
        // the same exchange once first, so that class loading on a busy machine is not counted as overshoot
        try (RawHttpServer warmUp = new RawHttpServer(RawHttpServer.stallMidBody())) {
            ChatSettings settings = ChatSettings.of(warmUp.baseUrl(), "m").withTimeout(Duration.ofSeconds(1));
            assertThatThrownBy(() -> client(settings).complete(MESSAGES, Map.of(), "s"))
                    .isInstanceOf(ChatException.class);
        }
        try (RawHttpServer server = new RawHttpServer(RawHttpServer.stallMidBody())) {
            ChatSettings settings = ChatSettings.of(server.baseUrl(), "m").withTimeout(Duration.ofSeconds(2));
            long started = System.nanoTime();

            assertThatThrownBy(() -> client(settings).complete(MESSAGES, Map.of(), "s"))
                    .isInstanceOfSatisfying(ChatException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ChatException.Kind.TIMEOUT);
                        assertThat(e.getMessage()).contains("no complete reply within the deadline of 2s")
                                .contains("headers received, 23 bytes of body so far")
                                .doesNotContain("cannot reach");
                    });
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(millis).isBetween(1_900L, 3_000L);
        }
    }

    @Test
    void aHundredMegabyteStreamIsRefusedAtTheCapWithoutReadingIt() throws Exception {
        long hundredMb = 100L * 1024 * 1024;
        try (RawHttpServer server = new RawHttpServer(RawHttpServer.stream(hundredMb, false))) {
            ChatSettings settings = ChatSettings.of(server.baseUrl(), "m").withTimeout(Duration.ofSeconds(30))
                    .withMaxReplyBytes(256 * 1024);
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long usedBefore = runtime.totalMemory() - runtime.freeMemory();
            long started = System.nanoTime();

            assertThatThrownBy(() -> client(settings).complete(MESSAGES, Map.of(), "s"))
                    .isInstanceOfSatisfying(ChatException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ChatException.Kind.REPLY_TOO_LARGE);
                        assertThat(e.getMessage()).contains("larger than the limit of 262144 bytes");
                    });
            long millis = (System.nanoTime() - started) / 1_000_000;
            long usedAfter = runtime.totalMemory() - runtime.freeMemory();
            assertThat(millis).isLessThan(5_000L);
            Thread.sleep(200);
            // the client stopped reading at the cap: the server could only fill the socket buffers
            assertThat(server.written.get()).isLessThan(32L * 1024 * 1024);
            assertThat(usedAfter - usedBefore).isLessThan(48L * 1024 * 1024);
        }
    }

    @Test
    void aDeclaredContentLengthAboveTheCapIsRefusedAtTheHeaders() throws Exception {
        try (RawHttpServer server = new RawHttpServer(RawHttpServer.stream(100L * 1024 * 1024, true))) {
            ChatSettings settings = ChatSettings.of(server.baseUrl(), "m").withMaxReplyBytes(1024);

            assertThatThrownBy(() -> client(settings).complete(MESSAGES, Map.of(), "s"))
                    .isInstanceOfSatisfying(ChatException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ChatException.Kind.REPLY_TOO_LARGE);
                        assertThat(e.getMessage()).contains("Content-Length 104857600");
                    });
        }
    }
}
