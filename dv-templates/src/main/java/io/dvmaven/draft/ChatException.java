package io.dvmaven.draft;

/**
 * The chat endpoint could not give a reply. The message says what happened and how to fix it; it never contains
 * the API key or the prompt.
 */
public final class ChatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so the plugin can decide between BUILD FAILURE and BUILD ERROR. */
    public enum Kind {
        /** 401/403: the key is missing, wrong or lacks access. */
        UNAUTHORIZED,
        /** 404: wrong base URL or unknown model. */
        NOT_FOUND,
        /** No complete reply (connect, headers and body) within the total deadline. */
        TIMEOUT,
        /** Nothing listens at the base URL, or DNS/TLS failed. */
        CONNECTION,
        /** 429 on every attempt. */
        RATE_LIMITED,
        /** 5xx on every attempt. */
        SERVER_ERROR,
        /** Any other HTTP status (400, 413, 422, ...). */
        REJECTED,
        /** 200, but not a chat-completions response (or the model refused). */
        BAD_RESPONSE,
        /** The reply is larger than the configured cap; reading stopped there. */
        REPLY_TOO_LARGE,
        /** The model declined to answer (a refusal in the reply). */
        REFUSED,
        /** The conversation is larger than the configured limit; nothing was sent. */
        TOO_LARGE
    }

    private final Kind kind;

    public ChatException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ChatException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
