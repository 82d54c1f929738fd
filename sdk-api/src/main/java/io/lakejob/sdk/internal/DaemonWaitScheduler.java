package io.lakejob.sdk.internal;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link WaitScheduler#daemon}: a small scheduled pool of daemon threads, created on first use. */
final class DaemonWaitScheduler implements WaitScheduler {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int threads;
    private ScheduledThreadPoolExecutor executor;
    private boolean shutdown;

    DaemonWaitScheduler(int threads) {
        this.threads = threads;
    }

    private synchronized ScheduledThreadPoolExecutor executor() {
        if (shutdown) {
            throw new RejectedExecutionException("The client's wait scheduler is shut down");
        }
        if (executor == null) {
            ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(threads, r -> {
                Thread t = new Thread(r, "lakejob-wait-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            // A cancelled poll (the wait was notified, cancelled or ended) leaves the queue at once.
            e.setRemoveOnCancelPolicy(true);
            e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            executor = e;
        }
        return executor;
    }

    @Override
    public Runnable schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> f = executor().schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
