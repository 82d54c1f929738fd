package io.lakejob.sdk.internal;

import io.lakejob.sdk.StatusListener;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.WaitProgress;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.StatusNotifier;
import io.lakejob.sdk.spi.StatusSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a status until it reaches a target, reaches another terminal state, or the timeout passes.
 * Never busy-loops and never reads past the deadline. Without a transport notifier it pauses between
 * reads, starting at the first poll interval and doubling up to the poll interval; with one
 * ({@link StatusNotifier}) it reads again as soon as the transport tells of a change and otherwise
 * every poll interval, as a safety net. The decisions ({@link Run}) are shared by the synchronous
 * wait here and the asynchronous one of {@link Waits}. Not part of the public API.
 */
public final class Waiter {
    private Waiter() {}

    /**
     * What a wait waits for.
     *
     * @param jobId the job's id, for messages and the transport's notifier
     * @param group the client group, whose notifier is asked for; {@code null} for none
     * @param poll reads the current state (a response holding the status)
     * @param statusOf extracts the status from a state
     * @param targets the statuses that end the wait successfully; not empty
     * @param terminal the statuses from which the job cannot move on
     * @param options timeout and poll intervals
     * @param listener sees every change and every read, or {@code null}
     * @param failureNote extra words for the error of a terminal status outside the targets (from the
     *     state that showed it; may return {@code null}), or {@code null}
     * @param <T> the state type
     * @param <S> the status type
     */
    public record Spec<T, S>(
            String jobId,
            OperationGroup group,
            Supplier<T> poll,
            Function<T, S> statusOf,
            Set<S> targets,
            Set<S> terminal,
            WaitOptions options,
            StatusListener<S> listener,
            Function<T, String> failureNote) {
        /**
         * Checks the parts.
         *
         * @param jobId the job's id
         * @param group the client group, or {@code null}
         * @param poll reads the state
         * @param statusOf extracts the status
         * @param targets the targets
         * @param terminal the terminal statuses
         * @param options the options
         * @param listener the listener, or {@code null}
         * @param failureNote the note, or {@code null}
         */
        public Spec {
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(statusOf, "statusOf");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(terminal, "terminal");
            if (targets == null || targets.isEmpty()) {
                throw new IllegalArgumentException("at least one target status is required");
            }
        }
    }

    /**
     * Waits on the calling thread, polling with back-off (no notifier).
     *
     * @param jobId the job's id, for messages
     * @param poll reads the current state (a response holding the status)
     * @param statusOf extracts the status from a state
     * @param targets the statuses that end the wait successfully
     * @param terminal the statuses from which the job cannot move on
     * @param options timeout and poll interval
     * @param listener sees every change and every read, or {@code null}
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
            StatusListener<S> listener,
            Clock clock,
            Sleeper sleeper) {
        return await(
                new Spec<>(jobId, null, poll, statusOf, targets, terminal, options, listener, null),
                null,
                clock,
                sleeper,
                new WaitSignal());
    }

    /**
     * Waits on the calling thread.
     *
     * @param spec what to wait for
     * @param notifier the transport's notifier for the spec's group, or {@code null}
     * @param clock the clock
     * @param sleeper pauses between polls
     * @param wake fired by the notifier (and by the client's close)
     * @param <T> the state type
     * @param <S> the status type
     * @return the state that reached a target status
     * @throws JobStateException when a terminal status outside the targets is reached
     * @throws LakeJobTimeoutException when the timeout passes
     */
    static <T, S> T await(Spec<T, S> spec, StatusNotifier notifier, Clock clock, Sleeper sleeper, WaitSignal wake) {
        StatusSubscription subscription = subscribe(spec, notifier, wake::fire);
        try {
            Run<T, S> run = new Run<>(spec, clock, subscription != null);
            boolean notified = false;
            while (true) {
                Step<T> step = run.afterRead(spec.poll().get(), notified);
                if (step.failure() != null) {
                    throw step.failure();
                }
                if (step.next() == null) {
                    return step.result();
                }
                notified = sleeper.pause(step.next(), wake);
            }
        } finally {
            if (subscription != null) {
                subscription.close();
            }
        }
    }

    /**
     * Subscribes to the job's changes when the transport can tell them.
     *
     * @return the subscription, or {@code null}
     */
    static StatusSubscription subscribe(Spec<?, ?> spec, StatusNotifier notifier, Runnable onChange) {
        if (notifier == null) {
            return null;
        }
        return notifier.subscribe(spec.jobId(), onChange).orElse(null);
    }

    /**
     * What follows a status read: the wait's result, its failure, or the longest pause before the
     * next read (exactly one is set).
     *
     * @param result the state that reached a target
     * @param failure the error that ends the wait
     * @param next the pause before the next read
     * @param <T> the state type
     */
    record Step<T>(T result, RuntimeException failure, Duration next) {}

    /**
     * The decisions of one wait: listener calls, targets, terminal statuses, deadline and pauses.
     * Used by one thread at a time.
     *
     * @param <T> the state type
     * @param <S> the status type
     */
    static final class Run<T, S> {
        private final Spec<T, S> spec;
        private final Clock clock;
        private final boolean notified;
        private final Instant start;
        private final Instant deadline;
        private Duration pause;
        private S previous;
        private boolean first = true;
        private int polls;

        /**
         * Starts the wait's clock.
         *
         * @param spec what to wait for
         * @param clock the clock
         * @param notified whether the transport tells of changes: then the pause is the poll interval
         *     (a safety net) instead of the back-off
         */
        Run(Spec<T, S> spec, Clock clock, boolean notified) {
            this.spec = spec;
            this.clock = clock;
            this.notified = notified;
            this.start = clock.instant();
            this.deadline = start.plus(spec.options().timeout());
            this.pause =
                    notified ? spec.options().pollInterval() : spec.options().firstPollInterval();
        }

        /**
         * Decides after a read.
         *
         * @param state what the read returned
         * @param byNotification whether a notification prompted the read
         * @return what follows
         */
        Step<T> afterRead(T state, boolean byNotification) {
            polls++;
            S status = spec.statusOf().apply(state);
            Instant now = clock.instant();
            StatusListener<S> listener = spec.listener();
            if (first || !Objects.equals(previous, status)) {
                if (listener != null) {
                    listener.onChange(previous, status, now);
                }
                previous = status;
                first = false;
            }
            Step<T> step;
            if (spec.targets().contains(status)) {
                step = new Step<>(state, null, null);
            } else if (spec.terminal().contains(status)) {
                String detail = "while waiting for " + spec.targets();
                String note =
                        spec.failureNote() == null ? null : spec.failureNote().apply(state);
                if (note != null && !note.isBlank()) {
                    detail += "; " + note;
                }
                step = new Step<>(null, new JobStateException(spec.jobId(), String.valueOf(status), detail), null);
            } else if (!now.isBefore(deadline)) {
                step = new Step<>(
                        null,
                        new LakeJobTimeoutException(
                                "Job " + spec.jobId() + " did not reach " + spec.targets() + "; last status " + status,
                                spec.options().timeout()),
                        null);
            } else {
                Duration left = Duration.between(now, deadline);
                step = new Step<>(null, null, left.compareTo(pause) < 0 ? left : pause);
                if (!notified) {
                    Duration doubled = pause.multipliedBy(2);
                    Duration max = spec.options().pollInterval();
                    pause = doubled.compareTo(max) > 0 ? max : doubled;
                }
            }
            if (listener != null) {
                listener.onPoll(new WaitProgress<>(
                        spec.jobId(), status, polls, Duration.between(start, now), step.next(), byNotification, now));
            }
            return step;
        }
    }
}
