package io.lakejob.sdk.model.batch;

import io.lakejob.sdk.internal.Validate;
import java.util.Set;

/**
 * Reads a batch job's back-end log (reference 10.1.6). Without {@code from} the service returns the
 * last 100 lines (from line 0 when there are fewer).
 *
 * @param batchId the job's id
 * @param from the first log line to return, from 0, or {@code null} for the last 100 lines
 * @param size the number of lines to return, positive, or {@code null}
 * @param type {@code driver} for the Spark driver log, or {@code null}
 * @param index which driver log when the job was retried, from 0; {@code null} means 0; with only
 *     {@code index} set, {@code type} defaults to {@code driver}
 */
public record GetBatchLogRequest(String batchId, Integer from, Integer size, String type, Integer index) {

    /**
     * Validates the request.
     *
     * @param batchId the {@code batch_id}
     * @param from the {@code from}
     * @param size the {@code size}
     * @param type the {@code type}
     * @param index the {@code index}
     */
    public GetBatchLogRequest {
        BatchRules.batchId(batchId);
        Validate.range("from", from, 0, Integer.MAX_VALUE);
        Validate.range("size", size, 1, Integer.MAX_VALUE);
        Validate.oneOf("type", type, Set.of(DRIVER));
        Validate.range("index", index, 0, Integer.MAX_VALUE);
    }

    /** The only documented log {@code type}: the Spark driver log. */
    public static final String DRIVER = "driver";

    /**
     * A request for the job's log with the service's defaults.
     *
     * @param batchId the job's id
     * @return the request
     */
    public static GetBatchLogRequest of(String batchId) {
        return builder().batchId(batchId).build();
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
        return new Builder().batchId(batchId).from(from).size(size).type(type).index(index);
    }

    /** Builds a {@link GetBatchLogRequest}. */
    public static final class Builder {
        private String batchId;
        private Integer from;
        private Integer size;
        private String type;
        private Integer index;

        private Builder() {}

        /**
         * Sets {@code batch_id}: the job's id.
         *
         * @param batchId the value
         * @return this builder
         */
        public Builder batchId(String batchId) {
            this.batchId = batchId;
            return this;
        }

        /**
         * Sets {@code from}: the first log line to return, from 0.
         *
         * @param from the value
         * @return this builder
         */
        public Builder from(Integer from) {
            this.from = from;
            return this;
        }

        /**
         * Sets {@code size}: the number of lines to return, positive.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(Integer size) {
            this.size = size;
            return this;
        }

        /**
         * Sets {@code type}: {@code driver} for the Spark driver log.
         *
         * @param type the value
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@code index}: which driver log when the job was retried, from 0.
         *
         * @param index the value
         * @return this builder
         */
        public Builder index(Integer index) {
            this.index = index;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public GetBatchLogRequest build() {
            return new GetBatchLogRequest(batchId, from, size, type, index);
        }
    }
}
