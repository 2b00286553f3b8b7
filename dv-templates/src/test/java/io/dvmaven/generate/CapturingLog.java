package io.dvmaven.generate;

import io.dvmaven.model.DvLog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Keeps what the generator logs: info lines, and warnings and errors together. */
final class CapturingLog implements DvLog {
    final List<String> infos = new ArrayList<>();
    final List<String> warns = new ArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warns.add(message);
    }

    @Override
    public void error(String message) {
        warns.add(message);
    }

    @Override
    public void debug(Supplier<String> message) {
        message.get();
    }
}
