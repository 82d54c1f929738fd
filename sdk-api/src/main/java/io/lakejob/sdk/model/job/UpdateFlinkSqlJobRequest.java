package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * Updates a Flink SQL job (reference 9.3, {@code PUT /v1.0/{project_id}/streaming/sql-jobs/{job_id}}).
 * Unset ({@code null}) fields are not sent.
 *
 * @param jobId the job to update (path parameter); positive
 * @param name the new name: 0-57 characters, or {@code null} to keep it
 * @param desc the description: 0-512 characters, or {@code null}
 * @param queueName the queue, or {@code null}
 * @param sqlBody the Stream SQL: at most 1024*1024 characters, or {@code null}
 * @param runMode the run mode, or {@code null}
 * @param cuNumber the CUs of the job (2-400), or {@code null}
 * @param parallelNumber the parallelism (1-2000), or {@code null}
 * @param checkpointEnabled whether automatic checkpoints are on ({@code obs_bucket} is then required), or {@code null}
 * @param checkpointMode the checkpoint mode, or {@code null}
 * @param checkpointInterval the checkpoint interval in seconds (not negative), or {@code null}
 * @param obsBucket the OBS path for checkpoints and logs; required when checkpoints or logs are turned on
 * @param logEnabled whether logs are uploaded to OBS ({@code obs_bucket} is then required), or {@code null}
 * @param smnTopic the SMN topic alerted when the job fails, or {@code null}
 * @param restartWhenException whether the job restarts after an exception, or {@code null}
 * @param idleStateRetention the idle state retention in seconds (not negative), or {@code null}
 * @param edgeGroupIds the edge computing group ids; never {@code null}
 * @param dirtyDataStrategy the dirty-data strategy: {@code "0"} ignore, {@code "1"} throw, {@code "2:obsDir"} save under obsDir; or {@code null}
 * @param udfJarUrl the uploaded UDF jar package, or {@code null}
 * @param managerCuNumber the CUs of the job manager (less than cu_number), or {@code null}
 * @param tmCus the CUs per task manager (positive), or {@code null}
 * @param tmSlotNum the slots per task manager (positive), or {@code null}
 * @param operatorConfig the per-operator parallelism, or {@code null}
 * @param resumeCheckpoint whether a restart after an exception resumes from the checkpoint, or {@code null}
 * @param resumeMaxNum the most restarts per hour: -1 (unlimited) or positive, or {@code null}
 * @param staticEstimatorConfig the per-operator traffic/hit-rate configuration as a JSON string, or {@code null}
 * @param runtimeConfig custom runtime optimisation parameters, or {@code null}
 */
