package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataFormat;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.catalog.Database;
import io.lakejob.sdk.model.catalog.DatasourceType;
import io.lakejob.sdk.model.catalog.DeleteDatabaseResponse;
import io.lakejob.sdk.model.catalog.DeleteTableResponse;
import io.lakejob.sdk.model.catalog.DescribeTableResponse;
import io.lakejob.sdk.model.catalog.ListDatabasesResponse;
import io.lakejob.sdk.model.catalog.ListPartitionsResponse;
import io.lakejob.sdk.model.catalog.ListTablesResponse;
import io.lakejob.sdk.model.catalog.Partition;
import io.lakejob.sdk.model.catalog.PreviewColumn;
import io.lakejob.sdk.model.catalog.PreviewMode;
import io.lakejob.sdk.model.catalog.PreviewTableResponse;
import io.lakejob.sdk.model.catalog.Table;
import io.lakejob.sdk.model.catalog.TableType;
import io.lakejob.sdk.model.catalog.TableTypeFilter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections 7.1.1-7.1.4 and 7.2.1-7.2.6 over real HTTP against WireMock. */
class CatalogWireTest extends WireSupport {
    private static final String DBS = "/v1.0/" + PROJECT + "/databases";

    private static void assertSent(LoggedRequest r, String method, String url) {
        assertThat(r.getMethod().getName()).isEqualTo(method);
        assertThat(r.getUrl()).isEqualTo(url);
        assertThat(r.getHeader("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(r.getHeader("User-Agent")).startsWith("lakejob-sdk-java/");
        assertSignedCorrectly(r, AK, SK);
    }

    private void stub(MappingBuilder m, String example) {
        server.stubFor(m.willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(resource(example))));
    }

    // ---- 7.1 databases

    @Test
    void createDatabaseWritesTagsAndTheEnterpriseProject() {
        stub(post(urlPathEqualTo(DBS)), "7.1.1-response.json");
        try (LakeJobClient client = client()) {
            client.catalog()
                    .createDatabase(
                            d -> d.databaseName("db2").enterpriseProjectId("0").addTag("team", "data"));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"database_name\":\"db2\",\"enterprise_project_id\":\"0\","
                        + "\"tags\":[{\"key\":\"team\",\"value\":\"data\"}]}"));
    }

