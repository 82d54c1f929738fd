package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.List;
import java.util.regex.Pattern;

/** Rules shared by the permission requests. */
final class PermissionRules {
    /** Privilege names: a letter, then letters, digits and underscores. */
    private static final Pattern PRIVILEGE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** Database names: digits, letters and '_', not all digits, not starting with '_', at most 128. */
    private static final Pattern DATABASE = Pattern.compile("(?!_)(?![0-9]+$)[A-Za-z0-9_]{1,128}");

    /** Table names: as database names, and '$' is allowed. */
    private static final Pattern TABLE = Pattern.compile("(?!_)(?![0-9]+$)[A-Za-z0-9_$]{1,128}");

    private PermissionRules() {}

    /**
     * A user name: required, not blank, no surrounding white space, safe as a path segment.
     *
     * @param field the field name
     * @param value the value
     * @return the value
     */
    static String userName(String field, String value) {
        Validate.requiredText(field, value, 1, 256);
        Validate.pathSegment(field, value);
        if (!value.strip().equals(value)) {
            throw new ValidationException(field, "must not start or end with white space");
        }
        return value;
    }

    static String databaseName(String value) {
        Validate.pathSegment("database_name", Validate.required("database_name", value));
        return Validate.matches(
                "database_name",
                value,
                DATABASE,
                "must be 1-128 digits, letters and underscores, not all digits and not start with '_'");
    }

    static String tableName(String value) {
        Validate.pathSegment("table_name", Validate.required("table_name", value));
        return Validate.matches(
                "table_name",
                value,
                TABLE,
                "must be 1-128 digits, letters, underscores and '$', not all digits and not start with '_'");
    }

    /**
     * The action: required and one of grant, revoke, update.
     *
     * @param action the action
     * @return the action
     */
    static PermissionAction action(PermissionAction action) {
        Validate.required("action", action);
        if (!action.isKnown()) {
            throw new ValidationException("action", "must be one of grant, revoke, update, was " + action);
        }
        return action;
    }

    /**
     * A privilege list: copied; each name well formed; empty only with {@code update}.
     *
     * @param field the field name
     * @param privileges the privileges
     * @param action the action
     * @return an immutable copy
     */
    static List<Privilege> privileges(String field, List<Privilege> privileges, PermissionAction action) {
        List<Privilege> copy = Validate.list(field, Validate.required(field, privileges));
        for (Privilege p : copy) {
            Validate.matches(field, p.value(), PRIVILEGE, "must hold privilege names such as SELECT or SUBMIT_JOB");
        }
        if (copy.isEmpty() && !PermissionAction.UPDATE.equals(action)) {
            throw new ValidationException(field, "must not be empty unless action is update (which revokes all)");
        }
        if (copy.stream().distinct().count() != copy.size()) {
            throw new ValidationException(field, "must not repeat a privilege");
        }
        return copy;
    }
}
