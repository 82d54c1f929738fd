package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListQueueUsers} (reference 5.2).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param queueName the queue
 * @param privileges the users on this page and their privileges on the queue; never {@code null}
 */
public record ListQueueUsersResponse(
        Boolean isSuccess, String message, String queueName, List<UserPrivilege> privileges)
        implements Page<UserPrivilege> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param queueName the queue
     * @param privileges the users
     */
    public ListQueueUsersResponse {
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }

    @Override
    public List<UserPrivilege> items() {
        return privileges;
    }

    @Override
    public OptionalLong totalCount() {
        return OptionalLong.empty();
    }
}
