package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;
import java.util.List;
import java.util.Map;

/**
 * A running Spark job inside a SQL job (reference 7.3.11, table 7-93); the fields follow Spark's
 * {@code JobData}.
 *
 * @param id the Spark job id
 * @param name the Spark job name
 * @param description the Spark job description
 * @param submissionTime when it was submitted, as the text the service returns ({@code submission_time})
 * @param completionTime when it completed, as the text the service returns ({@code completion_time})
 * @param stageIds the stage ids ({@code stage_ids}); never {@code null}
 * @param jobGroup the DLI job id ({@code job_group})
 * @param status the Spark job status
 * @param numTasks the number of tasks ({@code num_tasks})
 * @param numActiveTasks the running tasks ({@code num_active_tasks})
 * @param numCompletedTasks the completed tasks ({@code num_completed_tasks})
 * @param numSkippedTasks the skipped tasks ({@code num_skipped_tasks})
 * @param numFailedTasks the failed tasks ({@code num_failed_tasks})
 * @param numKilledTasks the killed tasks ({@code num_killed_tasks})
 * @param numCompletedIndices the completed indices ({@code num_completed_indices})
 * @param numActiveStages the running stages ({@code num_active_stages})
 * @param numCompletedStages the completed stages ({@code num_completed_stages})
 * @param numSkippedStages the skipped stages ({@code num_skipped_stages})
 * @param numFailedStages the failed stages ({@code num_failed_stages})
 * @param killedTasksSummary the killed tasks per reason ({@code killed_tasks_summary}); never {@code null}
 */
