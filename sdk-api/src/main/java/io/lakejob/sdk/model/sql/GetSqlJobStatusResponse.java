package io.lakejob.sdk.model.sql;

import java.util.function.Consumer;

/**
 * The answer to {@code GetSqlJobStatus} (reference 7.3.7): the job's run, result and {@code job_mode} fields.
 * The job is a {@link SqlJob} (as a listed job is); this answer's accessors and builder methods for
 * the job's fields ({@code jobId()}, {@code tableName(...)}) read and set {@link #job()}.
 *
 * @param isSuccess whether the request succeeded ({@code is_success})
 * @param message the service's message; empty on success
 * @param job the job; never {@code null}
 */
public record GetSqlJobStatusResponse(Boolean isSuccess, String message, SqlJob job) implements SqlJob.View {
    /**
     * Replaces a {@code null} job with an empty one.
     *
     * @param isSuccess whether the request succeeded ({@code is_success})
     * @param message the service's message; empty on success
     * @param job the job; never {@code null}
     */
    public GetSqlJobStatusResponse {
        job = job == null ? SqlJob.builder().build() : job;
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
        return new Builder().isSuccess(isSuccess).message(message).job(job);
    }

    /** Builds a {@link GetSqlJobStatusResponse}; the job's setters come from {@link SqlJob.Setters}. */
    public static final class Builder implements SqlJob.Setters<Builder> {
        private Boolean isSuccess;
        private String message;
        private SqlJob.Builder job = SqlJob.builder();

        private Builder() {}

        /**
         * Sets whether the request succeeded.
         *
         * @param isSuccess the value
         * @return this builder
         */
        public Builder isSuccess(Boolean isSuccess) {
            this.isSuccess = isSuccess;
            return this;
        }

        /**
         * Sets the service's message.
         *
         * @param message the value
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * Replaces the job.
         *
         * @param job the job; {@code null} for an empty one
         * @return this builder
         */
        public Builder job(SqlJob job) {
            this.job = job == null ? SqlJob.builder() : job.toBuilder();
            return this;
        }

        @Override
        public Builder job(Consumer<SqlJob.Builder> change) {
            change.accept(job);
            return this;
        }

        /**
         * Builds the answer.
         *
         * @return the answer
         */
        public GetSqlJobStatusResponse build() {
            return new GetSqlJobStatusResponse(isSuccess, message, job.build());
        }
    }
}
