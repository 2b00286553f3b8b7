package io.dvmaven.plugin;

import io.dvmaven.model.DvLog;
import java.util.function.Supplier;
import org.apache.maven.plugin.logging.Log;

/** The core's log written to Maven's log; debug messages are only built when debug output is on. */
final class MavenDvLog implements DvLog {

    private final Log log;

    MavenDvLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void debug(Supplier<String> message) {
        if (log.isDebugEnabled()) {
            log.debug(message.get());
        }
    }
}
