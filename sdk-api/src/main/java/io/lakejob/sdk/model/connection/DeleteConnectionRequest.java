package io.lakejob.sdk.model.connection;

/**
 * Deletes an enhanced datasource connection (reference 12.2). A connection still being created cannot be deleted.
 *
 * @param connectionId the connection to delete (the UUID returned by {@code CreateConnection})
 */
public record DeleteConnectionRequest(String connectionId) {
    /**
     * Validates the request.
     *
     * @param connectionId the connection to delete
     */
    public DeleteConnectionRequest {
        ConnectionRules.connectionId(connectionId);
    }

    /**
     * A request for the given connection.
     *
     * @param connectionId the connection to delete
     * @return the request
     */
    public static DeleteConnectionRequest of(String connectionId) {
        return new DeleteConnectionRequest(connectionId);
    }
}
