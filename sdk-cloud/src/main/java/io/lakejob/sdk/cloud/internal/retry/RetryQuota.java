package io.lakejob.sdk.cloud.internal.retry;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The retry quota of one transport, after AWS "standard" retries: a token bucket that starts
 * full; each retry spends {@link #RETRY_COST} tokens and each successful call returns
 * {@link #SUCCESS_REFUND}, up to the capacity. When the bucket cannot pay for a retry, the
 * failure is returned to the caller at once, so a service that is down is not hit with
 * {@code maxAttempts} times the load. Thread-safe, lock-free.
 */
public final class RetryQuota {
    /** What one retry costs. */
    public static final int RETRY_COST = 5;

    /** What one successful call returns. */
    public static final int SUCCESS_REFUND = 1;

    private final int capacity;
    private final AtomicInteger tokens;

    /**
     * Creates a full bucket.
     *
     * @param capacity the tokens; 0 disables the quota (every retry is allowed)
     */
    public RetryQuota(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = capacity;
        this.tokens = new AtomicInteger(capacity);
    }

    /**
     * Whether the quota is in force.
     *
     * @return {@code false} when the capacity is 0
     */
    public boolean enabled() {
        return capacity > 0;
    }

    /**
     * Takes the cost of one retry, if the bucket holds it.
     *
     * @return {@code true} if the retry may go ahead
     */
    public boolean tryAcquireRetry() {
        if (!enabled()) {
            return true;
        }
        while (true) {
            int now = tokens.get();
            if (now < RETRY_COST) {
                return false;
            }
            if (tokens.compareAndSet(now, now - RETRY_COST)) {
                return true;
            }
        }
    }

    /** Returns the refund of one successful call, never beyond the capacity. */
    public void onSuccess() {
        // A full bucket (the usual case) is only read: no write contends between threads.
        if (enabled() && tokens.get() < capacity) {
            tokens.getAndUpdate(t -> Math.min(capacity, t + SUCCESS_REFUND));
        }
    }

    /**
     * The tokens left.
     *
     * @return the tokens
     */
    public int available() {
        return tokens.get();
    }

    @Override
    public String toString() {
        return "RetryQuota[" + tokens.get() + "/" + capacity + "]";
    }
}