public record UpdateFlinkSqlJobRequest(
        long jobId,
        String name,
        String desc,
        String queueName,
        String sqlBody,
        RunMode runMode,
        Integer cuNumber,
        Integer parallelNumber,
        Boolean checkpointEnabled,
        CheckpointMode checkpointMode,
        Integer checkpointInterval,
        String obsBucket,
        Boolean logEnabled,
        String smnTopic,
        Boolean restartWhenException,
        Integer idleStateRetention,
        List<String> edgeGroupIds,
        String dirtyDataStrategy,
        String udfJarUrl,
        Integer managerCuNumber,
        Integer tmCus,
        Integer tmSlotNum,
        String operatorConfig,
        Boolean resumeCheckpoint,
        Integer resumeMaxNum,
        String staticEstimatorConfig,
        String runtimeConfig) {

    /**
     * Validates the request.
     *
     * @param jobId the job to update (path parameter); positive
     * @param name the new name: 0-57 characters, or {@code null} to keep it
     * @param desc the description: 0-512 characters, or {@code null}
     * @param queueName the queue, or {@code null}
     * @param sqlBody the Stream SQL: at most 1024*1024 characters, or {@code null}
     * @param runMode the run mode, or {@code null}
     * @param cuNumber the CUs of the job (2-400), or {@code null}
     * @param parallelNumber the parallelism (1-2000), or {@code null}
     * @param checkpointEnabled whether automatic checkpoints are on ({@code obs_bucket} is then required), or {@code null}
     * @param checkpointMode the checkpoint mode, or {@code null}
     * @param checkpointInterval the checkpoint interval in seconds (not negative), or {@code null}
     * @param obsBucket the OBS path for checkpoints and logs; required when checkpoints or logs are turned on
     * @param logEnabled whether logs are uploaded to OBS ({@code obs_bucket} is then required), or {@code null}
     * @param smnTopic the SMN topic alerted when the job fails, or {@code null}
     * @param restartWhenException whether the job restarts after an exception, or {@code null}
     * @param idleStateRetention the idle state retention in seconds (not negative), or {@code null}
     * @param edgeGroupIds the edge computing group ids; never {@code null}
     * @param dirtyDataStrategy the dirty-data strategy: {@code "0"} ignore, {@code "1"} throw, {@code "2:obsDir"} save under obsDir; or {@code null}
     * @param udfJarUrl the uploaded UDF jar package, or {@code null}
     * @param managerCuNumber the CUs of the job manager (less than cu_number), or {@code null}
     * @param tmCus the CUs per task manager (positive), or {@code null}
     * @param tmSlotNum the slots per task manager (positive), or {@code null}
     * @param operatorConfig the per-operator parallelism, or {@code null}
     * @param resumeCheckpoint whether a restart after an exception resumes from the checkpoint, or {@code null}
     * @param resumeMaxNum the most restarts per hour: -1 (unlimited) or positive, or {@code null}
     * @param staticEstimatorConfig the per-operator traffic/hit-rate configuration as a JSON string, or {@code null}
     * @param runtimeConfig custom runtime optimisation parameters, or {@code null}
     */
    public UpdateFlinkSqlJobRequest {
        JobRules.jobId("job_id", jobId);
        Validate.length("name", name, 0, JobRules.NAME_MAX);
        Validate.length("desc", desc, 0, JobRules.DESC_MAX);
        Validate.queueName("queue_name", queueName);
        Validate.length("sql_body", sqlBody, 0, JobRules.SQL_BODY_MAX);
        JobRules.known("run_mode", runMode, null);
        JobRules.cuNumbers(cuNumber, managerCuNumber, parallelNumber);
        if (cuNumber != null) {
            JobRules.parallelism(cuNumber, managerCuNumber, parallelNumber);
        }
        JobRules.known("checkpoint_mode", checkpointMode, null);
        Validate.range("checkpoint_interval", checkpointInterval, 0, Integer.MAX_VALUE);
        JobRules.obsBucketFor("checkpoint_enabled", checkpointEnabled, obsBucket);
        JobRules.obsBucketFor("log_enabled", logEnabled, obsBucket);
        Validate.range("idle_state_retention", idleStateRetention, 0, Integer.MAX_VALUE);
        JobRules.strings("edge_group_ids", edgeGroupIds);
        JobRules.dirtyDataStrategy(dirtyDataStrategy);
        JobRules.positive("tm_cus", tmCus);
        JobRules.positive("tm_slot_num", tmSlotNum);
        JobRules.resumeMaxNum(resumeMaxNum);
        edgeGroupIds = Validate.list("edge_group_ids", edgeGroupIds);
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
                .jobId(jobId)
                .name(name)
                .desc(desc)
                .queueName(queueName)
                .sqlBody(sqlBody)
                .runMode(runMode)
                .cuNumber(cuNumber)
                .parallelNumber(parallelNumber)
                .checkpointEnabled(checkpointEnabled)
                .checkpointMode(checkpointMode)
                .checkpointInterval(checkpointInterval)
                .obsBucket(obsBucket)
                .logEnabled(logEnabled)
                .smnTopic(smnTopic)
                .restartWhenException(restartWhenException)
                .idleStateRetention(idleStateRetention)
                .edgeGroupIds(edgeGroupIds)
                .dirtyDataStrategy(dirtyDataStrategy)
                .udfJarUrl(udfJarUrl)
                .managerCuNumber(managerCuNumber)
                .tmCus(tmCus)
                .tmSlotNum(tmSlotNum)
                .operatorConfig(operatorConfig)
                .resumeCheckpoint(resumeCheckpoint)
                .resumeMaxNum(resumeMaxNum)
                .staticEstimatorConfig(staticEstimatorConfig)
                .runtimeConfig(runtimeConfig);
    }

    /** Builds a {@link UpdateFlinkSqlJobRequest}. */
    public static final class Builder {
        private Long jobId;
        private String name;
        private String desc;
        private String queueName;
        private String sqlBody;
        private RunMode runMode;
        private Integer cuNumber;
        private Integer parallelNumber;
        private Boolean checkpointEnabled;
        private CheckpointMode checkpointMode;
        private Integer checkpointInterval;
        private String obsBucket;
        private Boolean logEnabled;
        private String smnTopic;
        private Boolean restartWhenException;
        private Integer idleStateRetention;
        private List<String> edgeGroupIds = new ArrayList<>();
        private String dirtyDataStrategy;
        private String udfJarUrl;
        private Integer managerCuNumber;
        private Integer tmCus;
        private Integer tmSlotNum;
        private String operatorConfig;
        private Boolean resumeCheckpoint;
        private Integer resumeMaxNum;
        private String staticEstimatorConfig;
        private String runtimeConfig;

        private Builder() {}

        /**
         * Sets the job to update (path parameter); positive.
         *
         * @param jobId the value
         * @return this builder
         */
        public Builder jobId(long jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets the new name: 0-57 characters, or {@code null} to keep it.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the description: 0-512 characters, or {@code null}.
         *
         * @param desc the value
         * @return this builder
         */
        public Builder desc(String desc) {
            this.desc = desc;
            return this;
        }

        /**
         * Sets the queue, or {@code null}.
         *
         * @param queueName the value
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets the Stream SQL: at most 1024*1024 characters, or {@code null}.
         *
         * @param sqlBody the value
         * @return this builder
         */
        public Builder sqlBody(String sqlBody) {
            this.sqlBody = sqlBody;
            return this;
        }

        /**
         * Sets the run mode, or {@code null}.
         *
         * @param runMode the value
         * @return this builder
         */
        public Builder runMode(RunMode runMode) {
            this.runMode = runMode;
            return this;
        }

        /**
         * Sets the CUs of the job (2-400), or {@code null}.
         *
         * @param cuNumber the value
         * @return this builder
         */
        public Builder cuNumber(Integer cuNumber) {
            this.cuNumber = cuNumber;
            return this;
        }

        /**
         * Sets the parallelism (1-2000), or {@code null}.
         *
         * @param parallelNumber the value
         * @return this builder
         */
        public Builder parallelNumber(Integer parallelNumber) {
            this.parallelNumber = parallelNumber;
            return this;
        }

        /**
         * Sets whether automatic checkpoints are on ({@code obs_bucket} is then required), or {@code null}.
         *
         * @param checkpointEnabled the value
         * @return this builder
         */
        public Builder checkpointEnabled(Boolean checkpointEnabled) {
            this.checkpointEnabled = checkpointEnabled;
            return this;
        }

        /**
         * Sets the checkpoint mode, or {@code null}.
         *
         * @param checkpointMode the value
         * @return this builder
         */
        public Builder checkpointMode(CheckpointMode checkpointMode) {
            this.checkpointMode = checkpointMode;
            return this;
        }

        /**
         * Sets the checkpoint interval in seconds (not negative), or {@code null}.
         *
         * @param checkpointInterval the value
         * @return this builder
         */
        public Builder checkpointInterval(Integer checkpointInterval) {
            this.checkpointInterval = checkpointInterval;
            return this;
        }

        /**
         * Sets the OBS path for checkpoints and logs; required when checkpoints or logs are turned on.
         *
         * @param obsBucket the value
         * @return this builder
         */
        public Builder obsBucket(String obsBucket) {
            this.obsBucket = obsBucket;
            return this;
        }

        /**
         * Sets whether logs are uploaded to OBS ({@code obs_bucket} is then required), or {@code null}.
         *
         * @param logEnabled the value
         * @return this builder
         */
        public Builder logEnabled(Boolean logEnabled) {
            this.logEnabled = logEnabled;
            return this;
        }

        /**
         * Sets the SMN topic alerted when the job fails, or {@code null}.
         *
         * @param smnTopic the value
         * @return this builder
         */
        public Builder smnTopic(String smnTopic) {
            this.smnTopic = smnTopic;
            return this;
        }

        /**
         * Sets whether the job restarts after an exception, or {@code null}.
         *
         * @param restartWhenException the value
         * @return this builder
         */
        public Builder restartWhenException(Boolean restartWhenException) {
            this.restartWhenException = restartWhenException;
            return this;
        }

        /**
         * Sets the idle state retention in seconds (not negative), or {@code null}.
         *
         * @param idleStateRetention the value
         * @return this builder
         */
        public Builder idleStateRetention(Integer idleStateRetention) {
            this.idleStateRetention = idleStateRetention;
            return this;
        }

        /**
         * Replaces the edge computing group ids; never {@code null}.
         *
         * @param edgeGroupIds the value
         * @return this builder
         */
        public Builder edgeGroupIds(List<String> edgeGroupIds) {
            this.edgeGroupIds = edgeGroupIds == null ? new ArrayList<>() : new ArrayList<>(edgeGroupIds);
            return this;
        }

        /**
         * Sets the dirty-data strategy: {@code "0"} ignore, {@code "1"} throw, {@code "2:obsDir"} save under obsDir; or {@code null}.
         *
         * @param dirtyDataStrategy the value
         * @return this builder
         */
        public Builder dirtyDataStrategy(String dirtyDataStrategy) {
            this.dirtyDataStrategy = dirtyDataStrategy;
            return this;
        }

        /**
         * Sets the uploaded UDF jar package, or {@code null}.
         *
         * @param udfJarUrl the value
         * @return this builder
         */
        public Builder udfJarUrl(String udfJarUrl) {
            this.udfJarUrl = udfJarUrl;
            return this;
        }

        /**
         * Sets the CUs of the job manager (less than cu_number), or {@code null}.
         *
         * @param managerCuNumber the value
         * @return this builder
         */
        public Builder managerCuNumber(Integer managerCuNumber) {
            this.managerCuNumber = managerCuNumber;
            return this;
        }

        /**
         * Sets the CUs per task manager (positive), or {@code null}.
         *
         * @param tmCus the value
         * @return this builder
         */
        public Builder tmCus(Integer tmCus) {
            this.tmCus = tmCus;
            return this;
        }

        /**
         * Sets the slots per task manager (positive), or {@code null}.
         *
         * @param tmSlotNum the value
         * @return this builder
         */
        public Builder tmSlotNum(Integer tmSlotNum) {
            this.tmSlotNum = tmSlotNum;
            return this;
        }

        /**
         * Sets the per-operator parallelism, or {@code null}.
         *
         * @param operatorConfig the value
         * @return this builder
         */
        public Builder operatorConfig(String operatorConfig) {
            this.operatorConfig = operatorConfig;
            return this;
        }

        /**
         * Sets whether a restart after an exception resumes from the checkpoint, or {@code null}.
         *
         * @param resumeCheckpoint the value
         * @return this builder
         */
        public Builder resumeCheckpoint(Boolean resumeCheckpoint) {
            this.resumeCheckpoint = resumeCheckpoint;
            return this;
        }

        /**
         * Sets the most restarts per hour: -1 (unlimited) or positive, or {@code null}.
         *
         * @param resumeMaxNum the value
         * @return this builder
         */
        public Builder resumeMaxNum(Integer resumeMaxNum) {
            this.resumeMaxNum = resumeMaxNum;
            return this;
        }

        /**
         * Sets the per-operator traffic/hit-rate configuration as a JSON string, or {@code null}.
         *
         * @param staticEstimatorConfig the value
         * @return this builder
         */
        public Builder staticEstimatorConfig(String staticEstimatorConfig) {
            this.staticEstimatorConfig = staticEstimatorConfig;
            return this;
        }

        /**
         * Sets custom runtime optimisation parameters, or {@code null}.
         *
         * @param runtimeConfig the value
         * @return this builder
         */
        public Builder runtimeConfig(String runtimeConfig) {
            this.runtimeConfig = runtimeConfig;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public UpdateFlinkSqlJobRequest build() {
            return new UpdateFlinkSqlJobRequest(
                    Validate.required("job_id", jobId),
                    name,
                    desc,
                    queueName,
                    sqlBody,
                    runMode,
                    cuNumber,
                    parallelNumber,
                    checkpointEnabled,
                    checkpointMode,
                    checkpointInterval,
                    obsBucket,
                    logEnabled,
                    smnTopic,
                    restartWhenException,
                    idleStateRetention,
                    edgeGroupIds,
                    dirtyDataStrategy,
                    udfJarUrl,
                    managerCuNumber,
                    tmCus,
                    tmSlotNum,
                    operatorConfig,
                    resumeCheckpoint,
                    resumeMaxNum,
                    staticEstimatorConfig,
                    runtimeConfig);
        }
    }
}
