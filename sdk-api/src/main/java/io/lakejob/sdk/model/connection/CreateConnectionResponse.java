package io.lakejob.sdk.model.connection;

/**
 * The answer to {@code CreateConnection} (reference 12.1, table 12-5).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param connectionId the new connection's id (a UUID)
 */
public record CreateConnectionResponse(Boolean isSuccess, String message, String connectionId) {}
