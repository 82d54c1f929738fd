package io.lakejob.sdk.model.resource;

import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * Uploads OBS objects of one type into a resource group: jars (reference 8.3), Python files
 * (8.4) or plain files (8.5); the operation decides the type. A module with the same name is
 * replaced.
 *
 * @param paths the OBS object URLs to upload, at least one
 * @param group the resource group: 1-64 digits, letters, '.', '_' and '-'
 */
public record UploadModuleRequest(List<String> paths, String group) {
    /**
     * Validates the request.
     *
     * @param paths the OBS object URLs
     * @param group the group name
     */
    public UploadModuleRequest {
        paths = ResourceRules.paths(paths);
        ResourceRules.group("group", Validate.required("group", group));
    }

    /**
     * A request uploading the given objects into the given group.
     *
     * @param group the group name
     * @param paths the OBS object URLs
     * @return the request
     */
    public static UploadModuleRequest of(String group, List<String> paths) {
        return new UploadModuleRequest(paths, group);
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
        return new Builder().paths(paths).group(group);
    }

    /** Builds an {@link UploadModuleRequest}. */
    public static final class Builder {
        private List<String> paths = new ArrayList<>();
        private String group;

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
         * Sets the resource group (required).
         *
         * @param group the group name
         * @return this builder
         */
        public Builder group(String group) {
            this.group = group;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public UploadModuleRequest build() {
            return new UploadModuleRequest(paths, group);
        }
    }
}