public record SqlSubJob(
        Integer id,
        String name,
        String description,
        String submissionTime,
        String completionTime,
        List<Integer> stageIds,
        String jobGroup,
        String status,
        Integer numTasks,
        Integer numActiveTasks,
        Integer numCompletedTasks,
        Integer numSkippedTasks,
        Integer numFailedTasks,
        Integer numKilledTasks,
        Integer numCompletedIndices,
        Integer numActiveStages,
        Integer numCompletedStages,
        Integer numSkippedStages,
        Integer numFailedStages,
        Map<String, Integer> killedTasksSummary) {
    /**
     * Copies the list and the map.
     *
     * @param id the Spark job id
     * @param name the Spark job name
     * @param description the Spark job description
     * @param submissionTime when it was submitted, as the text the service returns ({@code submission_time})
     * @param completionTime when it completed, as the text the service returns ({@code completion_time})
     * @param stageIds the stage ids ({@code stage_ids}); never {@code null}
     * @param jobGroup the DLI job id ({@code job_group})
     * @param status the Spark job status
     * @param numTasks the number of tasks ({@code num_tasks})
     * @param numActiveTasks the running tasks ({@code num_active_tasks})
     * @param numCompletedTasks the completed tasks ({@code num_completed_tasks})
     * @param numSkippedTasks the skipped tasks ({@code num_skipped_tasks})
     * @param numFailedTasks the failed tasks ({@code num_failed_tasks})
     * @param numKilledTasks the killed tasks ({@code num_killed_tasks})
     * @param numCompletedIndices the completed indices ({@code num_completed_indices})
     * @param numActiveStages the running stages ({@code num_active_stages})
     * @param numCompletedStages the completed stages ({@code num_completed_stages})
     * @param numSkippedStages the skipped stages ({@code num_skipped_stages})
     * @param numFailedStages the failed stages ({@code num_failed_stages})
     * @param killedTasksSummary the killed tasks per reason ({@code killed_tasks_summary}); never {@code null}
     */
    public SqlSubJob {
        stageIds = Validate.list("stage_ids", stageIds);
        killedTasksSummary = Validate.map("killed_tasks_summary", killedTasksSummary);
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
        b.id = id;
        b.name = name;
        b.description = description;
        b.submissionTime = submissionTime;
        b.completionTime = completionTime;
        b.stageIds = stageIds;
        b.jobGroup = jobGroup;
        b.status = status;
        b.numTasks = numTasks;
        b.numActiveTasks = numActiveTasks;
        b.numCompletedTasks = numCompletedTasks;
        b.numSkippedTasks = numSkippedTasks;
        b.numFailedTasks = numFailedTasks;
        b.numKilledTasks = numKilledTasks;
        b.numCompletedIndices = numCompletedIndices;
        b.numActiveStages = numActiveStages;
        b.numCompletedStages = numCompletedStages;
        b.numSkippedStages = numSkippedStages;
        b.numFailedStages = numFailedStages;
        b.killedTasksSummary = killedTasksSummary;
        return b;
    }

    /** Builds a {@link SqlSubJob}. */
    public static final class Builder {
        private Integer id;
        private String name;
        private String description;
        private String submissionTime;
        private String completionTime;
        private List<Integer> stageIds;
        private String jobGroup;
        private String status;
        private Integer numTasks;
        private Integer numActiveTasks;
        private Integer numCompletedTasks;
        private Integer numSkippedTasks;
        private Integer numFailedTasks;
        private Integer numKilledTasks;
        private Integer numCompletedIndices;
        private Integer numActiveStages;
        private Integer numCompletedStages;
        private Integer numSkippedStages;
        private Integer numFailedStages;
        private Map<String, Integer> killedTasksSummary;

        private Builder() {}

        /**
         * Sets the Spark job id.
         *
         * @param id the Spark job id
         * @return this builder
         */
        public Builder id(Integer id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the Spark job name.
         *
         * @param name the Spark job name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the Spark job description.
         *
         * @param description the Spark job description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets when it was submitted, as the text the service returns ({@code submission_time}).
         *
         * @param submissionTime when it was submitted, as the text the service returns ({@code submission_time})
         * @return this builder
         */
        public Builder submissionTime(String submissionTime) {
            this.submissionTime = submissionTime;
            return this;
        }

        /**
         * Sets when it completed, as the text the service returns ({@code completion_time}).
         *
         * @param completionTime when it completed, as the text the service returns ({@code completion_time})
         * @return this builder
         */
        public Builder completionTime(String completionTime) {
            this.completionTime = completionTime;
            return this;
        }

        /**
         * Sets the stage ids ({@code stage_ids}).
         *
         * @param stageIds the stage ids ({@code stage_ids}); never {@code null}
         * @return this builder
         */
        public Builder stageIds(List<Integer> stageIds) {
            this.stageIds = stageIds;
            return this;
        }

        /**
         * Sets the DLI job id ({@code job_group}).
         *
         * @param jobGroup the DLI job id ({@code job_group})
         * @return this builder
         */
        public Builder jobGroup(String jobGroup) {
            this.jobGroup = jobGroup;
            return this;
        }

        /**
         * Sets the Spark job status.
         *
         * @param status the Spark job status
         * @return this builder
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the number of tasks ({@code num_tasks}).
         *
         * @param numTasks the number of tasks ({@code num_tasks})
         * @return this builder
         */
        public Builder numTasks(Integer numTasks) {
            this.numTasks = numTasks;
            return this;
        }

        /**
         * Sets the running tasks ({@code num_active_tasks}).
         *
         * @param numActiveTasks the running tasks ({@code num_active_tasks})
         * @return this builder
         */
        public Builder numActiveTasks(Integer numActiveTasks) {
            this.numActiveTasks = numActiveTasks;
            return this;
        }

        /**
         * Sets the completed tasks ({@code num_completed_tasks}).
         *
         * @param numCompletedTasks the completed tasks ({@code num_completed_tasks})
         * @return this builder
         */
        public Builder numCompletedTasks(Integer numCompletedTasks) {
            this.numCompletedTasks = numCompletedTasks;
            return this;
        }

        /**
         * Sets the skipped tasks ({@code num_skipped_tasks}).
         *
         * @param numSkippedTasks the skipped tasks ({@code num_skipped_tasks})
         * @return this builder
         */
        public Builder numSkippedTasks(Integer numSkippedTasks) {
            this.numSkippedTasks = numSkippedTasks;
            return this;
        }

        /**
         * Sets the failed tasks ({@code num_failed_tasks}).
         *
         * @param numFailedTasks the failed tasks ({@code num_failed_tasks})
         * @return this builder
         */
        public Builder numFailedTasks(Integer numFailedTasks) {
            this.numFailedTasks = numFailedTasks;
            return this;
        }

        /**
         * Sets the killed tasks ({@code num_killed_tasks}).
         *
         * @param numKilledTasks the killed tasks ({@code num_killed_tasks})
         * @return this builder
         */
        public Builder numKilledTasks(Integer numKilledTasks) {
            this.numKilledTasks = numKilledTasks;
            return this;
        }

        /**
         * Sets the completed indices ({@code num_completed_indices}).
         *
         * @param numCompletedIndices the completed indices ({@code num_completed_indices})
         * @return this builder
         */
        public Builder numCompletedIndices(Integer numCompletedIndices) {
            this.numCompletedIndices = numCompletedIndices;
            return this;
        }

        /**
         * Sets the running stages ({@code num_active_stages}).
         *
         * @param numActiveStages the running stages ({@code num_active_stages})
         * @return this builder
         */
        public Builder numActiveStages(Integer numActiveStages) {
            this.numActiveStages = numActiveStages;
            return this;
        }

        /**
         * Sets the completed stages ({@code num_completed_stages}).
         *
         * @param numCompletedStages the completed stages ({@code num_completed_stages})
         * @return this builder
         */
        public Builder numCompletedStages(Integer numCompletedStages) {
            this.numCompletedStages = numCompletedStages;
            return this;
        }

        /**
         * Sets the skipped stages ({@code num_skipped_stages}).
         *
         * @param numSkippedStages the skipped stages ({@code num_skipped_stages})
         * @return this builder
         */
        public Builder numSkippedStages(Integer numSkippedStages) {
            this.numSkippedStages = numSkippedStages;
            return this;
        }

        /**
         * Sets the failed stages ({@code num_failed_stages}).
         *
         * @param numFailedStages the failed stages ({@code num_failed_stages})
         * @return this builder
         */
        public Builder numFailedStages(Integer numFailedStages) {
            this.numFailedStages = numFailedStages;
            return this;
        }

        /**
         * Sets the killed tasks per reason ({@code killed_tasks_summary}).
         *
         * @param killedTasksSummary the killed tasks per reason ({@code killed_tasks_summary}); never {@code null}
         * @return this builder
         */
        public Builder killedTasksSummary(Map<String, Integer> killedTasksSummary) {
            this.killedTasksSummary = killedTasksSummary;
            return this;
        }

        /**
         * Builds and validates.
         *
         * @return the value
         */
        public SqlSubJob build() {
            return new SqlSubJob(
                    id,
                    name,
                    description,
                    submissionTime,
                    completionTime,
                    stageIds,
                    jobGroup,
                    status,
                    numTasks,
                    numActiveTasks,
                    numCompletedTasks,
                    numSkippedTasks,
                    numFailedTasks,
                    numKilledTasks,
                    numCompletedIndices,
                    numActiveStages,
                    numCompletedStages,
                    numSkippedStages,
                    numFailedStages,
                    killedTasksSummary);
        }
    }
}
