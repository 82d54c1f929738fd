package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListDatabaseUsers} (reference 5.4).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param databaseName the database
 * @param privileges the users and their privileges on the database; never {@code null}
 */
public record ListDatabaseUsersResponse(
        Boolean isSuccess, String message, String databaseName, List<UserPrivilege> privileges)
        implements Page<UserPrivilege> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param databaseName the database
     * @param privileges the users
     */
    public ListDatabaseUsersResponse {
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }

    @Override
    public List<UserPrivilege> items() {
        return privileges;
    }

    @Override
    public OptionalLong totalCount() {
        return OptionalLong.of(privileges.size());
    }
}
