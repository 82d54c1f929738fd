package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops running Flink jobs (reference 9.10, {@code POST /v1.0/{project_id}/streaming/jobs/stop}).
 *
 * <p>The reference names the flag {@code trigger_save_point} in its table and
 * {@code trigger_savepoint} in its example; transports choose the spelling.
 *
 * @param jobIds the jobs to stop: at least one, each positive
 * @param triggerSavepoint whether a savepoint is created before stopping, or {@code null} for false
 */
public record StopFlinkJobsRequest(List<Long> jobIds, Boolean triggerSavepoint) {
    /**
     * Validates the request.
     *
     * @param jobIds the jobs to stop
     * @param triggerSavepoint whether to create a savepoint first
     */
    public StopFlinkJobsRequest {
        jobIds = JobRules.jobIds("job_ids", jobIds);
    }

    /**
     * A request stopping the given jobs without a savepoint.
     *
     * @param jobIds the jobs
     * @return the request
     */
    public static StopFlinkJobsRequest of(long... jobIds) {
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
        return new Builder().jobIds(jobIds).triggerSavepoint(triggerSavepoint);
    }

    /** Builds a {@link StopFlinkJobsRequest}. */
    public static final class Builder {
        private List<Long> jobIds = new ArrayList<>();
        private Boolean triggerSavepoint;

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
         * Sets whether a savepoint is created before stopping.
         *
         * @param triggerSavepoint the flag
         * @return this builder
         */
        public Builder triggerSavepoint(Boolean triggerSavepoint) {
            this.triggerSavepoint = triggerSavepoint;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public StopFlinkJobsRequest build() {
            return new StopFlinkJobsRequest(Validate.list("job_ids", jobIds), triggerSavepoint);
        }
    }
}
