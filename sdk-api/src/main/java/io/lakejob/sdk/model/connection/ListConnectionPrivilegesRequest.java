package io.lakejob.sdk.model.connection;

/**
 * Lists the privileges granted on an enhanced datasource connection (reference 12.8).
 *
 * @param connectionId the connection (the UUID returned by {@code CreateConnection})
 */
public record ListConnectionPrivilegesRequest(String connectionId) {
    /**
     * Validates the request.
     *
     * @param connectionId the connection
     */
    public ListConnectionPrivilegesRequest {
        ConnectionRules.connectionId(connectionId);
    }

    /**
     * A request for the given connection.
     *
     * @param connectionId the connection
     * @return the request
     */
    public static ListConnectionPrivilegesRequest of(String connectionId) {
        return new ListConnectionPrivilegesRequest(connectionId);
    }
}
