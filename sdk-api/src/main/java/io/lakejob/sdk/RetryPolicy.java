package io.lakejob.sdk;

import io.lakejob.sdk.exception.ValidationException;
import java.time.Duration;

/**
 * How a transport retries failed attempts: full-jitter exponential backoff, a cap, a separate
 * base for throttling, and a retry quota so that a dead service does not multiply load.
 * Only failures that are safe to repeat are retried; see the transport's documentation.
 *
 * @param maxAttempts attempts in all, including the first; 1 disables retries
 * @param baseDelay the backoff base
 * @param maxDelay the cap of one backoff pause
 * @param throttledBaseDelay the backoff base after a throttling answer (HTTP 429)
 * @param maxRetryAfter the longest {@code Retry-After} hint honoured; a longer one ends the call
 * @param retryOn503 whether HTTP 503 is retried for reads
 * @param retryQuota the retry tokens available per client; each retry spends 5, a success returns 1; 0 disables the quota
 */
public record RetryPolicy(
        int maxAttempts,
        Duration baseDelay,
        Duration maxDelay,
        Duration throttledBaseDelay,
        Duration maxRetryAfter,
        boolean retryOn503,
        int retryQuota) {

    /**
     * Validates the policy.
     *
     * @param maxAttempts attempts in all
     * @param baseDelay the backoff base
     * @param maxDelay the cap of one pause
     * @param throttledBaseDelay the throttling base
     * @param maxRetryAfter the longest hint honoured
     * @param retryOn503 whether 503 is retried
     * @param retryQuota the retry tokens
     * @throws io.lakejob.sdk.exception.ValidationException when a value is out of range, naming it
     */
    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new ValidationException("maxAttempts", "must be between 1 and 20, was " + maxAttempts);
        }
        positive("baseDelay", baseDelay);
        positive("maxDelay", maxDelay);
        positive("throttledBaseDelay", throttledBaseDelay);
        positive("maxRetryAfter", maxRetryAfter);
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new ValidationException(
                    "maxDelay", "must not be shorter than baseDelay (" + baseDelay + "), was " + maxDelay);
        }
        if (retryQuota < 0) {
            throw new ValidationException("retryQuota", "must not be negative, was " + retryQuota);
        }
    }

    private static void positive(String name, Duration d) {
        if (d == null) {
            throw new ValidationException(name, "is required");
        }
        if (d.isNegative() || d.isZero()) {
            throw new ValidationException(name, "must be positive, was " + d);
        }
    }

    /**
     * The default, after AWS "standard": 3 attempts, 100 ms base, 20 s cap, 1 s base when
     * throttled, {@code Retry-After} up to 20 s, 503 retried for reads, a quota of 500 tokens.
     *
     * @return the standard policy
     */
    public static RetryPolicy standard() {
        return new RetryPolicy(
                3,
                Duration.ofMillis(100),
                Duration.ofSeconds(20),
                Duration.ofSeconds(1),
                Duration.ofSeconds(20),
                true,
                500);
    }

    /**
     * No retries: one attempt.
     *
     * @return the policy
     */
    public static RetryPolicy none() {
        return standard().withMaxAttempts(1);
    }

    /**
     * A copy with another number of attempts.
     *
     * @param attempts attempts in all
     * @return the policy
     */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(
                attempts, baseDelay, maxDelay, throttledBaseDelay, maxRetryAfter, retryOn503, retryQuota);
    }

    /**
     * A copy with other backoff delays.
     *
     * @param base the backoff base
     * @param max the cap of one pause
     * @return the policy
     */
    public RetryPolicy withBackoff(Duration base, Duration max) {
        return new RetryPolicy(maxAttempts, base, max, throttledBaseDelay, maxRetryAfter, retryOn503, retryQuota);
    }

    /**
     * A copy with another throttling base and {@code Retry-After} cap.
     *
     * @param throttledBase the backoff base after HTTP 429
     * @param retryAfterCap the longest hint honoured
     * @return the policy
     */
    public RetryPolicy withThrottling(Duration throttledBase, Duration retryAfterCap) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, throttledBase, retryAfterCap, retryOn503, retryQuota);
    }

    /**
     * A copy that does or does not retry HTTP 503 for reads.
     *
     * @param retry whether to retry
     * @return the policy
     */
    public RetryPolicy withRetryOn503(boolean retry) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, throttledBaseDelay, maxRetryAfter, retry, retryQuota);
    }

    /**
     * A copy with another retry quota.
     *
     * @param quota the tokens; 0 disables the quota
     * @return the policy
     */
    public RetryPolicy withRetryQuota(int quota) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, throttledBaseDelay, maxRetryAfter, retryOn503, quota);
    }
}
