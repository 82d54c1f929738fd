package io.lakejob.sdk.model.job;

import java.time.Instant;

/**
 * One Flink job in a list ({@code jobs}, reference table 9-36). Every field is as the service
 * reported it and may be {@code null}; which ones are present depends on {@code show_detail}.
 *
 * @param jobId the job id
 * @param name the job name
 * @param desc the description
 * @param userName the user name (without {@code show_detail})
 * @param jobType the job type
 * @param status the job status
 * @param statusDesc the status description
 * @param createTime when the job was created
 * @param startTime when the job started; the service sends 0 when it has not started
 * @param duration how long the job has run, in milliseconds (without {@code show_detail})
 * @param rootId the parent job id, {@code -1} for none (without {@code show_detail})
 * @param graphEditorEnabled whether the stream graph can be edited
 * @param hasSavepoint whether the job has a savepoint
 * @param userId the owning user's id (with {@code show_detail})
 * @param projectId the owning project's id (with {@code show_detail})
 * @param sqlBody the Stream SQL statement
 * @param runMode the run mode (with {@code show_detail})
 * @param jobConfig the job configuration, or {@code null}
 * @param mainClass the main class of a jar job
 * @param entrypointArgs the arguments of a jar job, separated by spaces (with {@code show_detail})
 * @param executionGraph the execution plan
 * @param updateTime when the job was last updated
 */
public record FlinkJob(
        Long jobId,
        String name,
        String desc,
        String userName,
        JobType jobType,
        JobStatus status,
        String statusDesc,
        Instant createTime,
        Instant startTime,
        Long duration,
        Long rootId,
        Boolean graphEditorEnabled,
        Boolean hasSavepoint,
        String userId,
        String projectId,
        String sqlBody,
        RunMode runMode,
        FlinkJobConfig jobConfig,
        String mainClass,
        String entrypointArgs,
        String executionGraph,
        Instant updateTime) {

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this object's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .jobId(jobId)
                .name(name)
                .desc(desc)
                .userName(userName)
                .jobType(jobType)
                .status(status)
                .statusDesc(statusDesc)
                .createTime(createTime)
                .startTime(startTime)
                .duration(duration)
                .rootId(rootId)
                .graphEditorEnabled(graphEditorEnabled)
                .hasSavepoint(hasSavepoint)
                .userId(userId)
                .projectId(projectId)
                .sqlBody(sqlBody)
                .runMode(runMode)
                .jobConfig(jobConfig)
                .mainClass(mainClass)
                .entrypointArgs(entrypointArgs)
                .executionGraph(executionGraph)
                .updateTime(updateTime);
    }

    /** Builds a {@link FlinkJob}. */
    public static final class Builder {
        private Long jobId;
        private String name;
        private String desc;
        private String userName;
        private JobType jobType;
        private JobStatus status;
        private String statusDesc;
        private Instant createTime;
        private Instant startTime;
        private Long duration;
        private Long rootId;
        private Boolean graphEditorEnabled;
        private Boolean hasSavepoint;
        private String userId;
        private String projectId;
        private String sqlBody;
        private RunMode runMode;
        private FlinkJobConfig jobConfig;
        private String mainClass;
        private String entrypointArgs;
        private String executionGraph;
        private Instant updateTime;

        private Builder() {}

        /**
         * Sets the job id.
         *
         * @param jobId the value
         * @return this builder
         */
        public Builder jobId(Long jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets the job name.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param desc the value
         * @return this builder
         */
        public Builder desc(String desc) {
            this.desc = desc;
            return this;
        }

        /**
         * Sets the user name (without {@code show_detail}).
         *
         * @param userName the value
         * @return this builder
         */
        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        /**
         * Sets the job type.
         *
         * @param jobType the value
         * @return this builder
         */
        public Builder jobType(JobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * Sets the job status.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(JobStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the status description.
         *
         * @param statusDesc the value
         * @return this builder
         */
        public Builder statusDesc(String statusDesc) {
            this.statusDesc = statusDesc;
            return this;
        }

        /**
         * Sets when the job was created.
         *
         * @param createTime the value
         * @return this builder
         */
        public Builder createTime(Instant createTime) {
            this.createTime = createTime;
            return this;
        }

        /**
         * Sets when the job started; the service sends 0 when it has not started.
         *
         * @param startTime the value
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets how long the job has run, in milliseconds (without {@code show_detail}).
         *
         * @param duration the value
         * @return this builder
         */
        public Builder duration(Long duration) {
            this.duration = duration;
            return this;
        }

        /**
         * Sets the parent job id, {@code -1} for none (without {@code show_detail}).
         *
         * @param rootId the value
         * @return this builder
         */
        public Builder rootId(Long rootId) {
            this.rootId = rootId;
            return this;
        }

        /**
         * Sets whether the stream graph can be edited.
         *
         * @param graphEditorEnabled the value
         * @return this builder
         */
        public Builder graphEditorEnabled(Boolean graphEditorEnabled) {
            this.graphEditorEnabled = graphEditorEnabled;
            return this;
        }

        /**
         * Sets whether the job has a savepoint.
         *
         * @param hasSavepoint the value
         * @return this builder
         */
        public Builder hasSavepoint(Boolean hasSavepoint) {
            this.hasSavepoint = hasSavepoint;
            return this;
        }

        /**
         * Sets the owning user's id (with {@code show_detail}).
         *
         * @param userId the value
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets the owning project's id (with {@code show_detail}).
         *
         * @param projectId the value
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * Sets the Stream SQL statement.
         *
         * @param sqlBody the value
         * @return this builder
         */
        public Builder sqlBody(String sqlBody) {
            this.sqlBody = sqlBody;
            return this;
        }

        /**
         * Sets the run mode (with {@code show_detail}).
         *
         * @param runMode the value
         * @return this builder
         */
        public Builder runMode(RunMode runMode) {
            this.runMode = runMode;
            return this;
        }

        /**
         * Sets the job configuration, or {@code null}.
         *
         * @param jobConfig the value
         * @return this builder
         */
        public Builder jobConfig(FlinkJobConfig jobConfig) {
            this.jobConfig = jobConfig;
            return this;
        }

        /**
         * Sets the main class of a jar job.
         *
         * @param mainClass the value
         * @return this builder
         */
        public Builder mainClass(String mainClass) {
            this.mainClass = mainClass;
            return this;
        }

        /**
         * Sets the arguments of a jar job, separated by spaces (with {@code show_detail}).
         *
         * @param entrypointArgs the value
         * @return this builder
         */
        public Builder entrypointArgs(String entrypointArgs) {
            this.entrypointArgs = entrypointArgs;
            return this;
        }

        /**
         * Sets the execution plan.
         *
         * @param executionGraph the value
         * @return this builder
         */
        public Builder executionGraph(String executionGraph) {
            this.executionGraph = executionGraph;
            return this;
        }

        /**
         * Sets when the job was last updated.
         *
         * @param updateTime the value
         * @return this builder
         */
        public Builder updateTime(Instant updateTime) {
            this.updateTime = updateTime;
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the object
         */
        public FlinkJob build() {
            return new FlinkJob(
                    jobId,
                    name,
                    desc,
                    userName,
                    jobType,
                    status,
                    statusDesc,
                    createTime,
                    startTime,
                    duration,
                    rootId,
                    graphEditorEnabled,
                    hasSavepoint,
                    userId,
                    projectId,
                    sqlBody,
                    runMode,
                    jobConfig,
                    mainClass,
                    entrypointArgs,
                    executionGraph,
                    updateTime);
        }
    }
}
