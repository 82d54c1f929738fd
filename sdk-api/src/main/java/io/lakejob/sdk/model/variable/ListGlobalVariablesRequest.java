package io.lakejob.sdk.model.variable;

import io.lakejob.sdk.internal.Validate;

/**
 * Lists the project's global variables, one page (reference 13.4). Paged with {@code limit}/{@code offset}.
 *
 * @param limit the page size, or {@code null} for the service's default (100)
 * @param offset the offset of the first entry, or {@code null} for 0
 */
public record ListGlobalVariablesRequest(Integer limit, Integer offset) {
    /** The service's default page size. */
    public static final int DEFAULT_LIMIT = 100;

    /**
     * Validates the request.
     *
     * @param limit the page size
     * @param offset the offset
     */
    public ListGlobalVariablesRequest {
        Validate.range("limit", limit, 1, Integer.MAX_VALUE);
        Validate.range("offset", offset, 0, Integer.MAX_VALUE);
    }

    /**
     * The first page with the service's default size.
     *
     * @return the request
     */
    public static ListGlobalVariablesRequest firstPage() {
        return new ListGlobalVariablesRequest(null, null);
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
        return new Builder().limit(limit).offset(offset);
    }

    /** Builds a {@link ListGlobalVariablesRequest}. */
    public static final class Builder {
        private Integer limit;
        private Integer offset;

        private Builder() {}

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
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public ListGlobalVariablesRequest build() {
            return new ListGlobalVariablesRequest(limit, offset);
        }
    }
}
