package io.lakejob.sdk.model.permission;

import java.util.List;

/**
 * The answer to {@code GetTableUserPrivileges} (reference 5.6).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param userName the user asked about
 * @param privileges the user's privileges on the table and on its columns; never {@code null}
 */
public record GetTableUserPrivilegesResponse(
        Boolean isSuccess, String message, String userName, List<ObjectPrivilege> privileges) {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param userName the user
     * @param privileges the entries
     */
    public GetTableUserPrivilegesResponse {
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }
}
