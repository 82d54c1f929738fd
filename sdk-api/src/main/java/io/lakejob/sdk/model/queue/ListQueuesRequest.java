package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.internal.Validate;

/**
 * Lists the project's queues (reference 6.3). Paged with {@code page-size}/{@code current-page}.
 *
 * @param queueType filter by type ({@code sql}, {@code general}, {@code all}); {@code null} means {@code sql}
 * @param withPriv whether to return permission information ({@code with-priv})
 * @param pageSize the page size ({@code page-size}), or {@code null} for everything in one page
 * @param currentPage the 1-based page number ({@code current-page}), or {@code null} for the first
 * @param order the sort order, or {@code null} for {@code queue_name_asc}
 * @param tags a tag filter as the service expects it, or {@code null}
 */
public record ListQueuesRequest(
        QueueType queueType, Boolean withPriv, Integer pageSize, Integer currentPage, QueueOrder order, String tags) {

    /**
     * Validates the request.
     *
     * @param queueType the type filter
     * @param withPriv whether to return permissions
     * @param pageSize the page size
     * @param currentPage the page number
     * @param order the sort order
     * @param tags the tag filter
     */
    public ListQueuesRequest {
        Validate.range("page-size", pageSize, 1, Integer.MAX_VALUE);
        Validate.range("current-page", currentPage, 1, Integer.MAX_VALUE);
    }

    /**
     * A request with no filters: SQL queues, every one in one page.
     *
     * @return the request
     */
    public static ListQueuesRequest all() {
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
                .queueType(queueType)
                .withPriv(withPriv)
                .pageSize(pageSize)
                .currentPage(currentPage)
                .order(order)
                .tags(tags);
    }

    /** Builds a {@link ListQueuesRequest}. */
    public static final class Builder {
        private QueueType queueType;
        private Boolean withPriv;
        private Integer pageSize;
        private Integer currentPage;
        private QueueOrder order;
        private String tags;

        private Builder() {}

        /**
         * Sets the type filter.
         *
         * @param queueType the type
         * @return this builder
         */
        public Builder queueType(QueueType queueType) {
            this.queueType = queueType;
            return this;
        }

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
         * Sets the page size.
         *
         * @param pageSize a positive size
         * @return this builder
         */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets the 1-based page number.
         *
         * @param currentPage the page number
         * @return this builder
         */
        public Builder currentPage(Integer currentPage) {
            this.currentPage = currentPage;
            return this;
        }

        /**
         * Sets the sort order.
         *
         * @param order the order
         * @return this builder
         */
        public Builder order(QueueOrder order) {
            this.order = order;
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
        public ListQueuesRequest build() {
            return new ListQueuesRequest(queueType, withPriv, pageSize, currentPage, order, tags);
        }
    }
}
