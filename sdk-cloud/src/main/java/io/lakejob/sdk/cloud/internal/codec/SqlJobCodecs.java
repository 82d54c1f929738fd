package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.cloud.internal.codec.WireValues.WireTag;
import io.lakejob.sdk.model.sql.CheckSqlResponse;
import io.lakejob.sdk.model.sql.ExportSqlJobResultRequest;
import io.lakejob.sdk.model.sql.ExportTableRequest;
import io.lakejob.sdk.model.sql.GetSqlJobDetailResponse;
import io.lakejob.sdk.model.sql.GetSqlJobProgressResponse;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.ImportTableRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsResponse;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultResponse;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.model.sql.SqlJobMode;
import io.lakejob.sdk.model.sql.SqlJobStartedResponse;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SqlJobType;
import io.lakejob.sdk.model.sql.SqlSubJob;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import io.lakejob.sdk.model.sql.SubmitSqlJobResponse;
import io.lakejob.sdk.spi.SqlJobOperations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The wire mapping of the SQL job operations, reference sections 7.3.1 to 7.3.11. */
final class SqlJobCodecs {
    private SqlJobCodecs() {}

    /**
     * The SQL job codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 7.3.1 POST /v1.0/{project_id}/jobs/import-table
                RestCodec.of(SqlJobOperations.IMPORT_TABLE)
                        .body(SqlJobCodecs::importBody)
                        .decode(SqlJobCodecs::started)
                        .build(),
                // 7.3.2 POST /v1.0/{project_id}/jobs/export-table
                RestCodec.of(SqlJobOperations.EXPORT_TABLE)
                        .body(SqlJobCodecs::exportBody)
                        .decode(SqlJobCodecs::started)
                        .build(),
                // 7.3.3 POST /v1.0/{project_id}/jobs/submit-job: the request's tags go out as given.
                RestCodec.of(SqlJobOperations.SUBMIT_SQL_JOB)
                        .body(SqlJobCodecs::submitBody)
                        .decode(body -> {
                            WireSubmitted w = Json.bind(body, WireSubmitted.class);
                            return new SubmitSqlJobResponse(
                                    w.isSuccess(),
                                    w.message(),
                                    w.jobId(),
                                    WireValues.enumValue(w.jobType(), SqlJobType::of),
                                    ResultRows.schema(body.get("schema")),
                                    ResultRows.rows(body.get("rows")),
                                    WireValues.enumValue(w.jobMode(), SqlJobMode::of));
                        })
                        .build(),
                // 7.3.4 DELETE /v1.0/{project_id}/jobs/{job_id}
                RestCodec.of(SqlJobOperations.CANCEL_SQL_JOB)
                        .path(r -> Map.of("job_id", r.jobId()))
                        .decode(BasicAnswers::basic)
                        .build(),
                // 7.3.5 GET /v1.0/{project_id}/jobs
                RestCodec.of(SqlJobOperations.LIST_SQL_JOBS)
                        .query((r, q) -> listQuery(r, q))
                        .decodeAs(WireJobs.class, w -> {
                            List<SqlJob> jobs = new ArrayList<>();
                            for (JsonNode j : WireValues.nonNull(w.jobs())) {
                                if (j.isObject()) {
                                    jobs.add(job(j));
                                }
                            }
                            return new ListSqlJobsResponse(w.isSuccess(), w.message(), w.jobCount(), jobs);
                        })
                        .build(),
                // 7.3.6 GET /v1.0/{project_id}/jobs/{job_id}/preview: the schema is an array of
                // one-entry objects, {"c1":"int"}.
                RestCodec.of(SqlJobOperations.PREVIEW_SQL_JOB_RESULT)
                        .path(r -> Map.of("job_id", r.jobId()))
                        .query((r, q) -> q.add("page-size", r.pageSize()).add("queue-name", r.queueName()))
                        .decode(body -> {
                            WirePreview w = Json.bind(body, WirePreview.class);
                            return new PreviewSqlJobResultResponse(
                                    w.isSuccess(),
                                    w.message(),
                                    w.jobId(),
                                    WireValues.enumValue(w.jobType(), SqlJobType::of),
                                    w.rowCount(),
                                    w.inputSize(),
                                    ResultRows.schema(body.get("schema")),
                                    ResultRows.rows(body.get("rows")));
                        })
                        .build(),
                // 7.3.7 GET /v1.0/{project_id}/jobs/{job_id}/status
                RestCodec.of(SqlJobOperations.GET_SQL_JOB_STATUS)
                        .path(r -> Map.of("job_id", r.jobId()))
                        .decode(body -> {
                            BasicAnswers.WireBasic w = Json.bind(body, BasicAnswers.WireBasic.class);
                            return new GetSqlJobStatusResponse(w.isSuccess(), w.message(), job(body));
                        })
                        .build(),
                // 7.3.8 GET /v1.0/{project_id}/jobs/{job_id}/detail
                RestCodec.of(SqlJobOperations.GET_SQL_JOB_DETAIL)
                        .path(r -> Map.of("job_id", r.jobId()))
                        .decode(body -> {
                            BasicAnswers.WireBasic w = Json.bind(body, BasicAnswers.WireBasic.class);
                            return new GetSqlJobDetailResponse(w.isSuccess(), w.message(), job(body));
                        })
                        .build(),
                // 7.3.9 POST /v1.0/{project_id}/jobs/check-sql
                RestCodec.of(SqlJobOperations.CHECK_SQL)
                        .body(r -> JsonBody.object()
                                .put("sql", r.sql())
                                .put("currentdb", r.currentdb())
                                .toMap())
                        .decodeAs(WireChecked.class, w -> {
                            return new CheckSqlResponse(
                                    w.isSuccess(), w.message(), WireValues.enumValue(w.jobType(), SqlJobType::of));
                        })
                        .build(),
                // 7.3.10 POST /v1.0/{project_id}/jobs/{job_id}/export-result
                RestCodec.of(SqlJobOperations.EXPORT_SQL_JOB_RESULT)
                        .path(r -> Map.of("job_id", r.jobId()))
                        .body(SqlJobCodecs::exportResultBody)
                        .decode(SqlJobCodecs::started)
                        .build(),
                // 7.3.11 GET /v1/{project_id}/jobs/{job_id}/progress
                RestCodec.of(SqlJobOperations.GET_SQL_JOB_PROGRESS)
                        .path(r -> Map.of("job_id", r.jobId()))
                        .decodeAs(WireProgress.class, WireProgress::toResponse)
                        .build());
    }

    private static Object importBody(ImportTableRequest r) {
        return JsonBody.object()
                .put("data_path", r.dataPath())
                .put("data_type", r.dataType())
                .put("database_name", r.databaseName())
                .put("table_name", r.tableName())
                .put("with_column_header", r.withColumnHeader())
                .put("delimiter", r.delimiter())
                .put("quote_char", r.quoteChar())
                .put("escape_char", r.escapeChar())
                .put("date_format", r.dateFormat())
                .put("bad_records_path", r.badRecordsPath())
                .put("timestamp_format", r.timestampFormat())
                .put("queue_name", r.queueName())
                .put("overwrite", r.overwrite())
                // The reference documents an object ({"column":"value"}); left out when empty.
                .put("partition_spec", r.partitionSpec().isEmpty() ? null : r.partitionSpec())
                .put("conf", r.conf())
                .toMap();
    }

    private static Object exportBody(ExportTableRequest r) {
        return JsonBody.object()
                .put("data_path", r.dataPath())
                .put("data_type", r.dataType())
                .put("database_name", r.databaseName())
                .put("table_name", r.tableName())
                .put("compress", r.compress())
                .put("queue_name", r.queueName())
                .put("export_mode", r.exportMode())
                .put("with_column_header", r.withColumnHeader())
                .toMap();
    }

    private static Object submitBody(SubmitSqlJobRequest r) {
        return JsonBody.object()
                .put("sql", r.sql())
                .put("currentdb", r.currentdb())
                .put("queue_name", r.queueName())
                .put("conf", r.conf())
                .put("tags", r.tags())
                .toMap();
    }

    private static Object exportResultBody(ExportSqlJobResultRequest r) {
        return JsonBody.object()
                .put("data_path", r.dataPath())
                .put("compress", r.compress())
                .put("data_type", r.dataType())
                .put("queue_name", r.queueName())
                .put("export_mode", r.exportMode())
                .put("with_column_header", r.withColumnHeader())
                .put("limit_num", r.limitNum())
                .put("encoding_type", r.encodingType())
                .toMap();
    }

    private static void listQuery(ListSqlJobsRequest r, RestCodec.Query q) {
        q.add("page-size", r.pageSize())
                .add("current-page", r.currentPage())
                .add("start", millis(r.start()))
                .add("end", millis(r.end()))
                .add("job-type", r.jobType())
                .add("job-status", r.jobStatus())
                .add("job-id", r.jobId())
                .add("queue_name", r.queueName())
                .add("sql_pattern", r.sqlPattern())
                .add("order", r.order())
                .add("engine-type", r.engineType())
                .add("owner", r.owner())
                .add("tags", r.tags());
    }

    private static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }

    private static SqlJobStartedResponse started(JsonNode body) throws JsonProcessingException {
        WireStarted w = Json.bind(body, WireStarted.class);
        return new SqlJobStartedResponse(
                w.isSuccess(), w.message(), w.jobId(), WireValues.enumValue(w.jobMode(), SqlJobMode::of));
    }

    record WireStarted(
            Boolean isSuccess, String message, @JsonAlias("jobId") String jobId, @JsonAlias("jobMode") String jobMode)
            implements WireResult {}

    record WireSubmitted(
            Boolean isSuccess,
            String message,
            @JsonAlias("jobId") String jobId,
            @JsonAlias("jobType") String jobType,
            @JsonAlias("jobMode") String jobMode)
            implements WireResult {}

    record WireChecked(Boolean isSuccess, String message, @JsonAlias("jobType") String jobType) implements WireResult {}

    record WirePreview(
            Boolean isSuccess,
            String message,
            @JsonAlias("jobId") String jobId,
            @JsonAlias("jobType") String jobType,
            @JsonAlias("rowCount") Integer rowCount,
            @JsonAlias("inputSize") Long inputSize)
            implements WireResult {}

    record WireJobs(Boolean isSuccess, String message, @JsonAlias("jobCount") Integer jobCount, List<JsonNode> jobs)
            implements WireResult {}

    /**
     * A SQL job as the list, status and detail answers carry it: every {@link SqlJob.Field} under its
     * wire name or its camelCase spelling; tags without a key are left out.
     */
    static SqlJob job(JsonNode node) throws JsonProcessingException {
        Map<SqlJob.Field, Object> values = new EnumMap<>(SqlJob.Field.class);
        for (SqlJob.Field f : SqlJob.Field.values()) {
            JsonNode v = WireValues.field(node, f.wireName(), f.javaName());
            values.put(
                    f,
                    f == SqlJob.Field.TAGS
                            ? WireValues.tags(Json.bind(node, WireTags.class).tags())
                            : WireValues.value(v, f.type()));
        }
        return SqlJob.of(values);
    }

