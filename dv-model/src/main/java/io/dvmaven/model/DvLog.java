package io.dvmaven.model;

import java.util.function.Supplier;

/** Logging seen by the core; the plugin adapts it to Maven's log, tests capture it. */
public interface DvLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    void debug(Supplier<String> message);

    /** A log that drops everything. */
    static DvLog silent() {
        return new DvLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void error(String message) {
            }

            @Override
            public void debug(Supplier<String> message) {
            }
        };
    }
}
