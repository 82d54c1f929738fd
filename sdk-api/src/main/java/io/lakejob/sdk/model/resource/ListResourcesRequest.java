package io.lakejob.sdk.model.resource;

import io.lakejob.sdk.exception.ValidationException;

/**
 * Lists the project's resources, groups and built-in modules (reference 8.2). Not paged.
 *
 * @param kind filter by file type ({@code jar}, {@code pyFile}, {@code file}, {@code modelFile}), or {@code null}
 * @param tags a tag filter as the service expects it, or {@code null}
 */
public record ListResourcesRequest(ResourceKind kind, String tags) {
    /**
     * Validates the request.
     *
     * @param kind the type filter
     * @param tags the tag filter
     */
    public ListResourcesRequest {
        if (kind != null && !kind.isKnown()) {
            throw new ValidationException("kind", "must be one of " + ResourceKind.knownValues() + ", was " + kind);
        }
    }

    /**
     * A request with no filters.
     *
     * @return the request
     */
    public static ListResourcesRequest all() {
        return new ListResourcesRequest(null, null);
    }

    /**
     * A request for the resources of one type.
     *
     * @param kind the type
     * @return the request
     */
    public static ListResourcesRequest ofKind(ResourceKind kind) {
        return new ListResourcesRequest(kind, null);
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
        return new Builder().kind(kind).tags(tags);
    }

    /** Builds a {@link ListResourcesRequest}. */
    public static final class Builder {
        private ResourceKind kind;
        private String tags;

        private Builder() {}

        /**
         * Sets the type filter.
         *
         * @param kind the type
         * @return this builder
         */
        public Builder kind(ResourceKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the tag filter.
         *
         * @param tags the filter
         * @return this builder
         */
        public Builder tags(String tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         */
        public ListResourcesRequest build() {
            return new ListResourcesRequest(kind, tags);
        }
    }
}
