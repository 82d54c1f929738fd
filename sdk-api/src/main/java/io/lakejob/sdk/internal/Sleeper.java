package io.lakejob.sdk.internal;

import io.lakejob.sdk.exception.LakeJobException;
import java.time.Duration;

/** Pauses a thread; replaceable in tests. Not part of the public API. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps with {@link Thread#sleep}, turning an interrupt into an SDK error (interrupt flag kept). */
    Sleeper SYSTEM = d -> {
        try {
            Thread.sleep(Math.max(0, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LakeJobException("Interrupted while waiting", e);
        }
    };

    /**
     * Pauses.
     *
     * @param duration how long
     */
    void sleep(Duration duration);
}
