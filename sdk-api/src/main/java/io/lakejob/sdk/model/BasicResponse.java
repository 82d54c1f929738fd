package io.lakejob.sdk.model;

/**
 * The answer of an operation that returns only its outcome.
 *
 * @param isSuccess whether the request succeeded, as the service reported ({@code null} if not sent)
 * @param message the service's message; may be empty
 */
public record BasicResponse(Boolean isSuccess, String message) {
    /**
     * A successful response with a message.
     *
     * @param message the message, or {@code null}
     * @return the response
     */
    public static BasicResponse success(String message) {
        return new BasicResponse(Boolean.TRUE, message);
    }
}
