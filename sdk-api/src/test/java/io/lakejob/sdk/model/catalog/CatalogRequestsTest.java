package io.lakejob.sdk.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogRequestsTest {

    private static void fails(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    private static CreateTableRequest.Builder obsCsv() {
        return CreateTableRequest.builder()
                .databaseName("db1")
                .tableName("tb1")
                .dataLocation(DataLocation.OBS)
                .dataType(DataFormat.CSV)
                .dataPath("obs://obs/path1")
                .addPartitionColumn("column1", "string")
                .addColumn("column2", "string");
    }

    private static CreateTableRequest.Builder dli() {
        return CreateTableRequest.builder()
                .databaseName("db1")
                .tableName("t")
                .dataLocation(DataLocation.DLI)
                .addColumn("id", "int");
    }

    private static CreateTableRequest.Builder view() {
        return CreateTableRequest.builder()
                .databaseName("db1")
                .tableName("view1")
                .dataLocation(DataLocation.VIEW)
                .selectStatement("select * from db1.tb1");
    }

    // ---- database names -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"db1", "D", "a_", "1a", "my_db_2"})
    void acceptsValidDatabaseNames(String name) {
        assertThat(CreateDatabaseRequest.of(name).databaseName()).isEqualTo(name);
        assertThat(DeleteDatabaseRequest.of(name).databaseName()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_db", "123", "a-b", "a b", "a$b", "库", "../x", "a/b", "%2e%2e", "a\r\nb"})
    void rejectsInvalidDatabaseNames(String name) {
        fails("database_name", () -> CreateDatabaseRequest.of(name));
        fails("database_name", () -> DeleteDatabaseRequest.of(name));
        fails("database_name", () -> UpdateDatabaseOwnerRequest.of(name, "u"));
        fails("database_name", () -> ListTablesRequest.of(name));
        fails("database_name", () -> DescribeTableRequest.of(name, "t"));
        fails("database_name", () -> DeleteTableRequest.of(name, "t"));
        fails("database_name", () -> PreviewTableRequest.of(name, "t"));
        fails("database_name", () -> ListPartitionsRequest.of(name, "t"));
        fails("database_name", () -> dli().databaseName(name).build());
    }

    @Test
    void databaseNameIsRequiredAndAtMost128Characters() {
        String ok = "d".repeat(128);
        assertThat(CreateDatabaseRequest.of(ok).databaseName()).hasSize(128);
        fails("database_name", () -> CreateDatabaseRequest.of(ok + "d"));
        fails("database_name", () -> DeleteDatabaseRequest.of(ok + "d"));
        fails("database_name", () -> CreateDatabaseRequest.builder().build());
        fails("database_name", () -> DeleteDatabaseRequest.builder().build());
        fails("database_name", () -> ListTablesRequest.builder().build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "DEFAULT", "Default"})
    void theBuiltInDefaultDatabaseCannotBeCreatedButCanBeAddressed(String name) {
        fails("database_name", () -> CreateDatabaseRequest.of(name));
        assertThat(DescribeTableRequest.of(name, "t").databaseName()).isEqualTo(name);
        assertThat(ListTablesRequest.of(name).databaseName()).isEqualTo(name);
    }

    // ---- table names ----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"tb1", "$test", "a$", "T_1", "1t"})
    void acceptsValidTableNames(String name) {
        assertThat(DescribeTableRequest.of("db", name).tableName()).isEqualTo(name);
        assertThat(dli().tableName(name).build().tableName()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_t", "42", "a-b", "a.b", "表", "../x", "a/b", "%2e%2e", "a\r\nb", ".."})
    void rejectsInvalidTableNames(String name) {
        fails("table_name", () -> DescribeTableRequest.of("db", name));
        fails("table_name", () -> DeleteTableRequest.of("db", name));
        fails("table_name", () -> PreviewTableRequest.of("db", name));
        fails("table_name", () -> ListPartitionsRequest.of("db", name));
        fails("table_name", () -> dli().tableName(name).build());
    }

    @Test
    void tableNameIsRequiredAndAtMost128Characters() {
        String ok = "t".repeat(128);
        assertThat(DescribeTableRequest.of("db", ok).tableName()).hasSize(128);
        fails("table_name", () -> DescribeTableRequest.of("db", ok + "t"));
        fails("table_name", () -> dli().tableName(null).build());
        fails(
                "table_name",
                () -> DeleteTableRequest.builder().databaseName("db").build());
    }

    // ---- create database / owner ----------------------------------------------------------

    @Test
    void createDatabaseCarriesTagsImmutablyAndRoundTrips() {
        CreateDatabaseRequest r = CreateDatabaseRequest.builder()
                .databaseName("db1")
                .description("this is for test")
                .enterpriseProjectId("0")
                .addTag("k", "v")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.tags()).hasSize(1);
        assertThatThrownBy(() -> r.tags().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(CreateDatabaseRequest.of("db1").tags()).isEmpty();
        fails(
                "tags.key",
                () -> CreateDatabaseRequest.builder().databaseName("db1").addTag("", "v"));
        fails("tags", () -> CreateDatabaseRequest.builder()
                .databaseName("db1")
                .tags(Arrays.asList((io.lakejob.sdk.model.Tag) null))
                .build());
    }

    @Test
    void updateOwnerRequiresANewOwner() {
        UpdateDatabaseOwnerRequest r = UpdateDatabaseOwnerRequest.of("db1", "scuser1");
        assertThat(r.toBuilder().build()).isEqualTo(r);
        fails("new_owner", () -> UpdateDatabaseOwnerRequest.of("db1", null));
        fails("new_owner", () -> UpdateDatabaseOwnerRequest.of("db1", "  "));
        fails(
                "database_name",
                () -> UpdateDatabaseOwnerRequest.builder().newOwner("u").build());
    }

    @Test
    void deleteDatabaseRoundTripsFlags() {
        DeleteDatabaseRequest r = DeleteDatabaseRequest.builder()
                .databaseName("db1")
                .cascade(true)
                .async(true)
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(DeleteDatabaseRequest.of("db1").cascade()).isNull();
        DeleteTableRequest t = DeleteTableRequest.builder()
                .databaseName("db1")
                .tableName("t")
                .async(true)
                .build();
        assertThat(t.toBuilder().build()).isEqualTo(t);
    }

    // ---- list databases -------------------------------------------------------------------

    @Test
    void listDatabasesChecksOffsetLimitAndTags() {
        ListDatabasesRequest r = ListDatabasesRequest.builder()
                .withPriv(true)
                .offset(0)
                .limit(0)
                .keyword("db")
                .addTag("k1", "v1")
                .addTag("k2", "v2")
                .build();
        assertThat(r.tags()).isEqualTo("k1=v1,k2=v2");
        assertThat(r.toBuilder().build()).isEqualTo(r);
        fails("offset", () -> ListDatabasesRequest.builder().offset(-1).build());
        fails("limit", () -> ListDatabasesRequest.builder().limit(-1).build());
        fails("tags", () -> ListDatabasesRequest.builder().tags("k1").build());
        fails("tags", () -> ListDatabasesRequest.builder().tags("k1=v1,").build());
        fails("tags", () -> ListDatabasesRequest.builder().tags("=v").build());
        assertThat(ListDatabasesRequest.builder().tags("k1=v1,k2=v2").build().tags())
                .isEqualTo("k1=v1,k2=v2");
        assertThat(ListDatabasesRequest.all().limit()).isNull();
    }

    // ---- create table ---------------------------------------------------------------------

    @Test
    void obsCsvTableWithEveryOptionIsValidAndRoundTrips() {
        CreateTableRequest r = obsCsv().description("")
                .withColumnHeader(true)
                .delimiter(",")
                .quoteChar("\"")
                .escapeChar("\\")
                .dateFormat("yyyy-MM-dd")
                .timestampFormat("yyyy-MM-dd HH:mm:ss")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.partitionColumns()).extracting(Column::columnName).containsExactly("column1");
        assertThatThrownBy(() -> r.columns().add(Column.of("x", "int")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderListIsCopied() {
        List<Column> cols = new ArrayList<>(List.of(Column.of("id", "int")));
        CreateTableRequest r = dli().columns(cols).build();
        cols.add(Column.of("x", "int"));
        assertThat(r.columns()).hasSize(1);
    }

    @Test
    void dataLocationIsRequiredAndMustBeKnown() {
        fails("data_location", () -> dli().dataLocation(null).build());
        fails("data_location", () -> dli().dataLocation(DataLocation.of("HDFS")).build());
        assertThat(dli().dataLocation(DataLocation.of("dli")).build().dataLocation())
                .isSameAs(DataLocation.DLI);
    }

    @Test
    void columnsAreRequiredUnlessView() {
        fails("columns", () -> dli().columns(List.of()).build());
        fails("columns", () -> obsCsv().columns(null).build());
        assertThat(view().build().columns()).isEmpty();
        assertThat(view().addColumn("column1", "string").build().columns()).hasSize(1);
    }

    @Test
    void everyColumnNeedsNameAndType() {
        fails("column_name", () -> dli().addColumn(null, "int").build());
        fails("column_name", () -> dli().addColumn(" ", "int").build());
        fails("type", () -> dli().addColumn("c", null).build());
        fails("type", () -> dli().addColumn("c", "").build());
        fails("columns", () -> dli().columns(Arrays.asList(Column.of("a", "int"), null))
                .build());
    }

    @Test
    void atLeastOneColumnIsNotAPartitionColumn() {
        fails("is_partition_column", () -> dli().columns(List.of(Column.partition("p", "string")))
                .build());
        assertThat(dli().addPartitionColumn("p", "string").build().partitionColumns())
                .hasSize(1);
        assertThat(dli().addColumn(new Column("q", "int", "d", false)).build().columns())
                .hasSize(2);
    }

    @Test
    void viewNeedsASelectStatementAndOnlyViewsTakeOne() {
        fails("select_statement", () -> view().selectStatement(null).build());
        fails("select_statement", () -> view().selectStatement(" ").build());
        fails("select_statement", () -> dli().selectStatement("select 1").build());
        fails("select_statement", () -> obsCsv().selectStatement("select 1").build());
    }

    @Test
    void obsTablesNeedAKnownDataTypeAndAnObsPath() {
        fails("data_type", () -> obsCsv().dataType(null).build());
        fails("data_type", () -> obsCsv().dataType(DataFormat.of("xml")).build());
        fails("data_path", () -> obsCsv().dataPath(null).build());
        fails("data_path", () -> obsCsv().dataPath("").build());
        fails("data_path", () -> obsCsv().dataPath("/tmp/data").build());
        fails("data_path", () -> obsCsv().dataPath("hdfs://x/y").build());
        fails("data_path", () -> obsCsv().dataPath("obs://").build());
        assertThat(obsCsv().dataType(DataFormat.of("Parquet")).build().dataType())
                .isSameAs(DataFormat.PARQUET);
        assertThat(obsCsv().dataPath("OBS://bucket/p").build().dataPath()).isEqualTo("OBS://bucket/p");
    }

    @Test
    void dataTypeAndPathApplyOnlyToObsTables() {
        fails("data_type", () -> dli().dataType(DataFormat.CSV).build());
        fails("data_path", () -> dli().dataPath("obs://b/p").build());
        fails("data_type", () -> view().dataType(DataFormat.ORC).build());
        fails("data_path", () -> view().dataPath("obs://b/p").build());
    }

    @Test
    void csvOptionsApplyOnlyToObsCsvData() {
        for (DataFormat f : List.of(DataFormat.PARQUET, DataFormat.ORC, DataFormat.JSON, DataFormat.AVRO)) {
            fails(
                    "with_column_header",
                    () -> obsCsv().dataType(f).withColumnHeader(true).build());
            fails("delimiter", () -> obsCsv().dataType(f).delimiter(",").build());
            fails("quote_char", () -> obsCsv().dataType(f).quoteChar("'").build());
            fails("escape_char", () -> obsCsv().dataType(f).escapeChar("\\").build());
        }
        fails("delimiter", () -> dli().delimiter(",").build());
        fails("with_column_header", () -> view().withColumnHeader(false).build());
    }

    @Test
    void dateFormatsApplyOnlyToObsCsvOrJsonData() {
        assertThat(obsCsv().dataType(DataFormat.JSON)
                        .dateFormat("yyyy/MM/dd")
                        .timestampFormat("x")
                        .build()
                        .dateFormat())
                .isEqualTo("yyyy/MM/dd");
        assertThat(obsCsv().dateFormat("yyyy/MM/dd").build().dateFormat()).isEqualTo("yyyy/MM/dd");
        fails(
                "date_format",
                () -> obsCsv().dataType(DataFormat.PARQUET).dateFormat("yyyy").build());
        fails(
                "timestamp_format",
                () -> obsCsv().dataType(DataFormat.AVRO).timestampFormat("yyyy").build());
        fails("date_format", () -> dli().dateFormat("yyyy").build());
        fails("timestamp_format", () -> view().timestampFormat("yyyy").build());
    }

    // ---- list tables / partitions / preview -----------------------------------------------

    @Test
    void listTablesPageSizeIs1To100AndCurrentPageAtLeast1() {
        ListTablesRequest r = ListTablesRequest.builder()
                .databaseName("db")
                .keyword("tb")
                .withDetail(true)
                .pageSize(100)
                .currentPage(1)
                .withPriv(false)
                .tableType(TableTypeFilter.EXTERNAL_TABLE)
                .datasourceType(DatasourceType.OPENTSDB)
                .withoutTablemeta(true)
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.pageSize()).isEqualTo(100);
        fails("page-size", () -> r.toBuilder().pageSize(0).build());
        fails("page-size", () -> r.toBuilder().pageSize(101).build());
        fails("current-page", () -> r.toBuilder().currentPage(0).build());
        assertThat(r.toBuilder().pageSize(1).build().pageSize()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name=name1", "NAME=Name1", "dt=2020-01-01", "a b=c d"})
    void acceptsEqualityPartitionFilters(String filter) {
        assertThat(ListPartitionsRequest.builder()
                        .databaseName("db")
                        .tableName("t")
                        .filter(filter)
                        .build()
                        .filter())
                .isEqualTo(filter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "name", "=v", "name=", "a>=1", "a<=1", "a!=1", "a=b=c", "a<>b", " =v"})
    void rejectsOtherPartitionFilters(String filter) {
        fails("filter", () -> ListPartitionsRequest.builder()
                .databaseName("db")
                .tableName("t")
                .filter(filter)
                .build());
    }

    @Test
    void listPartitionsChecksPagingAndRoundTrips() {
        ListPartitionsRequest r = ListPartitionsRequest.builder()
                .databaseName("db")
                .tableName("t")
                .limit(10)
                .offset(20)
                .filter("name", "name1")
                .build();
        assertThat(r.filter()).isEqualTo("name=name1");
        assertThat(r.toBuilder().build()).isEqualTo(r);
        fails("limit", () -> r.toBuilder().limit(-1).build());
        fails("offset", () -> r.toBuilder().offset(-1).build());
    }

    @Test
    void previewModeMustBeKnown() {
        PreviewTableRequest r = PreviewTableRequest.builder()
                .databaseName("db")
                .tableName("t")
                .mode(PreviewMode.of("async"))
                .build();
        assertThat(r.mode()).isSameAs(PreviewMode.ASYNC);
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(PreviewTableRequest.of("db", "t").mode()).isNull();
        fails("mode", () -> r.toBuilder().mode(PreviewMode.of("LAZY")).build());
    }

    // ---- enums ----------------------------------------------------------------------------

    @Test
    void unknownEnumValuesAreKeptNotFatal() {
        assertThat(TableType.of("MATERIALIZED_VIEW").isKnown()).isFalse();
        assertThat(TableType.of("MATERIALIZED_VIEW").value()).isEqualTo("MATERIALIZED_VIEW");
        assertThat(DataFormat.of("delta").isKnown()).isFalse();
        assertThat(DataLocation.of("HDFS").value()).isEqualTo("HDFS");
        assertThat(DatasourceType.of("Kafka").isKnown()).isFalse();
        assertThat(TableTypeFilter.of("INDEX_TABLE").isKnown()).isFalse();
        assertThat(PreviewMode.of("LAZY").isKnown()).isFalse();
        fails("table_type", () -> TableType.of(" "));
    }

    @Test
    void enumSpellingsResolveToTheConstants() {
        assertThat(TableType.of("EXTERNAL")).isSameAs(TableType.EXTERNAL);
        assertThat(TableType.of("managed_table")).isSameAs(TableType.MANAGED);
        assertThat(TableType.of("VIRTUAL_VIEW")).isSameAs(TableType.VIEW);
        assertThat(DataFormat.of("CSV")).isSameAs(DataFormat.CSV);
        assertThat(DataFormat.CSV.value()).isEqualTo("csv");
        assertThat(DatasourceType.of("hbase")).isSameAs(DatasourceType.HBASE);
        assertThat(DatasourceType.HBASE.value()).isEqualTo("HBase");
        assertThat(TableTypeFilter.VIRTUAL_VIEW.value()).isEqualTo("VIRTUAL_VIEW");
        assertThat(DataLocation.knownValues()).containsExactly(DataLocation.OBS, DataLocation.DLI, DataLocation.VIEW);
        assertThat(DatasourceType.knownValues()).hasSize(12);
        assertThat(DataFormat.knownValues()).hasSize(5);
    }

    // ---- answers --------------------------------------------------------------------------

    @Test
    void previewRowsAreImmutableAndKeepNulls() {
        List<String> row = new ArrayList<>(Arrays.asList("1", null, "xxx"));
        PreviewTableResponse r = new PreviewTableResponse(
                true,
                "",
                List.of(
                        PreviewColumn.of("id", "int"),
                        PreviewColumn.of("name", "string"),
                        PreviewColumn.of("address", "string")),
                new ArrayList<>(List.of(row)),
                null);
        row.set(0, "changed");
        assertThat(r.rows()).containsExactly(Arrays.asList("1", null, "xxx"));
        assertThat(r.columnNames()).containsExactly("id", "name", "address");
        assertThatThrownBy(() -> r.rows().get(0).set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.rows().add(List.of())).isInstanceOf(UnsupportedOperationException.class);
        PreviewTableResponse empty = new PreviewTableResponse(true, "", null, null, "job-1");
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.schema()).isEmpty();
    }

    @Test
    void describeAnswerGivesPartitionColumnsAndStorageProperties() {
        DescribeTableResponse r = DescribeTableResponse.builder()
                .isSuccess(true)
                .columnCount(2)
                .columns(List.of(new Column("col2", "string", "", false), new Column("col1", "string", "", true)))
                .tableType(TableType.EXTERNAL)
                .dataType(DataFormat.PARQUET)
                .dataLocation("obs://b/p")
                .storageProperties(List.of(StorageProperty.of("delimiter", ","), StorageProperty.of("header", "false")))
                .build();
        assertThat(r.partitionColumns()).extracting(Column::columnName).containsExactly("col1");
        assertThat(r.storageProperty("delimiter")).contains(",");
        assertThat(r.storageProperty("quote")).isEmpty();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(DescribeTableResponse.builder().build().columns()).isEmpty();
    }

    @Test
    void listAnswersReportTotals() {
        ListDatabasesResponse dbs = new ListDatabasesResponse(
                true,
                "",
                1,
                List.of(Database.builder().databaseName("db2").tableNumber(15).build()));
        assertThat(dbs.totalCount()).hasValue(1);
        assertThat(dbs.items()).extracting(Database::tableNumber).containsExactly(15);
        assertThat(new ListDatabasesResponse(true, "", null, null).totalCount()).isEmpty();
        ListTablesResponse tbs = new ListTablesResponse(true, "", 3, null);
        assertThat(tbs.totalCount()).hasValue(3);
        assertThat(tbs.items()).isEmpty();
        ListPartitionsResponse parts = new ListPartitionsResponse(true, "", null);
        assertThat(parts.items()).isEmpty();
        assertThat(parts.totalCount()).isEmpty();
        Partition p = Partition.builder()
                .partitionName("name=name1/age=age1")
                .lastDdlTime(1581409182L)
                .numRows(-1L)
                .build();
        assertThat(p.lastDdlInstant()).isEqualTo(java.time.Instant.parse("2020-02-11T08:19:42Z"));
        assertThat(p.locations()).isEmpty();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        Table t = Table.builder()
                .tableName("obs_t")
                .partitionColumns(List.of("a0"))
                .build();
        assertThat(t.toBuilder().build()).isEqualTo(t);
        assertThat(Table.builder().build().partitionColumns()).isEmpty();
        Database d = Database.builder()
                .databaseName("db")
                .owner("o")
                .description("x")
                .enterpriseProjectId("0")
                .build();
        assertThat(d.toBuilder().build()).isEqualTo(d);
    }
}
