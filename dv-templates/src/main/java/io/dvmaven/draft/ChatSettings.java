package io.dvmaven.draft;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible chat-completions endpoint.
 *
 * @param baseUrl         API root; {@code /chat/completions} is appended ({@code https://api.openai.com/v1},
 *                        {@code http://localhost:11434/v1} for Ollama, ...)
 * @param model           model name sent as {@code model}
 * @param temperature     sampling temperature; 0 makes replies as repeatable as the server allows
 * @param timeout         total deadline per request: connect, headers and the whole body
 * @param maxRetries      further attempts after a 429 or 5xx reply
 * @param initialBackoff  wait before the first retry; doubled each time unless the server sends Retry-After
 * @param maxBackoff      longest single wait, also caps Retry-After
 * @param maxPromptChars  refuse to send a conversation longer than this many characters
 * @param strictSchema    send {@code strict: true} with the JSON schema (only for servers and schemas that
 *                        support OpenAI's strict mode)
 * @param maxReplyBytes   refuse a reply body larger than this; reading stops at the cap
 */
public record ChatSettings(
        URI baseUrl,
        String model,
        double temperature,
        Duration timeout,
        int maxRetries,
        Duration initialBackoff,
        Duration maxBackoff,
        int maxPromptChars,
        boolean strictSchema,
        long maxReplyBytes) {

    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_MODEL = "gpt-4o-mini";
    /** 4 MiB: a reply with several specs is a few KiB. */
    public static final long DEFAULT_MAX_REPLY_BYTES = 4L * 1024 * 1024;

    /** Settings with the default reply cap. */
    public ChatSettings(URI baseUrl, String model, double temperature, Duration timeout, int maxRetries,
                        Duration initialBackoff, Duration maxBackoff, int maxPromptChars, boolean strictSchema) {
        this(baseUrl, model, temperature, timeout, maxRetries, initialBackoff, maxBackoff, maxPromptChars,
                strictSchema, DEFAULT_MAX_REPLY_BYTES);
    }

    public ChatSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxReplyBytes <= 0) {
            throw new IllegalArgumentException("maxReplyBytes must be positive");
        }
    }

    /** Defaults for everything but the endpoint and model. */
    public static ChatSettings of(URI baseUrl, String model) {
        return new ChatSettings(baseUrl, model, 0.0, Duration.ofSeconds(120), 4, Duration.ofSeconds(1),
                Duration.ofSeconds(60), 60_000, false);
    }

    public ChatSettings withTimeout(Duration value) {
        return new ChatSettings(baseUrl, model, temperature, value, maxRetries, initialBackoff, maxBackoff,
                maxPromptChars, strictSchema, maxReplyBytes);
    }

    public ChatSettings withMaxReplyBytes(long value) {
        return new ChatSettings(baseUrl, model, temperature, timeout, maxRetries, initialBackoff, maxBackoff,
                maxPromptChars, strictSchema, value);
    }

    public ChatSettings withRetries(int retries, Duration initial, Duration max) {
        return new ChatSettings(baseUrl, model, temperature, timeout, retries, initial, max, maxPromptChars,
                strictSchema, maxReplyBytes);
    }

    public ChatSettings withMaxPromptChars(int value) {
        return new ChatSettings(baseUrl, model, temperature, timeout, maxRetries, initialBackoff, maxBackoff,
                value, strictSchema, maxReplyBytes);
    }

    /** The chat-completions URL. */
    public URI completionsUri() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }
}
