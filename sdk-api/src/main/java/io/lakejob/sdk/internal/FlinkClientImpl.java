package io.lakejob.sdk.internal;

import io.lakejob.sdk.FlinkClient;
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
import io.lakejob.sdk.spi.FlinkPlatformOperations;

/** Implements {@link FlinkClient} on an {@link Invoker}. */
public final class FlinkClientImpl implements FlinkClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public FlinkClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public SqlExecutionResult executeSql(ExecuteSqlRequest request) {
        return invoker.invoke(FlinkPlatformOperations.EXECUTE_SQL, request);
    }

    @Override
    public SqlExecutionResult executeJar(ExecuteJarRequest request) {
        return invoker.invoke(FlinkPlatformOperations.EXECUTE_JAR, request);
    }

    @Override
    public SqlExecutionResult jobData(GetJobDataRequest request) {
        return invoker.invoke(FlinkPlatformOperations.GET_JOB_DATA, request);
    }

    @Override
    public SqlExplainResult explainSql(SqlPlanRequest request) {
        return invoker.invoke(FlinkPlatformOperations.EXPLAIN_SQL, request);
    }

    @Override
    public JobPlanResult jobPlan(SqlPlanRequest request) {
        return invoker.invoke(FlinkPlatformOperations.GET_JOB_PLAN, request);
    }

    @Override
    public StreamGraphResult streamGraph(SqlPlanRequest request) {
        return invoker.invoke(FlinkPlatformOperations.GET_STREAM_GRAPH, request);
    }

    @Override
    public SavepointResult savepoint(SavepointRequest request) {
        return invoker.invoke(FlinkPlatformOperations.SAVEPOINT, request);
    }
}
