package io.lakejob.sdk.spi;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.job.BatchDeleteFlinkJobsRequest;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.DeleteFlinkJobRequest;
import io.lakejob.sdk.model.job.ExportFlinkJobsRequest;
import io.lakejob.sdk.model.job.ExportFlinkJobsResponse;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphRequest;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphResponse;
import io.lakejob.sdk.model.job.GetFlinkJobRequest;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.ImportFlinkJobsRequest;
import io.lakejob.sdk.model.job.ImportFlinkJobsResponse;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import io.lakejob.sdk.model.job.ListFlinkJobsResponse;
import io.lakejob.sdk.model.job.ObsAuthorizeRequest;
import io.lakejob.sdk.model.job.RunFlinkJobsRequest;
import io.lakejob.sdk.model.job.StopFlinkJobsRequest;
import io.lakejob.sdk.model.job.UpdateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.UpdateFlinkJobResponse;
import io.lakejob.sdk.model.job.UpdateFlinkSqlJobRequest;
import java.util.List;

/** The Flink job (reference chapter 9) operations. */
public final class FlinkJobOperations {
    private FlinkJobOperations() {}

    /** 9.1 Grant DLI access to OBS buckets. */
    public static final Operation<ObsAuthorizeRequest, BasicResponse> OBS_AUTHORIZE = Operation.rest(
            "ObsAuthorize",
            "9.1",
            OperationGroup.FLINK_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/dli/obs-authorize",
            ObsAuthorizeRequest.class,
            BasicResponse.class);

    /** 9.2 Create a Flink SQL job. */
    public static final Operation<CreateFlinkSqlJobRequest, CreateFlinkJobResponse> CREATE_FLINK_SQL_JOB =
            Operation.rest(
                    "CreateFlinkSqlJob",
                    "9.2",
                    OperationGroup.FLINK_JOBS,
                    HttpMethod.POST,
                    "/v1.0/{project_id}/streaming/sql-jobs",
                    CreateFlinkSqlJobRequest.class,
                    CreateFlinkJobResponse.class);

    /** 9.3 Update a Flink SQL job. */
    public static final Operation<UpdateFlinkSqlJobRequest, UpdateFlinkJobResponse> UPDATE_FLINK_SQL_JOB =
            Operation.rest(
                    "UpdateFlinkSqlJob",
                    "9.3",
                    OperationGroup.FLINK_JOBS,
                    HttpMethod.PUT,
                    "/v1.0/{project_id}/streaming/sql-jobs/{job_id}",
                    UpdateFlinkSqlJobRequest.class,
                    UpdateFlinkJobResponse.class);

    /** 9.4 Create a Flink jar job. */
    public static final Operation<CreateFlinkJarJobRequest, CreateFlinkJobResponse> CREATE_FLINK_JAR_JOB =
            Operation.rest(
                    "CreateFlinkJarJob",
                    "9.4",
                    OperationGroup.FLINK_JOBS,
                    HttpMethod.POST,
                    "/v1.0/{project_id}/streaming/flink-jobs",
                    CreateFlinkJarJobRequest.class,
                    CreateFlinkJobResponse.class);

    /** 9.5 Update a Flink jar job. */
    public static final Operation<UpdateFlinkJarJobRequest, UpdateFlinkJobResponse> UPDATE_FLINK_JAR_JOB =
            Operation.rest(
                    "UpdateFlinkJarJob",
                    "9.5",
                    OperationGroup.FLINK_JOBS,
                    HttpMethod.PUT,
                    "/v1.0/{project_id}/streaming/flink-jobs/{job_id}",
                    UpdateFlinkJarJobRequest.class,
                    UpdateFlinkJobResponse.class);

    /** 9.6 Run Flink jobs (batch). */
    public static final Operation<RunFlinkJobsRequest, FlinkJobsBatchResponse> RUN_FLINK_JOBS = Operation.rest(
            "RunFlinkJobs",
            "9.6",
            OperationGroup.FLINK_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/streaming/jobs/run",
            RunFlinkJobsRequest.class,
            FlinkJobsBatchResponse.class);

