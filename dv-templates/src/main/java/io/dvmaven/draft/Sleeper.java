package io.dvmaven.draft;

import java.time.Duration;

/** Waits between retries; replaced in tests so that backoff is asserted, not waited for. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper real() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
