package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Creates a Flink SQL job (reference 9.2, {@code POST /v1.0/{project_id}/streaming/sql-jobs}).
 *
 * <p>The reference's table spells the retention field {@code idle_state_retenion} (unit hours)
 * while its example and 9.3 use {@code idle_state_retention} in seconds; this SDK uses the latter.
 * {@code checkpoint_mode} is documented as 1/2 in the table and as names in the example: see
 * {@link CheckpointMode}.
 *
 * @param name the job name: 1-57 characters (required)
 * @param desc the description: 0-512 characters, or {@code null}
 * @param templateId the template whose SQL fills {@code sql_body} when that is empty, or {@code null}
 * @param queueName the queue, or {@code null}
 * @param sqlBody the Stream SQL (source, query and sink): at most 1024*1024 characters, or {@code null}
 * @param runMode the run mode, or {@code null} for {@code shared_cluster}
 * @param cuNumber the CUs of the job, compute plus management (2-400), or {@code null} for 2
 * @param parallelNumber the parallelism (1-2000, at most 4 x (cu_number - manager_cu_number)), or {@code null} for 1
 * @param checkpointEnabled whether automatic checkpoints are on ({@code obs_bucket} is then required), or {@code null} for false
 * @param checkpointMode the checkpoint mode, or {@code null} for exactly_once
 * @param checkpointInterval the checkpoint interval in seconds (not negative), or {@code null} for 10
 * @param obsBucket the OBS path for checkpoints and logs; required when checkpoints or logs are on
 * @param logEnabled whether logs are uploaded to OBS ({@code obs_bucket} is then required), or {@code null} for false
 * @param smnTopic the SMN topic alerted when the job fails, or {@code null}
 * @param restartWhenException whether the job restarts after an exception, or {@code null} for false
 * @param idleStateRetention the idle state retention in seconds (not negative), or {@code null}
 * @param jobType the job type, {@code flink_sql_job} or {@code flink_opensource_sql_job}, or {@code null}
 * @param dirtyDataStrategy the dirty-data strategy: {@code "0"} ignore (default), {@code "1"} throw, {@code "2:obsDir"} save under obsDir; or {@code null}
 * @param udfJarUrl the uploaded UDF jar package, or {@code null}
 * @param managerCuNumber the CUs of the job manager (less than cu_number), or {@code null} for 1
 * @param tmCus the CUs per task manager (positive), or {@code null} for 1
 * @param tmSlotNum the slots per task manager (positive), or {@code null} for the service's default
 * @param resumeCheckpoint whether a restart after an exception resumes from the checkpoint, or {@code null}
 * @param resumeMaxNum the most restarts per hour: -1 (unlimited, the default) or positive
 * @param tags the job's tags; never {@code null}
 * @param runtimeConfig custom runtime optimisation parameters, or {@code null}
 */
