package io.lakejob.sdk.model.permission;

import java.util.List;

/**
 * The privileges one user holds on a table or column (reference table 5-23).
 *
 * @param object the table ({@code databases.<db>.tables.<table>}) or column
 *     ({@code databases.<db>.tables.<table>.columns.<column>})
 * @param privileges the privileges on it; never {@code null}
 */
public record ObjectPrivilege(String object, List<Privilege> privileges) {
    /**
     * Copies the list.
     *
     * @param object the object
     * @param privileges the privileges
     */
    public ObjectPrivilege {
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }
}
