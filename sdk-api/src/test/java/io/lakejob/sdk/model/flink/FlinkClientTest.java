package io.lakejob.sdk.model.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.spi.FlinkPlatformOperations;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlinkClientTest {
    static final String JOB_ID = FlinkPlatformRequestsTest.JOB_ID;

    @Test
    void operationsAreCataloguedWithoutRestBinding() {
        List<Operation<?, ?>> ops = List.of(
                FlinkPlatformOperations.EXECUTE_SQL,
                FlinkPlatformOperations.GET_JOB_DATA,
                FlinkPlatformOperations.EXPLAIN_SQL,
                FlinkPlatformOperations.GET_JOB_PLAN,
                FlinkPlatformOperations.GET_STREAM_GRAPH,
                FlinkPlatformOperations.SAVEPOINT);
        assertThat(ops)
                .extracting(Operation::name)
                .containsExactly("ExecuteSql", "GetJobData", "ExplainSql", "GetJobPlan", "GetStreamGraph", "Savepoint");
        assertThat(ops)
                .extracting(Operation::section)
                .containsExactly(
                        "dinky:executeSql",
                        "dinky:getJobData",
                        "dinky:explainSql",
                        "dinky:getJobPlan",
                        "dinky:getStreamGraph",
                        "dinky:savepoint");
        for (Operation<?, ?> op : ops) {
            assertThat(op.hasRestBinding()).isFalse();
            assertThat(op.group()).isEqualTo(OperationGroup.FLINK_PLATFORM);
            assertThat(Operations.byName(op.name())).containsSame(op);
        }
        assertThat(Operations.all()).containsAll(ops);
    }

    @Test
    void executeSqlSendsTheRequest() {
        RecordingTransport t = new RecordingTransport()
                .answer(FlinkPlatformOperations.EXECUTE_SQL, r -> SqlExecutionResult.builder()
                        .jobId(JOB_ID)
                        .jobName(r.jobName())
                        .success(true)
                        .columns("a")
                        .addRow(1)
                        .build());
        try (LakeJobClient client = t.client()) {
            SqlExecutionResult res = client.flink().executeSql(b -> b.statement("select 1 as a")
                    .type(ExecutionTarget.STANDALONE)
                    .address("127.0.0.1:8081")
                    .jobName("q")
                    .useResult(true)
                    .maxRowNum(10));
            assertThat(res.rows()).hasSize(1);
            assertThat(res.jobName()).isEqualTo("q");
            assertThat(t.lastCall().operation()).isSameAs(FlinkPlatformOperations.EXECUTE_SQL);
            ExecuteSqlRequest sent = (ExecuteSqlRequest) t.lastCall().request();
            assertThat(sent.type()).isSameAs(ExecutionTarget.STANDALONE);
            assertThat(sent.maxRowNum()).isEqualTo(10);
            assertThat(sent.useResult()).isTrue();

            client.flink().executeSql("create table t (a int) with ('connector' = 'datagen')");
            assertThat(t.lastCall().request())
                    .isEqualTo(ExecuteSqlRequest.of("create table t (a int) with ('connector' = 'datagen')"));
        }
    }

    @Test
    void jobDataSendsTheJobId() {
        RecordingTransport t = new RecordingTransport()
                .answer(FlinkPlatformOperations.GET_JOB_DATA, r -> SqlExecutionResult.builder()
                        .jobId(r.jobId())
                        .status(FlinkJobStatus.FINISHED)
                        .success(true)
                        .build());
        try (LakeJobClient client = t.client()) {
            assertThat(client.flink().jobData(JOB_ID).status()).isSameAs(FlinkJobStatus.FINISHED);
            assertThat(t.lastCall().operation()).isSameAs(FlinkPlatformOperations.GET_JOB_DATA);
            assertThat(t.lastCall().request()).isEqualTo(GetJobDataRequest.of(JOB_ID));
        }
    }

    @Test
    void planOperationsShareTheRequestShape() {
        RecordingTransport t = new RecordingTransport()
                .answer(
                        FlinkPlatformOperations.EXPLAIN_SQL,
                        r -> new SqlExplainResult(List.of(new StatementExplain(
                                1, "SELECT", r.statement(), "== Abstract Syntax Tree ==", true, null))))
                .answer(FlinkPlatformOperations.GET_JOB_PLAN, r -> new JobPlanResult("{\"nodes\":[]}"))
                .answer(FlinkPlatformOperations.GET_STREAM_GRAPH, r -> new StreamGraphResult("{\"nodes\":[1]}"));
        try (LakeJobClient client = t.client()) {
            SqlExplainResult ex =
                    client.flink().explainSql(b -> b.statement("select 1").parallelism(1));
            assertThat(ex.valid()).isTrue();
            assertThat(t.lastCall().operation()).isSameAs(FlinkPlatformOperations.EXPLAIN_SQL);
            assertThat(t.lastCall().request())
                    .isEqualTo(SqlPlanRequest.builder()
                            .statement("select 1")
                            .parallelism(1)
                            .build());

            assertThat(client.flink()
                            .jobPlan(b -> b.statement("select 2").useStatementSet(true))
                            .plan())
                    .isEqualTo("{\"nodes\":[]}");
            assertThat(t.lastCall().operation()).isSameAs(FlinkPlatformOperations.GET_JOB_PLAN);
            assertThat(((SqlPlanRequest) t.lastCall().request()).useStatementSet())
                    .isTrue();

            assertThat(client.flink().streamGraph(SqlPlanRequest.of("select 3")).streamGraph())
                    .isEqualTo("{\"nodes\":[1]}");
            assertThat(t.lastCall().operation()).isSameAs(FlinkPlatformOperations.GET_STREAM_GRAPH);
            assertThat(t.lastCall().request()).isEqualTo(SqlPlanRequest.of("select 3"));
        }
    }

    @Test
    void savepointOverloads() {
        RecordingTransport t = new RecordingTransport()
                .answer(
                        FlinkPlatformOperations.SAVEPOINT,
                        r -> new SavepointResult(
                                "hdfs:///sp/savepoint-195352-abc",
                                r.jobId(),
                                r.savePointType(),
                                r.triggerId() == null ? "0123456789abcdef0123456789abcdef" : r.triggerId()));
        try (LakeJobClient client = t.client()) {
            SavepointResult res = client.flink().savepoint(JOB_ID, SavepointType.STOP);
            assertThat(res.savePointType()).isSameAs(SavepointType.STOP);
            assertThat(res.jobId()).isEqualTo(JOB_ID);
            assertThat(t.lastCall().operation()).isSameAs(FlinkPlatformOperations.SAVEPOINT);
            assertThat(t.lastCall().request()).isEqualTo(SavepointRequest.of(JOB_ID, SavepointType.STOP));

            String trigger = SavepointRequest.newTriggerId();
            SavepointResult r2 = client.flink().savepoint(b -> b.jobId(JOB_ID)
                    .savePointType(SavepointType.TRIGGER)
                    .targetDirectory("hdfs:///sp")
                    .triggerId(trigger));
            assertThat(r2.triggerId()).isEqualTo(trigger);
            assertThat(((SavepointRequest) t.lastCall().request()).targetDirectory())
                    .isEqualTo("hdfs:///sp");
        }
    }

    @Test
    void invalidRequestsSendNothing() {
        RecordingTransport t = new RecordingTransport();
        try (LakeJobClient client = t.client()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> client.flink().jobData("../x"))
                    .isInstanceOf(io.lakejob.sdk.exception.ValidationException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> client.flink().executeSql(" "))
                    .isInstanceOf(io.lakejob.sdk.exception.ValidationException.class);
        }
        assertThat(t.calls()).isEmpty();
    }
}
