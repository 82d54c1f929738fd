package io.lakejob.sdk.cloud.internal;

import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.spi.Operation;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deliberately small retry loop, to be replaced by resilience4j: up to
 * {@link RetryPolicy#maxAttempts()} attempts with full-jitter exponential backoff, never past the
 * call deadline. Retries failures before the request was sent (any method), and, for idempotent
 * operations only, ambiguous I/O failures and transient service errors (5xx, 429, 408,
 * {@code DLI.0999}; 503 as the policy says).
 */
final class SimpleRetry {
    private static final Logger LOG = LoggerFactory.getLogger(SimpleRetry.class);

    /** Pauses between attempts. */
    @FunctionalInterface
    interface Pause {
        /**
         * Pauses.
         *
         * @param duration how long
         * @throws InterruptedException when interrupted
         */
        void pause(Duration duration) throws InterruptedException;
    }

    private final RetryPolicy policy;
    private final Duration callTimeout;
    private final Pause pause;

    SimpleRetry(RetryPolicy policy, Duration callTimeout, Pause pause) {
        this.policy = policy == null ? RetryPolicy.standard() : policy;
        this.callTimeout = callTimeout;
        this.pause = pause;
    }

    <T> T call(Operation<?, ?> operation, Supplier<T> attempt) {
        long deadline = callTimeout == null ? Long.MAX_VALUE : System.nanoTime() + callTimeout.toNanos();
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (LakeJobException e) {
                if (n >= policy.maxAttempts() || !shouldRetry(operation, e)) {
                    throw e;
                }
                Duration delay = backoff(n, e);
                if (System.nanoTime() + delay.toNanos() >= deadline) {
                    throw e;
                }
                LOG.debug(
                        "{} attempt {} failed ({}); retrying in {} ms",
                        operation.name(),
                        n,
                        e.getClass().getSimpleName(),
                        delay.toMillis());
                try {
                    pause.pause(delay);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    e.addSuppressed(ie);
                    throw e;
                }
            }
        }
    }

    boolean shouldRetry(Operation<?, ?> operation, LakeJobException e) {
        if (e instanceof TransportException && e.retryable() && Failures.notSent(e.getCause())) {
            return true;
        }
        if (!operation.idempotent()) {
            return false;
        }
        if (e instanceof TransportException) {
            return e.retryable();
        }
        if (e instanceof ServiceException se) {
            return se.retryable() && (se.statusCode() != 503 || policy.retryOn503());
        }
        return false;
    }

    Duration backoff(int attempt, LakeJobException e) {
        Duration base = e instanceof ServiceException se && se.statusCode() == 429
                ? policy.throttledBaseDelay()
                : policy.baseDelay();
        long cap = policy.maxDelay().toNanos();
        long ceiling = base.toNanos();
        for (int i = 1; i < attempt && ceiling < cap; i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, cap);
        return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
