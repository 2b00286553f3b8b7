package io.dvmaven.draft;

import java.util.List;
import java.util.Map;

/** Sends a conversation to a language model and returns the text of its reply. */
public interface ChatClient {

    /**
     * @param messages       the conversation, oldest first
     * @param responseSchema JSON Schema the reply must follow (sent as structured output)
     * @param schemaName     name of the schema as the server sees it
     * @return the assistant message content
     */
    String complete(List<ChatMessage> messages, Map<String, Object> responseSchema, String schemaName)
            throws ChatException;

    /**
     * As {@link #complete(List, Map, String)}, offering {@code tools} the model may call before it answers (for
     * servers that support tool calls); {@code null} offers none.
     */
    default String complete(List<ChatMessage> messages, Map<String, Object> responseSchema, String schemaName,
                            DraftTools tools) throws ChatException {
        return complete(messages, responseSchema, schemaName);
    }
}
