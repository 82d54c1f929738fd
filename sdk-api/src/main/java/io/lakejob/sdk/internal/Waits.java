package io.lakejob.sdk.internal;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.spi.StatusNotifier;
import io.lakejob.sdk.spi.StatusSubscription;
import io.lakejob.sdk.spi.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

/**
 * A client's waits: synchronous ones on the caller's thread, asynchronous ones as polls on the
 * client's one {@link WaitScheduler} (no thread is held between polls), both woken by the transport's
 * {@link StatusNotifier} when it has one. Closing fails the asynchronous waits still running and
 * stops the scheduler. Not part of the public API.
 */
public final class Waits implements AutoCloseable {
    private final Transport transport;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WaitScheduler scheduler;
    private final Set<AsyncWait<?, ?>> running = ConcurrentHashMap.newKeySet();
    private final Set<WaitSignal> sleeping = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * Creates the client's waits.
     *
     * @param transport the transport, asked for its notifiers
     * @param clock the client's clock
     * @param sleeper pauses synchronous waits
     * @param scheduler runs asynchronous waits' polls; shut down by {@link #close()}
     */
    public Waits(Transport transport, Clock clock, Sleeper sleeper, WaitScheduler scheduler) {
        this.transport = transport;
        this.clock = clock;
        this.sleeper = sleeper;
        this.scheduler = scheduler;
    }

    private StatusNotifier notifier(Waiter.Spec<?, ?> spec) {
        return spec.group() == null
                ? null
                : transport.statusNotifier(spec.group()).orElse(null);
    }

    /**
     * Waits on the calling thread.
     *
     * @param spec what to wait for
     * @param <T> the state type
     * @param <S> the status type
     * @return the state that reached a target status
     */
    public <T, S> T await(Waiter.Spec<T, S> spec) {
        WaitSignal wake = new WaitSignal();
        sleeping.add(wake);
        try {
            return Waiter.await(spec, notifier(spec), clock, sleeper, wake);
        } finally {
            sleeping.remove(wake);
        }
    }

    /**
     * Starts an asynchronous wait; its first read runs on the scheduler.
     *
     * @param spec what to wait for
     * @param <T> the state type
     * @param <S> the status type
     * @return completes with the state that reached a target status, or exceptionally as the
     *     synchronous wait throws; cancelling it stops the wait
     */
    public <T, S> CompletableFuture<T> start(Waiter.Spec<T, S> spec) {
        AsyncWait<T, S> wait = new AsyncWait<>(spec);
        wait.begin();
        return wait.future;
    }

    /** Fails the asynchronous waits still running, wakes the synchronous ones, stops the scheduler. */
    @Override
    public void close() {
        closed = true;
        for (AsyncWait<?, ?> w : running) {
            w.fail(closedError(w.spec));
        }
        sleeping.forEach(WaitSignal::fire);
        scheduler.shutdown();
    }

    private static LakeJobException closedError(Waiter.Spec<?, ?> spec) {
        return new LakeJobException("The client was closed while waiting for job " + spec.jobId());
    }

    /**
     * One asynchronous wait. At most one read runs at a time; a notification during a read makes
     * another read follow it at once, one between reads replaces the pending timed read.
     */
    private final class AsyncWait<T, S> {
        final Waiter.Spec<T, S> spec;
        final CompletableFuture<T> future = new CompletableFuture<>();
        private Waiter.Run<T, S> run;
        private StatusSubscription subscription;
        // Guarded by this. The first read is under way from the start: a notification before it is covered by it.
        private boolean reading = true;
        private boolean changedDuringRead;
        private boolean done;
        private Runnable pendingRead;

        AsyncWait(Waiter.Spec<T, S> spec) {
            this.spec = spec;
        }

        void begin() {
            running.add(this);
            future.whenComplete((result, error) -> end());
            if (closed) {
                fail(closedError(spec));
                return;
            }
            StatusSubscription s;
            try {
                s = Waiter.subscribe(spec, notifier(spec), this::notified);
                run = new Waiter.Run<>(spec, clock, s != null);
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            boolean ended;
            synchronized (this) {
                ended = done;
                if (!ended) {
                    subscription = s;
                    // The first read comes after every notification so far.
                    changedDuringRead = false;
                }
            }
            if (ended) {
                if (s != null) {
                    s.close();
                }
                return;
            }
            submit(false, Duration.ZERO);
        }

        /** Ends the wait (its subscription closed, its timed read cancelled), then completes the future. */
        private void succeed(T result) {
            end();
            future.complete(result);
        }

        /** Ends the wait, then fails the future. */
        private void fail(Throwable error) {
            end();
            future.completeExceptionally(error);
        }

        /**
         * Releases what the wait holds, once: before its future completes when the wait ends on its
         * own (whoever sees the result sees the subscription closed), or when the future is
         * completed or cancelled from outside.
         */
        private void end() {
            Runnable pending;
            StatusSubscription s;
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
                pending = pendingRead;
                pendingRead = null;
                s = subscription;
            }
            if (pending != null) {
                pending.run();
            }
            if (s != null) {
                s.close();
            }
            running.remove(this);
        }

        /** The transport told of a change. */
        private void notified() {
            Runnable pending;
            synchronized (this) {
                if (done) {
                    return;
                }
                if (reading) {
                    changedDuringRead = true;
                    return;
                }
                reading = true;
                pending = pendingRead;
                pendingRead = null;
            }
            if (pending != null) {
                pending.run();
            }
            submit(true, Duration.ZERO);
        }

        /** The pause after a read has passed. */
        private void timed() {
            synchronized (this) {
                if (done || reading) {
                    return;
                }
                reading = true;
                pendingRead = null;
            }
            read(false);
        }

        private void submit(boolean byNotification, Duration delay) {
            try {
                Runnable cancel = scheduler.schedule(() -> read(byNotification), delay);
                synchronized (this) {
                    if (done) {
                        cancel.run();
                    }
                }
            } catch (RejectedExecutionException e) {
                fail(closedError(spec));
            }
        }

        private void read(boolean byNotification) {
            if (future.isDone()) {
                return;
            }
            Waiter.Step<T> step;
            try {
                step = run.afterRead(spec.poll().get(), byNotification);
            } catch (Throwable e) {
                fail(e);
                return;
            }
            if (step.failure() != null) {
                fail(step.failure());
                return;
            }
            if (step.next() == null) {
                succeed(step.result());
                return;
            }
            boolean again;
            synchronized (this) {
                if (done) {
                    return;
                }
                again = changedDuringRead;
                changedDuringRead = false;
                if (!again) {
                    reading = false;
                    try {
                        pendingRead = scheduler.schedule(this::timed, step.next());
                    } catch (RejectedExecutionException e) {
                        pendingRead = null;
                    }
                }
            }
            if (again) {
                submit(true, Duration.ZERO);
            } else if (closed) {
                fail(closedError(spec));
            }
        }
    }
}
