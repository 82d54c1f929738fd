package io.lakejob.sdk.model.resource;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Uploads OBS objects as a resource group (reference 8.1; the console's "create package").
 *
 * @param paths the OBS object URLs to upload, at least one
 * @param kind the file type: {@code jar}, {@code pyFile}, {@code file} or {@code modelFile}; use
 *     {@code file} when one upload mixes several types
 * @param group the name of the group to create: 1-64 digits, letters, '.', '_' and '-'
 * @param isAsync whether to upload asynchronously (recommended); {@code null} means {@code false}
 * @param tags the resource tags; never {@code null}
 */
public record UploadResourcesRequest(
        List<String> paths, ResourceKind kind, String group, Boolean isAsync, List<Tag> tags) {

    /**
     * Validates the request.
     *
     * @param paths the OBS object URLs
     * @param kind the file type
     * @param group the group name
     * @param isAsync whether to upload asynchronously
     * @param tags the tags
     */
    public UploadResourcesRequest {
        paths = ResourceRules.paths(paths);
        Validate.required("kind", kind);
        if (!kind.isKnown()) {
            throw new ValidationException("kind", "must be one of " + ResourceKind.knownValues() + ", was " + kind);
        }
        ResourceRules.group("group", Validate.required("group", group));
        tags = Validate.list("tags", tags);
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
                .paths(paths)
                .kind(kind)
                .group(group)
                .isAsync(isAsync)
                .tags(tags);
    }

    /** Builds an {@link UploadResourcesRequest}. */
    public static final class Builder {
        private List<String> paths = new ArrayList<>();
        private ResourceKind kind;
        private String group;
        private Boolean isAsync;
        private List<Tag> tags = new ArrayList<>();

        private Builder() {}

        /**
         * Replaces the OBS object URLs (at least one is required).
         *
         * @param paths the URLs
         * @return this builder
         */
        public Builder paths(List<String> paths) {
            this.paths = paths == null ? new ArrayList<>() : new ArrayList<>(paths);
            return this;
        }

        /**
         * Adds an OBS object URL.
         *
         * @param path the URL
         * @return this builder
         */
        public Builder addPath(String path) {
            this.paths.add(path);
            return this;
        }

        /**
         * Sets the file type (required).
         *
         * @param kind the type
         * @return this builder
         */
        public Builder kind(ResourceKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the name of the group to create (required).
         *
         * @param group the group name
         * @return this builder
         */
        public Builder group(String group) {
            this.group = group;
            return this;
        }

        /**
         * Sets whether to upload asynchronously.
         *
         * @param isAsync the flag
         * @return this builder
         */
        public Builder isAsync(Boolean isAsync) {
            this.isAsync = isAsync;
            return this;
        }

        /**
         * Replaces the tags.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
            return this;
        }

        /**
         * Adds a tag.
         *
         * @param key the tag key
         * @param value the tag value
         * @return this builder
         */
        public Builder addTag(String key, String value) {
            this.tags.add(Tag.of(key, value));
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws ValidationException naming the first field that breaks a rule
         */
        public UploadResourcesRequest build() {
            return new UploadResourcesRequest(paths, kind, group, isAsync, tags);
        }
    }
}