public record CreateFlinkSqlJobRequest(
        String name,
        String desc,
        Long templateId,
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
        JobType jobType,
        String dirtyDataStrategy,
        String udfJarUrl,
        Integer managerCuNumber,
        Integer tmCus,
        Integer tmSlotNum,
        Boolean resumeCheckpoint,
        Integer resumeMaxNum,
        List<Tag> tags,
        String runtimeConfig) {
    /** The job types a SQL job may have. */
    public static final Set<JobType> SQL_JOB_TYPES = Set.of(JobType.FLINK_SQL_JOB, JobType.FLINK_OPENSOURCE_SQL_JOB);

    /**
     * Validates the request.
     *
     * @param name the job name: 1-57 characters (required)
     * @param desc the description: 0-512 characters, or {@code null}
     * @param templateId the template whose SQL fills {@code sql_body} when that is empty, or {@code null}
     * @param queueName the queue, or {@code null}
     * @param sqlBody the Stream SQL (source, query and sink): at most 1024*1024 characters, or {@code null}
     * @param runMode the run mode, or {@code null} for {@code shared_cluster}
     * @param cuNumber the CUs of the job, compute plus management (2-400), or {@code null} for 2
     * @param parallelNumber the parallelism (1-2000, at most 4 x (cu_number - manager_cu_number)), or {@code null} for 1
     * @param checkpointEnabled whether automatic checkpoints are on ({@code obs_bucket} is then required), or {@code null} for false
     * @param checkpointMode the checkpoint mode, or {@code null} for exactly_once
     * @param checkpointInterval the checkpoint interval in seconds (not negative), or {@code null} for 10
     * @param obsBucket the OBS path for checkpoints and logs; required when checkpoints or logs are on
     * @param logEnabled whether logs are uploaded to OBS ({@code obs_bucket} is then required), or {@code null} for false
     * @param smnTopic the SMN topic alerted when the job fails, or {@code null}
     * @param restartWhenException whether the job restarts after an exception, or {@code null} for false
     * @param idleStateRetention the idle state retention in seconds (not negative), or {@code null}
     * @param jobType the job type, {@code flink_sql_job} or {@code flink_opensource_sql_job}, or {@code null}
     * @param dirtyDataStrategy the dirty-data strategy: {@code "0"} ignore (default), {@code "1"} throw, {@code "2:obsDir"} save under obsDir; or {@code null}
     * @param udfJarUrl the uploaded UDF jar package, or {@code null}
     * @param managerCuNumber the CUs of the job manager (less than cu_number), or {@code null} for 1
     * @param tmCus the CUs per task manager (positive), or {@code null} for 1
     * @param tmSlotNum the slots per task manager (positive), or {@code null} for the service's default
     * @param resumeCheckpoint whether a restart after an exception resumes from the checkpoint, or {@code null}
     * @param resumeMaxNum the most restarts per hour: -1 (unlimited, the default) or positive
     * @param tags the job's tags; never {@code null}
     * @param runtimeConfig custom runtime optimisation parameters, or {@code null}
     */
    public CreateFlinkSqlJobRequest {
        Validate.requiredText("name", name, 1, JobRules.NAME_MAX);
        Validate.length("desc", desc, 0, JobRules.DESC_MAX);
        Validate.range("template_id", templateId, 1, Long.MAX_VALUE);
        Validate.queueName("queue_name", queueName);
        Validate.length("sql_body", sqlBody, 0, JobRules.SQL_BODY_MAX);
        JobRules.known("run_mode", runMode, null);
        JobRules.cuNumbers(cuNumber, managerCuNumber, parallelNumber);
        JobRules.parallelism(cuNumber, managerCuNumber, parallelNumber);
        JobRules.known("checkpoint_mode", checkpointMode, null);
        Validate.range("checkpoint_interval", checkpointInterval, 0, Integer.MAX_VALUE);
        JobRules.obsBucketFor("checkpoint_enabled", checkpointEnabled, obsBucket);
        JobRules.obsBucketFor("log_enabled", logEnabled, obsBucket);
        Validate.range("idle_state_retention", idleStateRetention, 0, Integer.MAX_VALUE);
        JobRules.known("job_type", jobType, SQL_JOB_TYPES);
        JobRules.dirtyDataStrategy(dirtyDataStrategy);
        JobRules.positive("tm_cus", tmCus);
        JobRules.positive("tm_slot_num", tmSlotNum);
        JobRules.resumeMaxNum(resumeMaxNum);
        tags = Validate.list("tags", tags);
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
                .name(name)
                .desc(desc)
                .templateId(templateId)
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
                .jobType(jobType)
                .dirtyDataStrategy(dirtyDataStrategy)
                .udfJarUrl(udfJarUrl)
                .managerCuNumber(managerCuNumber)
                .tmCus(tmCus)
                .tmSlotNum(tmSlotNum)
                .resumeCheckpoint(resumeCheckpoint)
                .resumeMaxNum(resumeMaxNum)
                .tags(tags)
                .runtimeConfig(runtimeConfig);
    }

    /** Builds a {@link CreateFlinkSqlJobRequest}. */
    public static final class Builder {
        private String name;
        private String desc;
        private Long templateId;
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
        private JobType jobType;
        private String dirtyDataStrategy;
        private String udfJarUrl;
        private Integer managerCuNumber;
        private Integer tmCus;
        private Integer tmSlotNum;
        private Boolean resumeCheckpoint;
        private Integer resumeMaxNum;
        private List<Tag> tags = new ArrayList<>();
        private String runtimeConfig;

        private Builder() {}

        /**
         * Sets the job name: 1-57 characters (required).
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
         * Sets the template whose SQL fills {@code sql_body} when that is empty, or {@code null}.
         *
         * @param templateId the value
         * @return this builder
         */
        public Builder templateId(Long templateId) {
            this.templateId = templateId;
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
         * Sets the Stream SQL (source, query and sink): at most 1024*1024 characters, or {@code null}.
         *
         * @param sqlBody the value
         * @return this builder
         */
        public Builder sqlBody(String sqlBody) {
            this.sqlBody = sqlBody;
            return this;
        }

        /**
         * Sets the run mode, or {@code null} for {@code shared_cluster}.
         *
         * @param runMode the value
         * @return this builder
         */
        public Builder runMode(RunMode runMode) {
            this.runMode = runMode;
            return this;
        }

        /**
         * Sets the CUs of the job, compute plus management (2-400), or {@code null} for 2.
         *
         * @param cuNumber the value
         * @return this builder
         */
        public Builder cuNumber(Integer cuNumber) {
            this.cuNumber = cuNumber;
            return this;
        }

        /**
         * Sets the parallelism (1-2000, at most 4 x (cu_number - manager_cu_number)), or {@code null} for 1.
         *
         * @param parallelNumber the value
         * @return this builder
         */
        public Builder parallelNumber(Integer parallelNumber) {
            this.parallelNumber = parallelNumber;
            return this;
        }

        /**
         * Sets whether automatic checkpoints are on ({@code obs_bucket} is then required), or {@code null} for false.
         *
         * @param checkpointEnabled the value
         * @return this builder
         */
        public Builder checkpointEnabled(Boolean checkpointEnabled) {
            this.checkpointEnabled = checkpointEnabled;
            return this;
        }

        /**
         * Sets the checkpoint mode, or {@code null} for exactly_once.
         *
         * @param checkpointMode the value
         * @return this builder
         */
        public Builder checkpointMode(CheckpointMode checkpointMode) {
            this.checkpointMode = checkpointMode;
            return this;
        }

        /**
         * Sets the checkpoint interval in seconds (not negative), or {@code null} for 10.
         *
         * @param checkpointInterval the value
         * @return this builder
         */
        public Builder checkpointInterval(Integer checkpointInterval) {
            this.checkpointInterval = checkpointInterval;
            return this;
        }

        /**
         * Sets the OBS path for checkpoints and logs; required when checkpoints or logs are on.
         *
         * @param obsBucket the value
         * @return this builder
         */
        public Builder obsBucket(String obsBucket) {
            this.obsBucket = obsBucket;
            return this;
        }

        /**
         * Sets whether logs are uploaded to OBS ({@code obs_bucket} is then required), or {@code null} for false.
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
         * Sets whether the job restarts after an exception, or {@code null} for false.
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
         * Sets the job type, {@code flink_sql_job} or {@code flink_opensource_sql_job}.
         *
         * @param jobType the value
         * @return this builder
         */
        public Builder jobType(JobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * Sets the dirty-data strategy: {@code "0"} ignore (default), {@code "1"} throw, {@code "2:obsDir"} save under obsDir; or {@code null}.
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
         * Sets the CUs of the job manager (less than cu_number), or {@code null} for 1.
         *
         * @param managerCuNumber the value
         * @return this builder
         */
        public Builder managerCuNumber(Integer managerCuNumber) {
            this.managerCuNumber = managerCuNumber;
            return this;
        }

        /**
         * Sets the CUs per task manager (positive), or {@code null} for 1.
         *
         * @param tmCus the value
         * @return this builder
         */
        public Builder tmCus(Integer tmCus) {
            this.tmCus = tmCus;
            return this;
        }

        /**
         * Sets the slots per task manager (positive), or {@code null} for the service's default.
         *
         * @param tmSlotNum the value
         * @return this builder
         */
        public Builder tmSlotNum(Integer tmSlotNum) {
            this.tmSlotNum = tmSlotNum;
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
         * Sets the most restarts per hour: -1 (unlimited, the default) or positive.
         *
         * @param resumeMaxNum the value
         * @return this builder
         */
        public Builder resumeMaxNum(Integer resumeMaxNum) {
            this.resumeMaxNum = resumeMaxNum;
            return this;
        }

        /**
         * Replaces the job's tags; never {@code null}.
         *
         * @param tags the value
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
            return this;
        }

        /**
         * Adds a tag.
         *
         * @param key the tag key
         * @param value the tag value
         * @return this builder
         */
        public Builder addTag(String key, String value) {
            this.tags.add(Tag.of(key, value));
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
        public CreateFlinkSqlJobRequest build() {
            return new CreateFlinkSqlJobRequest(
                    name,
                    desc,
                    templateId,
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
                    jobType,
                    dirtyDataStrategy,
                    udfJarUrl,
                    managerCuNumber,
                    tmCus,
                    tmSlotNum,
                    resumeCheckpoint,
                    resumeMaxNum,
                    tags,
                    runtimeConfig);
        }
    }
}
