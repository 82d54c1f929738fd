package io.lakejob.sdk.model.permission;

import java.util.List;

/**
 * A user and the privileges it holds on the queue, database or object that was asked about
 * (reference tables 5-8, 5-17 and 5-28).
 *
 * @param isAdmin whether the user is an administrator, or {@code null} if not sent
 * @param userName the user name
 * @param privileges the user's privileges; never {@code null}
 */
public record UserPrivilege(Boolean isAdmin, String userName, List<Privilege> privileges) {
    /**
     * Copies the list.
     *
     * @param isAdmin whether the user is an administrator
     * @param userName the user name
     * @param privileges the privileges
     */
    public UserPrivilege {
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }
}
