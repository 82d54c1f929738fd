package io.lakejob.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how often a waiter polls.
 *
 * @param timeout the longest the wait may take; positive
 * @param pollInterval the pause between two status reads; positive and not longer than the timeout
 */
public record WaitOptions(Duration timeout, Duration pollInterval) {
    /** The poll interval used when none is given. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

    /**
     * Validates the options.
     *
     * @param timeout the longest the wait may take
     * @param pollInterval the pause between two status reads
     */
    public WaitOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
        }
    }

    /**
     * Options with the given timeout and the default poll interval (2 s, or the timeout if shorter).
     *
     * @param timeout the longest the wait may take
     * @return the options
     */
    public static WaitOptions timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        Duration poll = timeout.compareTo(DEFAULT_POLL_INTERVAL) < 0 ? timeout : DEFAULT_POLL_INTERVAL;
        return new WaitOptions(timeout, poll);
    }

    /**
     * A copy with another poll interval.
     *
     * @param interval the pause between two status reads
     * @return new options
     */
    public WaitOptions withPollInterval(Duration interval) {
        return new WaitOptions(timeout, interval);
    }
}
