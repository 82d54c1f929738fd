package io.lakejob.sdk.model.resource;

import java.time.Instant;
import java.util.List;

/**
 * A resource module built into the system (reference 8.2, table 8-11).
 *
 * @param moduleName the module name
 * @param moduleType the module type
 * @param status the upload state: {@code UPLOADING}, {@code READY} or {@code FAILED}
 * @param resources the names of the packages in the module; never {@code null}
 * @param description the module description
 * @param createTime when the module was uploaded (epoch milliseconds on the wire), or {@code null}
 * @param updateTime when the module was last updated (epoch milliseconds on the wire), or {@code null}
 */
public record ResourceModule(
        String moduleName,
        ResourceKind moduleType,
        ResourceStatus status,
        List<String> resources,
        String description,
        Instant createTime,
        Instant updateTime) {

    /**
     * Copies the lists; {@code null} becomes an empty list.
     *
     * @param moduleName the module name
     * @param moduleType the module type
     * @param status the upload state: {@code UPLOADING}, {@code READY} or {@code FAILED}
     * @param resources the names of the packages in the module; never {@code null}
     * @param description the module description
     * @param createTime when the module was uploaded (epoch milliseconds on the wire), or {@code null}
     * @param updateTime when the module was last updated (epoch milliseconds on the wire), or {@code null}
     */
    public ResourceModule {
        resources = resources == null ? List.of() : List.copyOf(resources);
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
        b.moduleName = moduleName;
        b.moduleType = moduleType;
        b.status = status;
        b.resources = resources;
        b.description = description;
        b.createTime = createTime;
        b.updateTime = updateTime;
        return b;
    }

    /** Builds a {@link ResourceModule}; used by transports. */
    public static final class Builder {
        private String moduleName;
        private ResourceKind moduleType;
        private ResourceStatus status;
        private List<String> resources;
        private String description;
        private Instant createTime;
        private Instant updateTime;

        private Builder() {}

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
         * Builds the object.
         *
         * @return the resourceModule
         */
        public ResourceModule build() {
            return new ResourceModule(moduleName, moduleType, status, resources, description, createTime, updateTime);
        }
    }
}
