package io.lakejob.sdk.flink;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Awaits a condition that can only be observed by polling: a Flink cluster's REST state, a file a
 * job writes, the JVM's thread list. The one place the tests pause; every wait is bounded and
 * fails with what it was waiting for.
 */
final class Await {
    private static final Duration POLL = Duration.ofMillis(20);

    private Await() {}

    /**
     * Polls until the condition holds.
     *
     * @param what what is awaited, for the failure message
     * @param timeout how long at most
     * @param condition the condition; may itself assert (for example that a job is still running)
     */
    static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, condition::getAsBoolean, done -> done);
    }

    /**
     * Polls a value until it satisfies the predicate, and returns it.
     *
     * @param what what is awaited, for the failure message
     * @param timeout how long at most
     * @param read reads the current value
     * @param done whether the value is the awaited one
     * @param <T> the value type
     * @return the first value that satisfied the predicate
     */
    static <T> T until(String what, Duration timeout, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = read.get();
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; last seen: "
                        + (value instanceof Boolean ? "not yet" : String.valueOf(value)));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
