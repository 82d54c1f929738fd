package io.lakejob.sdk.cloud.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.job.CheckpointMode;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.CreatedFlinkJob;
import io.lakejob.sdk.model.job.ExportFlinkJobsResponse;
import io.lakejob.sdk.model.job.FlinkExecuteGraph;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.FlinkJobConfig;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobList;
import io.lakejob.sdk.model.job.FlinkJobMapping;
import io.lakejob.sdk.model.job.FlinkJobUpdate;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphResponse;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.ImportFlinkJobsResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.job.ListFlinkJobsResponse;
import io.lakejob.sdk.model.job.RunMode;
import io.lakejob.sdk.model.job.UpdateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.UpdateFlinkJobResponse;
import io.lakejob.sdk.model.job.UpdateFlinkSqlJobRequest;
import io.lakejob.sdk.spi.FlinkJobOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wire mapping of the Flink job operations, reference sections 9.1 to 9.14.
 *
 * <p>Request decisions checked against the official {@code huaweicloud-sdk-dli} models:
 * {@code checkpoint_mode} goes out as a number ({@code 1}/{@code 2}, as the reference's tables
 * and the official SDK have it, not the examples' names); the stop flag goes out as
 * {@code trigger_savepoint} (the example's and the official SDK's spelling, not the table's
 * {@code trigger_save_point}); {@code idle_state_retention} goes out under that name in seconds
 * (9.2's table misspells it {@code idle_state_retenion} and says hours; 9.3's table, the examples
 * and the official SDK use the name above with 3600 as the default).
 */
final class FlinkJobCodecs {
    private FlinkJobCodecs() {}

    /**
     * The Flink job codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 9.1 POST /v1.0/{project_id}/dli/obs-authorize
                RestCodec.of(FlinkJobOperations.OBS_AUTHORIZE)
                        .body(r -> JsonBody.object()
                                .put("obs_buckets", r.obsBuckets())
                                .toMap())
                        .decode(FbtWire::basic)
                        .build(),
                // 9.2 POST /v1.0/{project_id}/streaming/sql-jobs
                RestCodec.of(FlinkJobOperations.CREATE_FLINK_SQL_JOB)
                        .body(FlinkJobCodecs::createSqlBody)
                        .decode(FlinkJobCodecs::created)
                        .build(),
                // 9.3 PUT /v1.0/{project_id}/streaming/sql-jobs/{job_id}
                RestCodec.of(FlinkJobOperations.UPDATE_FLINK_SQL_JOB)
                        .path(r -> Map.of("job_id", Long.toString(r.jobId())))
                        .body(FlinkJobCodecs::updateSqlBody)
                        .decode(FlinkJobCodecs::updated)
                        .build(),
                // 9.4 POST /v1.0/{project_id}/streaming/flink-jobs
                RestCodec.of(FlinkJobOperations.CREATE_FLINK_JAR_JOB)
                        .body(FlinkJobCodecs::createJarBody)
                        .decode(FlinkJobCodecs::created)
                        .build(),
                // 9.5 PUT /v1.0/{project_id}/streaming/flink-jobs/{job_id}
                RestCodec.of(FlinkJobOperations.UPDATE_FLINK_JAR_JOB)
                        .path(r -> Map.of("job_id", Long.toString(r.jobId())))
                        .body(FlinkJobCodecs::updateJarBody)
                        .decode(FlinkJobCodecs::updated)
                        .build(),
                // 9.6 POST /v1.0/{project_id}/streaming/jobs/run: answers an array of results.
                RestCodec.of(FlinkJobOperations.RUN_FLINK_JOBS)
                        .body(r -> JsonBody.object()
                                .put("job_ids", r.jobIds())
                                .put("resume_savepoint", r.resumeSavepoint())
                                .toMap())
                        .decode(body -> new FlinkJobsBatchResponse(FbtWire.basics(body)))
                        .build(),
                // 9.7 GET /v1.0/{project_id}/streaming/jobs
                RestCodec.of(FlinkJobOperations.LIST_FLINK_JOBS)
                        .query((r, q) -> q.add("job_type", r.jobType())
                                .add("status", r.status())
                                .add("queue_name", r.queueName())
                                .add("order", r.order())
                                .add("limit", r.limit())
                                .add("name", r.name())
                                .add("offset", r.offset())
                                .add("show_detail", r.showDetail())
                                .add("user_name", r.userName())
                                .add("tags", r.tags()))
                        .decodeAs(WireJobList.class, w -> {
                            FlinkJobList list = null;
                            if (w.jobList() != null) {
                                List<FlinkJob> jobs = new ArrayList<>();
                                for (WireJob j : FbtWire.compact(w.jobList().jobs())) {
                                    jobs.add(j.toJob());
                                }
                                list = new FlinkJobList(w.jobList().totalCount(), jobs);
                            }
                            return new ListFlinkJobsResponse(w.isSuccess(), w.message(), list);
                        })
                        .build(),
                // 9.8 GET /v1.0/{project_id}/streaming/jobs/{job_id}
                RestCodec.of(FlinkJobOperations.GET_FLINK_JOB)
                        .path(r -> Map.of("job_id", Long.toString(r.jobId())))
                        .decodeAs(WireJobDetailResponse.class, w -> {
                            return new GetFlinkJobResponse(
                                    w.isSuccess(),
                                    w.message(),
                                    w.jobDetail() == null ? null : w.jobDetail().toDetail());
                        })
                        .build(),
                // 9.9 GET /v1.0/{project_id}/streaming/jobs/{job_id}/execute-graph
                RestCodec.of(FlinkJobOperations.GET_FLINK_JOB_EXECUTE_GRAPH)
                        .path(r -> Map.of("job_id", Long.toString(r.jobId())))
                        .decodeAs(WireGraphResponse.class, w -> {
                            WireGraph g = w.executeGraph();
                            FlinkExecuteGraph graph = g == null
                                    ? null
                                    : new FlinkExecuteGraph(
                                            g.jid(),
                                            g.name(),
                                            g.isStoppable(),
                                            g.state(),
                                            FbtWire.millis(g.startTime()),
                                            FbtWire.millis(g.endTime()),
                                            g.duration());
                            return new GetFlinkJobExecuteGraphResponse(w.isSuccess(), w.message(), graph);
                        })
                        .build(),
                // 9.10 POST /v1.0/{project_id}/streaming/jobs/stop: documented as an array, arrives
                // as one object; both read as a list.
                RestCodec.of(FlinkJobOperations.STOP_FLINK_JOBS)
                        .body(r -> JsonBody.object()
                                .put("job_ids", r.jobIds())
                                .put("trigger_savepoint", r.triggerSavepoint())
                                .toMap())
                        .decode(body -> new FlinkJobsBatchResponse(FbtWire.basics(body)))
                        .build(),
                // 9.11 DELETE /v1.0/{project_id}/streaming/jobs/{job_id}
                RestCodec.of(FlinkJobOperations.DELETE_FLINK_JOB)
                        .path(r -> Map.of("job_id", Long.toString(r.jobId())))
                        .decode(FbtWire::basic)
                        .build(),
                // 9.12 POST /v1.0/{project_id}/streaming/jobs/delete
                RestCodec.of(FlinkJobOperations.BATCH_DELETE_FLINK_JOBS)
                        .body(r -> JsonBody.object().put("job_ids", r.jobIds()).toMap())
                        .decode(FbtWire::basic)
                        .build(),
                // 9.13 POST /v1.0/{project_id}/streaming/jobs/export
                RestCodec.of(FlinkJobOperations.EXPORT_FLINK_JOBS)
                        .body(r -> JsonBody.object()
                                .put("obs_dir", r.obsDir())
                                .put("is_selected", r.isSelected())
                                .put("job_selected", r.jobSelected())
                                .toMap())
                        .decodeAs(WireExported.class, w -> {
                            return new ExportFlinkJobsResponse(
                                    w.isSuccess(), w.message(), FbtWire.strings(w.zipFile()));
                        })
                        .build(),
                // 9.14 POST /v1.0/{project_id}/streaming/jobs/import
                RestCodec.of(FlinkJobOperations.IMPORT_FLINK_JOBS)
                        .body(r -> JsonBody.object()
                                .put("zip_file", r.zipFile())
                                .put("is_cover", r.isCover())
                                .toMap())
                        .decodeAs(WireImported.class, w -> {
                            List<FlinkJobMapping> mappings = new ArrayList<>();
                            for (WireMapping m : FbtWire.compact(w.jobMapping())) {
                                mappings.add(new FlinkJobMapping(m.oldJobId(), m.newJobId(), m.remark()));
                            }
                            return new ImportFlinkJobsResponse(w.isSuccess(), w.message(), mappings);
                        })
                        .build());
    }

    private static Object createSqlBody(CreateFlinkSqlJobRequest r) {
        return JsonBody.object()
                .put("name", r.name())
                .put("desc", r.desc())
                .put("template_id", r.templateId())
                .put("queue_name", r.queueName())
                .put("sql_body", r.sqlBody())
                .put("run_mode", r.runMode())
                .put("cu_number", r.cuNumber())
                .put("parallel_number", r.parallelNumber())
                .put("checkpoint_enabled", r.checkpointEnabled())
                .put("checkpoint_mode", FbtWire.checkpointMode(r.checkpointMode()))
                .put("checkpoint_interval", r.checkpointInterval())
                .put("obs_bucket", r.obsBucket())
                .put("log_enabled", r.logEnabled())
                .put("smn_topic", r.smnTopic())
                .put("restart_when_exception", r.restartWhenException())
                .put("idle_state_retention", r.idleStateRetention())
                .put("job_type", r.jobType())
                .put("dirty_data_strategy", r.dirtyDataStrategy())
                .put("udf_jar_url", r.udfJarUrl())
                .put("manager_cu_number", r.managerCuNumber())
                .put("tm_cus", r.tmCus())
                .put("tm_slot_num", r.tmSlotNum())
                .put("resume_checkpoint", r.resumeCheckpoint())
                .put("resume_max_num", r.resumeMaxNum())
                .put("tags", r.tags())
                .put("runtime_config", r.runtimeConfig())
                .toMap();
    }

    private static Object updateSqlBody(UpdateFlinkSqlJobRequest r) {
        return JsonBody.object()
                .put("name", r.name())
                .put("desc", r.desc())
                .put("queue_name", r.queueName())
                .put("sql_body", r.sqlBody())
                .put("run_mode", r.runMode())
                .put("cu_number", r.cuNumber())
                .put("parallel_number", r.parallelNumber())
                .put("checkpoint_enabled", r.checkpointEnabled())
                .put("checkpoint_mode", FbtWire.checkpointMode(r.checkpointMode()))
                .put("checkpoint_interval", r.checkpointInterval())
                .put("obs_bucket", r.obsBucket())
                .put("log_enabled", r.logEnabled())
                .put("smn_topic", r.smnTopic())
                .put("restart_when_exception", r.restartWhenException())
                .put("idle_state_retention", r.idleStateRetention())
                .put("edge_group_ids", r.edgeGroupIds())
                .put("dirty_data_strategy", r.dirtyDataStrategy())
                .put("udf_jar_url", r.udfJarUrl())
                .put("manager_cu_number", r.managerCuNumber())
                .put("tm_cus", r.tmCus())
                .put("tm_slot_num", r.tmSlotNum())
                .put("operator_config", r.operatorConfig())
                .put("resume_checkpoint", r.resumeCheckpoint())
                .put("resume_max_num", r.resumeMaxNum())
                .put("static_estimator_config", r.staticEstimatorConfig())
                .put("runtime_config", r.runtimeConfig())
                .toMap();
    }

    private static Object createJarBody(CreateFlinkJarJobRequest r) {
        return JsonBody.object()
                .put("name", r.name())
                .put("desc", r.desc())
                .put("queue_name", r.queueName())
                .put("cu_number", r.cuNumber())
                .put("manager_cu_number", r.managerCuNumber())
                .put("parallel_number", r.parallelNumber())
                .put("log_enabled", r.logEnabled())
                .put("obs_bucket", r.obsBucket())
                .put("smn_topic", r.smnTopic())
                .put("main_class", r.mainClass())
                .put("entrypoint_args", r.entrypointArgs())
                .put("restart_when_exception", r.restartWhenException())
                .put("entrypoint", r.entrypoint())
                .put("dependency_jars", r.dependencyJars())
                .put("dependency_files", r.dependencyFiles())
                .put("tm_cus", r.tmCus())
                .put("tm_slot_num", r.tmSlotNum())
                .put("resume_checkpoint", r.resumeCheckpoint())
                .put("resume_max_num", r.resumeMaxNum())
                .put("checkpoint_path", r.checkpointPath())
                .put("tags", r.tags())
                .put("runtime_config", r.runtimeConfig())
                .toMap();
    }

    private static Object updateJarBody(UpdateFlinkJarJobRequest r) {
        return JsonBody.object()
                .put("name", r.name())
                .put("desc", r.desc())
                .put("job_type", r.jobType())
                .put("queue_name", r.queueName())
                .put("cu_number", r.cuNumber())
                .put("manager_cu_number", r.managerCuNumber())
                .put("parallel_number", r.parallelNumber())
                .put("log_enabled", r.logEnabled())
                .put("obs_bucket", r.obsBucket())
                .put("smn_topic", r.smnTopic())
                .put("main_class", r.mainClass())
                .put("entrypoint_args", r.entrypointArgs())
                .put("restart_when_exception", r.restartWhenException())
                .put("entrypoint", r.entrypoint())
                .put("dependency_jars", r.dependencyJars())
                .put("dependency_files", r.dependencyFiles())
                .put("tm_cus", r.tmCus())
                .put("tm_slot_num", r.tmSlotNum())
                .put("resume_checkpoint", r.resumeCheckpoint())
                .put("resume_max_num", r.resumeMaxNum())
                .put("checkpoint_path", r.checkpointPath())
                .put("runtime_config", r.runtimeConfig())
                .toMap();
    }

    private static CreateFlinkJobResponse created(JsonNode body)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        WireCreated w = Json.bind(body, WireCreated.class);
        WireCreatedJob j = w.job();
        CreatedFlinkJob job = j == null || j.jobId() == null
                ? null
                : new CreatedFlinkJob(j.jobId(), Wire.enumValue(j.statusName(), JobStatus::of), j.statusDesc());
        return new CreateFlinkJobResponse(w.isSuccess(), w.message(), job);
    }

    private static UpdateFlinkJobResponse updated(JsonNode body)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        WireUpdated w = Json.bind(body, WireUpdated.class);
        FlinkJobUpdate job = w.job() == null
                ? null
                : new FlinkJobUpdate(FbtWire.millis(w.job().updateTime()));
        return new UpdateFlinkJobResponse(w.isSuccess(), w.message(), job);
    }

    record WireCreated(Boolean isSuccess, String message, WireCreatedJob job) implements WireResult {}

    record WireCreatedJob(
            @JsonAlias("jobId") Long jobId,
            @JsonAlias({"statusName", "status"}) String statusName,
            @JsonAlias("statusDesc") String statusDesc) {}

    record WireUpdated(Boolean isSuccess, String message, WireUpdatedJob job) implements WireResult {}

    record WireUpdatedJob(@JsonAlias("updateTime") Long updateTime) {}

    record WireExported(Boolean isSuccess, String message, @JsonAlias("zipFile") JsonNode zipFile)
            implements WireResult {}

    record WireImported(Boolean isSuccess, String message, @JsonAlias("jobMapping") List<WireMapping> jobMapping)
            implements WireResult {}

    record WireMapping(@JsonAlias("oldJobId") Long oldJobId, @JsonAlias("newJobId") Long newJobId, String remark) {}

    record WireGraphResponse(Boolean isSuccess, String message, @JsonAlias("executeGraph") WireGraph executeGraph)
            implements WireResult {}

    record WireGraph(
            String jid,
            String name,
            @JsonAlias("isStoppable") Boolean isStoppable,
            String state,
            @JsonAlias({"start-time", "startTime"}) Long startTime,
            @JsonAlias({"end-time", "endTime"}) Long endTime,
            Long duration) {}

    record WireJobList(Boolean isSuccess, String message, @JsonAlias("jobList") WireJobs jobList)
            implements WireResult {}

    record WireJobs(@JsonAlias("totalCount") Integer totalCount, List<WireJob> jobs) {}

    record WireJobDetailResponse(Boolean isSuccess, String message, @JsonAlias("jobDetail") WireJob jobDetail)
            implements WireResult {}

    /** One job as 9.7 lists it (with {@code show_detail} its detail fields too) and as 9.8 details it. */
    record WireJob(
            @JsonAlias("jobId") Long jobId,
            String name,
            String desc,
            @JsonAlias("userName") String userName,
            @JsonAlias("jobType") String jobType,
            String status,
            @JsonAlias("statusDesc") String statusDesc,
            @JsonAlias("createTime") Long createTime,
            @JsonAlias("startTime") Long startTime,
            Long duration,
            @JsonAlias("rootId") Long rootId,
            @JsonAlias("graphEditorEnabled") Boolean graphEditorEnabled,
            @JsonAlias("hasSavepoint") Boolean hasSavepoint,
            @JsonAlias("userId") String userId,
            @JsonAlias("queueName") String queueName,
            @JsonAlias("projectId") String projectId,
            @JsonAlias("sqlBody") JsonNode sqlBody,
            @JsonAlias("savepointPath") JsonNode savepointPath,
            @JsonAlias("runMode") String runMode,
            @JsonAlias("jobConfig") WireJobConfig jobConfig,
            @JsonAlias("mainClass") JsonNode mainClass,
            @JsonAlias("entrypointArgs") JsonNode entrypointArgs,
            @JsonAlias("executionGraph") JsonNode executionGraph,
            @JsonAlias("updateTime") Long updateTime) {

        FlinkJob toJob() {
            return FlinkJob.builder()
                    .jobId(jobId)
                    .name(name)
                    .desc(desc)
                    .userName(userName)
                    .jobType(Wire.enumValue(jobType, JobType::of))
                    .status(Wire.enumValue(status, JobStatus::of))
                    .statusDesc(statusDesc)
                    .createTime(FbtWire.millis(createTime))
                    .startTime(FbtWire.millis(startTime))
                    .duration(duration)
                    .rootId(rootId)
                    .graphEditorEnabled(graphEditorEnabled)
                    .hasSavepoint(hasSavepoint)
                    .userId(userId)
                    .projectId(projectId)
                    .sqlBody(FbtWire.text(sqlBody))
                    .runMode(Wire.enumValue(runMode, RunMode::of))
                    .jobConfig(jobConfig == null ? null : jobConfig.toConfig())
                    .mainClass(FbtWire.text(mainClass))
                    .entrypointArgs(FbtWire.text(entrypointArgs))
                    .executionGraph(FbtWire.text(executionGraph))
                    .updateTime(FbtWire.millis(updateTime))
                    .build();
        }

        FlinkJobDetail toDetail() {
            return FlinkJobDetail.builder()
                    .jobId(jobId)
                    .name(name)
                    .desc(desc)
                    .jobType(Wire.enumValue(jobType, JobType::of))
                    .status(Wire.enumValue(status, JobStatus::of))
                    .statusDesc(statusDesc)
                    .createTime(FbtWire.millis(createTime))
                    .startTime(FbtWire.millis(startTime))
                    .userId(userId)
                    .queueName(queueName)
                    .projectId(projectId)
                    .sqlBody(FbtWire.text(sqlBody))
                    .savepointPath(FbtWire.text(savepointPath))
                    .runMode(Wire.enumValue(runMode, RunMode::of))
                    .jobConfig(jobConfig == null ? null : jobConfig.toConfig())
                    .mainClass(FbtWire.text(mainClass))
                    .entrypointArgs(FbtWire.text(entrypointArgs))
                    .executionGraph(FbtWire.text(executionGraph))
                    .updateTime(FbtWire.millis(updateTime))
                    .build();
        }
    }

    /**
     * A job's {@code job_config}. Fields documented as strings that the service fills with JSON
     * (operator and estimator configuration, graph editor data, runtime configuration and the
     * like) are read as trees and kept as their JSON text.
     */
    record WireJobConfig(
            @JsonAlias("checkpointEnabled") Boolean checkpointEnabled,
            @JsonAlias("checkpointInterval") Integer checkpointInterval,
            @JsonAlias("checkpointMode") String checkpointMode,
            @JsonAlias("logEnabled") Boolean logEnabled,
            @JsonAlias("obsBucket") JsonNode obsBucket,
            @JsonAlias("rootId") Long rootId,
            @JsonAlias("edgeGroupIds") JsonNode edgeGroupIds,
            @JsonAlias("managerCuNumber") Integer managerCuNumber,
            @JsonAlias("graphEditorEnabled") Boolean graphEditorEnabled,
            @JsonAlias("graphEditorData") JsonNode graphEditorData,
            @JsonAlias("executorNumber") Integer executorNumber,
            @JsonAlias("executorCuNumber") Integer executorCuNumber,
            @JsonAlias("cuNumber") Integer cuNumber,
            @JsonAlias("parallelNumber") Integer parallelNumber,
            @JsonAlias("smnTopic") JsonNode smnTopic,
            @JsonAlias("restartWhenException") Boolean restartWhenException,
            @JsonAlias("resumeCheckpoint") Boolean resumeCheckpoint,
            @JsonAlias("resumeMaxNum") Integer resumeMaxNum,
            @JsonAlias("checkpointPath") JsonNode checkpointPath,
            @JsonAlias({"idleStateRetention", "idle_state_retenion"}) Integer idleStateRetention,
            @JsonAlias("configUrl") JsonNode configUrl,
            @JsonAlias("udfJarUrl") JsonNode udfJarUrl,
            @JsonAlias("dirtyDataStrategy") JsonNode dirtyDataStrategy,
            JsonNode entrypoint,
            @JsonAlias("dependencyJars") JsonNode dependencyJars,
            @JsonAlias("dependencyFiles") JsonNode dependencyFiles,
            @JsonAlias("tmCus") Integer tmCus,
            @JsonAlias("tmSlotNum") Integer tmSlotNum,
            JsonNode image,
            JsonNode feature,
            @JsonAlias("flinkVersion") JsonNode flinkVersion,
            @JsonAlias("operatorConfig") JsonNode operatorConfig,
            @JsonAlias("staticEstimatorConfig") JsonNode staticEstimatorConfig,
            @JsonAlias("runtimeConfig") JsonNode runtimeConfig) {

        FlinkJobConfig toConfig() {
            return FlinkJobConfig.builder()
                    .checkpointEnabled(checkpointEnabled)
                    .checkpointInterval(checkpointInterval)
                    .checkpointMode(Wire.enumValue(checkpointMode, CheckpointMode::of))
                    .logEnabled(logEnabled)
                    .obsBucket(FbtWire.text(obsBucket))
                    .rootId(rootId)
                    .edgeGroupIds(FbtWire.strings(edgeGroupIds))
                    .managerCuNumber(managerCuNumber)
                    .graphEditorEnabled(graphEditorEnabled)
                    .graphEditorData(FbtWire.text(graphEditorData))
                    .executorNumber(executorNumber)
                    .executorCuNumber(executorCuNumber)
                    .cuNumber(cuNumber)
                    .parallelNumber(parallelNumber)
                    .smnTopic(FbtWire.text(smnTopic))
                    .restartWhenException(restartWhenException)
                    .resumeCheckpoint(resumeCheckpoint)
                    .resumeMaxNum(resumeMaxNum)
                    .checkpointPath(FbtWire.text(checkpointPath))
                    .idleStateRetention(idleStateRetention)
                    .configUrl(FbtWire.text(configUrl))
                    .udfJarUrl(FbtWire.text(udfJarUrl))
                    .dirtyDataStrategy(FbtWire.text(dirtyDataStrategy))
                    .entrypoint(FbtWire.text(entrypoint))
                    .dependencyJars(FbtWire.strings(dependencyJars))
                    .dependencyFiles(FbtWire.strings(dependencyFiles))
                    .tmCus(tmCus)
                    .tmSlotNum(tmSlotNum)
                    .image(FbtWire.text(image))
                    .feature(FbtWire.text(feature))
                    .flinkVersion(FbtWire.text(flinkVersion))
                    .operatorConfig(FbtWire.text(operatorConfig))
                    .staticEstimatorConfig(FbtWire.text(staticEstimatorConfig))
                    .runtimeConfig(FbtWire.text(runtimeConfig))
                    .build();
        }
    }
}
