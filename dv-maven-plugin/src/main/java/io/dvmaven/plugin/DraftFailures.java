package io.dvmaven.plugin;

import io.dvmaven.draft.ChatException;
import io.dvmaven.draft.DraftException;
import io.dvmaven.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Wording of dv:draft, dv:approve and dv:draft-eval failures. What the user must change (the draft, the key, the
 * URL, the limits) is a {@link MojoFailureException}; what may pass by itself (timeouts, refused connections, rate
 * limits, server errors) is a {@link MojoExecutionException}.
 */
final class DraftFailures {

    private static final int MAX_LISTED = 50;

    private DraftFailures() {
    }

    static void rethrow(String goal, Exception failure) throws MojoFailureException, MojoExecutionException {
        if (failure instanceof DraftException draft) {
            throw new MojoFailureException(draft(goal, draft));
        }
        ChatException chat = (ChatException) failure;
        String message = goal + ": " + chat.getMessage() + "\n" + fix(chat.kind());
        switch (chat.kind()) {
            // no cause: Maven appends every cause's message to the last line, which would glue it onto the fix
            case TIMEOUT, CONNECTION, RATE_LIMITED, SERVER_ERROR -> throw new MojoExecutionException(message);
            default -> throw new MojoFailureException(message);
        }
    }

    static String draft(String goal, DraftException failure) {
        StringBuilder message = new StringBuilder(goal).append(": ").append(failure.getMessage());
        List<Diagnostic> diagnostics = failure.diagnostics();
        for (int i = 0; i < Math.min(diagnostics.size(), MAX_LISTED); i++) {
            message.append('\n').append(diagnostics.get(i).format());
        }
        if (diagnostics.size() > MAX_LISTED) {
            message.append("\n... and ").append(diagnostics.size() - MAX_LISTED).append(" more");
        }
        String fix = switch (failure.reason()) {
            case DRAFT_INVALID -> failure.writtenFiles().isEmpty()
                    ? "Run dv:draft again, or try another model (-D" + PropertyNames.DRAFT_MODEL + ") or more repair "
                    + "rounds (-D" + PropertyNames.DRAFT_REPAIR_ROUNDS + ")."
                    : "Review " + files(failure.writtenFiles()) + ", fix the errors listed at its top, then run mvn "
                    + "dv:approve -D" + PropertyNames.APPROVE_ENTITY + "=<entity>; or draft again with -D"
                    + PropertyNames.DRAFT_OVERWRITE + "=true.";
            case DRAFT_EXISTS -> "Approve it (mvn dv:approve -D" + PropertyNames.APPROVE_ENTITY + "=<entity>), delete "
                    + "it, or draft again with -D" + PropertyNames.DRAFT_OVERWRITE + "=true.";
            case EXISTING_SPECS_INVALID -> "Fix the specs at the locations above, then run dv:draft again.";
            case NO_NARRATIVE -> "Pass a file with -D" + PropertyNames.DRAFT_INPUT + "=<file>, or make "
                    + "<!-- dv:narrative --> the first line of a .md or .txt file in the spec directory.";
            case NO_DRAFT -> "Run dv:draft first, or name an existing draft with -D" + PropertyNames.APPROVE_ENTITY
                    + "=<entity> (or all).";
            case TARGET_EXISTS -> "Nothing was renamed.";
            case APPROVE_INVALID -> "Fix the draft at the locations above, then run dv:approve again.";
        };
        return message.append('\n').append(fix).toString();
    }

    private static String fix(ChatException.Kind kind) {
        return switch (kind) {
            case UNAUTHORIZED -> "Put a valid key in the environment variable named by <apiKeyEnv> (-D"
                    + PropertyNames.DRAFT_API_KEY_ENV + ", default OPENAI_API_KEY), or in the password of a "
                    + "settings.xml <server> named by <serverId> (-D" + PropertyNames.DRAFT_SERVER_ID + ").";
            case NOT_FOUND -> "Check <baseUrl> (-D" + PropertyNames.DRAFT_BASE_URL + ", e.g. https://api.openai.com/v1 "
                    + "or http://localhost:11434/v1) and <model> (-D" + PropertyNames.DRAFT_MODEL + ").";
            case TOO_LARGE -> "Shorten the narrative, or raise <maxPromptChars> (-D"
                    + PropertyNames.DRAFT_MAX_PROMPT_CHARS + ").";
            case TIMEOUT -> "Raise <timeout> (-D" + PropertyNames.DRAFT_TIMEOUT + ", seconds), or use a faster model.";
            case CONNECTION -> "Check <baseUrl> (-D" + PropertyNames.DRAFT_BASE_URL + ") and that the server runs "
                    + "and is reachable from this machine.";
            case RATE_LIMITED, SERVER_ERROR -> "Try again later, or allow more retries with <maxRetries> (-D"
                    + PropertyNames.DRAFT_MAX_RETRIES + ").";
            case REPLY_TOO_LARGE -> "Check <model> and the narrative (a spec reply is a few KiB), or raise "
                    + "<maxReplyBytes> (-D" + PropertyNames.DRAFT_MAX_REPLY_BYTES + ").";
            case REFUSED -> "Rephrase the narrative (describe business entities and their sources only), or try "
                    + "another model (-D" + PropertyNames.DRAFT_MODEL + ").";
            case REJECTED, BAD_RESPONSE -> "Check <baseUrl> and <model>: the server must speak the OpenAI "
                    + "chat-completions API with response_format json_schema (or set <strictSchema> to match it).";
        };
    }

    private static String files(List<Path> files) {
        return String.join(", ", files.stream().map(path -> path.getFileName().toString()).toList());
    }
}
