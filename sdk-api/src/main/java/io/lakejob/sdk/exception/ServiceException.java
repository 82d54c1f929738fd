package io.lakejob.sdk.exception;

/**
 * The service (or cluster) answered with an error: it keeps the HTTP status, the service's
 * {@code error_code} (for example {@code DLI.0002}), its {@code error_msg} and the request id.
 */
public class ServiceException extends LakeJobException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final boolean retryable;

    /**
     * Creates a service error.
     *
     * @param statusCode the HTTP status, or 0 when there was none (a local transport)
     * @param errorCode the service error code, or {@code null}
     * @param errorMessage the service error message, or {@code null}
     * @param requestId the request id the service reported, or {@code null}
     * @param retryable whether the failure is transient
     */
    public ServiceException(
            int statusCode, String errorCode, String errorMessage, String requestId, boolean retryable) {
        this(statusCode, errorCode, errorMessage, requestId, retryable, null);
    }

    /**
     * Creates a service error with a cause.
     *
     * @param statusCode the HTTP status, or 0 when there was none (a local transport)
     * @param errorCode the service error code, or {@code null}
     * @param errorMessage the service error message, or {@code null}
     * @param requestId the request id the service reported, or {@code null}
     * @param retryable whether the failure is transient
     * @param cause the underlying failure, or {@code null}
     */
    public ServiceException(
            int statusCode,
            String errorCode,
            String errorMessage,
            String requestId,
            boolean retryable,
            Throwable cause) {
        super(describe(statusCode, errorCode, errorMessage, requestId), cause);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.retryable = retryable;
    }

    private static String describe(int status, String code, String msg, String requestId) {
        StringBuilder sb = new StringBuilder("Service error");
        if (status > 0) {
            sb.append(" (HTTP ").append(status).append(')');
        }
        if (code != null) {
            sb.append(' ').append(code);
        }
        if (msg != null) {
            sb.append(": ").append(msg);
        }
        if (requestId != null) {
            sb.append(" [request id ").append(requestId).append(']');
        }
        return sb.toString();
    }

    /**
     * The HTTP status code, or 0 when the transport has none.
     *
     * @return the status code
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The service's {@code error_code}, for example {@code DLI.0002}.
     *
     * @return the code, or {@code null} if the service sent none
     */
    public String errorCode() {
        return errorCode;
    }

    /**
     * The service's {@code error_msg}.
     *
     * @return the message, or {@code null} if the service sent none
     */
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * The request id reported by the service (header {@code X-Request-Id}).
     *
     * @return the request id, or {@code null}
     */
    public String requestId() {
        return requestId;
    }

    @Override
    public boolean retryable() {
        return retryable;
    }
}
