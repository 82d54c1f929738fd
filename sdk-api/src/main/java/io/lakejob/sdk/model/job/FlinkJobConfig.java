package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration of a Flink job ({@code job_config}, reference tables 9-37 and 9-42). Every
 * field is as the service reported it and may be {@code null}; lists are never {@code null}.
 *
 * @param checkpointEnabled whether automatic checkpoints are on
 * @param checkpointInterval the checkpoint interval in seconds
 * @param checkpointMode the checkpoint mode
 * @param logEnabled whether logs are stored in OBS
 * @param obsBucket the OBS bucket
 * @param rootId the parent job id ({@code -1} for none)
 * @param edgeGroupIds the edge computing group ids; never {@code null}
 * @param managerCuNumber the CUs of the management unit (job manager)
 * @param graphEditorEnabled whether the stream graph editor is on
 * @param graphEditorData the stream graph editor data
 * @param executorNumber the number of compute nodes
 * @param executorCuNumber the CUs per compute node
 * @param cuNumber the CUs of the job (2-400)
 * @param parallelNumber the parallelism (1-2000)
 * @param smnTopic the SMN topic alerted when the job fails
 * @param restartWhenException whether the job restarts after an exception
 * @param resumeCheckpoint whether an automatic restart resumes from the latest checkpoint
 * @param resumeMaxNum the most restarts per hour, {@code -1} for unlimited
 * @param checkpointPath the checkpoint path
 * @param idleStateRetention the idle state retention, in seconds
 * @param configUrl the OBS path of the uploaded config package
 * @param udfJarUrl the UDF jar package of a SQL job
 * @param dirtyDataStrategy the dirty-data strategy ({@code 0}, {@code 1} or {@code 2:obsDir})
 * @param entrypoint the package holding the main class of a jar job
 * @param dependencyJars the other jar packages of a jar job; never {@code null}
 * @param dependencyFiles the dependency files of a jar job; never {@code null}
 * @param tmCus the CUs per task manager
 * @param tmSlotNum the slots per task manager
 * @param image the custom image (in the 9.8 example, not in its table)
 * @param feature the feature (in the 9.8 example, not in its table)
 * @param flinkVersion the Flink version (in the 9.8 example, not in its table)
 * @param operatorConfig the per-operator parallelism, as JSON
 * @param staticEstimatorConfig the static resource estimation parameters, as JSON
 * @param runtimeConfig the custom runtime optimisation parameters
 */
