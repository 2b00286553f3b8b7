package io.dvmaven.plugin;

import io.dvmaven.draft.ApiKey;
import io.dvmaven.draft.ChatSettings;
import io.dvmaven.model.DvLog;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** What the goals that talk to a language model share: the endpoint, the model, the key and the limits. */
public abstract class AbstractChatMojo extends AbstractDvMojo {

    /**
     * Root URL of an OpenAI-compatible API; {@code /chat/completions} is appended. Hosted services and local
     * servers (Ollama {@code http://localhost:11434/v1}, vLLM, llama.cpp, LM Studio) work the same way.
     *
     * <p>Default: {@code https://api.openai.com/v1}. Property: {@code dv.draft.baseUrl}. Example:
     * <pre>{@code <baseUrl>http://localhost:11434/v1</baseUrl>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_BASE_URL, defaultValue = ChatSettings.DEFAULT_BASE_URL)
    private String baseUrl;

    /**
     * Model name sent with every request. It must support structured output (JSON schema) for best results;
     * replies are validated and repaired either way.
     *
     * <p>Default: {@code gpt-4o-mini}. Property: {@code dv.draft.model}. Example:
     * <pre>{@code <model>gpt-4.1</model>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_MODEL, defaultValue = ChatSettings.DEFAULT_MODEL)
    private String model;

    /**
     * Sampling temperature. 0 makes drafts as repeatable as the server allows, which keeps reviews and
     * evaluation scores comparable.
     *
     * <p>Default: {@code 0}. Property: {@code dv.draft.temperature}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_TEMPERATURE, defaultValue = "0")
    private double temperature;

    /**
     * Total seconds for one request: connecting, the response headers and the whole body. A server that stalls
     * mid-reply is cut off when this runs out. Large models can take a minute for a spec.
     *
     * <p>Default: {@code 120}. Property: {@code dv.draft.timeout}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_TIMEOUT, defaultValue = "120")
    private int timeout;

    /**
     * Name of the environment variable holding the API key; used when {@code serverId} is not set. When it is not
     * set either, requests go without an Authorization header (fine for local servers).
     *
     * <p>Default: {@code OPENAI_API_KEY}. Property: {@code dv.draft.apiKeyEnv}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_API_KEY_ENV, defaultValue = "OPENAI_API_KEY")
    private String apiKeyEnv;

    /**
     * Id of a {@code <server>} in settings.xml whose {@code <password>} (encrypted or not) is the API key. Keeps
     * the key out of the POM and the shell history.
     *
     * <p>Default: none. Property: {@code dv.draft.serverId}. Example:
     * <pre>{@code <serverId>openai</serverId>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_SERVER_ID)
    private String serverId;

    /**
     * Largest conversation (system prompt, narrative, context, repair messages) sent, in characters; a longer
     * one is refused before anything is sent. Guards against sending a whole folder by mistake, and against cost.
     *
     * <p>Default: {@code 60000}. Property: {@code dv.draft.maxPromptChars}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_MAX_PROMPT_CHARS, defaultValue = "60000")
    private int maxPromptChars;

    /**
     * How many times validation errors are sent back to the model for a corrected reply.
     *
     * <p>Default: {@code 2}. Property: {@code dv.draft.repairRounds}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_REPAIR_ROUNDS, defaultValue = "2")
    private int repairRounds;

    /**
     * Retries after HTTP 429 or 5xx, waiting 1s, 2s, 4s, ... (or what {@code Retry-After} says, at most 60s).
     *
     * <p>Default: {@code 4}. Property: {@code dv.draft.maxRetries}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_MAX_RETRIES, defaultValue = "4")
    private int maxRetries;

    /**
     * Sends the JSON schema with {@code strict: true}. Off by default: the spec schema uses maps keyed by source
     * name, which OpenAI's strict mode does not accept; the validation loop checks every reply anyway.
     *
     * <p>Default: {@code false}. Property: {@code dv.draft.strictSchema}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_STRICT_SCHEMA, defaultValue = "false")
    private boolean strictSchema;

    /**
     * Largest reply body accepted, in bytes; reading stops at the cap, so a runaway server cannot fill memory.
     *
     * <p>Default: {@code 4194304} (4 MiB). Property: {@code dv.draft.maxReplyBytes}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_MAX_REPLY_BYTES, defaultValue = "4194304")
    private long maxReplyBytes;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    /** The chat settings from the parameters. */
    ChatSettings chatSettings() throws MojoFailureException {
        URI uri;
        try {
            uri = new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme())
                || "https".equals(uri.getScheme()))) {
            throw new MojoFailureException("<baseUrl> '" + baseUrl + "' is not an http(s) URL (fix <baseUrl> or -D"
                    + PropertyNames.DRAFT_BASE_URL + ", e.g. https://api.openai.com/v1)");
        }
        if (timeout <= 0 || maxPromptChars <= 0 || maxReplyBytes < 0 || repairRounds < 0 || maxRetries < 0) {
            throw new MojoFailureException("<timeout> and <maxPromptChars> must be positive, <repairRounds> and "
                    + "<maxRetries> 0 or more (got timeout " + timeout + ", maxPromptChars " + maxPromptChars
                    + ", repairRounds " + repairRounds + ", maxRetries " + maxRetries + ")");
        }
        return new ChatSettings(uri, model, temperature, Duration.ofSeconds(timeout), maxRetries,
                Duration.ofSeconds(1), Duration.ofSeconds(60), maxPromptChars, strictSchema,
                maxReplyBytes == 0 ? ChatSettings.DEFAULT_MAX_REPLY_BYTES : maxReplyBytes);
    }

    ApiKey apiKey(DvLog log) throws MojoFailureException {
        ApiKey key = ApiKeys.resolve(serverId, apiKeyEnv, System::getenv, settings, settingsDecrypter);
        if (key.isPresent()) {
            log.debug(() -> "API key from " + key.origin());
        } else {
            log.info("No API key: environment variable " + apiKeyEnv + " is not set and no "
                    + "<serverId> is configured; sending requests without Authorization");
        }
        return key;
    }

    int repairRounds() {
        return repairRounds;
    }

    String model() {
        return model;
    }
}
