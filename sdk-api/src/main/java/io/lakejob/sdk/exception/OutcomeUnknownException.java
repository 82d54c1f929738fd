package io.lakejob.sdk.exception;

/**
 * A request that creates or submits something may or may not have taken effect: it was sent,
 * but no answer came back, or one that could not be read (a success status with a body that is
 * not the documented JSON, or one larger than the transport's limit). The SDK does not resend it,
 * because that could run the work twice.
 * Use {@link #clientToken()} to look the result up (the token was sent with the request, as a
 * tag where the operation supports tags).
 */
public class OutcomeUnknownException extends LakeJobException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String clientToken;

    /**
     * Creates an outcome-unknown error.
     *
     * @param operation the operation that was sent
     * @param clientToken the client token sent with it, or {@code null} if the operation carries none
     * @param cause the failure that hid the outcome
     */
    public OutcomeUnknownException(String operation, String clientToken, Throwable cause) {
        this(operation, clientToken, "the request was sent but no answer arrived", cause);
    }

    /**
     * Creates an outcome-unknown error saying why the outcome is unknown.
     *
     * @param operation the operation that was sent
     * @param clientToken the client token sent with it, or {@code null} if the operation carries none
     * @param why why the outcome is unknown, free of secrets (for example: the answer could not be
     *     read)
     * @param cause the failure that hid the outcome
     */
    public OutcomeUnknownException(String operation, String clientToken, String why, Throwable cause) {
        super(
                "The outcome of " + operation + " is unknown: " + why
                        + (clientToken == null ? "" : "; reconcile with client token " + clientToken),
                cause);
        this.operation = operation;
        this.clientToken = clientToken;
    }

    /**
     * The operation whose outcome is unknown.
     *
     * @return the operation name
     */
    public String operation() {
        return operation;
    }

    /**
     * The client token that was sent with the request, to find what it created.
     *
     * @return the token, or {@code null}
     */
    public String clientToken() {
        return clientToken;
    }
}
