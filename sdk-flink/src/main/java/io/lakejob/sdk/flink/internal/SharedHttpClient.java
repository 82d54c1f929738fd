package io.lakejob.sdk.flink.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK {@link HttpClient} of the Flink transport (Flink's REST API, resource downloads), shared
 * by the open clients of a JVM and stopped when the last one closes, so that a closed client leaves
 * no thread behind. Each open transport holds a {@linkplain #lease() lease}.
 *
 * <p>The JDK client has no {@code close()} before Java 21, and its selector thread lives as long as
 * the client is reachable. Its threads are therefore started in a thread group of their own (the
 * client is built on a thread of that group, and runs its work on an executor of that group), and
 * stopping ends them: {@code close()} where the JDK has it, else an interrupt of the group's threads
 * (the selector thread ends when interrupted), and the threads are waited for. Redirects are never
 * followed: a caller that follows them checks each location first.
 */
public final class SharedHttpClient {
    private static final Object LOCK = new Object();
    private static int leases;
    private static Running running;

    private SharedHttpClient() {}

    /** A running client and the threads it owns. */
    private static final class Running {
        final ThreadGroup group;
        final ExecutorService executor;
        final HttpClient client;

        Running() {
            this.group = new ThreadGroup("lakejob-http");
            AtomicInteger n = new AtomicInteger();
            this.executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(group, r, "lakejob-http-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            try {
                // Built on a thread of the group: the client's selector thread joins the group.
                this.client = executor.submit(() -> HttpClient.newBuilder()
                                .executor(executor)
                                .connectTimeout(Duration.ofSeconds(10))
                                .followRedirects(HttpClient.Redirect.NEVER)
                                .build())
                        .get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                executor.shutdownNow();
                throw new IllegalStateException("Interrupted while starting the HTTP client", e);
            } catch (ExecutionException e) {
                executor.shutdownNow();
                throw new IllegalStateException("Cannot start the HTTP client", e.getCause());
            }
        }

        void stop() {
            if (client instanceof AutoCloseable closeable) {
                try {
                    closeable.close(); // Java 21 and later
                } catch (Exception e) {
                    // the interrupt below ends the threads anyway
                }
            }
            executor.shutdownNow();
            group.interrupt();
            Thread[] threads = new Thread[Math.max(16, group.activeCount() * 2)];
            int count = group.enumerate(threads);
            for (int i = 0; i < count; i++) {
                try {
                    threads[i].join(TimeUnit.SECONDS.toMillis(5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * The shared client, started when needed.
     *
     * @return the client
     */
    public static HttpClient get() {
        synchronized (LOCK) {
            if (running == null) {
                running = new Running();
            }
            return running.client;
        }
    }

    /**
     * Takes a lease: the client is stopped when the last lease is closed (closing one twice counts
     * once).
     *
     * @return the lease
     */
    public static AutoCloseable lease() {
        synchronized (LOCK) {
            leases++;
        }
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                release();
            }
        };
    }

    private static void release() {
        Running stop = null;
        synchronized (LOCK) {
            leases--;
            if (leases <= 0) {
                leases = 0;
                stop = running;
                running = null;
            }
        }
        if (stop != null) {
            stop.stop();
        }
    }
}
