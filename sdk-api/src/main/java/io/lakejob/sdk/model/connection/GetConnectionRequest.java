package io.lakejob.sdk.model.connection;

/**
 * Reads one enhanced datasource connection (reference 12.4).
 *
 * @param connectionId the connection (the UUID returned by {@code CreateConnection})
 */
public record GetConnectionRequest(String connectionId) {
    /**
     * Validates the request.
     *
     * @param connectionId the connection
     */
    public GetConnectionRequest {
        ConnectionRules.connectionId(connectionId);
    }

    /**
     * A request for the given connection.
     *
     * @param connectionId the connection
     * @return the request
     */
    public static GetConnectionRequest of(String connectionId) {
        return new GetConnectionRequest(connectionId);
    }
}
