package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import io.lakejob.sdk.model.job.FlinkJobSettings;
import io.lakejob.sdk.model.job.FlinkJobSettings.Field;
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
import java.util.EnumMap;
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
                        .decode(BasicAnswers::basic)
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
                        .decode(body -> new FlinkJobsBatchResponse(BasicAnswers.basics(body)))
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
                                for (WireJob j : WireValues.nonNull(w.jobList().jobs())) {
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
                                            WireValues.epochMillisOrUnset(g.startTime()),
                                            WireValues.epochMillisOrUnset(g.endTime()),
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
                        .decode(body -> new FlinkJobsBatchResponse(BasicAnswers.basics(body)))
                        .build(),
                // 9.11 DELETE /v1.0/{project_id}/streaming/jobs/{job_id}
                RestCodec.of(FlinkJobOperations.DELETE_FLINK_JOB)
                        .path(r -> Map.of("job_id", Long.toString(r.jobId())))
                        .decode(BasicAnswers::basic)
                        .build(),
                // 9.12 POST /v1.0/{project_id}/streaming/jobs/delete
                RestCodec.of(FlinkJobOperations.BATCH_DELETE_FLINK_JOBS)
                        .body(r -> JsonBody.object().put("job_ids", r.jobIds()).toMap())
                        .decode(BasicAnswers::basic)
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
                                    w.isSuccess(), w.message(), WireValues.strings(w.zipFile()));
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
                            for (WireMapping m : WireValues.nonNull(w.jobMapping())) {
                                mappings.add(new FlinkJobMapping(m.oldJobId(), m.newJobId(), m.remark()));
                            }
                            return new ImportFlinkJobsResponse(w.isSuccess(), w.message(), mappings);
                        })
                        .build());
    }

    private static Object createSqlBody(CreateFlinkSqlJobRequest r) {
        JsonBody body = JsonBody.object()
                .put("name", r.name())
                .put("desc", r.desc())
                .put("template_id", r.templateId())
                .put("queue_name", r.queueName())
                .put("sql_body", r.sqlBody())
                .put("run_mode", r.runMode())
                .put("job_type", r.jobType());
        return settings(body, r.settings()).put("tags", r.tags()).toMap();
    }

    private static Object updateSqlBody(UpdateFlinkSqlJobRequest r) {
        JsonBody body = JsonBody.object()
                .put("name", r.name())
                .put("desc", r.desc())
                .put("queue_name", r.queueName())
                .put("sql_body", r.sqlBody())
                .put("run_mode", r.runMode());
        return settings(body, r.settings()).toMap();
    }

    private static Object createJarBody(CreateFlinkJarJobRequest r) {
        JsonBody body = JsonBody.object()
                .put("name", r.name())
                .put("desc", r.desc())
                .put("queue_name", r.queueName())
                .put("main_class", r.mainClass())
                .put("entrypoint_args", r.entrypointArgs());
        return settings(body, r.settings()).put("tags", r.tags()).toMap();
    }

    private static Object updateJarBody(UpdateFlinkJarJobRequest r) {
        JsonBody body = JsonBody.object()
                .put("name", r.name())
                .put("desc", r.desc())
                .put("job_type", r.jobType())
                .put("queue_name", r.queueName())
                .put("main_class", r.mainClass())
                .put("entrypoint_args", r.entrypointArgs());
        return settings(body, r.settings()).toMap();
    }

    /** Every set field of the settings, under its wire name; the checkpoint mode as its number. */
    private static JsonBody settings(JsonBody body, FlinkJobSettings settings) {
        settings.values()
                .forEach((field, value) -> body.put(
                        field.wireName(),
                        field == Field.CHECKPOINT_MODE ? WireValues.checkpointMode((CheckpointMode) value) : value));
        return body;
    }

    /**
     * The settings in a {@code job_config}, each field under its wire name or its camelCase
     * spelling ({@code idle_state_retention} also under 9.2's misspelling {@code idle_state_retenion}).
     * Fields documented as strings that the service fills with JSON (operator and estimator
     * configuration, runtime configuration and the like) are kept as their JSON text.
     */
    private static FlinkJobSettings settings(JsonNode config) throws JsonProcessingException {
        Map<Field, Object> values = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            JsonNode node = f == Field.IDLE_STATE_RETENTION
                    ? WireValues.field(config, f.wireName(), f.javaName(), "idle_state_retenion")
                    : WireValues.field(config, f.wireName(), f.javaName());
            values.put(f, f.type() == List.class ? WireValues.strings(node) : WireValues.value(node, f.type()));
        }
        return FlinkJobSettings.of(values);
    }

    private static CreateFlinkJobResponse created(JsonNode body) throws JsonProcessingException {
        WireCreated w = Json.bind(body, WireCreated.class);
        WireCreatedJob j = w.job();
        CreatedFlinkJob job = j == null || j.jobId() == null
                ? null
                : new CreatedFlinkJob(j.jobId(), WireValues.enumValue(j.statusName(), JobStatus::of), j.statusDesc());
        return new CreateFlinkJobResponse(w.isSuccess(), w.message(), job);
    }

    private static UpdateFlinkJobResponse updated(JsonNode body) throws JsonProcessingException {
        WireUpdated w = Json.bind(body, WireUpdated.class);
        FlinkJobUpdate job = w.job() == null
                ? null
                : new FlinkJobUpdate(WireValues.epochMillisOrUnset(w.job().updateTime()));
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
            @JsonAlias("jobConfig") JsonNode jobConfig,
            @JsonAlias("mainClass") JsonNode mainClass,
            @JsonAlias("entrypointArgs") JsonNode entrypointArgs,
            @JsonAlias("executionGraph") JsonNode executionGraph,
            @JsonAlias("updateTime") Long updateTime) {

        FlinkJob toJob() throws JsonProcessingException {
            return FlinkJob.builder()
                    .jobId(jobId)
                    .name(name)
                    .desc(desc)
                    .userName(userName)
                    .jobType(WireValues.enumValue(jobType, JobType::of))
                    .status(WireValues.enumValue(status, JobStatus::of))
                    .statusDesc(statusDesc)
                    .createTime(WireValues.epochMillisOrUnset(createTime))
                    .startTime(WireValues.epochMillisOrUnset(startTime))
                    .duration(duration)
                    .rootId(rootId)
                    .graphEditorEnabled(graphEditorEnabled)
                    .hasSavepoint(hasSavepoint)
                    .userId(userId)
                    .projectId(projectId)
                    .sqlBody(WireValues.text(sqlBody))
                    .runMode(WireValues.enumValue(runMode, RunMode::of))
                    .jobConfig(config(jobConfig))
                    .mainClass(WireValues.text(mainClass))
                    .entrypointArgs(WireValues.text(entrypointArgs))
                    .executionGraph(WireValues.text(executionGraph))
                    .updateTime(WireValues.epochMillisOrUnset(updateTime))
                    .build();
        }

        FlinkJobDetail toDetail() throws JsonProcessingException {
            return FlinkJobDetail.builder()
                    .jobId(jobId)
                    .name(name)
                    .desc(desc)
                    .jobType(WireValues.enumValue(jobType, JobType::of))
                    .status(WireValues.enumValue(status, JobStatus::of))
                    .statusDesc(statusDesc)
                    .createTime(WireValues.epochMillisOrUnset(createTime))
                    .startTime(WireValues.epochMillisOrUnset(startTime))
                    .userId(userId)
                    .queueName(queueName)
                    .projectId(projectId)
                    .sqlBody(WireValues.text(sqlBody))
                    .savepointPath(WireValues.text(savepointPath))
                    .runMode(WireValues.enumValue(runMode, RunMode::of))
                    .jobConfig(config(jobConfig))
                    .mainClass(WireValues.text(mainClass))
                    .entrypointArgs(WireValues.text(entrypointArgs))
                    .executionGraph(WireValues.text(executionGraph))
                    .updateTime(WireValues.epochMillisOrUnset(updateTime))
                    .build();
        }
    }

    /**
     * A job's {@code job_config}: its {@link FlinkJobSettings} and what only the service reports.
     *
     * @param config the node, or {@code null}
     * @return the configuration, or {@code null} when there is none
     */
    static FlinkJobConfig config(JsonNode config) throws JsonProcessingException {
        if (config == null || !config.isObject()) {
            return null;
        }
        WireJobConfig w = Json.bind(config, WireJobConfig.class);
        return FlinkJobConfig.builder()
                .settings(settings(config))
                .rootId(w.rootId())
                .graphEditorEnabled(w.graphEditorEnabled())
                .graphEditorData(WireValues.text(w.graphEditorData()))
                .executorNumber(w.executorNumber())
                .executorCuNumber(w.executorCuNumber())
                .configUrl(WireValues.text(w.configUrl()))
                .image(WireValues.text(w.image()))
                .feature(WireValues.text(w.feature()))
                .flinkVersion(WireValues.text(w.flinkVersion()))
                .build();
    }

    /** What a {@code job_config} holds beside the settings; graph editor data and the like as JSON text. */
    record WireJobConfig(
            @JsonAlias("rootId") Long rootId,
            @JsonAlias("graphEditorEnabled") Boolean graphEditorEnabled,
            @JsonAlias("graphEditorData") JsonNode graphEditorData,
            @JsonAlias("executorNumber") Integer executorNumber,
            @JsonAlias("executorCuNumber") Integer executorCuNumber,
            @JsonAlias("configUrl") JsonNode configUrl,
            JsonNode image,
            JsonNode feature,
            @JsonAlias("flinkVersion") JsonNode flinkVersion) {}
}
