package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Updates a Flink jar job (reference 9.5, {@code PUT /v1.0/{project_id}/streaming/flink-jobs/{job_id}}).
 * Unset ({@code null}) fields are not sent.
 *
 * @param jobId the job to update (path parameter); positive
 * @param name the new name: 0-57 characters, or {@code null} to keep it
 * @param desc the description: 0-512 characters, or {@code null}
 * @param queueName the queue, or {@code null}
 * @param cuNumber the CUs of the job (2-400), or {@code null}
 * @param managerCuNumber the CUs of the job manager (less than cu_number), or {@code null} for 1
 * @param parallelNumber the parallelism (1-2000), or {@code null}
 * @param logEnabled whether job logs are saved ({@code obs_bucket} is then required), or {@code null} for false
 * @param obsBucket the OBS bucket for the logs; required when {@code log_enabled} is true
 * @param smnTopic the SMN topic alerted when the job fails, or {@code null}
 * @param mainClass the main class, or {@code null}
 * @param entrypointArgs the main class's arguments, separated by spaces, or {@code null}
 * @param restartWhenException whether the job restarts after an exception, or {@code null} for false
 * @param entrypoint the uploaded package holding the main class, or {@code null}
 * @param dependencyJars other uploaded jar packages, for example {@code myGroup/test.jar}; never {@code null}
 * @param dependencyFiles uploaded dependency files, for example {@code myGroup/test.csv}; never {@code null}
 * @param tmCus the CUs per task manager (positive), or {@code null} for 1
 * @param tmSlotNum the slots per task manager (positive), or {@code null}
 * @param resumeCheckpoint whether a restart after an exception resumes from the checkpoint, or {@code null}
 * @param resumeMaxNum the most restarts per hour: -1 (unlimited, the default) or positive
 * @param checkpointPath where the jar stores checkpoints (different for every job), or {@code null}
 * @param runtimeConfig custom runtime optimisation parameters, or {@code null}
 * @param jobType the job type, {@code flink_jar_job}, or {@code null}
 */
