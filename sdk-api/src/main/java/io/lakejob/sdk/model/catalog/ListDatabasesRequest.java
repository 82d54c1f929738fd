package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;

/**
 * Lists the project's databases (reference 7.1.3). Paged with {@code limit}/{@code offset}.
 *
 * @param withPriv whether to return permission information ({@code with-priv}); {@code null} means false
 * @param offset the offset of the first database, at least 0; {@code null} means 0
 * @param limit the number of databases to return, at least 0; {@code null} returns every database
 * @param keyword a fragment of the database name to filter by (fuzzy match), or {@code null}
 * @param tags a tag filter {@code key=value[,key=value...]} (fuzzy match on all tags), or {@code null};
 *     the transport escapes {@code =} and {@code ,} in the query string
 */
public record ListDatabasesRequest(Boolean withPriv, Integer offset, Integer limit, String keyword, String tags) {
    /**
     * Validates the request.
     *
     * @param withPriv whether to return permissions
     * @param offset the offset
     * @param limit the limit
     * @param keyword the name filter
     * @param tags the tag filter
     */
    public ListDatabasesRequest {
        Validate.range("offset", offset, 0, Integer.MAX_VALUE);
        Validate.range("limit", limit, 0, Integer.MAX_VALUE);
        if (tags != null) {
            for (String pair : tags.split(",", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new ValidationException(
                            "tags", "must be key=value pairs separated by ',', was '" + tags + "'");
                }
            }
        }
    }

    /**
     * A request with no filters: every database in one answer.
     *
     * @return the request
     */
    public static ListDatabasesRequest all() {
        return builder().build();
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
                .withPriv(withPriv)
                .offset(offset)
                .limit(limit)
                .keyword(keyword)
                .tags(tags);
    }

    /** Builds a {@link ListDatabasesRequest}. */
    public static final class Builder {
        private Boolean withPriv;
        private Integer offset;
        private Integer limit;
        private String keyword;
        private String tags;

        private Builder() {}

        /**
         * Sets whether permission information is returned.
         *
         * @param withPriv the flag
         * @return this builder
         */
        public Builder withPriv(Boolean withPriv) {
            this.withPriv = withPriv;
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
         * Sets the number of databases to return.
         *
         * @param limit at least 0
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets the name filter.
         *
         * @param keyword a fragment of the name
         * @return this builder
         */
        public Builder keyword(String keyword) {
            this.keyword = keyword;
            return this;
        }

        /**
         * Sets the tag filter as the service expects it.
         *
         * @param tags {@code key=value} pairs separated by {@code ,}
         * @return this builder
         */
        public Builder tags(String tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Adds one {@code key=value} pair to the tag filter.
         *
         * @param key the tag key
         * @param value the tag value
         * @return this builder
         */
        public Builder addTag(String key, String value) {
            String pair =
                    Validate.requiredText("tags", key, 1, Integer.MAX_VALUE) + "=" + Validate.required("tags", value);
            this.tags = tags == null || tags.isEmpty() ? pair : tags + "," + pair;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         */
        public ListDatabasesRequest build() {
            return new ListDatabasesRequest(withPriv, offset, limit, keyword, tags);
        }
    }
}
