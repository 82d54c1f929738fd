package io.lakejob.sdk.model.batch;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;

/**
 * Lists batch jobs of the project (reference 10.1.3). Paged with {@code from} (offset) and {@code size}
 * (limit).
 *
 * @param jobName filter by job name, or {@code null}
 * @param jobId filter by job id, or {@code null}
 * @param clusterName filter by queue (older spelling), or {@code null}
 * @param queueName filter by queue (recommended), or {@code null}
 * @param from the index of the first job to return, from 0; {@code null} means 0
 * @param size the number of jobs to return, positive, or {@code null}
 * @param state filter by state, one of the known states, or {@code null}
 * @param owner filter by the submitting user, or {@code null}
 */
public record ListBatchesRequest(
        String jobName,
        String jobId,
        String clusterName,
        String queueName,
        Integer from,
        Integer size,
        BatchState state,
        String owner) {

    /**
     * Validates the request.
     *
     * @param jobName the {@code job_name}
     * @param jobId the {@code job_id}
     * @param clusterName the {@code cluster_name}
     * @param queueName the {@code queue_name}
     * @param from the {@code from}
     * @param size the {@code size}
     * @param state the {@code state}
     * @param owner the {@code owner}
     */
    public ListBatchesRequest {
        Validate.queueName("cluster_name", clusterName);
        Validate.queueName("queue_name", queueName);
        Validate.range("from", from, 0, Integer.MAX_VALUE);
        Validate.range("size", size, 1, Integer.MAX_VALUE);
        if (state != null && !state.isKnown()) {
            throw new ValidationException("state", "must be one of " + BatchState.knownValues() + ", was " + state);
        }
    }

    /**
     * A request with no filters.
     *
     * @return the request
     */
    public static ListBatchesRequest all() {
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
                .jobName(jobName)
                .jobId(jobId)
                .clusterName(clusterName)
                .queueName(queueName)
                .from(from)
                .size(size)
                .state(state)
                .owner(owner);
    }

    /** Builds a {@link ListBatchesRequest}. */
    public static final class Builder {
        private String jobName;
        private String jobId;
        private String clusterName;
        private String queueName;
        private Integer from;
        private Integer size;
        private BatchState state;
        private String owner;

        private Builder() {}

        /**
         * Sets {@code job_name}: filter by job name.
         *
         * @param jobName the value
         * @return this builder
         */
        public Builder jobName(String jobName) {
            this.jobName = jobName;
            return this;
        }

        /**
         * Sets {@code job_id}: filter by job id.
         *
         * @param jobId the value
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets {@code cluster_name}: filter by queue (older spelling).
         *
         * @param clusterName the value
         * @return this builder
         */
        public Builder clusterName(String clusterName) {
            this.clusterName = clusterName;
            return this;
        }

        /**
         * Sets {@code queue_name}: filter by queue (recommended).
         *
         * @param queueName the value
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets {@code from}: the index of the first job to return, from 0.
         *
         * @param from the value
         * @return this builder
         */
        public Builder from(Integer from) {
            this.from = from;
            return this;
        }

        /**
         * Sets {@code size}: the number of jobs to return, positive.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(Integer size) {
            this.size = size;
            return this;
        }

        /**
         * Sets {@code state}: filter by state, one of the known states.
         *
         * @param state the value
         * @return this builder
         */
        public Builder state(BatchState state) {
            this.state = state;
            return this;
        }

        /**
         * Sets {@code owner}: filter by the submitting user.
         *
         * @param owner the value
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public ListBatchesRequest build() {
            return new ListBatchesRequest(jobName, jobId, clusterName, queueName, from, size, state, owner);
        }
    }
}
