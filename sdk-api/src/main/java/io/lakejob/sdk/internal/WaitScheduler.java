package io.lakejob.sdk.internal;

import java.time.Duration;

/**
 * Runs the polls of asynchronous waits: one per client, shared by all its waits, so that no wait
 * holds a thread between polls. Replaceable in tests. Not part of the public API.
 */
public interface WaitScheduler {
    /**
     * Runs a task after a delay.
     *
     * @param task the task
     * @param delay how long from now; zero runs it as soon as a thread is free
     * @return cancels the task if it has not started; idempotent
     * @throws java.util.concurrent.RejectedExecutionException when the scheduler was shut down
     */
    Runnable schedule(Runnable task, Duration delay);

    /** Stops the threads; tasks not started are dropped. Idempotent. */
    void shutdown();

    /**
     * A scheduler on daemon threads named {@code lakejob-wait-<n>}, started at the first task.
     *
     * @param threads how many threads
     * @return the scheduler
     */
    static WaitScheduler daemon(int threads) {
        return new DaemonWaitScheduler(threads);
    }
}
