package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.internal.Validate;

/**
 * Lists the users holding privileges on an object and their privileges, one page (reference 5.7).
 * Paged with {@code limit}/{@code offset}.
 *
 * @param object the object (query parameter), as in the grant APIs, for example
 *     {@code jobs.flink.9561}, {@code groups.<group>}, {@code resources.<package>} or
 *     {@code resources.<group>/<package>}; see {@link PermissionObjects}
 * @param offset the offset of the first entry, or {@code null} for the service's default
 * @param limit the page size, or {@code null} for the service's default
 */
public record ListObjectPrivilegesRequest(String object, Integer offset, Integer limit) {
    /**
     * Validates the request.
     *
     * @param object the object
     * @param offset the offset
     * @param limit the page size
     */
    public ListObjectPrivilegesRequest {
        PermissionObjects.validate("object", Validate.required("object", object));
        Validate.range("offset", offset, 0, Integer.MAX_VALUE);
        Validate.range("limit", limit, 1, Integer.MAX_VALUE);
    }

    /**
     * The request for an object, with the service's default paging.
     *
     * @param object the object
     * @return the request
     */
    public static ListObjectPrivilegesRequest of(String object) {
        return new ListObjectPrivilegesRequest(object, null, null);
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
        return new Builder().object(object).offset(offset).limit(limit);
    }

    /** Builds a {@link ListObjectPrivilegesRequest}. */
    public static final class Builder {
        private String object;
        private Integer offset;
        private Integer limit;

        private Builder() {}

        /**
         * Sets the object (required).
         *
         * @param object the object name
         * @return this builder
         */
        public Builder object(String object) {
            this.object = object;
            return this;
        }

        /**
         * Sets the offset.
         *
         * @param offset at least 0
         * @return this builder
         */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Sets the page size.
         *
         * @param limit at least 1
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public ListObjectPrivilegesRequest build() {
            return new ListObjectPrivilegesRequest(object, offset, limit);
        }
    }
}
