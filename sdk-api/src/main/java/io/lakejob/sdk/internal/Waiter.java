package io.lakejob.sdk.internal;

import io.lakejob.sdk.StatusListener;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls a status until it reaches a target, reaches another terminal state, or the timeout
 * passes. Never busy-loops: it pauses between reads, starting at the first poll interval and
 * doubling up to the poll interval, and never sleeps past the deadline. Not part of the public API.
 */
public final class Waiter {
    private Waiter() {}

    /**
     * Waits.
     *
     * @param jobId the job's id, for messages
     * @param poll reads the current state (a response holding the status)
     * @param statusOf extracts the status from a state
     * @param targets the statuses that end the wait successfully
     * @param terminal the statuses from which the job cannot move on
     * @param options timeout and poll interval
     * @param listener sees every change, or {@code null}
     * @param clock the clock
     * @param sleeper pauses between polls
     * @param <T> the state type
     * @param <S> the status type
     * @return the state that reached a target status
     * @throws JobStateException when a terminal status outside the targets is reached
     * @throws LakeJobTimeoutException when the timeout passes
     */
    public static <T, S> T await(
            String jobId,
            Supplier<T> poll,
            Function<T, S> statusOf,
            Set<S> targets,
            Set<S> terminal,
            WaitOptions options,
            StatusListener<? super S> listener,
            Clock clock,
            Sleeper sleeper) {
        Objects.requireNonNull(options, "options");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("at least one target status is required");
        }
        Instant deadline = clock.instant().plus(options.timeout());
        Duration pause = options.firstPollInterval();
        S previous = null;
        boolean first = true;
        while (true) {
            T state = poll.get();
            S status = statusOf.apply(state);
            if (first || !Objects.equals(previous, status)) {
                if (listener != null) {
                    listener.onChange(previous, status, clock.instant());
                }
                previous = status;
                first = false;
            }
            if (targets.contains(status)) {
                return state;
            }
            if (terminal.contains(status)) {
                throw new JobStateException(jobId, String.valueOf(status), "while waiting for " + targets);
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                throw new LakeJobTimeoutException(
                        "Job " + jobId + " did not reach " + targets + "; last status " + status, options.timeout());
            }
            Duration left = Duration.between(now, deadline);
            sleeper.sleep(left.compareTo(pause) < 0 ? left : pause);
            Duration doubled = pause.multipliedBy(2);
            pause = doubled.compareTo(options.pollInterval()) > 0 ? options.pollInterval() : doubled;
        }
    }
}
