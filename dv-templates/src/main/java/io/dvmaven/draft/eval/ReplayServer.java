package io.dvmaven.draft.eval;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dvmaven.model.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * A chat-completions server on 127.0.0.1 (ephemeral port) that replays recorded responses, so the drafting loop
 * and the evaluation run without a network or a model. Each script has its own base URL
 * ({@code http://127.0.0.1:<port>/<script>/v1}); its responses are served in order and the last one repeats.
 * Every request is recorded for assertions.
 */
public final class ReplayServer implements AutoCloseable {

    /** One scripted response. */
    public record Reply(int status, Map<String, String> headers, String body, Duration delay) {

        /** HTTP 200 with a chat-completions envelope around {@code content}. */
        public static Reply content(String content) {
            return new Reply(200, Map.of(), envelope(content), Duration.ZERO);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, Map.of(), body, Duration.ZERO);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Reply(status, copy, body, delay);
        }

        public Reply withDelay(Duration value) {
            return new Reply(status, headers, body, value);
        }
    }

    /** A request as received. */
    public record Request(String script, Map<String, List<String>> headers, String body) {

        /** The concatenated message contents of the request (what the model would read). */
        public String prompt() {
            try {
                Object parsed = Json.parse(body);
                StringBuilder text = new StringBuilder();
                if (parsed instanceof Map<?, ?> map && map.get("messages") instanceof List<?> messages) {
                    for (Object message : messages) {
                        if (message instanceof Map<?, ?> m) {
                            text.append(m.get("role")).append(": ").append(m.get("content")).append('\n');
                        }
                    }
                }
                return text.toString();
            } catch (Json.JsonSyntaxException e) {
                return body;
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "dv-replay-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> served = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static ReplayServer start() throws IOException {
        return new ReplayServer();
    }

    /** Sets the responses of {@code script}; returns its base URL. */
    public URI script(String script, List<Reply> replies) {
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("a script needs at least one reply");
        }
        scripts.put(script, List.copyOf(replies));
        served.put(script, 0);
        return baseUrl(script);
    }

    /**
     * Scripts an evaluation case from its {@code replies/} folder: {@code N.content.json} is the assistant
     * message content (wrapped in a chat-completions envelope), {@code N.json} a complete response body; files
     * are served in order of N.
     */
    public URI script(EvalCase evalCase) throws IOException {
        Path folder = evalCase.directory().resolve("replies");
        List<Reply> replies = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> sorted = files.filter(p -> p.getFileName().toString().matches("\\d+\\.(content\\.)?json"))
                        .sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
                for (Path file : sorted) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    replies.add(file.getFileName().toString().endsWith(".content.json") ? Reply.content(text)
                            : new Reply(200, Map.of(), text, Duration.ZERO));
                }
            }
        }
        if (replies.isEmpty()) {
            throw new IOException("evaluation case " + evalCase.name() + " has no recorded replies in " + folder);
        }
        return script(evalCase.name(), replies);
    }

    private static int number(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(0, name.indexOf('.')));
    }

    public URI baseUrl(String script) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + script + "/v1");
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> requests(String script) {
        return requests().stream().filter(r -> r.script().equals(script)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/");
            String script = parts.length > 1 ? parts[1] : "";
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            requests.add(new Request(script, Map.copyOf(exchange.getRequestHeaders()), body));
            List<Reply> replies = scripts.get(script);
            if (replies == null || !path.endsWith("/v1/chat/completions")
                    || !"POST".equals(exchange.getRequestMethod())) {
                send(exchange, Reply.status(404, "{\"error\":{\"message\":\"no route " + path + "\"}}"));
                return;
            }
            int index = served.merge(script, 1, Integer::sum) - 1;
            Reply reply = replies.get(Math.min(index, replies.size() - 1));
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            send(exchange, reply);
        } catch (IOException e) {
            // the client gave up (timeout test): nothing to answer
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** A chat-completions response body with {@code content} as the assistant message. */
    public static String envelope(String content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", "stop");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "chatcmpl-recorded");
        body.put("object", "chat.completion");
        body.put("model", "recorded");
        body.put("choices", List.of(choice));
        return Json.write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
