package io.lakejob.sdk.model.job;

import java.time.Instant;

/**
 * The details of one Flink job ({@code job_detail}, reference table 9-41). Every field is as the
 * service reported it and may be {@code null}.
 *
 * @param jobId the job id
 * @param name the job name
 * @param desc the description
 * @param jobType the job type
 * @param status the job status
 * @param statusDesc the status description
 * @param createTime when the job was created
 * @param startTime when the job started, or {@code null}
 * @param userId the owning user's id
 * @param queueName the queue
 * @param projectId the owning project's id
 * @param sqlBody the Stream SQL statement
 * @param savepointPath the path of the manually created checkpoint
 * @param runMode the run mode
 * @param jobConfig the job configuration, or {@code null}
 * @param mainClass the main class of a jar job
 * @param entrypointArgs the arguments of a jar job, separated by spaces
 * @param executionGraph the execution plan
 * @param updateTime when the job was last updated
 */
public record FlinkJobDetail(
        Long jobId,
        String name,
        String desc,
        JobType jobType,
        JobStatus status,
        String statusDesc,
        Instant createTime,
        Instant startTime,
        String userId,
        String queueName,
        String projectId,
        String sqlBody,
        String savepointPath,
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
                .jobType(jobType)
                .status(status)
                .statusDesc(statusDesc)
                .createTime(createTime)
                .startTime(startTime)
                .userId(userId)
                .queueName(queueName)
                .projectId(projectId)
                .sqlBody(sqlBody)
                .savepointPath(savepointPath)
                .runMode(runMode)
                .jobConfig(jobConfig)
                .mainClass(mainClass)
                .entrypointArgs(entrypointArgs)
                .executionGraph(executionGraph)
                .updateTime(updateTime);
    }

    /** Builds a {@link FlinkJobDetail}. */
    public static final class Builder {
        private Long jobId;
        private String name;
        private String desc;
        private JobType jobType;
        private JobStatus status;
        private String statusDesc;
        private Instant createTime;
        private Instant startTime;
        private String userId;
        private String queueName;
        private String projectId;
        private String sqlBody;
        private String savepointPath;
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
         * Sets when the job started, or {@code null}.
         *
         * @param startTime the value
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets the owning user's id.
         *
         * @param userId the value
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets the queue.
         *
         * @param queueName the value
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets the owning project's id.
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
         * Sets the path of the manually created checkpoint.
         *
         * @param savepointPath the value
         * @return this builder
         */
        public Builder savepointPath(String savepointPath) {
            this.savepointPath = savepointPath;
            return this;
        }

        /**
         * Sets the run mode.
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
         * Sets the arguments of a jar job, separated by spaces.
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
        public FlinkJobDetail build() {
            return new FlinkJobDetail(
                    jobId,
                    name,
                    desc,
                    jobType,
                    status,
                    statusDesc,
                    createTime,
                    startTime,
                    userId,
                    queueName,
                    projectId,
                    sqlBody,
                    savepointPath,
                    runMode,
                    jobConfig,
                    mainClass,
                    entrypointArgs,
                    executionGraph,
                    updateTime);
        }
    }
}