    @Test
    void deleteDatabaseSendsCascadeAndAsyncAndReadsTheJob() {
        stub(delete(urlPathEqualTo(DBS + "/db1")), "7.1.2-response.json");
        DeleteDatabaseResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog()
                    .deleteDatabase(d -> d.databaseName("db1").cascade(true).async(true));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "DELETE", DBS + "/db1?cascade=true&async=true");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobId()).isEqualTo("208b08d4-0dc2-4dd7-8879-ddd4c020d7aa");
        assertThat(resp.jobType()).isEqualTo("DDL");
        assertThat(resp.jobMode()).isEqualTo("async");
    }

    @Test
    void deleteDatabaseWithoutOptionsSendsNoQueryAndReadsTheSyncAnswer() {
        stub(delete(urlPathEqualTo(DBS + "/db1")), "7.1.2-response-sync.json");
        DeleteDatabaseResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog().deleteDatabase("db1");
        }
        assertSent(onlyRequest(), "DELETE", DBS + "/db1");
        assertThat(resp.jobMode()).isEqualTo("sync");
        assertThat(resp.jobId()).isNull();
    }

    @Test
    void listDatabasesSendsEveryQueryParameterAndReadsTheDatabases() {
        stub(get(urlPathEqualTo(DBS)), "7.1.3-response.json");
        ListDatabasesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog().listDatabases(l -> l.withPriv(true)
                    .offset(0)
                    .limit(10)
                    .keyword("db")
                    .addTag("k1", "v1")
                    .addTag("k2", "v2"));
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("GET");
        assertThat(rawPath(r)).isEqualTo(DBS);
        assertThat(r.getQueryParams().keySet())
                .containsExactlyInAnyOrder("with-priv", "offset", "limit", "keyword", "tags");
        assertThat(r.queryParameter("with-priv").firstValue()).isEqualTo("true");
        assertThat(r.queryParameter("offset").firstValue()).isEqualTo("0");
        assertThat(r.queryParameter("limit").firstValue()).isEqualTo("10");
        assertThat(r.queryParameter("keyword").firstValue()).isEqualTo("db");
        // As the reference shows: '=' as %3D and ',' as %2C.
        assertThat(rawQuery(r)).contains("tags=k1%3Dv1%2Ck2%3Dv2");
        assertSignedCorrectly(r, AK, SK);
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.databaseCount()).isEqualTo(1);
        Database d = resp.databases().get(0);
        assertThat(d.databaseName()).isEqualTo("db2");
        assertThat(d.description()).isEqualTo("this is for test");
        assertThat(d.owner()).isEqualTo("tenant1");
        assertThat(d.tableNumber()).isEqualTo(15);
        assertThat(d.enterpriseProjectId()).isNull();
        assertThat(resp.totalCount()).hasValue(1);
    }

    // ---- 7.2 tables

    @Test
    void createViewSendsTheReferenceBody() {
        stub(post(urlPathEqualTo(DBS + "/db1/tables")), "7.2.1-response.json");
        try (LakeJobClient client = client()) {
            client.catalog().createTable(t -> t.databaseName("db1")
                    .tableName("view1")
                    .dataLocation(DataLocation.VIEW)
                    .addColumn(new Column("column1", "string", "", true))
                    .addColumn(new Column("column2", "string", "", false))
                    .selectStatement("select * from db1.tb1"));
        }
        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json(resource("7.2.1-request-view.json")));
    }

    @Test
    void createDliTableOmitsUnsetColumnFields() {
        stub(post(urlPathEqualTo(DBS + "/db1/tables")), "7.2.1-response.json");
        try (LakeJobClient client = client()) {
            client.catalog().createTable(t -> t.databaseName("db1")
                    .tableName("$t1")
                    .dataLocation(DataLocation.DLI)
                    .addColumn("id", "int")
                    .addPartitionColumn("dt", "string"));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"table_name\":\"$t1\",\"data_location\":\"DLI\",\"columns\":["
                        + "{\"column_name\":\"id\",\"type\":\"int\"},"
                        + "{\"column_name\":\"dt\",\"type\":\"string\",\"is_partition_column\":true}]}"));
    }

    @Test
    void deleteTableSendsAsyncAndEncodesADollarName() {
        server.stubFor(
                delete(anyUrl()).willReturn(aResponse().withBody("{\"is_success\":true,\"job_mode\":\"async\"}")));
        DeleteTableResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog()
                    .deleteTable(d -> d.databaseName("db1").tableName("$test").async(true));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "DELETE", DBS + "/db1/tables/%24test?async=true");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobMode()).isEqualTo("async");
    }

    @Test
    void deleteTableReadsTheReferenceExample() {
        stub(delete(urlPathEqualTo(DBS + "/db1/tables/tb1")), "7.2.2-response.json");
        DeleteTableResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog().deleteTable("db1", "tb1");
        }
        assertSent(onlyRequest(), "DELETE", DBS + "/db1/tables/tb1");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEmpty();
        assertThat(resp.jobMode()).isNull();
    }

    @Test
    void listTablesSendsEveryQueryParameterAndReadsTheTables() {
        stub(get(urlPathEqualTo(DBS + "/db1/tables")), "7.2.3-response.json");
        ListTablesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog().listTables(l -> l.databaseName("db1")
                    .keyword("tb")
                    .withDetail(true)
                    .pageSize(10)
                    .currentPage(2)
                    .withPriv(false)
                    .tableType(TableTypeFilter.EXTERNAL_TABLE)
                    .datasourceType(DatasourceType.OBS)
                    .withoutTablemeta(false));
        }
        LoggedRequest r = onlyRequest();
        assertThat(rawPath(r)).isEqualTo(DBS + "/db1/tables");
        assertThat(r.getQueryParams().keySet())
                .containsExactlyInAnyOrder(
                        "keyword",
                        "with-detail",
                        "page-size",
                        "current-page",
                        "with-priv",
                        "table-type",
                        "datasource-type",
                        "without-tablemeta");
        assertThat(r.queryParameter("keyword").firstValue()).isEqualTo("tb");
        assertThat(r.queryParameter("with-detail").firstValue()).isEqualTo("true");
        assertThat(r.queryParameter("page-size").firstValue()).isEqualTo("10");
        assertThat(r.queryParameter("current-page").firstValue()).isEqualTo("2");
        assertThat(r.queryParameter("with-priv").firstValue()).isEqualTo("false");
        assertThat(r.queryParameter("table-type").firstValue()).isEqualTo("EXTERNAL_TABLE");
        assertThat(r.queryParameter("datasource-type").firstValue()).isEqualTo("OBS");
        assertThat(r.queryParameter("without-tablemeta").firstValue()).isEqualTo("false");
        assertSignedCorrectly(r, AK, SK);

        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.tableCount()).isEqualTo(1);
        Table t = resp.tables().get(0);
        assertThat(t.tableName()).isEqualTo("obs_t");
        assertThat(t.createTime()).isEqualTo(Instant.ofEpochMilli(1517364268000L));
        assertThat(t.lastAccessTime()).isEqualTo(Instant.ofEpochMilli(1517364268000L));
        assertThat(t.dataLocation()).isEqualTo(DataLocation.OBS);
        assertThat(t.dataType()).isEqualTo(DataFormat.CSV);
        assertThat(t.location()).isEqualTo("obs://DLI/sqldata/data.txt");
        assertThat(t.owner()).isEqualTo("test");
        assertThat(t.partitionColumns()).containsExactly("a0");
        assertThat(t.tableSize()).isEqualTo(0L);
        assertThat(t.tableType()).isEqualTo(TableType.EXTERNAL);
    }

    @Test
    void listTablesReadsTheOtherSpellings() {
        // partition_columns as documented (a String), MANAGED_TABLE, page-size and strings for numbers.
        server.stubFor(
                get(urlPathEqualTo(DBS + "/db1/tables"))
                        .willReturn(
                                aResponse()
                                        .withBody(
                                                "{\"is_success\":\"true\",\"table_count\":\"2\",\"tables\":["
                                                        + "{\"table_name\":\"p\",\"table_type\":\"MANAGED_TABLE\",\"data_location\":\"DLI\","
                                                        + "\"partition_columns\":\"dt, hour\",\"page-size\":10,\"current-page\":1,"
                                                        + "\"data_type\":\"Parquet\",\"table_size\":\"2048\"},"
                                                        + "{\"table_name\":\"v\",\"table_type\":\"VIRTUAL_VIEW\",\"data_location\":\"VIEW\"}]}")));
        ListTablesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog().listTables(l -> l.databaseName("db1"));
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(DBS + "/db1/tables");
        assertThat(resp.tableCount()).isEqualTo(2);
        Table p = resp.tables().get(0);
        assertThat(p.tableType()).isEqualTo(TableType.MANAGED);
        assertThat(p.partitionColumns()).containsExactly("dt", "hour");
        assertThat(p.pageSize()).isEqualTo(10);
        assertThat(p.currentPage()).isEqualTo(1);
        assertThat(p.dataType()).isEqualTo(DataFormat.PARQUET);
        assertThat(p.tableSize()).isEqualTo(2048L);
        assertThat(p.createTime()).isNull();
        Table v = resp.tables().get(1);
        assertThat(v.tableType()).isEqualTo(TableType.VIEW);
        assertThat(v.dataLocation()).isEqualTo(DataLocation.VIEW);
        assertThat(v.partitionColumns()).isEmpty();
    }

    @Test
    void describeTableReadsTheExternalExample() {
        stub(get(urlPathEqualTo(DBS + "/default/tables/wan_test")), "7.2.4-response.json");
        DescribeTableResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog().describeTable("default", "wan_test");
        }
        assertSent(onlyRequest(), "GET", DBS + "/default/tables/wan_test");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.columnCount()).isEqualTo(2);
        assertThat(resp.columns()).extracting(Column::columnName).containsExactly("col2", "col1");
        assertThat(resp.columns().get(0).type()).isEqualTo("string");
        assertThat(resp.columns().get(0).description()).isEmpty();
        assertThat(resp.partitionColumns()).extracting(Column::columnName).containsExactly("col1");
        assertThat(resp.tableType()).isEqualTo(TableType.EXTERNAL);
        assertThat(resp.dataType()).isEqualTo(DataFormat.PARQUET);
        assertThat(resp.dataLocation()).startsWith("obs://obs-wangtao/savepoint/");
        assertThat(resp.storageProperties()).hasSize(6);
        assertThat(resp.storageProperty("quote")).hasValue("\"");
        assertThat(resp.storageProperty("escape")).hasValue("\\");
        assertThat(resp.storageProperty("header")).hasValue("false");
        assertThat(resp.storageProperty("delimiter")).hasValue(",");
        assertThat(resp.tableComment()).isEmpty();
        assertThat(resp.createTableSql()).startsWith("CREATE TABLE `default`.`wan_test`");
    }

    @Test
    void describeTableReadsManagedAndViewExamples() {
        stub(get(urlPathEqualTo(DBS + "/db1/tables/m")), "7.2.4-response-managed.json");
        stub(get(urlPathEqualTo(DBS + "/db1/tables/v")), "7.2.4-response-view.json");
        DescribeTableResponse managed;
        DescribeTableResponse view;
        try (LakeJobClient client = client()) {
            managed = client.catalog().describeTable("db1", "m");
            view = client.catalog().describeTable("db1", "v");
        }
        assertThat(managed.tableType()).isEqualTo(TableType.MANAGED);
        assertThat(managed.columns()).hasSize(3);
        assertThat(managed.columns().get(2).partitioned()).isTrue();
        assertThat(managed.storageProperties()).isEmpty();
        assertThat(managed.dataType()).isNull();
        assertThat(view.tableType()).isEqualTo(TableType.VIEW);
        assertThat(view.createTableSql()).startsWith("CREATE VIEW");
    }

    @Test
    void describeTableReadsStoragePropertiesAsAnObjectAndManagedTableSpelling() {
        server.stubFor(get(urlPathEqualTo(DBS + "/db1/tables/t"))
                .willReturn(aResponse()
                        .withBody("{\"is_success\":true,\"table_type\":\"MANAGED_TABLE\","
                                + "\"columns\":[{\"column_name\":\"c\",\"type\":\"int\",\"is_partition_column\":\"true\"}],"
                                + "\"storage_properties\":{\"delimiter\":\",\",\"header\":true}}")));
        DescribeTableResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog().describeTable("db1", "t");
        }
        assertThat(resp.tableType()).isEqualTo(TableType.MANAGED);
        assertThat(resp.columns().get(0).partitioned()).isTrue();
        assertThat(resp.storageProperty("delimiter")).hasValue(",");
        assertThat(resp.storageProperty("header")).hasValue("true");
        assertThat(resp.columnCount()).isNull();
    }

    @Test
    void previewTableSendsTheModeAndReadsSchemaAndRows() {
        stub(get(urlPathEqualTo(DBS + "/db1/tables/t1/preview")), "7.2.5-response.json");
        PreviewTableResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog()
                    .previewTable(p -> p.databaseName("db1").tableName("t1").mode(PreviewMode.SYNC));
        }
        assertSent(onlyRequest(), "GET", DBS + "/db1/tables/t1/preview?mode=SYNC");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.schema())
                .containsExactly(
                        PreviewColumn.of("id", "int"),
                        PreviewColumn.of("name", "string"),
                        PreviewColumn.of("address", "string"));
        assertThat(resp.rows()).containsExactly(List.of("1", "John", "xxx"), List.of("2", "Lily", "xxx"));
        assertThat(resp.jobId()).isNull();
    }

    @Test
    void previewTableAsyncReadsTheJobIdAndOtherSchemaForms() {
        server.stubFor(get(urlPathEqualTo(DBS + "/db1/tables/t1/preview"))
                .willReturn(aResponse()
                        .withBody(
                                "{\"is_success\":true,\"job_id\":\"j-1\",\"schema\":[{\"name\":\"id\",\"type\":\"int\"}],"
                                        + "\"rows\":[[1,null,{\"a\":1}]]}")));
        PreviewTableResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog()
                    .previewTable(p -> p.databaseName("db1").tableName("t1").mode(PreviewMode.ASYNC));
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(DBS + "/db1/tables/t1/preview?mode=ASYNC");
        assertThat(resp.jobId()).isEqualTo("j-1");
        assertThat(resp.schema()).containsExactly(PreviewColumn.of("id", "int"));
        assertThat(resp.rows().get(0)).containsExactly("1", null, "{\"a\":1}");
    }

    @Test
    void listPartitionsSendsPagingAndFilterAndReadsTheArrayFormOfTheExample() {
        stub(get(urlPathEqualTo(DBS + "/db1/tables/t1/partitions")), "7.2.6-response.json");
        ListPartitionsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog().listPartitions(l -> l.databaseName("db1")
                    .tableName("t1")
                    .limit(5)
                    .offset(10)
                    .filter("name", "test 1"));
        }
        LoggedRequest r = onlyRequest();
        assertThat(rawPath(r)).isEqualTo(DBS + "/db1/tables/t1/partitions");
        assertThat(r.getQueryParams().keySet()).containsExactlyInAnyOrder("limit", "offset", "filter");
        assertThat(r.queryParameter("limit").firstValue()).isEqualTo("5");
        assertThat(r.queryParameter("offset").firstValue()).isEqualTo("10");
        assertThat(r.queryParameter("filter").firstValue()).isEqualTo("name=test 1");
        assertThat(rawQuery(r)).contains("filter=name%3Dtest%201");
        assertSignedCorrectly(r, AK, SK);

        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEqualTo("list partitions succeed");
        assertThat(resp.partitions().totalCount()).isEqualTo(5L);
        assertThat(resp.totalCount()).hasValue(5);
        assertThat(resp.items()).hasSize(5);
        Partition first = resp.items().get(0);
        assertThat(first.partitionName()).isEqualTo("name=test");
        assertThat(first.createTime()).isEqualTo(Instant.ofEpochMilli(1579520179000L));
        assertThat(first.lastAccessTime()).isEqualTo(Instant.ofEpochMilli(1579520179000L));
        assertThat(first.locations()).containsExactly("obs://test/partition");
        assertThat(first.numRows()).isNull();
        Partition last = resp.items().get(4);
        assertThat(last.partitionName()).isEqualTo("name=name1/age=age1");
        assertThat(last.lastDdlTime()).isEqualTo(1581409182L);
        assertThat(last.lastDdlInstant()).isEqualTo(Instant.ofEpochSecond(1581409182L));
        assertThat(last.totalSize()).isEqualTo(2130L);
        assertThat(last.numRows()).isEqualTo(-1L);
        assertThat(last.numFiles()).isEqualTo(2L);
    }

    @Test
    void listPartitionsReadsTheDocumentedObjectForm() {
        server.stubFor(get(urlPathEqualTo(DBS + "/db1/tables/t1/partitions"))
                .willReturn(aResponse()
                        .withBody("{\"is_success\":true,\"partitions\":{\"total_count\":\"1\",\"partition_infos\":"
                                + "{\"partition_name\":\"dt=1\",\"locations\":\"obs://b/dt=1\"}}}")));
        ListPartitionsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog().listPartitions(l -> l.databaseName("db1").tableName("t1"));
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(DBS + "/db1/tables/t1/partitions");
        assertThat(resp.partitions().totalCount()).isEqualTo(1L);
        assertThat(resp.items()).hasSize(1);
        assertThat(resp.items().get(0).partitionName()).isEqualTo("dt=1");
        assertThat(resp.items().get(0).locations()).containsExactly("obs://b/dt=1");
    }

    @Test
    void listPartitionsWithoutPartitionsIsEmpty() {
        server.stubFor(get(urlPathEqualTo(DBS + "/db1/tables/t1/partitions"))
                .willReturn(aResponse().withBody("{\"is_success\":true}")));
        ListPartitionsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.catalog().listPartitions(l -> l.databaseName("db1").tableName("t1"));
        }
        assertThat(resp.items()).isEmpty();
        assertThat(resp.totalCount()).isEmpty();
    }
}
