package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;

/**
 * Previews the result of a finished {@code QUERY} job (reference 7.3.6): at most the first 1000 rows,
 * without paging. Export the result (7.3.10) to read all of it.
 *
 * @param jobId the job id ({@code job_id}); a URL path segment
 * @param pageSize the number of rows ({@code page-size}), 1 to 1000; {@code null} means 1000
 * @param queueName the queue that reads the result ({@code queue-name}); {@code null} means the system default
 */
public record PreviewSqlJobResultRequest(String jobId, Long pageSize, String queueName) {
    /**
     * Validates the request.
     *
     * @param jobId the job id ({@code job_id}); a URL path segment
     * @param pageSize the number of rows ({@code page-size}), 1 to 1000; {@code null} means 1000
     * @param queueName the queue that reads the result ({@code queue-name}); {@code null} means the system default
     */
    public PreviewSqlJobResultRequest {
        SqlValidation.jobId(jobId);
        Validate.range("page-size", pageSize, 1, 1000);
        Validate.queueName("queue-name", queueName);
    }

    /**
     * A request for the given job's first 1000 rows.
     *
     * @param jobId the job id
     * @return the request
     */
    public static PreviewSqlJobResultRequest of(String jobId) {
        return builder().jobId(jobId).build();
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
     * A builder holding these values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.jobId = jobId;
        b.pageSize = pageSize;
        b.queueName = queueName;
        return b;
    }

    /** Builds a {@link PreviewSqlJobResultRequest}. */
    public static final class Builder {
        private String jobId;
        private Long pageSize;
        private String queueName;

        private Builder() {}

        /**
         * Sets the job id ({@code job_id}).
         *
         * @param jobId the job id ({@code job_id}); a URL path segment
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets the number of rows ({@code page-size}), 1 to 1000.
         *
         * @param pageSize the number of rows ({@code page-size}), 1 to 1000; {@code null} means 1000
         * @return this builder
         */
        public Builder pageSize(Long pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets the queue that reads the result ({@code queue-name}).
         *
         * @param queueName the queue that reads the result ({@code queue-name}); {@code null} means the system default
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Builds and validates.
         *
         * @return the request
         */
        public PreviewSqlJobResultRequest build() {
            return new PreviewSqlJobResultRequest(jobId, pageSize, queueName);
        }
    }
}
