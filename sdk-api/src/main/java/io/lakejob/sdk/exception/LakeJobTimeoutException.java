package io.lakejob.sdk.exception;

import java.time.Duration;

/**
 * A call or a wait did not finish within its deadline. For a waiter this says nothing about the
 * job itself: it may still reach the awaited state later.
 */
public class LakeJobTimeoutException extends LakeJobException {
    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    /**
     * Creates a timeout error.
     *
     * @param message what timed out
     * @param timeout the deadline that passed
     */
    public LakeJobTimeoutException(String message, Duration timeout) {
        super(message + " (timeout " + timeout + ")");
        this.timeout = timeout;
    }

    /**
     * The deadline that passed.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
