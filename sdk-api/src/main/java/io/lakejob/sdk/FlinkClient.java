package io.lakejob.sdk;

import io.lakejob.sdk.model.flink.ExecuteJarRequest;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.GetJobDataRequest;
import io.lakejob.sdk.model.flink.JobPlanResult;
import io.lakejob.sdk.model.flink.SavepointRequest;
import io.lakejob.sdk.model.flink.SavepointResult;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.flink.SqlExplainResult;
import io.lakejob.sdk.model.flink.SqlPlanRequest;
import io.lakejob.sdk.model.flink.StreamGraphResult;
import java.util.function.Consumer;

/**
 * Flink-platform operations the DLI reference lacks (from the Dinky OpenAPI): execute SQL with results, explain, job plan, stream graph and savepoints by Flink job id. Thread-safe.
 *
 * <p>Flink job ids here are Flink's own: 32 lower-case hexadecimal digits.
 */
public interface FlinkClient {
    /**
     * Executes a SQL script (Dinky {@code executeSql}).
     *
     * @param request the request
     * @return the job and, with {@code useResult}, its collected rows
     */
    SqlExecutionResult executeSql(ExecuteSqlRequest request);

    /**
     * Executes a SQL script, configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the job and, with {@code useResult}, its collected rows
     */
    default SqlExecutionResult executeSql(Consumer<ExecuteSqlRequest.Builder> request) {
        ExecuteSqlRequest.Builder b = ExecuteSqlRequest.builder();
        request.accept(b);
        return executeSql(b.build());
    }

    /**
     * Executes a SQL script with every default (the transport's target, no result collection).
     *
     * @param statement the SQL script
     * @return the job
     */
    default SqlExecutionResult executeSql(String statement) {
        return executeSql(ExecuteSqlRequest.of(statement));
    }

    /**
     * Runs a user jar as a Flink job (Dinky {@code executeJar}): in application mode ({@code
     * yarn-application}, {@code kubernetes-application}) the jar's main method runs in the new
     * cluster; on other targets it builds the job on the client. Returns once Flink accepted the job.
     *
     * @param request the request
     * @return the job (no rows)
     */
    SqlExecutionResult executeJar(ExecuteJarRequest request);

    /**
     * Runs a user jar as a Flink job, configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the job (no rows)
     */
    default SqlExecutionResult executeJar(Consumer<ExecuteJarRequest.Builder> request) {
        ExecuteJarRequest.Builder b = ExecuteJarRequest.builder();
        request.accept(b);
        return executeJar(b.build());
    }

    /**
     * Reads a job's status and collected results (Dinky {@code getJobData}).
     *
     * @param request the request
     * @return the job and its rows
     */
    SqlExecutionResult jobData(GetJobDataRequest request);

    /**
     * Reads a job's status and collected results by Flink job id, or by the platform's decimal
     * job id (of a Flink SQL job created through {@code JobClient}).
     *
     * @param jobId 32 lower-case hexadecimal digits, or a positive decimal platform job id
     * @return the job and its rows
     */
    default SqlExecutionResult jobData(String jobId) {
        return jobData(GetJobDataRequest.of(jobId));
    }

    /**
     * Parses, validates and explains each statement of a script (Dinky {@code explainSql}).
     *
     * @param request the request
     * @return one result per statement
     */
    SqlExplainResult explainSql(SqlPlanRequest request);

    /**
     * Explains a script, configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one result per statement
     */
    default SqlExplainResult explainSql(Consumer<SqlPlanRequest.Builder> request) {
        SqlPlanRequest.Builder b = SqlPlanRequest.builder();
        request.accept(b);
        return explainSql(b.build());
    }

    /**
     * The JSON job plan of a script (Dinky {@code getJobPlan}).
     *
     * @param request the request
     * @return the plan
     */
    JobPlanResult jobPlan(SqlPlanRequest request);

    /**
     * The JSON job plan of a script, configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the plan
     */
    default JobPlanResult jobPlan(Consumer<SqlPlanRequest.Builder> request) {
        SqlPlanRequest.Builder b = SqlPlanRequest.builder();
        request.accept(b);
        return jobPlan(b.build());
    }

    /**
     * The JSON stream graph of a script (Dinky {@code getStreamGraph}).
     *
     * @param request the request
     * @return the stream graph
     */
    StreamGraphResult streamGraph(SqlPlanRequest request);

    /**
     * The JSON stream graph of a script, configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the stream graph
     */
    default StreamGraphResult streamGraph(Consumer<SqlPlanRequest.Builder> request) {
        SqlPlanRequest.Builder b = SqlPlanRequest.builder();
        request.accept(b);
        return streamGraph(b.build());
    }

    /**
     * Triggers a savepoint, or stops or cancels a job with one (Dinky {@code savepoint}).
     *
     * @param request the request
     * @return the savepoint's path and trigger id
     */
    SavepointResult savepoint(SavepointRequest request);

    /**
     * Triggers a savepoint, configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the savepoint's path and trigger id
     */
    default SavepointResult savepoint(Consumer<SavepointRequest.Builder> request) {
        SavepointRequest.Builder b = SavepointRequest.builder();
        request.accept(b);
        return savepoint(b.build());
    }

    /**
     * Triggers a savepoint of a job into the cluster's default directory.
     *
     * @param jobId 32 lower-case hexadecimal digits
     * @param type trigger, stop or cancel
     * @return the savepoint's path and trigger id
     */
    default SavepointResult savepoint(String jobId, SavepointType type) {
        return savepoint(SavepointRequest.of(jobId, type));
    }
}
