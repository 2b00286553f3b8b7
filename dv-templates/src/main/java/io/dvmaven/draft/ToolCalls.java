package io.dvmaven.draft;

import io.dvmaven.model.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code choices[0].message.tool_calls} of a chat-completions reply and builds the follow-up messages. */
final class ToolCalls {

    private ToolCalls() {
    }

    /** The tool calls of a reply body; empty when it has none (or is not JSON: the caller reports that). */
    static List<Map<?, ?>> of(String body) {
        try {
            if (Json.parse(body) instanceof Map<?, ?> envelope && envelope.get("choices") instanceof List<?> choices
                    && !choices.isEmpty() && choices.get(0) instanceof Map<?, ?> choice
                    && choice.get("message") instanceof Map<?, ?> message
                    && message.get("tool_calls") instanceof List<?> calls) {
                List<Map<?, ?>> found = new ArrayList<>();
                calls.stream().filter(c -> c instanceof Map<?, ?>).forEach(c -> found.add((Map<?, ?>) c));
                return found;
            }
        } catch (Json.JsonSyntaxException e) {
            return List.of();
        }
        return List.of();
    }

    static String name(Map<?, ?> call) {
        return call.get("function") instanceof Map<?, ?> f && f.get("name") instanceof String n ? n : "";
    }

    static String arguments(Map<?, ?> call) {
        return call.get("function") instanceof Map<?, ?> f && f.get("arguments") instanceof String a ? a : "{}";
    }

    static Map<String, Object> assistantMessage(List<Map<?, ?>> calls) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", null);
        message.put("tool_calls", calls);
        return message;
    }

    static Map<String, Object> toolMessage(Map<?, ?> call, String result) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "tool");
        message.put("tool_call_id", call.get("id") instanceof String id ? id : "");
        message.put("content", result);
        return message;
    }
}
