package io.lakejob.sdk.model.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlJobRequestsTest {
    private static final String JOB = "95fcc908-9f1b-446c-8643-5653891d9fd9";

    private static void fails(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    // ------------------------------------------------------------------ submit (7.3.3)

    @Test
    void submitKeepsEveryDocumentedField() {
        SubmitSqlJobRequest r = SubmitSqlJobRequest.builder()
                .sql("desc table1")
                .currentdb("db1")
                .queueName("default")
                .conf(List.of("dli.sql.shuffle.partitions = 200"))
                .addConf("dli.sql.job.timeout", "60000")
                .addTag("workspace", "space1")
                .addTag("jobName", "name1")
                .build();
        assertThat(r.conf()).containsExactly("dli.sql.shuffle.partitions = 200", "dli.sql.job.timeout=60000");
        assertThat(r.tags()).containsExactly(Tag.of("workspace", "space1"), Tag.of("jobName", "name1"));
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThatThrownBy(() -> r.conf().add("a=b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.tags().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(SubmitSqlJobRequest.of("select 1", null).conf()).isEmpty();
    }

    @Test
    void sqlIsRequiredNonBlankAndBounded() {
        fails("sql", () -> SubmitSqlJobRequest.builder().queueName("q").build());
        fails("sql", () -> SubmitSqlJobRequest.of("", "q"));
        fails("sql", () -> SubmitSqlJobRequest.of("  \n\t", "q"));
        String max = "x".repeat(SqlValidation.MAX_SQL_LENGTH);
        assertThat(SubmitSqlJobRequest.of(max, "q").sql()).hasSize(1024 * 1024);
        fails("sql", () -> SubmitSqlJobRequest.of(max + "x", "q"));
        fails("sql", () -> CheckSqlRequest.of(null, "db1"));
        fails("sql", () -> CheckSqlRequest.of(" ", "db1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_q", "123", "a-b", "a b", "a/b", "队列", "../x", "q\r\nx"})
    void submitRejectsInvalidQueueNames(String name) {
        fails("queue_name", () -> SubmitSqlJobRequest.of("select 1", name));
    }

    @Test
    void submitQueueNameLimitIs128() {
        assertThat(SubmitSqlJobRequest.of("select 1", "q".repeat(128)).queueName())
                .hasSize(128);
        fails("queue_name", () -> SubmitSqlJobRequest.of("select 1", "q".repeat(129)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"db1", "default", "D_1", "1a"})
    void acceptsValidCurrentdb(String db) {
        assertThat(SubmitSqlJobRequest.builder().sql("s").currentdb(db).build().currentdb())
                .isEqualTo(db);
        assertThat(CheckSqlRequest.of("s", db).currentdb()).isEqualTo(db);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_db", "42", "db-1", "db.t", "db 1", "库"})
    void rejectsInvalidCurrentdb(String db) {
        fails(
                "currentdb",
                () -> SubmitSqlJobRequest.builder().sql("s").currentdb(db).build());
        fails("currentdb", () -> CheckSqlRequest.of("s", db));
    }

    @ParameterizedTest
    @ValueSource(strings = {"novalue", "=v", "k=", " = ", "", "k=v\nx=y"})
    void confEntriesMustBeKeyEqualsValue(String entry) {
        fails("conf", () -> SubmitSqlJobRequest.builder()
                .sql("s")
                .conf(List.of(entry))
                .build());
        fails("conf", () -> ImportTableRequest.builder()
                .dataPath("obs://b/p")
                .dataType(SqlDataType.CSV)
                .databaseName("db")
                .tableName("t")
                .conf(List.of(entry))
                .build());
    }

    @Test
    void nullListElementsAreRejectedNotNpe() {
        fails("conf", () -> SubmitSqlJobRequest.builder()
                .sql("s")
                .conf(Arrays.asList("a=b", null))
                .build());
        fails("tags", () -> SubmitSqlJobRequest.builder()
                .sql("s")
                .tags(Arrays.asList((Tag) null))
                .build());
    }

    // ------------------------------------------------------------------ job ids

    @ParameterizedTest
    @ValueSource(strings = {"../x", "..", ".", "a/b", "a\\b", "%2e%2e", "a%2Fb", "a\r\nb", "a\tb", "", " "})
    void traversalLikeJobIdsAreRejectedEverywhere(String id) {
        List<Function<String, Object>> ctors = List.of(
                CancelSqlJobRequest::of,
                GetSqlJobStatusRequest::of,
                GetSqlJobDetailRequest::of,
                GetSqlJobProgressRequest::of,
                PreviewSqlJobResultRequest::of,
                j -> ExportSqlJobResultRequest.builder()
                        .jobId(j)
                        .dataPath("obs://b/p")
                        .dataType(SqlDataType.CSV)
                        .build());
        for (Function<String, Object> ctor : ctors) {
            fails("job_id", () -> ctor.apply(id));
        }
    }

    @Test
    void jobIdIsRequiredAndUuidsPass() {
        fails("job_id", () -> CancelSqlJobRequest.of(null));
        fails("job_id", () -> GetSqlJobStatusRequest.of(null));
        assertThat(GetSqlJobStatusRequest.of(JOB).jobId()).isEqualTo(JOB);
        assertThat(GetSqlJobProgressRequest.of(JOB).jobId()).isEqualTo(JOB);
        assertThat(GetSqlJobDetailRequest.of(JOB).jobId()).isEqualTo(JOB);
        assertThat(CancelSqlJobRequest.of(JOB).jobId()).isEqualTo(JOB);
    }

    // ------------------------------------------------------------------ import (7.3.1)

    private static ImportTableRequest.Builder importCsv() {
        return ImportTableRequest.builder()
                .dataPath("obs://home/data1/DLI/t1.csv")
                .dataType(SqlDataType.CSV)
                .databaseName("db2")
                .tableName("t2");
    }

    @Test
    void importKeepsEveryFieldAndRoundTrips() {
        ImportTableRequest r = importCsv()
                .withColumnHeader(false)
                .delimiter(",")
                .quoteChar("")
                .escapeChar("")
                .dateFormat("yyyy-MM-dd")
                .timestampFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZZ")
                .badRecordsPath("obs://home/bad")
                .queueName("queue2")
                .overwrite(false)
                .partition("column1", "2020-01-01")
                .partition("column2", "columnPartValue")
                .addConf("dli.sql.dynamicPartitionOverwrite.enabled", "true")
                .build();
        assertThat(r.partitionSpec())
                .containsExactly(Map.entry("column1", "2020-01-01"), Map.entry("column2", "columnPartValue"));
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThatThrownBy(() -> r.partitionSpec().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(importCsv().tableName("$test").build().tableName()).isEqualTo("$test");
    }

    @Test
    void importRequiresItsFields() {
        fails("data_path", () -> importCsv().dataPath(null).build());
        fails("data_path", () -> importCsv().dataPath(" ").build());
        fails("data_type", () -> importCsv().dataType(null).build());
        fails("database_name", () -> importCsv().databaseName(null).build());
        fails("table_name", () -> importCsv().tableName(null).build());
    }

    @Test
    void importChecksNamesTypesAndQueue() {
        fails("database_name", () -> importCsv().databaseName("_db").build());
        fails("database_name", () -> importCsv().databaseName("d".repeat(129)).build());
        fails("table_name", () -> importCsv().tableName("123").build());
        fails("table_name", () -> importCsv().tableName("t-1").build());
        fails("data_type", () -> importCsv().dataType(SqlDataType.of("xml")).build());
        fails("queue_name", () -> importCsv().queueName("_q").build());
        for (SqlDataType t : SqlDataType.IMPORT_TYPES) {
            assertThat(importCsv().dataType(t).build().dataType()).isEqualTo(t);
        }
    }

    @Test
    void csvOnlyAndCsvJsonOnlyOptionsAreEnforced() {
        fails("with_column_header", () -> importCsv()
                .dataType(SqlDataType.PARQUET)
                .withColumnHeader(true)
                .build());
        fails(
                "delimiter",
                () -> importCsv().dataType(SqlDataType.JSON).delimiter(";").build());
        fails(
                "quote_char",
                () -> importCsv().dataType(SqlDataType.ORC).quoteChar("'").build());
        fails(
                "escape_char",
                () -> importCsv().dataType(SqlDataType.AVRO).escapeChar("\\").build());
        fails("date_format", () -> importCsv()
                .dataType(SqlDataType.PARQUET)
                .dateFormat("yyyy")
                .build());
        fails("timestamp_format", () -> importCsv()
                .dataType(SqlDataType.ORC)
                .timestampFormat("HH")
                .build());
        assertThat(importCsv()
                        .dataType(SqlDataType.JSON)
                        .dateFormat("yyyy")
                        .timestampFormat("HH")
                        .build()
                        .dateFormat())
                .isEqualTo("yyyy");
    }

    @Test
    void partitionSpecRejectsNulls() {
        java.util.HashMap<String, String> spec = new java.util.HashMap<>();
        spec.put("p", null);
        fails("partition_spec", () -> importCsv().partitionSpec(spec).build());
    }

    // ------------------------------------------------------------------ export table (7.3.2)

    private static ExportTableRequest.Builder exportTable() {
        return ExportTableRequest.builder()
                .dataPath("obs://home/data1/DLI/test")
                .dataType(SqlDataType.JSON)
                .databaseName("db2")
                .tableName("t2")
                .compress(Compression.GZIP);
    }

    @Test
    void exportTableValidates() {
        ExportTableRequest r = exportTable()
                .withColumnHeader(true)
                .queueName("queue2")
                .exportMode(ExportMode.OVERWRITE)
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        fails("data_path", () -> exportTable().dataPath(null).build());
        fails("data_path", () -> exportTable().dataPath("obs://b/a,b").build());
        fails("data_type", () -> exportTable().dataType(null).build());
        fails("data_type", () -> exportTable().dataType(SqlDataType.PARQUET).build());
        fails("database_name", () -> exportTable().databaseName(null).build());
        fails("table_name", () -> exportTable().tableName("").build());
        fails("compress", () -> exportTable().compress(null).build());
        fails("compress", () -> exportTable().compress(Compression.of("zip")).build());
        fails(
                "export_mode",
                () -> exportTable().exportMode(ExportMode.of("Append")).build());
        fails("queue_name", () -> exportTable().queueName("a b").build());
        assertThat(exportTable().compress(Compression.NONE).build().compress().value())
                .isEqualTo("none");
    }

    // ------------------------------------------------------------------ export result (7.3.10)

    private static ExportSqlJobResultRequest.Builder exportResult() {
        return ExportSqlJobResultRequest.builder()
                .jobId(JOB)
                .dataPath("obs://obs-bucket1/path")
                .dataType(SqlDataType.JSON);
    }

    @Test
    void exportResultValidates() {
        ExportSqlJobResultRequest r = exportResult()
                .compress(Compression.GZIP)
                .withColumnHeader(true)
                .queueName("queue2")
                .limitNum(10)
                .exportMode(ExportMode.ERROR_IF_EXISTS)
                .encodingType(EncodingType.GBK)
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(exportResult().limitNum(0).build().limitNum()).isZero();
        fails("limit_num", () -> exportResult().limitNum(-1).build());
        fails("data_path", () -> exportResult().dataPath(null).build());
        fails("data_path", () -> exportResult().dataPath("obs://a,b/p").build());
        fails("data_type", () -> exportResult().dataType(null).build());
        fails("data_type", () -> exportResult().dataType(SqlDataType.AVRO).build());
        fails("compress", () -> exportResult().compress(Compression.of("lz4")).build());
        fails(
                "encoding_type",
                () -> exportResult().encodingType(EncodingType.of("latin1")).build());
        fails("export_mode", () -> exportResult().exportMode(ExportMode.of("x")).build());
        fails("queue_name", () -> exportResult().queueName("9").build());
        fails("job_id", () -> exportResult().jobId(null).build());
    }

    // ------------------------------------------------------------------ list (7.3.5) and preview (7.3.6)

    @Test
    void listValidatesEveryFilter() {
        ListSqlJobsRequest r = ListSqlJobsRequest.builder()
                .pageSize(100)
                .currentPage(2)
                .start(Instant.ofEpochMilli(1502349803729L))
                .end(Instant.ofEpochMilli(1502349821460L))
                .jobType(SqlJobType.QUERY)
                .jobStatus(SqlJobStatus.FINISHED)
                .jobId(JOB)
                .queueName("queue1")
                .sqlPattern("select")
                .order(SqlJobOrder.DURATION_DESC)
                .engineType("spark")
                .owner("tenant1")
                .addTag("k1", "v1")
                .addTag("k2", "v2")
                .build();
        assertThat(r.tags()).isEqualTo("k1=v1,k2=v2");
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(ListSqlJobsRequest.builder().jobType(SqlJobType.ALL).build().jobType())
                .isEqualTo(SqlJobType.ALL);
        fails("page-size", () -> ListSqlJobsRequest.builder().pageSize(0).build());
        fails("page-size", () -> ListSqlJobsRequest.builder().pageSize(101).build());
        fails("current-page", () -> ListSqlJobsRequest.builder().currentPage(0).build());
        fails("start", () -> ListSqlJobsRequest.builder()
                .start(Instant.ofEpochMilli(-1))
                .build());
        fails(
                "end",
                () -> ListSqlJobsRequest.builder().end(Instant.ofEpochMilli(-1)).build());
        fails("job-type", () -> ListSqlJobsRequest.builder()
                .jobType(SqlJobType.of("SPARK"))
                .build());
        fails("job-status", () -> ListSqlJobsRequest.builder()
                .jobStatus(SqlJobStatus.of("PAUSED"))
                .build());
        fails("job-id", () -> ListSqlJobsRequest.builder().jobId(" ").build());
        fails("queue_name", () -> ListSqlJobsRequest.builder().queueName("_x").build());
        fails("order", () -> ListSqlJobsRequest.builder()
                .order(SqlJobOrder.of("name_asc"))
                .build());
        fails("tags", () -> ListSqlJobsRequest.builder().tags("k1").build());
        fails("tags", () -> ListSqlJobsRequest.builder().tags("k1=v1,").build());
        fails("tags", () -> ListSqlJobsRequest.builder().tags(" ").build());
    }

    @Test
    void previewValidates() {
        PreviewSqlJobResultRequest r = PreviewSqlJobResultRequest.builder()
                .jobId(JOB)
                .pageSize(1000L)
                .queueName("queue1")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(PreviewSqlJobResultRequest.of(JOB).pageSize()).isNull();
        fails("page-size", () -> r.toBuilder().pageSize(0L).build());
        fails("page-size", () -> r.toBuilder().pageSize(1001L).build());
        fails("queue-name", () -> r.toBuilder().queueName("a/b").build());
    }

    // ------------------------------------------------------------------ enums and responses

    @Test
    void unknownEnumValuesAreKeptNotFatal() {
        SqlJobStatus paused = SqlJobStatus.of("PAUSED");
        assertThat(paused.isKnown()).isFalse();
        assertThat(paused.value()).isEqualTo("PAUSED");
        assertThat(paused.isTerminal()).isFalse();
        assertThat(SqlJobStatus.of("finished")).isSameAs(SqlJobStatus.FINISHED);
        assertThat(SqlJobStatus.of("CANCELED")).isSameAs(SqlJobStatus.CANCELLED);
        assertThat(SqlJobType.of("MERGE").isKnown()).isFalse();
        assertThat(SqlJobType.of("DATA_MIGRATION")).isSameAs(SqlJobType.DATA_MIGRATION);
        assertThat(ExportMode.of("errorIfExists")).isSameAs(ExportMode.ERROR_IF_EXISTS);
        assertThat(EncodingType.of("UTF-8")).isSameAs(EncodingType.UTF_8);
        assertThat(SqlJobMode.of("async")).isSameAs(SqlJobMode.ASYNC);
        assertThat(SqlDataType.of("zip").isKnown()).isFalse();
        fails("status", () -> SqlJobStatus.of(" "));
    }

    @Test
    void statusSetsFollowTheReference() {
        assertThat(SqlJobStatus.knownValues())
                .extracting(SqlJobStatus::value)
                .containsExactly("RUNNING", "SCALING", "LAUNCHING", "FINISHED", "FAILED", "CANCELLED");
        assertThat(SqlJobStatus.TERMINAL)
                .containsExactlyInAnyOrder(SqlJobStatus.FINISHED, SqlJobStatus.FAILED, SqlJobStatus.CANCELLED);
        assertThat(SqlJobStatus.RUNNING.isTerminal()).isFalse();
        assertThat(SqlJobStatus.FAILED.isTerminal()).isTrue();
        assertThat(SqlJobType.knownValues())
                .extracting(SqlJobType::value)
                .contains(
                        "DDL",
                        "DCL",
                        "IMPORT",
                        "EXPORT",
                        "QUERY",
                        "INSERT",
                        "DATA_MIGRATION",
                        "UPDATE",
                        "DELETE",
                        "RESTART_QUEUE",
                        "SCALE_QUEUE");
        assertThat(SqlDataType.EXPORT_TYPES).containsExactlyInAnyOrder(SqlDataType.CSV, SqlDataType.JSON);
    }

    @Test
    void resultRowsKeepNullCellsAndAreImmutable() {
        List<Object> row = new ArrayList<>(Arrays.asList("c1", "int", null));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row);
        SubmitSqlJobResponse r = new SubmitSqlJobResponse(
                true, "", JOB, SqlJobType.DDL, List.of(SqlColumn.of("col_name", "string")), rows, SqlJobMode.SYNC);
        row.set(0, "changed");
        assertThat(r.rows().get(0)).containsExactly("c1", "int", null);
        assertThatThrownBy(() -> r.rows().get(0).add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new PreviewSqlJobResultResponse(true, "", JOB, SqlJobType.QUERY, 0, 0L, null, null).rows())
                .isEmpty();
    }

    @Test
    void listResponseIsAPageWithTotal() {
        ListSqlJobsResponse page = new ListSqlJobsResponse(
                true, "", 7, List.of(SqlJob.builder().jobId(JOB).build()));
        assertThat(page.items()).hasSize(1);
        assertThat(page.totalCount()).hasValue(7);
        assertThat(new ListSqlJobsResponse(true, "", null, null).totalCount()).isEmpty();
        SqlJob job = SqlJob.builder()
                .jobId(JOB)
                .status(SqlJobStatus.FINISHED)
                .tags(List.of(Tag.of("k", "v")))
                .build();
        assertThat(job.toBuilder().build()).isEqualTo(job);
        SqlSubJob sub = SqlSubJob.builder()
                .id(0)
                .stageIds(List.of(0))
                .killedTasksSummary(Map.of("x", 1))
                .build();
        assertThat(sub.toBuilder().build()).isEqualTo(sub);
        assertThat(SqlSubJob.builder().build().stageIds()).isEmpty();
    }
}
