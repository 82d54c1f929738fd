package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.internal.Validate;

/**
 * Lists the users allowed to use a queue, one page (reference 5.2). Paged with
 * {@code limit}/{@code offset}, both required by the service.
 *
 * @param queueName the queue (path parameter)
 * @param limit the page size, at least 1
 * @param offset the offset of the first entry, at least 0
 */
public record ListQueueUsersRequest(String queueName, int limit, int offset) {
    /** The page size {@link #of(String)} uses. */
    public static final int DEFAULT_LIMIT = 100;

    /**
     * Validates the request.
     *
     * @param queueName the queue
     * @param limit the page size
     * @param offset the offset
     */
    public ListQueueUsersRequest {
        Validate.pathSegment("queue_name", Validate.required("queue_name", queueName));
        Validate.queueName("queue_name", queueName);
        Validate.range("limit", limit, 1, Integer.MAX_VALUE);
        Validate.range("offset", offset, 0, Integer.MAX_VALUE);
    }

    /**
     * The first page of {@value #DEFAULT_LIMIT} users of a queue.
     *
     * @param queueName the queue
     * @return the request
     */
    public static ListQueueUsersRequest of(String queueName) {
        return new ListQueueUsersRequest(queueName, DEFAULT_LIMIT, 0);
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
        return new Builder().queueName(queueName).limit(limit).offset(offset);
    }

    /** Builds a {@link ListQueueUsersRequest}. */
    public static final class Builder {
        private String queueName;
        private Integer limit;
        private Integer offset;

        private Builder() {}

        /**
         * Sets the queue (required).
         *
         * @param queueName the queue name
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets the page size (required).
         *
         * @param limit at least 1
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets the offset (required).
         *
         * @param offset at least 0
         * @return this builder
         */
        public Builder offset(int offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public ListQueueUsersRequest build() {
            Validate.pathSegment("queue_name", Validate.required("queue_name", queueName));
            return new ListQueueUsersRequest(
                    queueName, Validate.required("limit", limit), Validate.required("offset", offset));
        }
    }
}
