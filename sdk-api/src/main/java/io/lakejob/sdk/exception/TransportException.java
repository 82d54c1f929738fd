package io.lakejob.sdk.exception;

/**
 * The request could not be carried out because of an I/O failure between the SDK and the
 * service or cluster (connection refused, reset, unreadable response). When it is known
 * that the request was never sent, it is safe to retry.
 */
public class TransportException extends LakeJobException {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    /**
     * Creates a transport error.
     *
     * @param message what failed, free of secrets
     * @param cause the I/O failure
     * @param retryable whether a retry is safe and may succeed
     */
    public TransportException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    @Override
    public boolean retryable() {
        return retryable;
    }
}
