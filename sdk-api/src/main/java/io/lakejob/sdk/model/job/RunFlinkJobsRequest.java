package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Flink jobs (reference 9.6, {@code POST /v1.0/{project_id}/streaming/jobs/run}).
 *
 * @param jobIds the jobs to run: at least one, each positive
 * @param resumeSavepoint whether the jobs resume from their latest savepoint, or {@code null} for false
 */
public record RunFlinkJobsRequest(List<Long> jobIds, Boolean resumeSavepoint) {
    /**
     * Validates the request.
     *
     * @param jobIds the jobs to run
     * @param resumeSavepoint whether to resume from the latest savepoint
     */
    public RunFlinkJobsRequest {
        jobIds = JobRules.jobIds("job_ids", jobIds);
    }

    /**
     * A request running the given jobs without resuming from a savepoint.
     *
     * @param jobIds the jobs
     * @return the request
     */
    public static RunFlinkJobsRequest of(long... jobIds) {
        return builder().addJobIds(jobIds).build();
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
        return new Builder().jobIds(jobIds).resumeSavepoint(resumeSavepoint);
    }

    /** Builds a {@link RunFlinkJobsRequest}. */
    public static final class Builder {
        private List<Long> jobIds = new ArrayList<>();
        private Boolean resumeSavepoint;

        private Builder() {}

        /**
         * Replaces the job ids.
         *
         * @param jobIds the ids
         * @return this builder
         */
        public Builder jobIds(List<Long> jobIds) {
            this.jobIds = jobIds == null ? new ArrayList<>() : new ArrayList<>(jobIds);
            return this;
        }

        /**
         * Adds job ids.
         *
         * @param ids the ids
         * @return this builder
         */
        public Builder addJobIds(long... ids) {
            for (long id : ids) {
                this.jobIds.add(id);
            }
            return this;
        }

        /**
         * Sets whether the jobs resume from their latest savepoint.
         *
         * @param resumeSavepoint the flag
         * @return this builder
         */
        public Builder resumeSavepoint(Boolean resumeSavepoint) {
            this.resumeSavepoint = resumeSavepoint;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public RunFlinkJobsRequest build() {
            return new RunFlinkJobsRequest(Validate.list("job_ids", jobIds), resumeSavepoint);
        }
    }
}
