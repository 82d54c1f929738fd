package io.lakejob.sdk.spi;

import io.lakejob.sdk.model.flink.ExecuteJarRequest;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.GetJobDataRequest;
import io.lakejob.sdk.model.flink.JobPlanResult;
import io.lakejob.sdk.model.flink.SavepointRequest;
import io.lakejob.sdk.model.flink.SavepointResult;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.flink.SqlExplainResult;
import io.lakejob.sdk.model.flink.SqlPlanRequest;
import io.lakejob.sdk.model.flink.StreamGraphResult;

/** The Flink-platform (Dinky OpenAPI) operations. They have no REST binding in the DLI reference. */
public final class FlinkPlatformOperations {
    private FlinkPlatformOperations() {}

    /** Execute Flink SQL, optionally collecting results (Dinky {@code executeSql}). */
    public static final Operation<ExecuteSqlRequest, SqlExecutionResult> EXECUTE_SQL = Operation.platform(
            "ExecuteSql",
            "dinky:executeSql",
            OperationGroup.FLINK_PLATFORM,
            ExecuteSqlRequest.class,
            SqlExecutionResult.class);

    /** Run a user jar as a Flink job, in application mode or on a session (Dinky {@code executeJar}). */
    public static final Operation<ExecuteJarRequest, SqlExecutionResult> EXECUTE_JAR = Operation.platform(
            "ExecuteJar",
            "dinky:executeJar",
            OperationGroup.FLINK_PLATFORM,
            ExecuteJarRequest.class,
            SqlExecutionResult.class);

    /** Read a Flink job's status and collected results (Dinky {@code getJobData}). */
    public static final Operation<GetJobDataRequest, SqlExecutionResult> GET_JOB_DATA = Operation.platform(
            "GetJobData",
            "dinky:getJobData",
            OperationGroup.FLINK_PLATFORM,
            GetJobDataRequest.class,
            SqlExecutionResult.class);

    /** Parse, validate and explain each statement of a script (Dinky {@code explainSql}). */
    public static final Operation<SqlPlanRequest, SqlExplainResult> EXPLAIN_SQL = Operation.platform(
            "ExplainSql",
            "dinky:explainSql",
            OperationGroup.FLINK_PLATFORM,
            SqlPlanRequest.class,
            SqlExplainResult.class);

    /** The JSON job plan of a script (Dinky {@code getJobPlan}). */
    public static final Operation<SqlPlanRequest, JobPlanResult> GET_JOB_PLAN = Operation.platform(
            "GetJobPlan", "dinky:getJobPlan", OperationGroup.FLINK_PLATFORM, SqlPlanRequest.class, JobPlanResult.class);

    /** The JSON stream graph of a script (Dinky {@code getStreamGraph}). */
    public static final Operation<SqlPlanRequest, StreamGraphResult> GET_STREAM_GRAPH = Operation.platform(
            "GetStreamGraph",
            "dinky:getStreamGraph",
            OperationGroup.FLINK_PLATFORM,
            SqlPlanRequest.class,
            StreamGraphResult.class);

    /** Trigger a savepoint, or stop or cancel a job with one (Dinky {@code savepoint}). */
    public static final Operation<SavepointRequest, SavepointResult> SAVEPOINT = Operation.platform(
            "Savepoint",
            "dinky:savepoint",
            OperationGroup.FLINK_PLATFORM,
            SavepointRequest.class,
            SavepointResult.class);
}
