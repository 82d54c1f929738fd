package io.lakejob.sdk.exception;

/**
 * The transport in use has no meaning for this operation (for example Spark batches on the
 * Flink transport). Raised before any I/O; the same call on another transport may work.
 */
public class NotSupportedException extends LakeJobException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String transport;

    /**
     * Creates a not-supported error.
     *
     * @param operation the operation's name
     * @param transport the transport's name
     */
    public NotSupportedException(String operation, String transport) {
        this(operation, transport, null);
    }

    /**
     * Creates a not-supported error with an explanation.
     *
     * @param operation the operation's name
     * @param transport the transport's name
     * @param reason why, or {@code null}
     */
    public NotSupportedException(String operation, String transport, String reason) {
        super("Operation " + operation + " is not supported by the " + transport + " transport"
                + (reason == null ? "" : ": " + reason));
        this.operation = operation;
        this.transport = transport;
    }

    /**
     * The operation that is not supported.
     *
     * @return the operation name
     */
    public String operation() {
        return operation;
    }

    /**
     * The transport that does not support it.
     *
     * @return the transport name
     */
    public String transport() {
        return transport;
    }
}
