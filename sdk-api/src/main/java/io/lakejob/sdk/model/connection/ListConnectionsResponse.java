package io.lakejob.sdk.model.connection;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListConnections} (reference 12.3, table 12-12).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param connections the connections on this page; never {@code null}
 * @param count the number of connections returned, as the service reported it, or {@code null}
 */
public record ListConnectionsResponse(Boolean isSuccess, String message, List<Connection> connections, Integer count)
        implements Page<Connection> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param connections the connections
     * @param count the number of connections returned
     */
    public ListConnectionsResponse {
        connections = connections == null ? List.of() : List.copyOf(connections);
    }

    @Override
    public List<Connection> items() {
        return connections;
    }

    /**
     * Not reported: {@code count} is the size of this page, not a total.
     *
     * @return empty
     */
    @Override
    public OptionalLong totalCount() {
        return OptionalLong.empty();
    }
}
