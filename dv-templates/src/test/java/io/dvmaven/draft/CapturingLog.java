package io.dvmaven.draft;

import io.dvmaven.model.DvLog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Records every line at every level, debug included, so tests can assert what a user would see. */
final class CapturingLog implements DvLog {

    final List<String> lines = new ArrayList<>();

    @Override
    public void info(String message) {
        lines.add("[INFO] " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("[WARN] " + message);
    }

    @Override
    public void error(String message) {
        lines.add("[ERROR] " + message);
    }

    @Override
    public void debug(Supplier<String> message) {
        lines.add("[DEBUG] " + message.get());
    }

    String all() {
        return String.join("\n", lines);
    }

    List<String> at(String level) {
        return lines.stream().filter(line -> line.startsWith("[" + level + "] ")).toList();
    }
}
