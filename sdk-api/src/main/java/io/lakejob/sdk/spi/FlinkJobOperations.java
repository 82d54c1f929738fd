package io.lakejob.sdk.spi;

import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobRequest;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.RunFlinkJobsRequest;
import io.lakejob.sdk.model.job.StopFlinkJobsRequest;

/** The Flink job (reference chapter 9) operations. */
public final class FlinkJobOperations {
    private FlinkJobOperations() {}

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

    /** 9.6 Run Flink jobs (batch). */
    public static final Operation<RunFlinkJobsRequest, FlinkJobsBatchResponse> RUN_FLINK_JOBS = Operation.rest(
            "RunFlinkJobs",
            "9.6",
            OperationGroup.FLINK_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/streaming/jobs/run",
            RunFlinkJobsRequest.class,
            FlinkJobsBatchResponse.class);

    /** 9.8 Describe a Flink job. */
    public static final Operation<GetFlinkJobRequest, GetFlinkJobResponse> GET_FLINK_JOB = Operation.rest(
            "GetFlinkJob",
            "9.8",
            OperationGroup.FLINK_JOBS,
            HttpMethod.GET,
            "/v1.0/{project_id}/streaming/jobs/{job_id}",
            GetFlinkJobRequest.class,
            GetFlinkJobResponse.class);

    /** 9.10 Stop Flink jobs (batch). */
    public static final Operation<StopFlinkJobsRequest, FlinkJobsBatchResponse> STOP_FLINK_JOBS = Operation.rest(
            "StopFlinkJobs",
            "9.10",
            OperationGroup.FLINK_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/streaming/jobs/stop",
            StopFlinkJobsRequest.class,
            FlinkJobsBatchResponse.class);
}
