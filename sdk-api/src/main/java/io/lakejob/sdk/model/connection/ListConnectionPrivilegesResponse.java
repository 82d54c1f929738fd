package io.lakejob.sdk.model.connection;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListConnectionPrivileges} (reference 12.8, table 12-38). Not paged.
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param connectionId the connection's id
 * @param privileges the privileges granted to each project; never {@code null}
 */
public record ListConnectionPrivilegesResponse(
        Boolean isSuccess, String message, String connectionId, List<ConnectionPrivilege> privileges)
        implements Page<ConnectionPrivilege> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param connectionId the connection's id
     * @param privileges the privileges
     */
    public ListConnectionPrivilegesResponse {
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }

    @Override
    public List<ConnectionPrivilege> items() {
        return privileges;
    }

    @Override
    public OptionalLong totalCount() {
        return OptionalLong.of(privileges.size());
    }
}
