package io.lakejob.sdk.exception;

/**
 * The root of every error this SDK throws. All SDK errors are unchecked.
 *
 * <p>Messages never contain secrets (secret keys, tokens, passwords).
 */
public class LakeJobException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message what went wrong, free of secrets
     */
    public LakeJobException(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message what went wrong, free of secrets
     * @param cause the underlying failure, or {@code null}
     */
    public LakeJobException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether repeating the same call may succeed. The SDK's own retry layer has already
     * retried what it safely could; this tells a caller whether a later, deliberate retry is
     * sensible.
     *
     * @return {@code true} if the failure is transient
     */
    public boolean retryable() {
        return false;
    }
}
