package io.lakejob.sdk.model.job;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports Flink jobs to OBS (reference 9.13, {@code POST /v1.0/{project_id}/streaming/jobs/export}).
 *
 * @param obsDir the OBS path receiving the exported files (required)
 * @param isSelected whether only the jobs of {@code job_selected} are exported (required)
 * @param jobSelected the jobs to export: required (at least one, each positive) when {@code is_selected} is true, empty otherwise
 */
public record ExportFlinkJobsRequest(String obsDir, boolean isSelected, List<Long> jobSelected) {

    /**
     * Validates the request.
     *
     * @param obsDir the OBS path receiving the exported files (required)
     * @param isSelected whether only the jobs of {@code job_selected} are exported (required)
     * @param jobSelected the jobs to export: required (at least one, each positive) when {@code is_selected} is true, empty otherwise
     */
    public ExportFlinkJobsRequest {
        Validate.requiredText("obs_dir", obsDir, 1, Integer.MAX_VALUE);
        if (isSelected) {
            jobSelected = JobRules.jobIds("job_selected", jobSelected);
        } else if (jobSelected != null && !jobSelected.isEmpty()) {
            throw new ValidationException("job_selected", "is only allowed when is_selected is true");
        }
        jobSelected = Validate.list("job_selected", jobSelected);
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
        return new Builder().obsDir(obsDir).isSelected(isSelected).jobSelected(jobSelected);
    }

    /**
     * A request exporting every job.
     *
     * @param obsDir the OBS path receiving the files
     * @return the request
     */
    public static ExportFlinkJobsRequest all(String obsDir) {
        return builder().obsDir(obsDir).isSelected(false).build();
    }

    /**
     * A request exporting the given jobs.
     *
     * @param obsDir the OBS path receiving the files
     * @param jobIds the jobs
     * @return the request
     */
    public static ExportFlinkJobsRequest selected(String obsDir, long... jobIds) {
        return builder().obsDir(obsDir).isSelected(true).addJobSelected(jobIds).build();
    }

    /** Builds a {@link ExportFlinkJobsRequest}. */
    public static final class Builder {
        private String obsDir;
        private Boolean isSelected;
        private List<Long> jobSelected = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the OBS path receiving the exported files (required).
         *
         * @param obsDir the value
         * @return this builder
         */
        public Builder obsDir(String obsDir) {
            this.obsDir = obsDir;
            return this;
        }

        /**
         * Sets whether only the jobs of {@code job_selected} are exported (required).
         *
         * @param isSelected the value
         * @return this builder
         */
        public Builder isSelected(boolean isSelected) {
            this.isSelected = isSelected;
            return this;
        }

        /**
         * Replaces the jobs to export: required (at least one, each positive) when {@code is_selected} is true, empty otherwise.
         *
         * @param jobSelected the value
         * @return this builder
         */
        public Builder jobSelected(List<Long> jobSelected) {
            this.jobSelected = jobSelected == null ? new ArrayList<>() : new ArrayList<>(jobSelected);
            return this;
        }

        /**
         * Adds job ids to {@code job_selected}.
         *
         * @param ids the ids
         * @return this builder
         */
        public Builder addJobSelected(long... ids) {
            for (long id : ids) {
                this.jobSelected.add(id);
            }
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public ExportFlinkJobsRequest build() {
            return new ExportFlinkJobsRequest(obsDir, Validate.required("is_selected", isSelected), jobSelected);
        }
    }
}
