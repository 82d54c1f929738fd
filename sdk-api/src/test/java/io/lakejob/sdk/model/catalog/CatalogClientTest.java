package io.lakejob.sdk.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.CatalogOperations;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogClientTest {

    private static final List<Operation<?, ?>> OPS = List.of(
            CatalogOperations.CREATE_DATABASE,
            CatalogOperations.DELETE_DATABASE,
            CatalogOperations.LIST_DATABASES,
            CatalogOperations.UPDATE_DATABASE_OWNER,
            CatalogOperations.CREATE_TABLE,
            CatalogOperations.DELETE_TABLE,
            CatalogOperations.LIST_TABLES,
            CatalogOperations.DESCRIBE_TABLE,
            CatalogOperations.PREVIEW_TABLE,
            CatalogOperations.LIST_PARTITIONS);

    @Test
    void operationsMatchTheReferenceEndpoints() throws IOException {
        Map<String, String> endpoints = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/io/lakejob/sdk/dli-endpoints.tsv")) {
            assertThat(in).isNotNull();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .skip(1)
                    .map(l -> l.split("\t"))
                    .forEach(c -> endpoints.put(c[0], c[1] + " " + c[2]));
        }
        for (Operation<?, ?> op : OPS) {
            assertThat(op.group()).isEqualTo(OperationGroup.CATALOG);
            assertThat(op.method() + " " + op.pathTemplate()).as(op.name()).isEqualTo(endpoints.get(op.section()));
            assertThat(Operations.byName(op.name())).containsSame(op);
        }
        assertThat(OPS)
                .extracting(Operation::section)
                .containsExactly(
                        "7.1.1", "7.1.2", "7.1.3", "7.1.4", "7.2.1", "7.2.2", "7.2.3", "7.2.4", "7.2.5", "7.2.6");
        assertThat(Operations.all().stream().filter(o -> o.group() == OperationGroup.CATALOG))
                .hasSize(10);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "7.1.1-request.json", "7.1.1-response.json", "7.1.2-response.json", "7.1.2-response-sync.json",
                "7.1.3-response.json", "7.1.4-request.json", "7.1.4-response.json", "7.2.1-request.json",
                "7.2.1-request-view.json", "7.2.1-response.json", "7.2.2-response.json", "7.2.3-response.json",
                "7.2.4-response.json", "7.2.4-response-managed.json", "7.2.4-response-view.json", "7.2.5-response.json",
                "7.2.6-response.json"
            })
    void referenceExamplesAreOnTheTestClasspath(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/lakejob/sdk/examples/" + file)) {
            assertThat(in).as(file).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(text).startsWith("{").endsWith("}");
        }
    }

    @Test
    void databaseOperationsSendTheRightRequests() {
        RecordingTransport t = new RecordingTransport()
                .answer(CatalogOperations.CREATE_DATABASE, r -> BasicResponse.success(""))
                .answer(
                        CatalogOperations.DELETE_DATABASE,
                        r -> new DeleteDatabaseResponse(true, "", "j1", "DDL", "async"))
                .answer(CatalogOperations.UPDATE_DATABASE_OWNER, r -> BasicResponse.success(""))
                .answer(CatalogOperations.LIST_DATABASES, r -> new ListDatabasesResponse(true, "", 0, List.of()));
        try (LakeJobClient client = t.client()) {
            client.catalog().createDatabase("db1");
            assertThat(t.lastCall().operation()).isSameAs(CatalogOperations.CREATE_DATABASE);
            assertThat(t.lastCall().request()).isEqualTo(CreateDatabaseRequest.of("db1"));

            client.catalog()
                    .createDatabase(b -> b.databaseName("db2").description("d").addTag("k", "v"));
            assertThat(t.lastCall().request())
                    .isEqualTo(CreateDatabaseRequest.builder()
                            .databaseName("db2")
                            .description("d")
                            .addTag("k", "v")
                            .build());

            assertThat(client.catalog().deleteDatabase("db1").jobMode()).isEqualTo("async");
            assertThat(t.lastCall().operation()).isSameAs(CatalogOperations.DELETE_DATABASE);
            assertThat(t.lastCall().request()).isEqualTo(DeleteDatabaseRequest.of("db1"));

            client.catalog()
                    .deleteDatabase(b -> b.databaseName("db1").cascade(true).async(true));
            assertThat(t.lastCall().request()).isEqualTo(new DeleteDatabaseRequest("db1", true, true));

            client.catalog().updateDatabaseOwner("db1", "scuser1");
            assertThat(t.lastCall().operation()).isSameAs(CatalogOperations.UPDATE_DATABASE_OWNER);
            assertThat(t.lastCall().request()).isEqualTo(UpdateDatabaseOwnerRequest.of("db1", "scuser1"));

            client.catalog().listDatabases(b -> b.keyword("db").withPriv(true));
            assertThat(t.lastCall().operation()).isSameAs(CatalogOperations.LIST_DATABASES);
            assertThat(t.lastCall().request())
                    .isEqualTo(ListDatabasesRequest.builder()
                            .keyword("db")
                            .withPriv(true)
                            .build());
        }
        assertThat(t.calls()).hasSize(6);
        assertThat(t.isClosed()).isTrue();
    }

    @Test
    void tableOperationsSendTheRightRequests() {
        RecordingTransport t = new RecordingTransport()
                .answer(CatalogOperations.CREATE_TABLE, r -> BasicResponse.success(""))
                .answer(CatalogOperations.DELETE_TABLE, r -> new DeleteTableResponse(true, "", "sync"))
                .answer(CatalogOperations.LIST_TABLES, r -> new ListTablesResponse(true, "", 0, List.of()))
                .answer(CatalogOperations.DESCRIBE_TABLE, r -> DescribeTableResponse.builder()
                        .tableType(TableType.MANAGED)
                        .build())
                .answer(
                        CatalogOperations.PREVIEW_TABLE,
                        r -> new PreviewTableResponse(true, "", List.of(), List.of(), null))
                .answer(CatalogOperations.LIST_PARTITIONS, r -> new ListPartitionsResponse(true, "", null));
        try (LakeJobClient client = t.client()) {
            client.catalog().createTable(b -> b.databaseName("db1")
                    .tableName("view1")
                    .dataLocation(DataLocation.VIEW)
                    .selectStatement("select * from db1.tb1"));
            assertThat(t.lastCall().operation()).isSameAs(CatalogOperations.CREATE_TABLE);
            assertThat(((CreateTableRequest) t.lastCall().request()).selectStatement())
                    .isEqualTo("select * from db1.tb1");

            client.catalog().deleteTable("db1", "tb1");
            assertThat(t.lastCall().operation()).isSameAs(CatalogOperations.DELETE_TABLE);
            assertThat(t.lastCall().request()).isEqualTo(DeleteTableRequest.of("db1", "tb1"));
            client.catalog()
                    .deleteTable(b -> b.databaseName("db1").tableName("tb1").async(true));
            assertThat(t.lastCall().request()).isEqualTo(new DeleteTableRequest("db1", "tb1", true));

            client.catalog().listTables(b -> b.databaseName("db1").withDetail(true));
            assertThat(t.lastCall().operation()).isSameAs(CatalogOperations.LIST_TABLES);
            assertThat(t.lastCall().request())
                    .isEqualTo(ListTablesRequest.builder()
                            .databaseName("db1")
                            .withDetail(true)
                            .build());

            assertThat(client.catalog().describeTable("db1", "tb1").tableType()).isSameAs(TableType.MANAGED);
            assertThat(t.lastCall().operation()).isSameAs(CatalogOperations.DESCRIBE_TABLE);
            assertThat(t.lastCall().request()).isEqualTo(DescribeTableRequest.of("db1", "tb1"));

            client.catalog().previewTable("db1", "tb1");
            assertThat(t.lastCall().operation()).isSameAs(CatalogOperations.PREVIEW_TABLE);
            assertThat(t.lastCall().request()).isEqualTo(PreviewTableRequest.of("db1", "tb1"));
            client.catalog()
                    .previewTable(b -> b.databaseName("db1").tableName("tb1").mode(PreviewMode.ASYNC));
            assertThat(t.lastCall().request()).isEqualTo(new PreviewTableRequest("db1", "tb1", PreviewMode.ASYNC));

            client.catalog()
                    .listPartitions(b -> b.databaseName("db1").tableName("tb1").filter("name=name1"));
            assertThat(t.lastCall().operation()).isSameAs(CatalogOperations.LIST_PARTITIONS);
            assertThat(t.lastCall().request())
                    .isEqualTo(new ListPartitionsRequest("db1", "tb1", null, null, "name=name1"));
        }
        assertThat(t.calls()).hasSize(8);
    }

    @Test
    void listAllDatabasesFollowsOffsetsUntilTheTotal() {
        List<Database> all = IntStream.range(0, 7)
                .mapToObj(i -> Database.builder().databaseName("db" + i).build())
                .collect(Collectors.toList());
        RecordingTransport t = new RecordingTransport().answer(CatalogOperations.LIST_DATABASES, r -> {
            int from = Math.min(r.offset(), 7);
            return new ListDatabasesResponse(true, "", 7, all.subList(from, Math.min(from + r.limit(), 7)));
        });
        try (LakeJobClient client = t.client()) {
            List<String> names = client
                    .catalog()
                    .listAllDatabases(ListDatabasesRequest.builder()
                            .limit(3)
                            .offset(5)
                            .keyword("db")
                            .build())
                    .stream()
                    .map(Database::databaseName)
                    .collect(Collectors.toList());
            assertThat(names).containsExactly("db0", "db1", "db2", "db3", "db4", "db5", "db6");
        }
        assertThat(t.calls())
                .extracting(c -> ((ListDatabasesRequest) c.request()).offset())
                .containsExactly(0, 3, 6);
        assertThat(t.calls()).allSatisfy(c -> assertThat(((ListDatabasesRequest) c.request()).keyword())
                .isEqualTo("db"));
    }

    @Test
    void listAllDatabasesDefaultsToPagesOf100() {
        List<Database> all = IntStream.range(0, 150)
                .mapToObj(i -> Database.builder().databaseName("db" + i).build())
                .collect(Collectors.toList());
        RecordingTransport t = new RecordingTransport().answer(CatalogOperations.LIST_DATABASES, r -> {
            int from = Math.min(r.offset(), 150);
            return new ListDatabasesResponse(true, "", null, all.subList(from, Math.min(from + r.limit(), 150)));
        });
        try (LakeJobClient client = t.client()) {
            assertThat(client.catalog().listAllDatabases().stream().count()).isEqualTo(150);
        }
        assertThat(t.calls())
                .extracting(c -> ((ListDatabasesRequest) c.request()).limit())
                .containsExactly(100, 100);
    }

    @Test
    void listAllTablesFollowsPageNumbers() {
        List<Table> all = IntStream.range(0, 5)
                .mapToObj(i -> Table.builder()
                        .tableName("t" + i)
                        .tableType(TableType.MANAGED)
                        .build())
                .collect(Collectors.toList());
        RecordingTransport t = new RecordingTransport().answer(CatalogOperations.LIST_TABLES, r -> {
            int from = Math.min((r.currentPage() - 1) * r.pageSize(), 5);
            return new ListTablesResponse(true, "", null, all.subList(from, Math.min(from + r.pageSize(), 5)));
        });
        try (LakeJobClient client = t.client()) {
            List<String> names = client
                    .catalog()
                    .listAllTables(ListTablesRequest.builder()
                            .databaseName("db1")
                            .pageSize(2)
                            .currentPage(9)
                            .build())
                    .stream()
                    .map(Table::tableName)
                    .collect(Collectors.toList());
            assertThat(names).containsExactly("t0", "t1", "t2", "t3", "t4");
            assertThat(client.catalog().listAllTables("db1").stream().count()).isEqualTo(5);
        }
        assertThat(t.calls())
                .extracting(c -> ((ListTablesRequest) c.request()).currentPage())
                .containsExactly(1, 2, 3, 1);
        assertThat(((ListTablesRequest) t.lastCall().request()).pageSize()).isEqualTo(100);
    }

    @Test
    void listAllPartitionsFollowsOffsetsUntilTheTotal() {
        List<Partition> all = IntStream.range(0, 4)
                .mapToObj(
                        i -> Partition.builder().partitionName("name=test" + i).build())
                .collect(Collectors.toList());
        RecordingTransport t = new RecordingTransport().answer(CatalogOperations.LIST_PARTITIONS, r -> {
            int from = Math.min(r.offset(), 4);
            return new ListPartitionsResponse(
                    true, "", new Partitions(4L, all.subList(from, Math.min(from + r.limit(), 4))));
        });
        try (LakeJobClient client = t.client()) {
            List<String> names = client
                    .catalog()
                    .listAllPartitions(ListPartitionsRequest.builder()
                            .databaseName("db")
                            .tableName("t")
                            .limit(2)
                            .build())
                    .stream()
                    .map(Partition::partitionName)
                    .collect(Collectors.toList());
            assertThat(names).containsExactly("name=test0", "name=test1", "name=test2", "name=test3");
            assertThat(client.catalog().listAllPartitions("db", "t").stream().count())
                    .isEqualTo(4);
        }
        // 2 pages of 2 reach the total of 4; then one page of 100 holding all 4
        assertThat(t.calls()).hasSize(3);
        assertThat(((ListPartitionsRequest) t.lastCall().request()).limit()).isEqualTo(100);
    }
}
