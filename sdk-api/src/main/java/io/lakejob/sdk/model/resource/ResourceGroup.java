package io.lakejob.sdk.model.resource;

import java.time.Instant;
import java.util.List;

/**
 * A resource group: the answer of an upload (reference 8.1 table 8-4, 8.3 table 8-15, 8.4
 * table 8-20, 8.5 table 8-25) and an element of {@code groups} in the list (8.2).
 *
 * @param groupName the group name
 * @param status the upload state of the group
 * @param resources the names of the packages in the group; never {@code null}
 * @param details the details of each package; never {@code null}
 * @param createTime when the group was uploaded (epoch milliseconds on the wire), or {@code null}
 * @param updateTime when the group was last updated (epoch milliseconds on the wire), or {@code null}
 * @param isAsync whether the packages were uploaded asynchronously, or {@code null}
 * @param owner the owner, or {@code null}
 * @param description the module description (8.3-8.5), or {@code null}
 * @param moduleName the module name (8.3-8.5), or {@code null}
 * @param moduleType the module type (8.3-8.5): {@code jar}, {@code pyFile} or {@code file}; or {@code null}
 */
public record ResourceGroup(
        String groupName,
        ResourceStatus status,
        List<String> resources,
        List<Resource> details,
        Instant createTime,
        Instant updateTime,
        Boolean isAsync,
        String owner,
        String description,
        String moduleName,
        ResourceKind moduleType) {

    /**
     * Copies the lists; {@code null} becomes an empty list.
     *
     * @param groupName the group name
     * @param status the upload state of the group
     * @param resources the names of the packages in the group; never {@code null}
     * @param details the details of each package; never {@code null}
     * @param createTime when the group was uploaded (epoch milliseconds on the wire), or {@code null}
     * @param updateTime when the group was last updated (epoch milliseconds on the wire), or {@code null}
     * @param isAsync whether the packages were uploaded asynchronously, or {@code null}
     * @param owner the owner, or {@code null}
     * @param description the module description (8.3-8.5), or {@code null}
     * @param moduleName the module name (8.3-8.5), or {@code null}
     * @param moduleType the module type (8.3-8.5): {@code jar}, {@code pyFile} or {@code file}; or {@code null}
     */
    public ResourceGroup {
        resources = resources == null ? List.of() : List.copyOf(resources);
        details = details == null ? List.of() : List.copyOf(details);
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
     * A builder holding this object's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.groupName = groupName;
        b.status = status;
        b.resources = resources;
        b.details = details;
        b.createTime = createTime;
        b.updateTime = updateTime;
        b.isAsync = isAsync;
        b.owner = owner;
        b.description = description;
        b.moduleName = moduleName;
        b.moduleType = moduleType;
        return b;
    }

    /** Builds a {@link ResourceGroup}; used by transports. */
    public static final class Builder {
        private String groupName;
        private ResourceStatus status;
        private List<String> resources;
        private List<Resource> details;
        private Instant createTime;
        private Instant updateTime;
        private Boolean isAsync;
        private String owner;
        private String description;
        private String moduleName;
        private ResourceKind moduleType;

        private Builder() {}

        /**
         * Sets the group name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder groupName(String v) {
            groupName = v;
            return this;
        }

        /**
         * Sets the upload state.
         *
         * @param v the value
         * @return this builder
         */
        public Builder status(ResourceStatus v) {
            status = v;
            return this;
        }

        /**
         * Sets the package names.
         *
         * @param v the value
         * @return this builder
         */
        public Builder resources(List<String> v) {
            resources = v;
            return this;
        }

        /**
         * Sets the package details.
         *
         * @param v the value
         * @return this builder
         */
        public Builder details(List<Resource> v) {
            details = v;
            return this;
        }

        /**
         * Sets the upload time.
         *
         * @param v the value
         * @return this builder
         */
        public Builder createTime(Instant v) {
            createTime = v;
            return this;
        }

        /**
         * Sets the update time.
         *
         * @param v the value
         * @return this builder
         */
        public Builder updateTime(Instant v) {
            updateTime = v;
            return this;
        }

        /**
         * Sets whether the upload was asynchronous.
         *
         * @param v the value
         * @return this builder
         */
        public Builder isAsync(Boolean v) {
            isAsync = v;
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param v the value
         * @return this builder
         */
        public Builder owner(String v) {
            owner = v;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param v the value
         * @return this builder
         */
        public Builder description(String v) {
            description = v;
            return this;
        }

        /**
         * Sets the module name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder moduleName(String v) {
            moduleName = v;
            return this;
        }

        /**
         * Sets the module type.
         *
         * @param v the value
         * @return this builder
         */
        public Builder moduleType(ResourceKind v) {
            moduleType = v;
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the resourceGroup
         */
        public ResourceGroup build() {
            return new ResourceGroup(
                    groupName,
                    status,
                    resources,
                    details,
                    createTime,
                    updateTime,
                    isAsync,
                    owner,
                    description,
                    moduleName,
                    moduleType);
        }
    }
}
