package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Grants, revokes or replaces a user's privileges on a queue (reference 5.1).
 *
 * @param queueName the queue to share
 * @param userName the user who receives or loses the privileges
 * @param action {@code grant}, {@code revoke} or {@code update} (replace every privilege with the
 *     listed ones)
 * @param privileges the privileges, each one of {@link Privilege#QUEUE_PRIVILEGES}; empty only with
 *     {@code update}, where it revokes every privilege on the queue; never {@code null}
 */
public record GrantQueuePermissionRequest(
        String queueName, String userName, PermissionAction action, List<Privilege> privileges) {

    /**
     * Validates the request.
     *
     * @param queueName the queue
     * @param userName the user
     * @param action the action
     * @param privileges the privileges
     */
    public GrantQueuePermissionRequest {
        Validate.queueName("queue_name", Validate.required("queue_name", queueName));
        PermissionRules.userName("user_name", userName);
        PermissionRules.action(action);
        privileges = PermissionRules.privileges("privileges", privileges, action);
        for (Privilege p : privileges) {
            if (!Privilege.QUEUE_PRIVILEGES.contains(p)) {
                throw new ValidationException(
                        "privileges",
                        "must hold only queue privileges (SUBMIT_JOB, CANCEL_JOB, DROP_QUEUE, GRANT_PRIVILEGE,"
                                + " REVOKE_PRIVILEGE, SHOW_PRIVILEGE, RESTART, SCALE_QUEUE), was " + p);
            }
        }
    }

    /**
     * Grants privileges on a queue.
     *
     * @param queueName the queue
     * @param userName the user
     * @param privileges the privileges
     * @return the request
     */
    public static GrantQueuePermissionRequest grant(String queueName, String userName, Privilege... privileges) {
        return new GrantQueuePermissionRequest(
                queueName, userName, PermissionAction.GRANT, privileges == null ? null : Arrays.asList(privileges));
    }

    /**
     * Revokes privileges on a queue.
     *
     * @param queueName the queue
     * @param userName the user
     * @param privileges the privileges
     * @return the request
     */
    public static GrantQueuePermissionRequest revoke(String queueName, String userName, Privilege... privileges) {
        return new GrantQueuePermissionRequest(
                queueName, userName, PermissionAction.REVOKE, privileges == null ? null : Arrays.asList(privileges));
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
        return new Builder()
                .queueName(queueName)
                .userName(userName)
                .action(action)
                .privileges(privileges);
    }

    /** Builds a {@link GrantQueuePermissionRequest}. */
    public static final class Builder {
        private String queueName;
        private String userName;
        private PermissionAction action;
        private List<Privilege> privileges = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the queue (required).
         *
         * @param queueName the queue name
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

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
         * Replaces the privileges.
         *
         * @param privileges the privileges
         * @return this builder
         */
        public Builder privileges(List<Privilege> privileges) {
            this.privileges = privileges == null ? null : new ArrayList<>(privileges);
            return this;
        }

        /**
         * Adds privileges.
         *
         * @param privileges the privileges to add
         * @return this builder
         */
        public Builder addPrivileges(Privilege... privileges) {
            if (this.privileges == null) {
                this.privileges = new ArrayList<>();
            }
            this.privileges.addAll(Arrays.asList(privileges));
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws ValidationException naming the first field that breaks a rule
         */
        public GrantQueuePermissionRequest build() {
            return new GrantQueuePermissionRequest(queueName, userName, action, privileges);
        }
    }
}
