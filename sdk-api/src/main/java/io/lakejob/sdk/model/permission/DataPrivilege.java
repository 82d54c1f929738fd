package io.lakejob.sdk.model.permission;

import java.util.Arrays;
import java.util.List;

/**
 * One object and the privileges to grant, revoke or set on it, inside a data permission request
 * (reference 5.3, table 5-12).
 *
 * @param object the object, for example {@code databases.db1.tables.tb2}; see {@link PermissionObjects}
 * @param privileges the privileges; never {@code null}, may be empty (only meaningful with
 *     {@code update}, where it revokes every privilege on the object)
 */
public record DataPrivilege(String object, List<Privilege> privileges) {
    /**
     * Validates the entry.
     *
     * @param object the object
     * @param privileges the privileges
     */
    public DataPrivilege {
        PermissionObjects.validate("object", io.lakejob.sdk.internal.Validate.required("object", object));
        privileges = PermissionRules.privileges("privileges", privileges, PermissionAction.UPDATE);
    }

    /**
     * An entry for the given object.
     *
     * @param object the object name
     * @param privileges the privileges
     * @return the entry
     */
    public static DataPrivilege of(String object, Privilege... privileges) {
        return new DataPrivilege(object, privileges == null ? null : Arrays.asList(privileges));
    }
}
