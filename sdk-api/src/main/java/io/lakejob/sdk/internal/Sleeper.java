package io.lakejob.sdk.internal;

import io.lakejob.sdk.exception.LakeJobException;
import java.time.Duration;

/** Pauses a thread between the polls of a wait; replaceable in tests. Not part of the public API. */
@FunctionalInterface
public interface Sleeper {
    /**
     * Sleeps for the whole duration, or until a transport's notification wakes the waiter; turns an
     * interrupt into an SDK error (interrupt flag kept).
     */
    Sleeper SYSTEM = new Sleeper() {
        @Override
        public void sleep(Duration duration) {
            pause(duration, new WaitSignal());
        }

        @Override
        public boolean pause(Duration duration, WaitSignal wake) {
            try {
                return wake.await(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LakeJobException("Interrupted while waiting", e);
            }
        }
    };

    /**
     * Pauses.
     *
     * @param duration how long
     */
    void sleep(Duration duration);

    /**
     * Pauses until the duration has passed or {@code wake} fired. This default (for test sleepers)
     * skips the pause when a notification is already pending and otherwise sleeps the whole duration.
     *
     * @param duration the longest pause
     * @param wake fired by a transport's notification
     * @return whether the pause ended with a notification (taken from {@code wake})
     */
    default boolean pause(Duration duration, WaitSignal wake) {
        if (wake.take()) {
            return true;
        }
        sleep(duration);
        return wake.take();
    }
}
