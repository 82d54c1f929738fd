package io.lakejob.sdk.model.resource;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;

/**
 * Changes the owner of a resource group, of a package, or of a package inside a group
 * (reference 8.8). Give {@code group_name} alone for a group, {@code resource_name} alone for a
 * package, or both for a package inside a group; at least one of them is required.
 *
 * @param newOwner the new owner's user name: 5-32 digits, letters, '_' and '-', not starting with a digit
 * @param groupName the group: 1-64 digits, letters, '.', '_' and '-'; or {@code null}
 * @param resourceName the package: 1-128 digits, letters, '_', '!', '-' and '.', not starting
 *     with '.'; or {@code null}
 */
public record UpdateResourceOwnerRequest(String newOwner, String groupName, String resourceName) {
    /**
     * Validates the request.
     *
     * @param newOwner the new owner
     * @param groupName the group, or {@code null}
     * @param resourceName the package, or {@code null}
     */
    public UpdateResourceOwnerRequest {
        ResourceRules.userName("new_owner", Validate.required("new_owner", newOwner));
        if (groupName == null && resourceName == null) {
            throw new ValidationException("group_name", "is required unless resource_name is given");
        }
        ResourceRules.group("group_name", groupName);
        ResourceRules.resourceName("resource_name", resourceName);
    }

    /**
     * A request changing a group's owner.
     *
     * @param groupName the group
     * @param newOwner the new owner
     * @return the request
     */
    public static UpdateResourceOwnerRequest ofGroup(String groupName, String newOwner) {
        return new UpdateResourceOwnerRequest(newOwner, groupName, null);
    }

    /**
     * A request changing a package's owner.
     *
     * @param resourceName the package
     * @param newOwner the new owner
     * @return the request
     */
    public static UpdateResourceOwnerRequest ofResource(String resourceName, String newOwner) {
        return new UpdateResourceOwnerRequest(newOwner, null, resourceName);
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
        return new Builder().newOwner(newOwner).groupName(groupName).resourceName(resourceName);
    }

    /** Builds an {@link UpdateResourceOwnerRequest}. */
    public static final class Builder {
        private String newOwner;
        private String groupName;
        private String resourceName;

        private Builder() {}

        /**
         * Sets the new owner (required).
         *
         * @param newOwner the user name
         * @return this builder
         */
        public Builder newOwner(String newOwner) {
            this.newOwner = newOwner;
            return this;
        }

        /**
         * Sets the group.
         *
         * @param groupName the group name
         * @return this builder
         */
        public Builder groupName(String groupName) {
            this.groupName = groupName;
            return this;
        }

        /**
         * Sets the package.
         *
         * @param resourceName the package name
         * @return this builder
         */
        public Builder resourceName(String resourceName) {
            this.resourceName = resourceName;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws ValidationException naming the first field that breaks a rule
         */
        public UpdateResourceOwnerRequest build() {
            return new UpdateResourceOwnerRequest(newOwner, groupName, resourceName);
        }
    }
}
