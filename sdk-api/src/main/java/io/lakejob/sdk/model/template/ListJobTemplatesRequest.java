package io.lakejob.sdk.model.template;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.regex.Pattern;

/**
 * Lists the user's Flink job templates (reference 11.4). Paged with {@code limit}/{@code offset}.
 *
 * @param name a name to match fuzzily, or {@code null}
 * @param tags a tag filter {@code k=v[,k=v...]} (for example {@code tag1=v1,tag2=v2}), or {@code null}
 * @param offset the offset of the first template, or {@code null} for 0
 * @param limit how many templates to return, or {@code null} for 10
 * @param order {@code asc} or {@code desc}; {@code null} means {@code desc}
 */
public record ListJobTemplatesRequest(String name, String tags, Long offset, Integer limit, TemplateOrder order) {

    /** The service's default {@code limit}. */
    public static final int DEFAULT_LIMIT = 10;

    private static final Pattern TAG_FILTER = Pattern.compile("[^=,]+=[^=,]*(?:,[^=,]+=[^=,]*)*");

    /**
     * Validates the request.
     *
     * @param name the name filter
     * @param tags the tag filter
     * @param offset the offset
     * @param limit the limit
     * @param order the sort order
     */
    public ListJobTemplatesRequest {
        Validate.matches("tags", tags, TAG_FILTER, "must be k=v pairs separated by ',', for example tag1=v1,tag2=v2");
        Validate.range("offset", offset, 0, Long.MAX_VALUE);
        Validate.range("limit", limit, 1, Integer.MAX_VALUE);
        if (order != null && !order.isKnown()) {
            throw new ValidationException("order", "must be one of " + TemplateOrder.knownValues() + ", was " + order);
        }
    }

    /**
     * A request with no filters and the service's defaults.
     *
     * @return the request
     */
    public static ListJobTemplatesRequest all() {
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
        return new Builder().name(name).tags(tags).offset(offset).limit(limit).order(order);
    }

    /** Builds a {@link ListJobTemplatesRequest}. */
    public static final class Builder {
        private String name;
        private String tags;
        private Long offset;
        private Integer limit;
        private TemplateOrder order;

        private Builder() {}

        /**
         * Sets the name filter (fuzzy match).
         *
         * @param name the name, or {@code null}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the tag filter.
         *
         * @param tags {@code k=v[,k=v...]}, or {@code null}
         * @return this builder
         */
        public Builder tags(String tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Adds one tag to the tag filter.
         *
         * @param key the tag key
         * @param value the tag value
         * @return this builder
         */
        public Builder addTag(String key, String value) {
            String pair = key + "=" + value;
            this.tags = tags == null || tags.isEmpty() ? pair : tags + "," + pair;
            return this;
        }

        /**
         * Sets the offset.
         *
         * @param offset a non-negative offset, or {@code null}
         * @return this builder
         */
        public Builder offset(Long offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Sets the limit.
         *
         * @param limit a positive count, or {@code null}
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets the sort order.
         *
         * @param order {@code asc} or {@code desc}
         * @return this builder
         */
        public Builder order(TemplateOrder order) {
            this.order = order;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws ValidationException naming the first field that breaks a rule
         */
        public ListJobTemplatesRequest build() {
            return new ListJobTemplatesRequest(name, tags, offset, limit, order);
        }
    }
}