    /** The tags of a job object, read as the mapper reads lists (one tag where an array is documented). */
    record WireTags(List<WireTag> tags) {}

    record WireProgress(
            Boolean isSuccess,
            String message,
            @JsonAlias("jobId") String jobId,
            String status,
            @JsonAlias("subJobId") Integer subJobId,
            Double progress,
            @JsonAlias("subJobs") List<WireSubJob> subJobs)
            implements WireResult {

        GetSqlJobProgressResponse toResponse() {
            List<SqlSubJob> jobs = new ArrayList<>();
            for (WireSubJob s : WireValues.nonNull(subJobs)) {
                jobs.add(s.toSubJob());
            }
            return new GetSqlJobProgressResponse(
                    isSuccess,
                    message,
                    jobId,
                    WireValues.enumValue(status, SqlJobStatus::of),
                    subJobId,
                    progress,
                    jobs);
        }
    }

    record WireSubJob(
            Integer id,
            String name,
            String description,
            @JsonAlias("submissionTime") String submissionTime,
            @JsonAlias("completionTime") String completionTime,
            @JsonAlias("stageIds") List<Integer> stageIds,
            @JsonAlias("jobGroup") String jobGroup,
            String status,
            @JsonAlias("numTasks") Integer numTasks,
            @JsonAlias("numActiveTasks") Integer numActiveTasks,
            @JsonAlias("numCompletedTasks") Integer numCompletedTasks,
            @JsonAlias("numSkippedTasks") Integer numSkippedTasks,
            @JsonAlias("numFailedTasks") Integer numFailedTasks,
            @JsonAlias("numKilledTasks") Integer numKilledTasks,
            @JsonAlias("numCompletedIndices") Integer numCompletedIndices,
            @JsonAlias("numActiveStages") Integer numActiveStages,
            @JsonAlias("numCompletedStages") Integer numCompletedStages,
            @JsonAlias("numSkippedStages") Integer numSkippedStages,
            @JsonAlias("numFailedStages") Integer numFailedStages,
            @JsonAlias("killedTasksSummary") Map<String, Integer> killedTasksSummary) {

        SqlSubJob toSubJob() {
            return SqlSubJob.builder()
                    .id(id)
                    .name(name)
                    .description(description)
                    .submissionTime(submissionTime)
                    .completionTime(completionTime)
                    .stageIds(WireValues.nonNull(stageIds))
                    .jobGroup(jobGroup)
                    .status(status)
                    .numTasks(numTasks)
                    .numActiveTasks(numActiveTasks)
                    .numCompletedTasks(numCompletedTasks)
                    .numSkippedTasks(numSkippedTasks)
                    .numFailedTasks(numFailedTasks)
                    .numKilledTasks(numKilledTasks)
                    .numCompletedIndices(numCompletedIndices)
                    .numActiveStages(numActiveStages)
                    .numCompletedStages(numCompletedStages)
                    .numSkippedStages(numSkippedStages)
                    .numFailedStages(numFailedStages)
                    .killedTasksSummary(WireValues.nonNull(killedTasksSummary))
                    .build();
        }
    }
}