public record FlinkJobConfig(
        Boolean checkpointEnabled,
        Integer checkpointInterval,
        CheckpointMode checkpointMode,
        Boolean logEnabled,
        String obsBucket,
        Long rootId,
        List<String> edgeGroupIds,
        Integer managerCuNumber,
        Boolean graphEditorEnabled,
        String graphEditorData,
        Integer executorNumber,
        Integer executorCuNumber,
        Integer cuNumber,
        Integer parallelNumber,
        String smnTopic,
        Boolean restartWhenException,
        Boolean resumeCheckpoint,
        Integer resumeMaxNum,
        String checkpointPath,
        Integer idleStateRetention,
        String configUrl,
        String udfJarUrl,
        String dirtyDataStrategy,
        String entrypoint,
        List<String> dependencyJars,
        List<String> dependencyFiles,
        Integer tmCus,
        Integer tmSlotNum,
        String image,
        String feature,
        String flinkVersion,
        String operatorConfig,
        String staticEstimatorConfig,
        String runtimeConfig) {

    /**
     * Copies the lists.
     *
     * @param checkpointEnabled whether automatic checkpoints are on
     * @param checkpointInterval the checkpoint interval in seconds
     * @param checkpointMode the checkpoint mode
     * @param logEnabled whether logs are stored in OBS
     * @param obsBucket the OBS bucket
     * @param rootId the parent job id ({@code -1} for none)
     * @param edgeGroupIds the edge computing group ids; never {@code null}
     * @param managerCuNumber the CUs of the management unit (job manager)
     * @param graphEditorEnabled whether the stream graph editor is on
     * @param graphEditorData the stream graph editor data
     * @param executorNumber the number of compute nodes
     * @param executorCuNumber the CUs per compute node
     * @param cuNumber the CUs of the job (2-400)
     * @param parallelNumber the parallelism (1-2000)
     * @param smnTopic the SMN topic alerted when the job fails
     * @param restartWhenException whether the job restarts after an exception
     * @param resumeCheckpoint whether an automatic restart resumes from the latest checkpoint
     * @param resumeMaxNum the most restarts per hour, {@code -1} for unlimited
     * @param checkpointPath the checkpoint path
     * @param idleStateRetention the idle state retention, in seconds
     * @param configUrl the OBS path of the uploaded config package
     * @param udfJarUrl the UDF jar package of a SQL job
     * @param dirtyDataStrategy the dirty-data strategy ({@code 0}, {@code 1} or {@code 2:obsDir})
     * @param entrypoint the package holding the main class of a jar job
     * @param dependencyJars the other jar packages of a jar job; never {@code null}
     * @param dependencyFiles the dependency files of a jar job; never {@code null}
     * @param tmCus the CUs per task manager
     * @param tmSlotNum the slots per task manager
     * @param image the custom image (in the 9.8 example, not in its table)
     * @param feature the feature (in the 9.8 example, not in its table)
     * @param flinkVersion the Flink version (in the 9.8 example, not in its table)
     * @param operatorConfig the per-operator parallelism, as JSON
     * @param staticEstimatorConfig the static resource estimation parameters, as JSON
     * @param runtimeConfig the custom runtime optimisation parameters
     */
    public FlinkJobConfig {
        edgeGroupIds = Validate.list("edge_group_ids", edgeGroupIds);
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
     * A builder holding this object's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .checkpointEnabled(checkpointEnabled)
                .checkpointInterval(checkpointInterval)
                .checkpointMode(checkpointMode)
                .logEnabled(logEnabled)
                .obsBucket(obsBucket)
                .rootId(rootId)
                .edgeGroupIds(edgeGroupIds)
                .managerCuNumber(managerCuNumber)
                .graphEditorEnabled(graphEditorEnabled)
                .graphEditorData(graphEditorData)
                .executorNumber(executorNumber)
                .executorCuNumber(executorCuNumber)
                .cuNumber(cuNumber)
                .parallelNumber(parallelNumber)
                .smnTopic(smnTopic)
                .restartWhenException(restartWhenException)
                .resumeCheckpoint(resumeCheckpoint)
                .resumeMaxNum(resumeMaxNum)
                .checkpointPath(checkpointPath)
                .idleStateRetention(idleStateRetention)
                .configUrl(configUrl)
                .udfJarUrl(udfJarUrl)
                .dirtyDataStrategy(dirtyDataStrategy)
                .entrypoint(entrypoint)
                .dependencyJars(dependencyJars)
                .dependencyFiles(dependencyFiles)
                .tmCus(tmCus)
                .tmSlotNum(tmSlotNum)
                .image(image)
                .feature(feature)
                .flinkVersion(flinkVersion)
                .operatorConfig(operatorConfig)
                .staticEstimatorConfig(staticEstimatorConfig)
                .runtimeConfig(runtimeConfig);
    }

    /** Builds a {@link FlinkJobConfig}. */
    public static final class Builder {
        private Boolean checkpointEnabled;
        private Integer checkpointInterval;
        private CheckpointMode checkpointMode;
        private Boolean logEnabled;
        private String obsBucket;
        private Long rootId;
        private List<String> edgeGroupIds = new ArrayList<>();
        private Integer managerCuNumber;
        private Boolean graphEditorEnabled;
        private String graphEditorData;
        private Integer executorNumber;
        private Integer executorCuNumber;
        private Integer cuNumber;
        private Integer parallelNumber;
        private String smnTopic;
        private Boolean restartWhenException;
        private Boolean resumeCheckpoint;
        private Integer resumeMaxNum;
        private String checkpointPath;
        private Integer idleStateRetention;
        private String configUrl;
        private String udfJarUrl;
        private String dirtyDataStrategy;
        private String entrypoint;
        private List<String> dependencyJars = new ArrayList<>();
        private List<String> dependencyFiles = new ArrayList<>();
        private Integer tmCus;
        private Integer tmSlotNum;
        private String image;
        private String feature;
        private String flinkVersion;
        private String operatorConfig;
        private String staticEstimatorConfig;
        private String runtimeConfig;

        private Builder() {}

        /**
         * Sets whether automatic checkpoints are on.
         *
         * @param checkpointEnabled the value
         * @return this builder
         */
        public Builder checkpointEnabled(Boolean checkpointEnabled) {
            this.checkpointEnabled = checkpointEnabled;
            return this;
        }

        /**
         * Sets the checkpoint interval in seconds.
         *
         * @param checkpointInterval the value
         * @return this builder
         */
        public Builder checkpointInterval(Integer checkpointInterval) {
            this.checkpointInterval = checkpointInterval;
            return this;
        }

        /**
         * Sets the checkpoint mode.
         *
         * @param checkpointMode the value
         * @return this builder
         */
        public Builder checkpointMode(CheckpointMode checkpointMode) {
            this.checkpointMode = checkpointMode;
            return this;
        }

        /**
         * Sets whether logs are stored in OBS.
         *
         * @param logEnabled the value
         * @return this builder
         */
        public Builder logEnabled(Boolean logEnabled) {
            this.logEnabled = logEnabled;
            return this;
        }

        /**
         * Sets the OBS bucket.
         *
         * @param obsBucket the value
         * @return this builder
         */
        public Builder obsBucket(String obsBucket) {
            this.obsBucket = obsBucket;
            return this;
        }

        /**
         * Sets the parent job id ({@code -1} for none).
         *
         * @param rootId the value
         * @return this builder
         */
        public Builder rootId(Long rootId) {
            this.rootId = rootId;
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
         * Sets the CUs of the management unit (job manager).
         *
         * @param managerCuNumber the value
         * @return this builder
         */
        public Builder managerCuNumber(Integer managerCuNumber) {
            this.managerCuNumber = managerCuNumber;
            return this;
        }

        /**
         * Sets whether the stream graph editor is on.
         *
         * @param graphEditorEnabled the value
         * @return this builder
         */
        public Builder graphEditorEnabled(Boolean graphEditorEnabled) {
            this.graphEditorEnabled = graphEditorEnabled;
            return this;
        }

        /**
         * Sets the stream graph editor data.
         *
         * @param graphEditorData the value
         * @return this builder
         */
        public Builder graphEditorData(String graphEditorData) {
            this.graphEditorData = graphEditorData;
            return this;
        }

        /**
         * Sets the number of compute nodes.
         *
         * @param executorNumber the value
         * @return this builder
         */
        public Builder executorNumber(Integer executorNumber) {
            this.executorNumber = executorNumber;
            return this;
        }

        /**
         * Sets the CUs per compute node.
         *
         * @param executorCuNumber the value
         * @return this builder
         */
        public Builder executorCuNumber(Integer executorCuNumber) {
            this.executorCuNumber = executorCuNumber;
            return this;
        }

        /**
         * Sets the CUs of the job (2-400).
         *
         * @param cuNumber the value
         * @return this builder
         */
        public Builder cuNumber(Integer cuNumber) {
            this.cuNumber = cuNumber;
            return this;
        }

        /**
         * Sets the parallelism (1-2000).
         *
         * @param parallelNumber the value
         * @return this builder
         */
        public Builder parallelNumber(Integer parallelNumber) {
            this.parallelNumber = parallelNumber;
            return this;
        }

        /**
         * Sets the SMN topic alerted when the job fails.
         *
         * @param smnTopic the value
         * @return this builder
         */
        public Builder smnTopic(String smnTopic) {
            this.smnTopic = smnTopic;
            return this;
        }

        /**
         * Sets whether the job restarts after an exception.
         *
         * @param restartWhenException the value
         * @return this builder
         */
        public Builder restartWhenException(Boolean restartWhenException) {
            this.restartWhenException = restartWhenException;
            return this;
        }

        /**
         * Sets whether an automatic restart resumes from the latest checkpoint.
         *
         * @param resumeCheckpoint the value
         * @return this builder
         */
        public Builder resumeCheckpoint(Boolean resumeCheckpoint) {
            this.resumeCheckpoint = resumeCheckpoint;
            return this;
        }

        /**
         * Sets the most restarts per hour, {@code -1} for unlimited.
         *
         * @param resumeMaxNum the value
         * @return this builder
         */
        public Builder resumeMaxNum(Integer resumeMaxNum) {
            this.resumeMaxNum = resumeMaxNum;
            return this;
        }

        /**
         * Sets the checkpoint path.
         *
         * @param checkpointPath the value
         * @return this builder
         */
        public Builder checkpointPath(String checkpointPath) {
            this.checkpointPath = checkpointPath;
            return this;
        }

        /**
         * Sets the idle state retention, in seconds.
         *
         * @param idleStateRetention the value
         * @return this builder
         */
        public Builder idleStateRetention(Integer idleStateRetention) {
            this.idleStateRetention = idleStateRetention;
            return this;
        }

        /**
         * Sets the OBS path of the uploaded config package.
         *
         * @param configUrl the value
         * @return this builder
         */
        public Builder configUrl(String configUrl) {
            this.configUrl = configUrl;
            return this;
        }

        /**
         * Sets the UDF jar package of a SQL job.
         *
         * @param udfJarUrl the value
         * @return this builder
         */
        public Builder udfJarUrl(String udfJarUrl) {
            this.udfJarUrl = udfJarUrl;
            return this;
        }

        /**
         * Sets the dirty-data strategy ({@code 0}, {@code 1} or {@code 2:obsDir}).
         *
         * @param dirtyDataStrategy the value
         * @return this builder
         */
        public Builder dirtyDataStrategy(String dirtyDataStrategy) {
            this.dirtyDataStrategy = dirtyDataStrategy;
            return this;
        }

        /**
         * Sets the package holding the main class of a jar job.
         *
         * @param entrypoint the value
         * @return this builder
         */
        public Builder entrypoint(String entrypoint) {
            this.entrypoint = entrypoint;
            return this;
        }

        /**
         * Replaces the other jar packages of a jar job; never {@code null}.
         *
         * @param dependencyJars the value
         * @return this builder
         */
        public Builder dependencyJars(List<String> dependencyJars) {
            this.dependencyJars = dependencyJars == null ? new ArrayList<>() : new ArrayList<>(dependencyJars);
            return this;
        }

        /**
         * Replaces the dependency files of a jar job; never {@code null}.
         *
         * @param dependencyFiles the value
         * @return this builder
         */
        public Builder dependencyFiles(List<String> dependencyFiles) {
            this.dependencyFiles = dependencyFiles == null ? new ArrayList<>() : new ArrayList<>(dependencyFiles);
            return this;
        }

        /**
         * Sets the CUs per task manager.
         *
         * @param tmCus the value
         * @return this builder
         */
        public Builder tmCus(Integer tmCus) {
            this.tmCus = tmCus;
            return this;
        }

        /**
         * Sets the slots per task manager.
         *
         * @param tmSlotNum the value
         * @return this builder
         */
        public Builder tmSlotNum(Integer tmSlotNum) {
            this.tmSlotNum = tmSlotNum;
            return this;
        }

        /**
         * Sets the custom image (in the 9.8 example, not in its table).
         *
         * @param image the value
         * @return this builder
         */
        public Builder image(String image) {
            this.image = image;
            return this;
        }

        /**
         * Sets the feature (in the 9.8 example, not in its table).
         *
         * @param feature the value
         * @return this builder
         */
        public Builder feature(String feature) {
            this.feature = feature;
            return this;
        }

        /**
         * Sets the Flink version (in the 9.8 example, not in its table).
         *
         * @param flinkVersion the value
         * @return this builder
         */
        public Builder flinkVersion(String flinkVersion) {
            this.flinkVersion = flinkVersion;
            return this;
        }

        /**
         * Sets the per-operator parallelism, as JSON.
         *
         * @param operatorConfig the value
         * @return this builder
         */
        public Builder operatorConfig(String operatorConfig) {
            this.operatorConfig = operatorConfig;
            return this;
        }

        /**
         * Sets the static resource estimation parameters, as JSON.
         *
         * @param staticEstimatorConfig the value
         * @return this builder
         */
        public Builder staticEstimatorConfig(String staticEstimatorConfig) {
            this.staticEstimatorConfig = staticEstimatorConfig;
            return this;
        }

        /**
         * Sets the custom runtime optimisation parameters.
         *
         * @param runtimeConfig the value
         * @return this builder
         */
        public Builder runtimeConfig(String runtimeConfig) {
            this.runtimeConfig = runtimeConfig;
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the object
         */
        public FlinkJobConfig build() {
            return new FlinkJobConfig(
                    checkpointEnabled,
                    checkpointInterval,
                    checkpointMode,
                    logEnabled,
                    obsBucket,
                    rootId,
                    edgeGroupIds,
                    managerCuNumber,
                    graphEditorEnabled,
                    graphEditorData,
                    executorNumber,
                    executorCuNumber,
                    cuNumber,
                    parallelNumber,
                    smnTopic,
                    restartWhenException,
                    resumeCheckpoint,
                    resumeMaxNum,
                    checkpointPath,
                    idleStateRetention,
                    configUrl,
                    udfJarUrl,
                    dirtyDataStrategy,
                    entrypoint,
                    dependencyJars,
                    dependencyFiles,
                    tmCus,
                    tmSlotNum,
                    image,
                    feature,
                    flinkVersion,
                    operatorConfig,
                    staticEstimatorConfig,
                    runtimeConfig);
        }
    }
}
