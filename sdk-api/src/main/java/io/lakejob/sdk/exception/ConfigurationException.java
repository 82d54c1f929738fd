package io.lakejob.sdk.exception;

/**
 * The client was configured in a way that cannot work: a missing or contradictory setting,
 * or no (or more than one) transport for the endpoint. Raised by the client builder, before
 * any I/O.
 */
public class ConfigurationException extends LakeJobException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a configuration error.
     *
     * @param message what is wrong and how to fix it
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * Creates a configuration error with a cause.
     *
     * @param message what is wrong and how to fix it
     * @param cause the underlying failure
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