public record UpdateFlinkJarJobRequest(
        long jobId,
        String name,
        String desc,
        String queueName,
        Integer cuNumber,
        Integer managerCuNumber,
        Integer parallelNumber,
        Boolean logEnabled,
        String obsBucket,
        String smnTopic,
        String mainClass,
        String entrypointArgs,
        Boolean restartWhenException,
        String entrypoint,
        List<String> dependencyJars,
        List<String> dependencyFiles,
        Integer tmCus,
        Integer tmSlotNum,
        Boolean resumeCheckpoint,
        Integer resumeMaxNum,
        String checkpointPath,
        String runtimeConfig,
        JobType jobType) {

    /**
     * Validates the request.
     *
     * @param jobId the job to update (path parameter); positive
     * @param name the new name: 0-57 characters, or {@code null} to keep it
     * @param desc the description: 0-512 characters, or {@code null}
     * @param queueName the queue, or {@code null}
     * @param cuNumber the CUs of the job (2-400), or {@code null}
     * @param managerCuNumber the CUs of the job manager (less than cu_number), or {@code null} for 1
     * @param parallelNumber the parallelism (1-2000), or {@code null}
     * @param logEnabled whether job logs are saved ({@code obs_bucket} is then required), or {@code null} for false
     * @param obsBucket the OBS bucket for the logs; required when {@code log_enabled} is true
     * @param smnTopic the SMN topic alerted when the job fails, or {@code null}
     * @param mainClass the main class, or {@code null}
     * @param entrypointArgs the main class's arguments, separated by spaces, or {@code null}
     * @param restartWhenException whether the job restarts after an exception, or {@code null} for false
     * @param entrypoint the uploaded package holding the main class, or {@code null}
     * @param dependencyJars other uploaded jar packages, for example {@code myGroup/test.jar}; never {@code null}
     * @param dependencyFiles uploaded dependency files, for example {@code myGroup/test.csv}; never {@code null}
     * @param tmCus the CUs per task manager (positive), or {@code null} for 1
     * @param tmSlotNum the slots per task manager (positive), or {@code null}
     * @param resumeCheckpoint whether a restart after an exception resumes from the checkpoint, or {@code null}
     * @param resumeMaxNum the most restarts per hour: -1 (unlimited, the default) or positive
     * @param checkpointPath where the jar stores checkpoints (different for every job), or {@code null}
     * @param runtimeConfig custom runtime optimisation parameters, or {@code null}
     * @param jobType the job type, {@code flink_jar_job}, or {@code null}
     */
    public UpdateFlinkJarJobRequest {
        JobRules.jobId("job_id", jobId);
        Validate.length("name", name, 0, JobRules.NAME_MAX);
        Validate.length("desc", desc, 0, JobRules.DESC_MAX);
        Validate.queueName("queue_name", queueName);
        JobRules.cuNumbers(cuNumber, managerCuNumber, parallelNumber);
        JobRules.obsBucketFor("log_enabled", logEnabled, obsBucket);
        JobRules.strings("dependency_jars", dependencyJars);
        JobRules.strings("dependency_files", dependencyFiles);
        JobRules.positive("tm_cus", tmCus);
        JobRules.positive("tm_slot_num", tmSlotNum);
        JobRules.resumeMaxNum(resumeMaxNum);
        JobRules.known("job_type", jobType, Set.of(JobType.FLINK_JAR_JOB));
        dependencyJars = Validate.list("dependency_jars", dependencyJars);
        dependencyFiles = Validate.list("dependency_files", dependencyFiles);
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
                .cuNumber(cuNumber)
                .managerCuNumber(managerCuNumber)
                .parallelNumber(parallelNumber)
                .logEnabled(logEnabled)
                .obsBucket(obsBucket)
                .smnTopic(smnTopic)
                .mainClass(mainClass)
                .entrypointArgs(entrypointArgs)
                .restartWhenException(restartWhenException)
                .entrypoint(entrypoint)
                .dependencyJars(dependencyJars)
                .dependencyFiles(dependencyFiles)
                .tmCus(tmCus)
                .tmSlotNum(tmSlotNum)
                .resumeCheckpoint(resumeCheckpoint)
                .resumeMaxNum(resumeMaxNum)
                .checkpointPath(checkpointPath)
                .runtimeConfig(runtimeConfig)
                .jobType(jobType);
    }

    /** Builds a {@link UpdateFlinkJarJobRequest}. */
    public static final class Builder {
        private Long jobId;
        private String name;
        private String desc;
        private String queueName;
        private Integer cuNumber;
        private Integer managerCuNumber;
        private Integer parallelNumber;
        private Boolean logEnabled;
        private String obsBucket;
        private String smnTopic;
        private String mainClass;
        private String entrypointArgs;
        private Boolean restartWhenException;
        private String entrypoint;
        private List<String> dependencyJars = new ArrayList<>();
        private List<String> dependencyFiles = new ArrayList<>();
        private Integer tmCus;
        private Integer tmSlotNum;
        private Boolean resumeCheckpoint;
        private Integer resumeMaxNum;
        private String checkpointPath;
        private String runtimeConfig;
        private JobType jobType;

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
         * Sets whether job logs are saved ({@code obs_bucket} is then required), or {@code null} for false.
         *
         * @param logEnabled the value
         * @return this builder
         */
        public Builder logEnabled(Boolean logEnabled) {
            this.logEnabled = logEnabled;
            return this;
        }

        /**
         * Sets the OBS bucket for the logs; required when {@code log_enabled} is true.
         *
         * @param obsBucket the value
         * @return this builder
         */
        public Builder obsBucket(String obsBucket) {
            this.obsBucket = obsBucket;
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
         * Sets the main class, or {@code null}.
         *
         * @param mainClass the value
         * @return this builder
         */
        public Builder mainClass(String mainClass) {
            this.mainClass = mainClass;
            return this;
        }

        /**
         * Sets the main class's arguments, separated by spaces, or {@code null}.
         *
         * @param entrypointArgs the value
         * @return this builder
         */
        public Builder entrypointArgs(String entrypointArgs) {
            this.entrypointArgs = entrypointArgs;
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
         * Sets the uploaded package holding the main class, or {@code null}.
         *
         * @param entrypoint the value
         * @return this builder
         */
        public Builder entrypoint(String entrypoint) {
            this.entrypoint = entrypoint;
            return this;
        }

        /**
         * Replaces other uploaded jar packages, for example {@code myGroup/test.jar}; never {@code null}.
         *
         * @param dependencyJars the value
         * @return this builder
         */
        public Builder dependencyJars(List<String> dependencyJars) {
            this.dependencyJars = dependencyJars == null ? new ArrayList<>() : new ArrayList<>(dependencyJars);
            return this;
        }

        /**
         * Replaces uploaded dependency files, for example {@code myGroup/test.csv}; never {@code null}.
         *
         * @param dependencyFiles the value
         * @return this builder
         */
        public Builder dependencyFiles(List<String> dependencyFiles) {
            this.dependencyFiles = dependencyFiles == null ? new ArrayList<>() : new ArrayList<>(dependencyFiles);
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
         * Sets where the jar stores checkpoints (different for every job), or {@code null}.
         *
         * @param checkpointPath the value
         * @return this builder
         */
        public Builder checkpointPath(String checkpointPath) {
            this.checkpointPath = checkpointPath;
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
         * Sets the job type, {@code flink_jar_job}, or {@code null}.
         *
         * @param jobType the value
         * @return this builder
         */
        public Builder jobType(JobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public UpdateFlinkJarJobRequest build() {
            return new UpdateFlinkJarJobRequest(
                    Validate.required("job_id", jobId),
                    name,
                    desc,
                    queueName,
                    cuNumber,
                    managerCuNumber,
                    parallelNumber,
                    logEnabled,
                    obsBucket,
                    smnTopic,
                    mainClass,
                    entrypointArgs,
                    restartWhenException,
                    entrypoint,
                    dependencyJars,
                    dependencyFiles,
                    tmCus,
                    tmSlotNum,
                    resumeCheckpoint,
                    resumeMaxNum,
                    checkpointPath,
                    runtimeConfig,
                    jobType);
        }
    }
}