    /** 9.7 List Flink jobs. */
    public static final Operation<ListFlinkJobsRequest, ListFlinkJobsResponse> LIST_FLINK_JOBS = Operation.rest(
            "ListFlinkJobs",
            "9.7",
            OperationGroup.FLINK_JOBS,
            HttpMethod.GET,
            "/v1.0/{project_id}/streaming/jobs",
            ListFlinkJobsRequest.class,
            ListFlinkJobsResponse.class);

    /** 9.8 Describe a Flink job. */
    public static final Operation<GetFlinkJobRequest, GetFlinkJobResponse> GET_FLINK_JOB = Operation.rest(
            "GetFlinkJob",
            "9.8",
            OperationGroup.FLINK_JOBS,
            HttpMethod.GET,
            "/v1.0/{project_id}/streaming/jobs/{job_id}",
            GetFlinkJobRequest.class,
            GetFlinkJobResponse.class);

    /** 9.9 Read a Flink job's execution plan. */
    public static final Operation<GetFlinkJobExecuteGraphRequest, GetFlinkJobExecuteGraphResponse>
            GET_FLINK_JOB_EXECUTE_GRAPH = Operation.rest(
                    "GetFlinkJobExecuteGraph",
                    "9.9",
                    OperationGroup.FLINK_JOBS,
                    HttpMethod.GET,
                    "/v1.0/{project_id}/streaming/jobs/{job_id}/execute-graph",
                    GetFlinkJobExecuteGraphRequest.class,
                    GetFlinkJobExecuteGraphResponse.class);

    /** 9.10 Stop Flink jobs (batch). */
    public static final Operation<StopFlinkJobsRequest, FlinkJobsBatchResponse> STOP_FLINK_JOBS = Operation.rest(
            "StopFlinkJobs",
            "9.10",
            OperationGroup.FLINK_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/streaming/jobs/stop",
            StopFlinkJobsRequest.class,
            FlinkJobsBatchResponse.class);

    /** 9.11 Delete a Flink job. */
    public static final Operation<DeleteFlinkJobRequest, BasicResponse> DELETE_FLINK_JOB = Operation.rest(
            "DeleteFlinkJob",
            "9.11",
            OperationGroup.FLINK_JOBS,
            HttpMethod.DELETE,
            "/v1.0/{project_id}/streaming/jobs/{job_id}",
            DeleteFlinkJobRequest.class,
            BasicResponse.class);

    /** 9.12 Delete Flink jobs (batch). */
    public static final Operation<BatchDeleteFlinkJobsRequest, BasicResponse> BATCH_DELETE_FLINK_JOBS = Operation.rest(
            "BatchDeleteFlinkJobs",
            "9.12",
            OperationGroup.FLINK_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/streaming/jobs/delete",
            BatchDeleteFlinkJobsRequest.class,
            BasicResponse.class);

    /** 9.13 Export Flink jobs to OBS. */
    public static final Operation<ExportFlinkJobsRequest, ExportFlinkJobsResponse> EXPORT_FLINK_JOBS = Operation.rest(
            "ExportFlinkJobs",
            "9.13",
            OperationGroup.FLINK_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/streaming/jobs/export",
            ExportFlinkJobsRequest.class,
            ExportFlinkJobsResponse.class);

    /** 9.14 Import Flink jobs from OBS. */
    public static final Operation<ImportFlinkJobsRequest, ImportFlinkJobsResponse> IMPORT_FLINK_JOBS = Operation.rest(
            "ImportFlinkJobs",
            "9.14",
            OperationGroup.FLINK_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/streaming/jobs/import",
            ImportFlinkJobsRequest.class,
            ImportFlinkJobsResponse.class);

    /**
     * Every operation of chapter 9, in reference order.
     *
     * @return the operations
     */
    public static List<Operation<?, ?>> all() {
        return List.of(
                OBS_AUTHORIZE,
                CREATE_FLINK_SQL_JOB,
                UPDATE_FLINK_SQL_JOB,
                CREATE_FLINK_JAR_JOB,
                UPDATE_FLINK_JAR_JOB,
                RUN_FLINK_JOBS,
                LIST_FLINK_JOBS,
                GET_FLINK_JOB,
                GET_FLINK_JOB_EXECUTE_GRAPH,
                STOP_FLINK_JOBS,
                DELETE_FLINK_JOB,
                BATCH_DELETE_FLINK_JOBS,
                EXPORT_FLINK_JOBS,
                IMPORT_FLINK_JOBS);
    }
}
