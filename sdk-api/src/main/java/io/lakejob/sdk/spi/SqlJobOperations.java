package io.lakejob.sdk.spi;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.sql.CancelSqlJobRequest;
import io.lakejob.sdk.model.sql.CheckSqlRequest;
import io.lakejob.sdk.model.sql.CheckSqlResponse;
import io.lakejob.sdk.model.sql.ExportSqlJobResultRequest;
import io.lakejob.sdk.model.sql.ExportTableRequest;
import io.lakejob.sdk.model.sql.GetSqlJobDetailRequest;
import io.lakejob.sdk.model.sql.GetSqlJobDetailResponse;
import io.lakejob.sdk.model.sql.GetSqlJobProgressRequest;
import io.lakejob.sdk.model.sql.GetSqlJobProgressResponse;
import io.lakejob.sdk.model.sql.GetSqlJobStatusRequest;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.ImportTableRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsResponse;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultRequest;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultResponse;
import io.lakejob.sdk.model.sql.SqlJobStartedResponse;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import io.lakejob.sdk.model.sql.SubmitSqlJobResponse;

/** The SQL job operations (reference chapter 7.3). */
public final class SqlJobOperations {
    private SqlJobOperations() {}

    /** 7.3.1 Import data into a table. */
    public static final Operation<ImportTableRequest, SqlJobStartedResponse> IMPORT_TABLE = Operation.rest(
            "ImportTable",
            "7.3.1",
            OperationGroup.SQL_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/jobs/import-table",
            ImportTableRequest.class,
            SqlJobStartedResponse.class);

    /** 7.3.2 Export a table's data. */
    public static final Operation<ExportTableRequest, SqlJobStartedResponse> EXPORT_TABLE = Operation.rest(
            "ExportTable",
            "7.3.2",
            OperationGroup.SQL_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/jobs/export-table",
            ExportTableRequest.class,
            SqlJobStartedResponse.class);

    /** 7.3.3 Submit a SQL job. */
    public static final Operation<SubmitSqlJobRequest, SubmitSqlJobResponse> SUBMIT_SQL_JOB = Operation.rest(
            "SubmitSqlJob",
            "7.3.3",
            OperationGroup.SQL_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/jobs/submit-job",
            SubmitSqlJobRequest.class,
            SubmitSqlJobResponse.class);

    /** 7.3.4 Cancel a SQL job. */
    public static final Operation<CancelSqlJobRequest, BasicResponse> CANCEL_SQL_JOB = Operation.rest(
            "CancelSqlJob",
            "7.3.4",
            OperationGroup.SQL_JOBS,
            HttpMethod.DELETE,
            "/v1.0/{project_id}/jobs/{job_id}",
            CancelSqlJobRequest.class,
            BasicResponse.class);

    /** 7.3.5 List SQL jobs. */
    public static final Operation<ListSqlJobsRequest, ListSqlJobsResponse> LIST_SQL_JOBS = Operation.rest(
            "ListSqlJobs",
            "7.3.5",
            OperationGroup.SQL_JOBS,
            HttpMethod.GET,
            "/v1.0/{project_id}/jobs",
            ListSqlJobsRequest.class,
            ListSqlJobsResponse.class);

    /** 7.3.6 Preview a query job's result. */
    public static final Operation<PreviewSqlJobResultRequest, PreviewSqlJobResultResponse> PREVIEW_SQL_JOB_RESULT =
            Operation.rest(
                    "PreviewSqlJobResult",
                    "7.3.6",
                    OperationGroup.SQL_JOBS,
                    HttpMethod.GET,
                    "/v1.0/{project_id}/jobs/{job_id}/preview",
                    PreviewSqlJobResultRequest.class,
                    PreviewSqlJobResultResponse.class);

    /** 7.3.7 Read a SQL job's status. */
    public static final Operation<GetSqlJobStatusRequest, GetSqlJobStatusResponse> GET_SQL_JOB_STATUS = Operation.rest(
            "GetSqlJobStatus",
            "7.3.7",
            OperationGroup.SQL_JOBS,
            HttpMethod.GET,
            "/v1.0/{project_id}/jobs/{job_id}/status",
            GetSqlJobStatusRequest.class,
            GetSqlJobStatusResponse.class);

    /** 7.3.8 Read a SQL job's details. */
    public static final Operation<GetSqlJobDetailRequest, GetSqlJobDetailResponse> GET_SQL_JOB_DETAIL = Operation.rest(
            "GetSqlJobDetail",
            "7.3.8",
            OperationGroup.SQL_JOBS,
            HttpMethod.GET,
            "/v1.0/{project_id}/jobs/{job_id}/detail",
            GetSqlJobDetailRequest.class,
            GetSqlJobDetailResponse.class);

    /** 7.3.9 Check SQL syntax. */
    public static final Operation<CheckSqlRequest, CheckSqlResponse> CHECK_SQL = Operation.rest(
            "CheckSql",
            "7.3.9",
            OperationGroup.SQL_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/jobs/check-sql",
            CheckSqlRequest.class,
            CheckSqlResponse.class);

    /** 7.3.10 Export a query job's result. */
    public static final Operation<ExportSqlJobResultRequest, SqlJobStartedResponse> EXPORT_SQL_JOB_RESULT =
            Operation.rest(
                    "ExportSqlJobResult",
                    "7.3.10",
                    OperationGroup.SQL_JOBS,
                    HttpMethod.POST,
                    "/v1.0/{project_id}/jobs/{job_id}/export-result",
                    ExportSqlJobResultRequest.class,
                    SqlJobStartedResponse.class);

    /** 7.3.11 Read a SQL job's progress. */
    public static final Operation<GetSqlJobProgressRequest, GetSqlJobProgressResponse> GET_SQL_JOB_PROGRESS =
            Operation.rest(
                    "GetSqlJobProgress",
                    "7.3.11",
                    OperationGroup.SQL_JOBS,
                    HttpMethod.GET,
                    "/v1/{project_id}/jobs/{job_id}/progress",
                    GetSqlJobProgressRequest.class,
                    GetSqlJobProgressResponse.class);
}
