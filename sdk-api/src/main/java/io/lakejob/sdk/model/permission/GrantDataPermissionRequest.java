package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * Grants, revokes or replaces a user's privileges on databases, tables, columns, Flink jobs or
 * packages (reference 5.3).
 *
 * @param userName the user who receives or loses the privileges
 * @param action {@code grant}, {@code revoke} or {@code update} (replace every privilege on each
 *     object with the listed ones)
 * @param privileges the objects and their privileges: at least one entry, each with at least one
 *     privilege unless the action is {@code update}; never {@code null}
 */
public record GrantDataPermissionRequest(String userName, PermissionAction action, List<DataPrivilege> privileges) {

    /**
     * Validates the request.
     *
     * @param userName the user
     * @param action the action
     * @param privileges the objects and privileges
     */
    public GrantDataPermissionRequest {
        PermissionRules.userName("user_name", userName);
        PermissionRules.action(action);
        privileges = Validate.list("privileges", Validate.required("privileges", privileges));
        if (privileges.isEmpty()) {
            throw new ValidationException("privileges", "must name at least one object");
        }
        for (DataPrivilege p : privileges) {
            if (p.privileges().isEmpty() && !PermissionAction.UPDATE.equals(action)) {
                throw new ValidationException(
                        "privileges", "must list privileges for " + p.object() + " unless action is update");
            }
        }
        if (privileges.stream().map(DataPrivilege::object).distinct().count() != privileges.size()) {
            throw new ValidationException("privileges", "must not name the same object twice");
        }
    }

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().userName(userName).action(action).privileges(privileges);
    }

    /** Builds a {@link GrantDataPermissionRequest}. */
    public static final class Builder {
        private String userName;
        private PermissionAction action;
        private List<DataPrivilege> privileges = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the user (required).
         *
         * @param userName the user name
         * @return this builder
         */
        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        /**
         * Sets the action (required).
         *
         * @param action grant, revoke or update
         * @return this builder
         */
        public Builder action(PermissionAction action) {
            this.action = action;
            return this;
        }

        /**
         * Replaces the objects and their privileges.
         *
         * @param privileges the entries
         * @return this builder
         */
        public Builder privileges(List<DataPrivilege> privileges) {
            this.privileges = privileges == null ? null : new ArrayList<>(privileges);
            return this;
        }

        /**
         * Adds an object with its privileges.
         *
         * @param object the object name, see {@link PermissionObjects}
         * @param privileges the privileges
         * @return this builder
         */
        public Builder addPrivilege(String object, Privilege... privileges) {
            if (this.privileges == null) {
                this.privileges = new ArrayList<>();
            }
            this.privileges.add(DataPrivilege.of(object, privileges));
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws ValidationException naming the first field that breaks a rule
         */
        public GrantDataPermissionRequest build() {
            return new GrantDataPermissionRequest(userName, action, privileges);
        }
    }
}
