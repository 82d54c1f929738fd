package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.sql.CheckSqlResponse;
import io.lakejob.sdk.model.sql.Compression;
import io.lakejob.sdk.model.sql.EncodingType;
import io.lakejob.sdk.model.sql.ExportMode;
import io.lakejob.sdk.model.sql.GetSqlJobDetailResponse;
import io.lakejob.sdk.model.sql.GetSqlJobProgressResponse;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.ListSqlJobsResponse;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultResponse;
import io.lakejob.sdk.model.sql.SqlColumn;
import io.lakejob.sdk.model.sql.SqlDataType;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.model.sql.SqlJobMode;
import io.lakejob.sdk.model.sql.SqlJobOrder;
import io.lakejob.sdk.model.sql.SqlJobStartedResponse;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SqlJobType;
import io.lakejob.sdk.model.sql.SqlSubJob;
import io.lakejob.sdk.model.sql.SubmitSqlJobResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sections 7.3.1-7.3.11 over real HTTP against WireMock: exact requests, signatures, parsed answers. */
class SqlJobWireTest extends WireSupport {
    private static final String JOBS = "/v1.0/" + PROJECT + "/jobs";

    private void answer(String body) {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static void assertSent(LoggedRequest r, String method, String path) {
        assertThat(r.getMethod().getName()).isEqualTo(method);
        assertThat(rawPath(r)).isEqualTo(path);
        assertThat(r.getHeader("X-Project-Id")).isEqualTo(PROJECT);
        assertSignedCorrectly(r, AK, SK);
    }

    private static void assertJsonBody(LoggedRequest r, JsonNode expected) {
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(json(r.getBodyAsString())).isEqualTo(expected);
    }

    @Test
    void importTableSendsTheReferenceBody() {
        answer(resource("7.3.1-response.json"));
        SqlJobStartedResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().importTable(b -> b.dataPath("obs://home/data1/DLI/t1.csv")
                    .dataType(SqlDataType.CSV)
                    .databaseName("db2")
                    .tableName("t2")
                    .withColumnHeader(false)
                    .delimiter(",")
                    .quoteChar("")
                    .escapeChar("")
                    .dateFormat("yyyy-MM-dd")
                    .timestampFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZZ")
                    .queueName("queue2")
                    .overwrite(false)
                    .partition("column1", "2020-01-01")
                    .partition("column2", "columnPartValue"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", JOBS + "/import-table");
        assertThat(rawQuery(r)).isEmpty();
        assertJsonBody(r, json(resource("7.3.1-request.json")));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEqualTo("import data to table t2 started");
        assertThat(resp.jobId()).isEqualTo("6b29eb77-4c16-4e74-838a-2cf7959e9202");
        assertThat(resp.jobMode()).isEqualTo(SqlJobMode.ASYNC);
    }

    @Test
    void importTableWithConfAndWithoutOptionalFields() {
        answer(resource("7.3.1-response.json"));
        try (LakeJobClient client = client()) {
            client.sql().importTable(b -> b.dataPath("obs://b/p")
                    .dataType(SqlDataType.PARQUET)
                    .databaseName("db")
                    .tableName("t")
                    .badRecordsPath("obs://b/bad")
                    .addConf("dli.sql.dynamicPartitionOverwrite.enabled", "true"));
        }
        JsonNode body = json(onlyRequest().getBodyAsString());
        assertThat(body.has("partition_spec")).isFalse();
        assertThat(body.has("queue_name")).isFalse();
        assertThat(body.get("data_type").asText()).isEqualTo("parquet");
        assertThat(body.get("bad_records_path").asText()).isEqualTo("obs://b/bad");
        assertThat(body.get("conf").isArray()).isTrue();
        assertThat(body.get("conf")).hasSize(1);
        assertThat(body.get("conf").get(0).asText()).contains("dli.sql.dynamicPartitionOverwrite.enabled");
    }

    @Test
    void exportTableSendsTheReferenceBodyWithABooleanHeaderFlag() {
        answer(resource("7.3.2-response.json"));
        SqlJobStartedResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().exportTable(b -> b.dataPath("obs://home/data1/DLI/test")
                    .dataType(SqlDataType.JSON)
                    .databaseName("db2")
                    .tableName("t2")
                    .compress(Compression.GZIP)
                    .withColumnHeader(true)
                    .queueName("queue2"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", JOBS + "/export-table");
        // The reference's example writes "with_column_header": "true"; the documented type (and
        // the official SDK's) is Boolean, so a JSON boolean is sent.
        ObjectNode expected = (ObjectNode) json(resource("7.3.2-request.json"));
        expected.put("with_column_header", true);
        assertJsonBody(r, expected);
        assertThat(resp.jobId()).isEqualTo("828d4044-3d39-449b-b32c-957f7cfadfc9");
        assertThat(resp.jobMode()).isEqualTo(SqlJobMode.ASYNC);
        assertThat(resp.message()).startsWith("export all data from table db2.t2");
    }

    @Test
    void exportTableSendsExportMode() {
        answer(resource("7.3.2-response.json"));
        try (LakeJobClient client = client()) {
            client.sql().exportTable(b -> b.dataPath("obs://b/out")
                    .dataType(SqlDataType.CSV)
                    .databaseName("db")
                    .tableName("t")
                    .compress(Compression.NONE)
                    .exportMode(ExportMode.OVERWRITE));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"data_path\":\"obs://b/out\",\"data_type\":\"csv\",\"database_name\":\"db\","
                        + "\"table_name\":\"t\",\"compress\":\"none\",\"export_mode\":\"Overwrite\"}"));
    }

    @Test
    void submitSendsTheReferenceBodyWithTheTagsGivenPlusTheClientTokenAndReadsSchemaAndRows() {
        answer(resource("7.3.3-response.json"));
        SubmitSqlJobResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().submit(b -> b.currentdb("db1")
                    .sql("desc table1")
                    .queueName("default")
                    .conf(List.of("dli.sql.shuffle.partitions = 200"))
                    .addTag("workspace", "space1")
                    .addTag("jobName", "name1"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", JOBS + "/submit-job");
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(withoutClientToken(json(r.getBodyAsString()))).isEqualTo(json(resource("7.3.3-request.json")));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobId()).isEqualTo("8ecb0777-9c70-4529-9935-29ea0946039c");
        assertThat(resp.jobType()).isEqualTo(SqlJobType.DDL);
        assertThat(resp.jobMode()).isEqualTo(SqlJobMode.SYNC);
        assertThat(resp.schema())
                .containsExactly(
                        SqlColumn.of("col_name", "string"),
                        SqlColumn.of("data_type", "string"),
                        SqlColumn.of("comment", "string"));
        assertThat(resp.rows()).hasSize(2);
        assertThat(resp.rows().get(0)).containsExactly("c1", "int", null);
        assertThat(resp.rows().get(1)).containsExactly("c2", "string", null);
    }

    @Test
    void submitWithoutOptionalFieldsSendsOnlySqlAndQueue() {
        answer(
                "{\"is_success\":\"true\",\"message\":\"\",\"job_id\":\"j1\",\"job_type\":\"QUERY\",\"job_mode\":\"async\"}");
        SubmitSqlJobResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().submit("select 1", "q1");
        }
        assertThat(withoutClientToken(json(onlyRequest().getBodyAsString())))
                .isEqualTo(json("{\"sql\":\"select 1\",\"queue_name\":\"q1\"}"));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.schema()).isEmpty();
        assertThat(resp.rows()).isEmpty();
        assertThat(resp.jobType()).isEqualTo(SqlJobType.QUERY);
    }

    @Test
    void cancelEncodesTheJobIdOnceAndSendsNoBody() {
        answer(resource("7.3.4-response.json"));
        BasicResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().cancel("job 1:ü");
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "DELETE", JOBS + "/job%201%3A%C3%BC");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEmpty();
    }

    @Test
    void listSendsEveryQueryParameterWithTheReferenceNames() {
        answer(resource("7.3.5-response.json"));
        ListSqlJobsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().list(l -> l.pageSize(10)
                    .currentPage(2)
                    .start(Instant.ofEpochMilli(1502349803000L))
                    .end(Instant.ofEpochMilli(1502349899000L))
                    .jobType(SqlJobType.QUERY)
                    .jobStatus(SqlJobStatus.FINISHED)
                    .jobId("37286cc7-0508-4ffd-b636-951c8a5c75de")
                    .queueName("queue1")
                    .sqlPattern("select *")
                    .order(SqlJobOrder.DURATION_DESC)
                    .engineType("spark")
                    .owner("tenant1")
                    .tags("k1=v1,k2=v2"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", JOBS);
        assertThat(r.getQueryParams().keySet())
                .containsExactlyInAnyOrder(
                        "page-size",
                        "current-page",
                        "start",
                        "end",
                        "job-type",
                        "job-status",
                        "job-id",
                        "queue_name",
                        "sql_pattern",
                        "order",
                        "engine-type",
                        "owner",
                        "tags");
        assertThat(r.queryParameter("page-size").firstValue()).isEqualTo("10");
        assertThat(r.queryParameter("current-page").firstValue()).isEqualTo("2");
        assertThat(r.queryParameter("start").firstValue()).isEqualTo("1502349803000");
        assertThat(r.queryParameter("end").firstValue()).isEqualTo("1502349899000");
        assertThat(r.queryParameter("job-type").firstValue()).isEqualTo("QUERY");
        assertThat(r.queryParameter("job-status").firstValue()).isEqualTo("FINISHED");
        assertThat(r.queryParameter("job-id").firstValue()).isEqualTo("37286cc7-0508-4ffd-b636-951c8a5c75de");
        assertThat(r.queryParameter("queue_name").firstValue()).isEqualTo("queue1");
        assertThat(r.queryParameter("sql_pattern").firstValue()).isEqualTo("select *");
        assertThat(r.queryParameter("order").firstValue()).isEqualTo("duration_desc");
        assertThat(r.queryParameter("engine-type").firstValue()).isEqualTo("spark");
        assertThat(r.queryParameter("owner").firstValue()).isEqualTo("tenant1");
        // "=" and "," travel escaped, as the reference shows (tags=k1%3Dv1%2Ck2%3Dv2).
        assertThat(rawQuery(r)).contains("tags=k1%3Dv1%2Ck2%3Dv2");
        assertThat(r.getBody()).isEmpty();

        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobCount()).isEqualTo(1);
        SqlJob j = resp.jobs().get(0);
        assertThat(j.jobId()).isEqualTo("37286cc7-0508-4ffd-b636-951c8a5c75de");
        assertThat(j.jobType()).isEqualTo(SqlJobType.QUERY);
        assertThat(j.status()).isEqualTo(SqlJobStatus.FINISHED);
        assertThat(j.queueName()).isEqualTo("queue1");
        assertThat(j.owner()).isEqualTo("tenant1");
        assertThat(j.startTime()).isEqualTo(Instant.ofEpochMilli(1502349803729L));
        assertThat(j.endTime()).isEqualTo(Instant.ofEpochMilli(1502349821460L));
        assertThat(j.duration()).isEqualTo(17731L);
        assertThat(j.inputSize()).isZero();
        assertThat(j.resultCount()).isEqualTo(3);
        assertThat(j.withColumnHeader()).isFalse();
        assertThat(j.statement()).isEqualTo("select * from t_json_002");
        assertThat(j.detail()).startsWith("{\"type\":\"struct\"");
        assertThat(j.tags()).isEmpty();
    }

    @Test
    void listReadsStringBooleansTagsAndOtherStatusSpellings() {
        answer("{\"is_success\":\"true\",\"job_count\":\"2\",\"jobs\":["
                + "{\"job_id\":\"a\",\"status\":\"CANCELED\",\"with_column_header\":\"true\",\"start_time\":\"1502349803729\","
                + "\"tags\":[{\"key\":\"k\",\"value\":\"v\"},{\"key\":\"\",\"value\":\"x\"},null]},"
                + "null,"
                + "{\"job_id\":\"b\",\"status\":\"QUEUED_SOMEWHERE\",\"job_type\":\"NEW_KIND\"}]}");
        ListSqlJobsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().list(l -> {});
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(JOBS);
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobCount()).isEqualTo(2);
        assertThat(resp.jobs()).hasSize(2);
        SqlJob a = resp.jobs().get(0);
        assertThat(a.status()).isEqualTo(SqlJobStatus.CANCELLED);
        assertThat(a.withColumnHeader()).isTrue();
        assertThat(a.startTime()).isEqualTo(Instant.ofEpochMilli(1502349803729L));
        assertThat(a.tags()).containsExactly(Tag.of("k", "v"));
        SqlJob b = resp.jobs().get(1);
        assertThat(b.status().value()).isEqualTo("QUEUED_SOMEWHERE");
        assertThat(b.status().isKnown()).isFalse();
        assertThat(b.jobType().value()).isEqualTo("NEW_KIND");
        assertThat(b.startTime()).isNull();
        assertThat(b.tags()).isEmpty();
    }

    @Test
    void previewSendsPageSizeAndQueueNameAndReadsOneEntrySchemaObjects() {
        answer(resource("7.3.6-response.json"));
        PreviewSqlJobResultResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().preview(p -> p.jobId("ead0b276-8ed4-4eb5-b520-58f1511e7033")
                    .pageSize(100L)
                    .queueName("queue1"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", JOBS + "/ead0b276-8ed4-4eb5-b520-58f1511e7033/preview");
        assertThat(r.getQueryParams().keySet()).containsExactlyInAnyOrder("page-size", "queue-name");
        assertThat(r.queryParameter("page-size").firstValue()).isEqualTo("100");
        assertThat(r.queryParameter("queue-name").firstValue()).isEqualTo("queue1");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobId()).isEqualTo("ead0b276-8ed4-4eb5-b520-58f1511e7033");
        assertThat(resp.jobType()).isEqualTo(SqlJobType.QUERY);
        assertThat(resp.rowCount()).isEqualTo(1);
        assertThat(resp.inputSize()).isEqualTo(74L);
        assertThat(resp.schema()).containsExactly(SqlColumn.of("c1", "int"), SqlColumn.of("c2", "string"));
        assertThat(resp.rows()).containsExactly(Arrays.asList(23, "sda"));
    }

    @Test
    void previewWithoutOptionsSendsNoQueryAndReadsOtherSchemaForms() {
        answer("{\"is_success\":true,\"schema\":{\"name\":\"n\",\"type\":\"bigint\"},\"rows\":[[1],\"solo\"]}");
        PreviewSqlJobResultResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().preview("job-1");
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(JOBS + "/job-1/preview");
        assertThat(resp.schema()).containsExactly(SqlColumn.of("n", "bigint"));
        assertThat(resp.rows()).containsExactly(List.of(1), List.of("solo"));
        assertThat(resp.rowCount()).isNull();
    }

    @Test
    void statusReadsTheReferenceExample() {
        answer(resource("7.3.7-response.json"));
        GetSqlJobStatusResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().status("208b08d4-0dc2-4dd7-8879-ddd4c020d7aa");
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", JOBS + "/208b08d4-0dc2-4dd7-8879-ddd4c020d7aa/status");
        assertThat(rawQuery(r)).isEmpty();
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobId()).isEqualTo("208b08d4-0dc2-4dd7-8879-ddd4c020d7aa");
        assertThat(resp.jobType()).isEqualTo(SqlJobType.QUERY);
        assertThat(resp.jobMode()).isEqualTo(SqlJobMode.ASYNC);
        assertThat(resp.queueName()).isEqualTo("default");
        assertThat(resp.owner()).isEqualTo("test");
        assertThat(resp.startTime()).isEqualTo(Instant.ofEpochMilli(1509335108918L));
        assertThat(resp.duration()).isEqualTo(2523L);
        assertThat(resp.status()).isEqualTo(SqlJobStatus.FINISHED);
        assertThat(resp.inputSize()).isEqualTo(22L);
        assertThat(resp.resultCount()).isEqualTo(4);
        assertThat(resp.databaseName()).isEqualTo("dbtest");
        assertThat(resp.tableName()).isEqualTo("tptest");
        assertThat(resp.detail()).contains("\"name\": \"id\"");
        assertThat(resp.statement()).isEqualTo("select * from t1");
        assertThat(resp.tags()).isEmpty();
    }

    @Test
    void statusReadsLowerCaseStatusesAndTags() {
        answer("{\"is_success\":true,\"status\":\"running\",\"job_mode\":\"ASYNC\",\"input_row_count\":\"7\","
                + "\"bad_row_count\":1,\"tags\":[{\"key\":\"client-token\",\"value\":\"abc\"}]}");
        GetSqlJobStatusResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().status("j");
        }
        assertThat(resp.status()).isEqualTo(SqlJobStatus.RUNNING);
        assertThat(resp.jobMode()).isEqualTo(SqlJobMode.ASYNC);
        assertThat(resp.inputRowCount()).isEqualTo(7L);
        assertThat(resp.badRowCount()).isEqualTo(1L);
        assertThat(resp.tags()).containsExactly(Tag.of("client-token", "abc"));
        assertThat(resp.jobId()).isNull();
    }

    @Test
    void detailReadsTheImportExample() {
        answer(resource("7.3.8-response.json"));
        GetSqlJobDetailResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().detail("a85d7298-ecef-47f9-bb31-499d2099d112");
        }
        assertSent(onlyRequest(), "GET", JOBS + "/a85d7298-ecef-47f9-bb31-499d2099d112/detail");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobId()).isEqualTo("a85d7298-ecef-47f9-bb31-499d2099d112");
        assertThat(resp.owner()).isEqualTo("iam_exist");
        assertThat(resp.dataPath()).isEqualTo("obs://DLI/computeCharging/test.csv");
        assertThat(resp.dataType()).isEqualTo(SqlDataType.JSON);
        assertThat(resp.databaseName()).isEqualTo("iam_exist");
        assertThat(resp.tableName()).isEqualTo("DLI_table20");
        assertThat(resp.dateFormat()).isEqualTo("yyyy-MM-dd");
        assertThat(resp.timestampFormat()).isEqualTo("yyyy-MM-dd HH:mm:ss");
        assertThat(resp.delimiter()).isEqualTo(",");
        assertThat(resp.escapeChar()).isEqualTo("\\");
        assertThat(resp.quoteChar()).isEqualTo("\"");
        assertThat(resp.withColumnHeader()).isFalse();
        assertThat(resp.startTime()).isEqualTo(Instant.ofEpochMilli(1517385246111L));
        assertThat(resp.duration()).isEqualTo(1623L);
        assertThat(resp.exportMode()).isNull();
        assertThat(resp.compress()).isNull();
    }

    @Test
    void detailReadsTheExportExample() {
        answer(resource("7.3.8-response-export.json"));
        GetSqlJobDetailResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().detail("b89fccb2-de6a-4c6c-b9b2-21f08a2eb85e");
        }
        assertThat(resp.compress()).isEqualTo(Compression.NONE);
        assertThat(resp.exportMode()).isEqualTo(ExportMode.OVERWRITE);
        assertThat(resp.dataPath()).isEqualTo("obs://xxx/dli/path6");
        assertThat(resp.tableName()).isEqualTo("autotest");
        assertThat(resp.duration()).isEqualTo(4142L);
        assertThat(resp.withColumnHeader()).isNull();
    }

    @Test
    void checkSqlSendsTheReferenceBody() {
        answer(resource("7.3.9-response.json"));
        CheckSqlResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().checkSql("select * from t1", "db1");
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", JOBS + "/check-sql");
        assertJsonBody(r, json(resource("7.3.9-request.json")));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEqualTo("the sql is ok");
        assertThat(resp.jobType()).isEqualTo(SqlJobType.QUERY);
    }

    @Test
    void exportResultSendsTheReferenceBodyWithABooleanHeaderFlag() {
        answer(resource("7.3.10-response.json"));
        SqlJobStartedResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().exportResult(b -> b.jobId("job 1:ü")
                    .dataPath("obs://obs-bucket1/path")
                    .dataType(SqlDataType.JSON)
                    .compress(Compression.GZIP)
                    .withColumnHeader(true)
                    .queueName("queue2")
                    .limitNum(10));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", JOBS + "/job%201%3A%C3%BC/export-result");
        // As in 7.3.2: the example's "true" string is sent as the documented Boolean.
        ObjectNode expected = (ObjectNode) json(resource("7.3.10-request.json"));
        expected.put("with_column_header", true);
        assertJsonBody(r, expected);
        assertThat(resp.jobId()).isEqualTo("37a40ef9-86f5-42e6-b4c6-8feb89cc20");
        assertThat(resp.jobMode()).isEqualTo(SqlJobMode.ASYNC);
        assertThat(resp.message()).isEmpty();
    }

    @Test
    void exportResultSendsModeAndEncoding() {
        answer(resource("7.3.10-response.json"));
        try (LakeJobClient client = client()) {
            client.sql().exportResult(b -> b.jobId("j")
                    .dataPath("obs://b/p")
                    .dataType(SqlDataType.CSV)
                    .exportMode(ExportMode.ERROR_IF_EXISTS)
                    .encodingType(EncodingType.GBK));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"data_path\":\"obs://b/p\",\"data_type\":\"csv\",\"export_mode\":\"ErrorIfExists\","
                        + "\"encoding_type\":\"gbk\"}"));
    }

    @Test
    void progressUsesTheV1PathAndReadsSubJobs() {
        answer(resource("7.3.11-response.json"));
        GetSqlJobProgressResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().progress("85798b38-ae44-48eb-bb90-7cf0dcdafe7b");
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", "/v1/" + PROJECT + "/jobs/85798b38-ae44-48eb-bb90-7cf0dcdafe7b/progress");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobId()).isEqualTo("85798b38-ae44-48eb-bb90-7cf0dcdafe7b");
        assertThat(resp.status()).isEqualTo(SqlJobStatus.RUNNING);
        assertThat(resp.subJobId()).isZero();
        assertThat(resp.progress()).isEqualTo(0.0);
        assertThat(resp.subJobs()).hasSize(1);
        SqlSubJob s = resp.subJobs().get(0);
        assertThat(s.id()).isZero();
        assertThat(s.name()).isEqualTo("runJob at FileFormatWriter.scala:266");
        assertThat(s.submissionTime()).isEqualTo("Mon Jul 27 17:24:03 CST 2020");
        assertThat(s.stageIds()).containsExactly(0);
        assertThat(s.jobGroup()).isEqualTo("85798b38-ae44-48eb-bb90-7cf0dcdafe7b");
        assertThat(s.status()).isEqualTo("RUNNING");
        assertThat(s.numTasks()).isEqualTo(1);
        assertThat(s.numActiveTasks()).isEqualTo(1);
        assertThat(s.numActiveStages()).isEqualTo(1);
        assertThat(s.numFailedStages()).isZero();
        assertThat(s.killedTasksSummary()).isEmpty();
    }

    @Test
    void progressReadsKilledTaskSummaryAndFractionalProgress() {
        answer("{\"is_success\":true,\"status\":\"RUNNING\",\"progress\":0.25,"
                + "\"sub_jobs\":{\"id\":3,\"stage_ids\":5,\"killed_tasks_summary\":{\"preempted\":2,\"x\":null}}}");
        GetSqlJobProgressResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.sql().progress("j");
        }
        assertThat(resp.progress()).isEqualTo(0.25);
        assertThat(resp.subJobId()).isNull();
        SqlSubJob s = resp.subJobs().get(0);
        assertThat(s.id()).isEqualTo(3);
        assertThat(s.stageIds()).containsExactly(5);
        assertThat(s.killedTasksSummary()).isEqualTo(Map.of("preempted", 2));
    }
}
