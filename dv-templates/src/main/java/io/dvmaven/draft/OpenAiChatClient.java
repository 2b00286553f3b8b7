package io.dvmaven.draft;

import io.dvmaven.model.DvLog;
import io.dvmaven.model.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client for OpenAI-compatible {@code POST /chat/completions} (OpenAI, Azure-style proxies, vLLM, Ollama,
 * llama.cpp server, LM Studio, ...). Asks for structured output with {@code response_format: json_schema},
 * retries 429 and 5xx with exponential backoff (honouring {@code Retry-After}), and turns every other failure
 * into a {@link ChatException} that says what to fix. Neither the key nor prompt text is ever logged; debug
 * output shows sizes only.
 */
public final class OpenAiChatClient implements ChatClient {

    private static final int MAX_SHOWN_ERROR = 300;
    /** Tool-call turns within one completion before giving up. */
    private static final int MAX_TOOL_TURNS = 4;

    private final ChatSettings settings;
    private final ApiKey apiKey;
    private final DvLog log;
    private final Sleeper sleeper;
    private final HttpClient http;

    public OpenAiChatClient(ChatSettings settings, ApiKey apiKey, DvLog log, Sleeper sleeper) {
        this.settings = settings;
        this.apiKey = apiKey;
        this.log = log;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String complete(List<ChatMessage> messages, Map<String, Object> responseSchema, String schemaName)
            throws ChatException {
        return complete(messages, responseSchema, schemaName, null);
    }

    @Override
    public String complete(List<ChatMessage> messages, Map<String, Object> responseSchema, String schemaName,
                           DraftTools tools) throws ChatException {
        int size = messages.stream().mapToInt(m -> m.content().length()).sum();
        if (size > settings.maxPromptChars()) {
            throw new ChatException(ChatException.Kind.TOO_LARGE, "the conversation has " + size
                    + " characters, more than the limit of " + settings.maxPromptChars()
                    + "; nothing was sent");
        }
        Map<String, Object> request = requestBody(messages, responseSchema, schemaName);
        if (tools == null) {
            return content(post(Json.write(request), messages.size(), size));
        }
        request.put("tools", tools.definitions());
        List<Object> wire = new ArrayList<>((List<?>) request.get("messages"));
        for (int turn = 0; ; turn++) {
            request.put("messages", wire);
            String reply = post(Json.write(request), wire.size(), size);
            List<Map<?, ?>> calls = ToolCalls.of(reply);
            if (calls.isEmpty()) {
                return content(reply);
            }
            if (turn >= MAX_TOOL_TURNS) {
                throw new ChatException(ChatException.Kind.BAD_RESPONSE, "the model was still calling tools after "
                        + MAX_TOOL_TURNS + " turns");
            }
            wire.add(ToolCalls.assistantMessage(calls));
            for (Map<?, ?> call : calls) {
                String name = ToolCalls.name(call);
                log.info("The model called tool " + name);
                wire.add(ToolCalls.toolMessage(call, tools.call(name, ToolCalls.arguments(call))));
            }
        }
    }

    /** Sends one request body, retrying 429 and 5xx; returns the body of the 2xx reply. */
    private String post(String body, int messageCount, int size) throws ChatException {
        URI uri = settings.completionsUri();
        int attempts = settings.maxRetries() + 1;
        log.debug(() -> "POST " + uri + ": model " + settings.model() + ", " + messageCount + " messages, "
                + size + " characters of prompt, " + body.length() + " characters of request body");
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            BoundedExchange.Reply response = send(uri, body);
            int status = response.status();
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.debug(() -> "chat endpoint answered HTTP " + status + " with " + response.body().length()
                    + " characters in " + millis + " ms");
            if (status / 100 == 2) {
                return response.body();
            }
            boolean retryable = status == 429 || status / 100 == 5;
            if (!retryable) {
                throw failure(status, response.body(), uri);
            }
            if (attempt >= attempts) {
                ChatException.Kind kind = status == 429 ? ChatException.Kind.RATE_LIMITED
                        : ChatException.Kind.SERVER_ERROR;
                throw new ChatException(kind, "the chat endpoint answered HTTP " + status
                        + (status == 429 ? " (rate limited)" : " (server error)") + " on all " + attempts
                        + " attempts" + serverMessage(response.body()));
            }
            Duration wait = backoff(attempt, response.headers().firstValue("Retry-After").orElse(null));
            log.warn("Chat endpoint answered HTTP " + status + (status == 429 ? " (rate limited)" : " (server error)")
                    + "; retrying in " + describe(wait) + " (attempt " + (attempt + 1) + " of " + attempts + ")");
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChatException(ChatException.Kind.CONNECTION, "interrupted while waiting to retry", e);
            }
        }
    }

    private Map<String, Object> requestBody(List<ChatMessage> messages, Map<String, Object> schema, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", settings.model());
        body.put("temperature", settings.temperature());
        body.put("messages", messages.stream().map(m -> {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("role", m.role());
            message.put("content", m.content());
            return message;
        }).toList());
        Map<String, Object> jsonSchema = new LinkedHashMap<>();
        jsonSchema.put("name", name);
        jsonSchema.put("schema", schema);
        jsonSchema.put("strict", settings.strictSchema());
        Map<String, Object> format = new LinkedHashMap<>();
        format.put("type", "json_schema");
        format.put("json_schema", jsonSchema);
        body.put("response_format", format);
        return body;
    }

    private BoundedExchange.Reply send(URI uri, String body) throws ChatException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey.isPresent()) {
            request.header("Authorization", apiKey.authorizationHeader());
        }
        try {
            return BoundedExchange.send(http, request.build(), settings.timeout(), settings.maxReplyBytes());
        } catch (BoundedExchange.LimitException e) {
            throw new ChatException(e.kind(), settings.baseUrl() + " (model " + settings.model() + "): "
                    + apiKey.scrub(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatException(ChatException.Kind.CONNECTION, "interrupted while waiting for "
                    + settings.baseUrl());
        } catch (IllegalArgumentException e) {
            throw new ChatException(ChatException.Kind.CONNECTION, "invalid chat endpoint URL " + uri + ": "
                    + e.getMessage());
        }
    }

    private ChatException failure(int status, String body, URI uri) {
        String detail = serverMessage(body);
        return switch (status) {
            case 401, 403 -> new ChatException(ChatException.Kind.UNAUTHORIZED, "the chat endpoint refused the "
                    + "request with HTTP " + status + (status == 401 ? " (unauthorized)" : " (forbidden)")
                    + detail + "; " + (apiKey.isPresent() ? "the API key from " + apiKey.origin()
                    + " was rejected or lacks access to model " + settings.model() : "no API key was sent"));
            case 404 -> new ChatException(ChatException.Kind.NOT_FOUND, "the chat endpoint answered HTTP 404 (not "
                    + "found) for POST " + uri + detail + "; the base URL must be the API root that "
                    + "/chat/completions is appended to, and model '" + settings.model() + "' must exist there");
            default -> new ChatException(ChatException.Kind.REJECTED, "the chat endpoint rejected the request "
                    + "with HTTP " + status + detail);
        };
    }

    /** ": <error.message>" from an OpenAI-style error body, scrubbed and shortened; "" when there is none. */
    private String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String message = body.strip();
        try {
            Object parsed = Json.parse(body);
            if (parsed instanceof Map<?, ?> map) {
                Object error = map.get("error");
                if (error instanceof Map<?, ?> errorMap && errorMap.get("message") instanceof String text) {
                    message = text;
                } else if (error instanceof String text) {
                    message = text;
                } else if (map.get("message") instanceof String text) {
                    message = text;
                }
            }
        } catch (Json.JsonSyntaxException e) {
            // not JSON: show the start of the body as it is
        }
        message = apiKey.scrub(message).replaceAll("\\s+", " ");
        if (message.length() > MAX_SHOWN_ERROR) {
            message = message.substring(0, MAX_SHOWN_ERROR) + "...";
        }
        return ": " + message;
    }

    private String content(String body) throws ChatException {
        Object parsed;
        try {
            parsed = Json.parse(body);
        } catch (Json.JsonSyntaxException e) {
            throw new ChatException(ChatException.Kind.BAD_RESPONSE, "the chat endpoint answered HTTP 200 but "
                    + "the body is not JSON (" + e.getMessage() + "); is the base URL a chat-completions API?");
        }
        if (parsed instanceof Map<?, ?> envelope && envelope.get("choices") instanceof List<?> choices
                && !choices.isEmpty() && choices.get(0) instanceof Map<?, ?> choice
                && choice.get("message") instanceof Map<?, ?> message) {
            if (message.get("refusal") instanceof String refusal && !refusal.isBlank()) {
                throw new ChatException(ChatException.Kind.REFUSED, "the model refused to answer: "
                        + apiKey.scrub(refusal));
            }
            if ("length".equals(choice.get("finish_reason"))) {
                log.warn("The model stopped at its output token limit; the reply is probably cut off");
            }
            if (message.get("content") instanceof String content) {
                return content;
            }
        }
        throw new ChatException(ChatException.Kind.BAD_RESPONSE, "the chat endpoint answered HTTP 200 but not "
                + "with a chat-completions response (no choices[0].message.content)");
    }

    private Duration backoff(int attempt, String retryAfter) {
        Duration wait = null;
        if (retryAfter != null) {
            String value = retryAfter.strip();
            try {
                wait = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                } catch (DateTimeParseException notADate) {
                    wait = null;
                }
            }
            if (wait != null && wait.isNegative()) {
                wait = Duration.ZERO;
            }
        }
        if (wait == null) {
            long factor = 1L << Math.min(attempt - 1, 20);
            wait = settings.initialBackoff().multipliedBy(factor);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private static String describe(Duration duration) {
        return BoundedExchange.describe(duration);
    }
}
