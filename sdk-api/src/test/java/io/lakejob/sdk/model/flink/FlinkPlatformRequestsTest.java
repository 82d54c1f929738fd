package io.lakejob.sdk.model.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ValidationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlinkPlatformRequestsTest {
    static final String JOB_ID = "195352b0a4518e16699983a13205f059";

    static void fails(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    // ---- ExecuteSql

    @Test
    void executeSqlDefaults() {
        ExecuteSqlRequest r = ExecuteSqlRequest.of("select 1");
        assertThat(r.statement()).isEqualTo("select 1");
        assertThat(r.maxRowNum()).isEqualTo(100);
        assertThat(r.useResult()).isFalse();
        assertThat(r.useChangeLog()).isFalse();
        assertThat(r.useAutoCancel()).isFalse();
        assertThat(r.useStatementSet()).isFalse();
        assertThat(r.fragment()).isFalse();
        assertThat(r.batchMode()).isFalse();
        assertThat(r.type()).isNull();
        assertThat(r.checkPoint()).isNull();
        assertThat(r.parallelism()).isNull();
        assertThat(r.configuration()).isEmpty();
        assertThat(r.variables()).isEmpty();
    }

    @Test
    void statementIsRequiredNotBlankAndBounded() {
        fails("statement", () -> ExecuteSqlRequest.builder().build());
        fails("statement", () -> ExecuteSqlRequest.of(""));
        fails("statement", () -> ExecuteSqlRequest.of("  \n\t"));
        String max = "x".repeat(1024 * 1024);
        assertThat(ExecuteSqlRequest.of(max).statement()).hasSize(1024 * 1024);
        fails("statement", () -> ExecuteSqlRequest.of(max + "x"));
        fails("statement", () -> SqlPlanRequest.builder().build());
        fails("statement", () -> SqlPlanRequest.of(" "));
        fails("statement", () -> SqlPlanRequest.of(max + "x"));
    }

    @Test
    void maxRowNumRange() {
        assertThat(ExecuteSqlRequest.builder()
                        .statement("s")
                        .maxRowNum(1)
                        .build()
                        .maxRowNum())
                .isEqualTo(1);
        assertThat(ExecuteSqlRequest.builder()
                        .statement("s")
                        .maxRowNum(100_000)
                        .build()
                        .maxRowNum())
                .isEqualTo(100_000);
        fails(
                "maxRowNum",
                () -> ExecuteSqlRequest.builder().statement("s").maxRowNum(0).build());
        fails(
                "maxRowNum",
                () -> ExecuteSqlRequest.builder().statement("s").maxRowNum(-5).build());
        fails("maxRowNum", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .maxRowNum(100_001)
                .build());
    }

    @Test
    void checkPointAndParallelismRanges() {
        assertThat(ExecuteSqlRequest.builder()
                        .statement("s")
                        .checkPoint(0L)
                        .build()
                        .checkPoint())
                .isZero();
        assertThat(ExecuteSqlRequest.builder()
                        .statement("s")
                        .checkPoint(60_000L)
                        .build()
                        .checkPoint())
                .isEqualTo(60_000L);
        fails(
                "checkPoint",
                () -> ExecuteSqlRequest.builder().statement("s").checkPoint(-1L).build());
        assertThat(ExecuteSqlRequest.builder()
                        .statement("s")
                        .parallelism(1)
                        .build()
                        .parallelism())
                .isEqualTo(1);
        assertThat(ExecuteSqlRequest.builder()
                        .statement("s")
                        .parallelism(32768)
                        .build()
                        .parallelism())
                .isEqualTo(32768);
        fails(
                "parallelism",
                () -> ExecuteSqlRequest.builder().statement("s").parallelism(0).build());
        fails("parallelism", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .parallelism(32769)
                .build());
        fails(
                "parallelism",
                () -> SqlPlanRequest.builder().statement("s").parallelism(0).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:8081", "jobmanager:8081", "flink-jm.prod.example.com:443", "[::1]:8081", "h:1"})
    void acceptsAddresses(String address) {
        assertThat(ExecuteSqlRequest.builder()
                        .statement("s")
                        .address(address)
                        .build()
                        .address())
                .isEqualTo(address);
        assertThat(SavepointRequest.builder()
                        .jobId(JOB_ID)
                        .savePointType(SavepointType.TRIGGER)
                        .address(address)
                        .build()
                        .address())
                .isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "127.0.0.1",
                "http://127.0.0.1:8081",
                "host:0",
                "host:65536",
                "host:",
                ":8081",
                "a b:1",
                "host:80/x",
                "host:8081\r\n"
            })
    void rejectsAddresses(String address) {
        fails("address", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .address(address)
                .build());
        fails("address", () -> SavepointRequest.builder()
                .jobId(JOB_ID)
                .savePointType(SavepointType.STOP)
                .address(address)
                .build());
    }

    @Test
    void optionalTextsMustNotBeBlankOrContainControls() {
        fails(
                "jobName",
                () -> ExecuteSqlRequest.builder().statement("s").jobName(" ").build());
        fails(
                "jobName",
                () -> ExecuteSqlRequest.builder().statement("s").jobName("a\nb").build());
        fails("savePointPath", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .savePointPath("")
                .build());
        assertThat(ExecuteSqlRequest.builder()
                        .statement("s")
                        .jobName("openapitest")
                        .savePointPath("hdfs://ns/flink/savepoints/savepoint-5f4b8c-4326844a6843")
                        .build()
                        .savePointPath())
                .startsWith("hdfs://");
    }

    @Test
    void configurationAndVariablesAreCheckedCopiedAndKeepOrder() {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("table.exec.resource.default-parallelism", "2");
        conf.put("pipeline.name", "x");
        ExecuteSqlRequest r = ExecuteSqlRequest.builder()
                .statement("select '${greeting}'")
                .configuration(conf)
                .putVariable("greeting", "hello")
                .putVariable("dt_1.x-y", "2024")
                .build();
        conf.put("later", "ignored");
        assertThat(r.configuration())
                .containsExactly(
                        Map.entry("table.exec.resource.default-parallelism", "2"), Map.entry("pipeline.name", "x"));
        assertThat(r.variables()).containsKeys("greeting", "dt_1.x-y");
        assertThatThrownBy(() -> r.variables().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.configuration().clear()).isInstanceOf(UnsupportedOperationException.class);

        fails("configuration", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .putConfiguration(" ", "v")
                .build());
        fails("configuration", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .putConfiguration("k", null)
                .build());
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "v");
        fails("configuration", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .configuration(nullKey)
                .build());
        fails("variables", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .putVariable("a}b", "v")
                .build());
        fails("variables", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .putVariable("", "v")
                .build());
        fails("variables", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .putVariable("1abc", "v")
                .build());
        fails("variables", () -> ExecuteSqlRequest.builder()
                .statement("s")
                .putVariable("a", null)
                .build());
        fails("variables", () -> SqlPlanRequest.builder()
                .statement("s")
                .putVariable("${x}", "v")
                .build());
    }

    @Test
    void executeSqlToBuilderRoundTrips() {
        ExecuteSqlRequest r = ExecuteSqlRequest.builder()
                .statement("insert into pt select 1")
                .type(ExecutionTarget.YARN_SESSION)
                .address("127.0.0.1:8081")
                .jobName("openapitest")
                .useResult(true)
                .useChangeLog(true)
                .useAutoCancel(true)
                .useStatementSet(true)
                .fragment(true)
                .maxRowNum(500)
                .checkPoint(1000L)
                .parallelism(4)
                .savePointPath("/savepoints/sp-1")
                .putConfiguration("k", "v")
                .putVariable("v", "1")
                .batchMode(true)
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.toBuilder().maxRowNum(7).build().maxRowNum()).isEqualTo(7);
        SqlPlanRequest p = SqlPlanRequest.builder()
                .statement("s")
                .useStatementSet(true)
                .fragment(true)
                .parallelism(2)
                .putConfiguration("k", "v")
                .putVariable("x", "y")
                .batchMode(true)
                .build();
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }

    @Test
    void executionTargetsAreKnownAndUnknownOnesKept() {
        assertThat(ExecutionTarget.knownValues())
                .extracting(ExecutionTarget::value)
                .containsExactly(
                        "local",
                        "standalone",
                        "yarn-session",
                        "yarn-per-job",
                        "yarn-application",
                        "kubernetes-session",
                        "kubernetes-application");
        assertThat(ExecutionTarget.of("Yarn-Per-Job")).isSameAs(ExecutionTarget.YARN_PER_JOB);
        assertThat(ExecutionTarget.of("kubernetes_application")).isSameAs(ExecutionTarget.KUBERNETES_APPLICATION);
        ExecutionTarget remote = ExecutionTarget.of("remote");
        assertThat(remote.isKnown()).isFalse();
        assertThat(remote.value()).isEqualTo("remote");
        assertThat(ExecuteSqlRequest.builder()
                        .statement("s")
                        .type(remote)
                        .build()
                        .type())
                .isEqualTo(remote);
        fails("type", () -> ExecutionTarget.of(" "));
    }

    // ---- job ids

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "195352b0a4518e16699983a13205f05",
                "195352b0a4518e16699983a13205f0590",
                "195352B0A4518E16699983A13205F059",
                "195352b0a4518e16699983a13205f05g",
                "../x",
                "a/b",
                "%2e%2e",
                "195352b0a4518e16699983a13205f059\r\n",
                "0",
                "-1",
                "0123",
                "1 ",
                "9223372036854775808"
            })
    void rejectsMalformedJobIds(String id) {
        fails("jobId", () -> GetJobDataRequest.of(id));
        fails("jobId", () -> SavepointRequest.of(id, SavepointType.TRIGGER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "123", "9223372036854775807"})
    void jobDataAlsoAcceptsDecimalPlatformJobIdsButSavepointDoesNot(String id) {
        assertThat(GetJobDataRequest.of(id).jobId()).isEqualTo(id);
        fails("jobId", () -> SavepointRequest.of(id, SavepointType.TRIGGER));
    }

    @Test
    void platformJobIdsMustBePositive() {
        assertThat(GetJobDataRequest.ofPlatformJob(42).jobId()).isEqualTo("42");
        fails("jobId", () -> GetJobDataRequest.ofPlatformJob(0));
        fails("jobId", () -> GetJobDataRequest.ofPlatformJob(-7));
    }

    @Test
    void jobIdIsRequired() {
        fails("jobId", () -> GetJobDataRequest.of(null));
        fails("jobId", () -> SavepointRequest.builder()
                .savePointType(SavepointType.CANCEL)
                .build());
        assertThat(GetJobDataRequest.of(JOB_ID).jobId()).isEqualTo(JOB_ID);
    }

    // ---- Savepoint

    @Test
    void savepointRules() {
        fails("savePointType", () -> SavepointRequest.builder().jobId(JOB_ID).build());
        fails("triggerId", () -> SavepointRequest.builder()
                .jobId(JOB_ID)
                .savePointType(SavepointType.TRIGGER)
                .triggerId("not-hex")
                .build());
        fails("targetDirectory", () -> SavepointRequest.builder()
                .jobId(JOB_ID)
                .savePointType(SavepointType.TRIGGER)
                .targetDirectory(" ")
                .build());
        String trigger = SavepointRequest.newTriggerId();
        assertThat(trigger).matches("[0-9a-f]{32}").isNotEqualTo(SavepointRequest.newTriggerId());
        SavepointRequest r = SavepointRequest.builder()
                .jobId(JOB_ID)
                .savePointType(SavepointType.STOP)
                .targetDirectory("hdfs:///flink/savepoints")
                .triggerId(trigger)
                .address("127.0.0.1:8081")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.triggerId()).isEqualTo(trigger);
    }

    @Test
    void savepointTypesAreKnownAndUnknownOnesKept() {
        assertThat(SavepointType.knownValues())
                .containsExactly(SavepointType.TRIGGER, SavepointType.STOP, SavepointType.CANCEL);
        assertThat(SavepointType.of("STOP")).isSameAs(SavepointType.STOP);
        SavepointType other = SavepointType.of("canceljob");
        assertThat(other.isKnown()).isFalse();
        assertThat(SavepointRequest.of(JOB_ID, other).savePointType().value()).isEqualTo("canceljob");
        fails("savePointType", () -> SavepointType.of(""));
    }

    // ---- results

    @Test
    void resultRowsAreImmutableKeepColumnOrderAndAllowNulls() {
        SqlExecutionResult r = SqlExecutionResult.builder()
                .jobId(JOB_ID)
                .success(true)
                .status(FlinkJobStatus.RUNNING)
                .columns("z", "a", "m")
                .addRow(1, null, "x")
                .addRow(2, "b", null)
                .truncated(true)
                .build();
        assertThat(r.columns()).containsExactly("z", "a", "m");
        assertThat(r.rows()).hasSize(2);
        ResultRow first = r.rows().get(0);
        assertThat(first.asMap().keySet()).containsExactly("z", "a", "m");
        assertThat(first.get("z")).isEqualTo(1);
        assertThat(first.get(1)).isNull();
        assertThat(first.rowKind()).isNull();
        assertThat(r.truncated()).isTrue();
        assertThat(r.hasRows()).isTrue();
        assertThatThrownBy(() -> first.values().set(0, 5)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.asMap().put("q", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.columns().add("q")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.get("missing")).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.toBuilder().build()).isEqualTo(r);
    }

    @Test
    void rowValuesAreCopied() {
        List<Object> values = new java.util.ArrayList<>(List.of(1, 2));
        ResultRow row = ResultRow.of(List.of("a", "b"), values);
        values.set(0, 99);
        assertThat(row.get(0)).isEqualTo(1);
    }

    @Test
    void rowsMustMatchTheColumns() {
        fails("values", () -> ResultRow.of(List.of("a", "b"), List.of(1)));
        fails("columns", () -> ResultRow.of(List.of("a", "a"), List.of(1, 2)));
        fails("rows", () -> SqlExecutionResult.builder()
                .columns("a")
                .rows(List.of(ResultRow.of(List.of("b"), List.of(1))))
                .build());
    }

    @Test
    void changelogRowsCarryTheirOperation() {
        SqlExecutionResult r = SqlExecutionResult.builder()
                .columns(ResultRow.OP_COLUMN, "word", "cnt")
                .addRow("+I", "a", 1L)
                .addRow("-U", "a", 1L)
                .addRow("+U", "a", 2L)
                .addRow("-D", "a", 2L)
                .build();
        assertThat(r.rows())
                .extracting(ResultRow::rowKind)
                .containsExactly(RowKind.INSERT, RowKind.UPDATE_BEFORE, RowKind.UPDATE_AFTER, RowKind.DELETE);
        assertThat(RowKind.of("UPDATE_AFTER")).isSameAs(RowKind.UPDATE_AFTER);
        assertThat(RowKind.of("+X").isKnown()).isFalse();
    }

    @Test
    void emptyResultForDdl() {
        SqlExecutionResult r = SqlExecutionResult.builder().success(true).build();
        assertThat(r.jobId()).isNull();
        assertThat(r.columns()).isEmpty();
        assertThat(r.rows()).isEmpty();
        assertThat(r.hasRows()).isFalse();
    }

    @Test
    void jobStatuses() {
        assertThat(FlinkJobStatus.of("finished")).isSameAs(FlinkJobStatus.FINISHED);
        assertThat(FlinkJobStatus.of("CANCELLED")).isSameAs(FlinkJobStatus.CANCELED);
        assertThat(FlinkJobStatus.FAILED.isTerminal()).isTrue();
        assertThat(FlinkJobStatus.RUNNING.isTerminal()).isFalse();
        FlinkJobStatus other = FlinkJobStatus.of("SUCCESS");
        assertThat(other.isKnown()).isFalse();
        assertThat(other.isTerminal()).isFalse();
    }

    @Test
    void explainResults() {
        StatementExplain ok = new StatementExplain(1, "CREATE", "CREATE TABLE t (a INT)", null, true, null);
        StatementExplain bad = new StatementExplain(
                2, "INSERT", "insert into x", null, false, "statement 2, line 1: Object 'x' not found");
        assertThat(new SqlExplainResult(List.of(ok)).valid()).isTrue();
        SqlExplainResult both = new SqlExplainResult(List.of(ok, bad));
        assertThat(both.valid()).isFalse();
        assertThat(both.statements()).extracting(StatementExplain::index).containsExactly(1, 2);
        fails("index", () -> new StatementExplain(0, "SET", "set a=b", null, true, null));
        assertThat(new SqlExplainResult(null).statements()).isEmpty();
    }
}
