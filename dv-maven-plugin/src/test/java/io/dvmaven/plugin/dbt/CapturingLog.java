package io.dvmaven.plugin.dbt;

import io.dvmaven.model.DvLog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Records log lines as {@code LEVEL message}, in arrival order. */
public final class CapturingLog implements DvLog {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public synchronized void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public synchronized void error(String message) {
        lines.add("ERROR " + message);
    }

    @Override
    public synchronized void debug(Supplier<String> message) {
        lines.add("DEBUG " + message.get());
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized List<String> at(String level) {
        return lines.stream().filter(line -> line.startsWith(level + " "))
                .map(line -> line.substring(level.length() + 1)).toList();
    }

    synchronized String text() {
        return String.join("\n", lines);
    }
}
