package io.dvmaven.draft;

/**
 * The API key of the chat endpoint. Its {@link #toString()} never shows the value, so it cannot leak through a
 * log line or an exception message by accident; {@link #scrub(String)} removes it from text that came back from
 * the server.
 */
public final class ApiKey {

    private static final ApiKey NONE = new ApiKey(null, "none");

    private final String value;
    private final String origin;

    private ApiKey(String value, String origin) {
        this.value = value;
        this.origin = origin;
    }

    /**
     * @param value  the secret; blank means no key
     * @param origin where it came from, for messages ("environment variable OPENAI_API_KEY")
     */
    public static ApiKey of(String value, String origin) {
        return value == null || value.isBlank() ? none() : new ApiKey(value.strip(), origin);
    }

    /** No key: no Authorization header is sent (local servers usually need none). */
    public static ApiKey none() {
        return NONE;
    }

    public boolean isPresent() {
        return value != null;
    }

    /** Where the key came from, safe to show. */
    public String origin() {
        return origin;
    }

    String authorizationHeader() {
        return "Bearer " + value;
    }

    /** {@code text} with every occurrence of the key replaced by {@code ****}. */
    public String scrub(String text) {
        if (text == null || value == null) {
            return text;
        }
        return text.replace(value, "****");
    }

    @Override
    public String toString() {
        return value == null ? "ApiKey[none]" : "ApiKey[**** from " + origin + "]";
    }
}
