package io.lakejob.sdk.model.resource;

import java.time.Instant;

/**
 * A resource package: one uploaded file, as listed (reference 8.2, table 8-10), as a
 * group's detail (8.1 table 8-5, 8.3-8.5) or as described (8.6, table 8-30).
 *
 * @param createTime when the package was uploaded (epoch milliseconds on the wire), or {@code null}
 * @param updateTime when the package was last updated (epoch milliseconds on the wire), or {@code null}
 * @param resourceType the resource type, for example {@code jar}
 * @param resourceName the resource name
 * @param status the upload state: {@code UPLOADING}, {@code READY} or {@code FAILED}
 * @param underlyingName the package's name inside the queue
 * @param owner the package's owner (8.2, 8.6), or {@code null}
 * @param isAsync whether it was uploaded asynchronously (group details only), or {@code null}
 */
public record Resource(
        Instant createTime,
        Instant updateTime,
        ResourceKind resourceType,
        String resourceName,
        ResourceStatus status,
        String underlyingName,
        String owner,
        Boolean isAsync) {

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
        b.createTime = createTime;
        b.updateTime = updateTime;
        b.resourceType = resourceType;
        b.resourceName = resourceName;
        b.status = status;
        b.underlyingName = underlyingName;
        b.owner = owner;
        b.isAsync = isAsync;
        return b;
    }

    /** Builds a {@link Resource}; used by transports. */
    public static final class Builder {
        private Instant createTime;
        private Instant updateTime;
        private ResourceKind resourceType;
        private String resourceName;
        private ResourceStatus status;
        private String underlyingName;
        private String owner;
        private Boolean isAsync;

        private Builder() {}

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
         * Sets the resource type.
         *
         * @param v the value
         * @return this builder
         */
        public Builder resourceType(ResourceKind v) {
            resourceType = v;
            return this;
        }

        /**
         * Sets the resource name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder resourceName(String v) {
            resourceName = v;
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
         * Sets the name inside the queue.
         *
         * @param v the value
         * @return this builder
         */
        public Builder underlyingName(String v) {
            underlyingName = v;
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
         * Builds the object.
         *
         * @return the resource
         */
        public Resource build() {
            return new Resource(
                    createTime, updateTime, resourceType, resourceName, status, underlyingName, owner, isAsync);
        }
    }
}
