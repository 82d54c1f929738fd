package io.lakejob.sdk.model.permission;

import java.util.List;

/**
 * A user's privileges on a table or one of its columns (reference table 5-20).
 *
 * @param isAdmin whether the user is an administrator, or {@code null} if not sent
 * @param object the table ({@code databases.<db>.tables.<table>}) or column
 *     ({@code databases.<db>.tables.<table>.columns.<column>})
 * @param privileges the privileges on that object; never {@code null}
 * @param userName the user holding them
 */
public record TableUserPrivilege(Boolean isAdmin, String object, List<Privilege> privileges, String userName) {
    /**
     * Copies the list.
     *
     * @param isAdmin whether the user is an administrator
     * @param object the object
     * @param privileges the privileges
     * @param userName the user name
     */
    public TableUserPrivilege {
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }
}
