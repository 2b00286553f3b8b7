package io.dvmaven.draft;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The messages sent to the model: the system prompt, the narrative with the project's entities, repair requests. */
final class DraftPrompts {

    private DraftPrompts() {
    }

    static String systemPrompt() {
        try (InputStream in = DraftPrompts.class.getResourceAsStream("system-prompt.txt")) {
            if (in == null) {
                throw new IllegalStateException("system-prompt.txt is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String userPrompt(Narrative narrative, List<EntitySpec> known) {
        StringBuilder text = new StringBuilder();
        text.append("Existing specs (entities you may link to; do not draft them again):\n");
        if (known.isEmpty()) {
            text.append("- none\n");
        }
        for (EntitySpec entity : known) {
            text.append("- ").append(entity.name().value());
            if (entity.hub() != null) {
                text.append(": business_key [").append(join(entity.hub().businessKey())).append("]");
            }
            if (!entity.sourceMappings().isEmpty()) {
                text.append("; sources: ").append(entity.sourceMappings().values().stream()
                        .map(DraftPrompts::describe).collect(Collectors.joining(", ")));
            }
            text.append('\n');
        }
        text.append("\nDescription to turn into specs:\n\n").append(narrative.text());
        return text.toString();
    }

    private static String describe(SourceMappingSpec mapping) {
        return mapping.name().value() + " (" + value(mapping.schema()) + "." + value(mapping.table()) + ", key "
                + join(mapping.keyFields()) + ")";
    }

    private static String value(Ident ident) {
        return ident == null ? "?" : ident.value();
    }

    private static String join(List<Ident> idents) {
        return idents.stream().map(Ident::value).collect(Collectors.joining(", "));
    }

    static String repairPrompt(DraftResult result, DraftRequest request) {
        StringBuilder text = new StringBuilder();
        List<Diagnostic> errors = result.errors();
        text.append("Your reply has ").append(SpecDrafter.count(errors.size(), "error")).append(". ");
        if (result.drafts().isEmpty()) {
            text.append("No spec could be read from it:\n");
        } else {
            text.append("Locations (file:line:column) refer to your drafts rendered as YAML, shown below with "
                    + "line numbers.\n");
        }
        for (Diagnostic error : errors) {
            text.append("- ").append(error.format()).append('\n');
        }
        for (DraftedSpec draft : result.drafts()) {
            text.append("\n").append(draft.draftFile()).append(":\n");
            String[] lines = DraftFileText.fileText(draft, request, List.of(), false).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isEmpty() || i < lines.length - 1) {
                    text.append(String.format("%4d | %s%n", i + 1, lines[i]));
                }
            }
        }
        text.append("\nReply with the complete corrected JSON object (all drafts, with assumptions and "
                + "open_questions).");
        return text.toString().replace("\r\n", "\n");
    }
}
