package io.lakejob.sdk.model.connection;

/**
 * The answer to {@code GetConnection} (reference 12.4, table 12-19).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param connection the connection's details ({@link Connection#isPrivis()} is not reported here)
 */
public record GetConnectionResponse(Boolean isSuccess, String message, Connection connection) {}
