package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListObjectPrivileges} (reference 5.7).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param objectName the object's name, for example {@code 9561} for {@code jobs.flink.9561}
 * @param objectType the object's type, for example {@code flink}
 * @param privileges the users on this page and their privileges; never {@code null}
 * @param count the total number of entries, or {@code null} if not sent
 */
public record ListObjectPrivilegesResponse(
        Boolean isSuccess,
        String message,
        String objectName,
        String objectType,
        List<UserPrivilege> privileges,
        Integer count)
        implements Page<UserPrivilege> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param objectName the object's name
     * @param objectType the object's type
     * @param privileges the users
     * @param count the total
     */
    public ListObjectPrivilegesResponse {
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }

    @Override
    public List<UserPrivilege> items() {
        return privileges;
    }

    @Override
    public OptionalLong totalCount() {
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }
}
