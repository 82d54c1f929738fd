package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListTableUsers} (reference 5.5).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param privileges the users and their privileges on the table or its columns; never {@code null}
 */
public record ListTableUsersResponse(Boolean isSuccess, String message, List<TableUserPrivilege> privileges)
        implements Page<TableUserPrivilege> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param privileges the entries
     */
    public ListTableUsersResponse {
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }

    @Override
    public List<TableUserPrivilege> items() {
        return privileges;
    }

    @Override
    public OptionalLong totalCount() {
        return OptionalLong.of(privileges.size());
    }
}
