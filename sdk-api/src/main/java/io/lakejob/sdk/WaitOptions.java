package io.lakejob.sdk;

import io.lakejob.sdk.exception.ValidationException;
import java.time.Duration;

/**
 * How long and how often a waiter polls. Polling starts at {@code firstPollInterval} and doubles
 * after each read up to {@code pollInterval}, so short jobs are seen finished quickly while long
 * ones are not polled more often than needed. On a transport that tells waiters of status changes
 * ({@link io.lakejob.sdk.spi.StatusNotifier}, the Flink transport) a change is read at once and
 * {@code pollInterval} is only the pause of a safety-net read.
 *
 * @param timeout the longest the wait may take; positive
 * @param firstPollInterval the first pause between two status reads; positive, not longer than {@code pollInterval}
 * @param pollInterval the longest pause between two status reads; positive
 */
public record WaitOptions(Duration timeout, Duration firstPollInterval, Duration pollInterval) {
    /** The longest poll interval used when none is given. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

    /** The first poll interval used when none is given. */
    public static final Duration DEFAULT_FIRST_POLL_INTERVAL = Duration.ofMillis(50);

    /**
     * Validates the options.
     *
     * @param timeout the longest the wait may take
     * @param firstPollInterval the first pause between two status reads
     * @param pollInterval the longest pause between two status reads
     * @throws ValidationException when a value is missing, not positive, or the first interval is
     *     longer than the longest
     */
    public WaitOptions {
        positive("timeout", timeout);
        positive("pollInterval", pollInterval);
        positive("firstPollInterval", firstPollInterval);
        if (firstPollInterval.compareTo(pollInterval) > 0) {
            throw new ValidationException(
                    "firstPollInterval",
                    "must not be longer than pollInterval (" + pollInterval + "), was " + firstPollInterval);
        }
    }

    /**
     * Options polling at a fixed interval.
     *
     * @param timeout the longest the wait may take
     * @param pollInterval the pause between two status reads
     */
    public WaitOptions(Duration timeout, Duration pollInterval) {
        this(timeout, pollInterval, pollInterval);
    }

    /**
     * Options with the given timeout and the default polling: 50 ms at first, doubling up to 2 s
     * (both capped by the timeout).
     *
     * @param timeout the longest the wait may take
     * @return the options
     * @throws ValidationException when the timeout is missing or not positive
     */
    public static WaitOptions timeout(Duration timeout) {
        positive("timeout", timeout);
        Duration poll = timeout.compareTo(DEFAULT_POLL_INTERVAL) < 0 ? timeout : DEFAULT_POLL_INTERVAL;
        Duration first = poll.compareTo(DEFAULT_FIRST_POLL_INTERVAL) < 0 ? poll : DEFAULT_FIRST_POLL_INTERVAL;
        return new WaitOptions(timeout, first, poll);
    }

    /**
     * A copy polling at a fixed interval.
     *
     * @param interval the pause between two status reads
     * @return new options
     */
    public WaitOptions withPollInterval(Duration interval) {
        return new WaitOptions(timeout, interval, interval);
    }

    /**
     * A copy whose polling starts at {@code first} and doubles up to {@code max}.
     *
     * @param first the first pause
     * @param max the longest pause
     * @return new options
     */
    public WaitOptions withPolling(Duration first, Duration max) {
        return new WaitOptions(timeout, first, max);
    }

    private static void positive(String name, Duration d) {
        if (d == null) {
            throw new ValidationException(name, "is required");
        }
        if (d.isNegative() || d.isZero()) {
            throw new ValidationException(name, "must be positive, was " + d);
        }
    }
}
