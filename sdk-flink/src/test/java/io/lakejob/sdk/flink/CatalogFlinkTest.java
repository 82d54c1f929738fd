package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataFormat;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.catalog.Database;
import io.lakejob.sdk.model.catalog.DescribeTableResponse;
import io.lakejob.sdk.model.catalog.ListDatabasesResponse;
import io.lakejob.sdk.model.catalog.ListPartitionsResponse;
import io.lakejob.sdk.model.catalog.ListTablesResponse;
import io.lakejob.sdk.model.catalog.Partition;
import io.lakejob.sdk.model.catalog.PreviewTableResponse;
import io.lakejob.sdk.model.catalog.StorageProperty;
import io.lakejob.sdk.model.catalog.Table;
import io.lakejob.sdk.model.catalog.TableType;
import io.lakejob.sdk.model.catalog.TableTypeFilter;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog (reference 7.1, 7.2) on the Flink transport, checked through Flink. */
@ExtendWith(LakeJobFlinkExtension.class)
class CatalogFlinkTest {

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Creates an OBS csv table {@code people(id INT, name STRING)} and writes its data file. */
    static void peopleTable(LakeJobClient client, String db, String table, String csv) throws Exception {
        client.catalog().createTable(t -> t.databaseName(db)
                .tableName(table)
                .dataLocation(DataLocation.OBS)
                .dataType(DataFormat.CSV)
                .dataPath("obs://bucket/" + db + "/" + table)
                .delimiter(",")
                .columns(List.of(Column.of("id", "int"), Column.of("name", "string"))));
        Path folder = dataFolder(client.catalog().describeTable(db, table));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("part-0.csv"), csv);
    }

    static Path dataFolder(DescribeTableResponse d) {
        String path = d.storageProperties().stream()
                .filter(p -> p.key().equals("path"))
                .map(StorageProperty::value)
                .findFirst()
                .orElseThrow();
        return Path.of(URI.create(path));
    }

    @Test
    void databasesAreCreatedListedPagedOwnedAndDeletedWithCascade(LakeJobClient client) throws Exception {
        String prefix = unique("dbs");
        for (int i = 0; i < 3; i++) {
            client.catalog().createDatabase(d -> d.databaseName(prefix + "_x").description("d"));
            client.catalog().deleteDatabase(prefix + "_x");
        }
        for (String s : List.of("a", "b", "c")) {
            client.catalog().createDatabase(prefix + "_" + s);
        }
        assertThatThrownBy(() -> client.catalog().createDatabase(prefix + "_a"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0006"));

        ListDatabasesResponse page =
                client.catalog().listDatabases(l -> l.keyword(prefix).limit(2).offset(1));
        assertThat(page.databaseCount()).isEqualTo(3);
        assertThat(page.databases()).extracting(Database::databaseName).containsExactly(prefix + "_b", prefix + "_c");
        assertThat(client.catalog()
                        .listAllDatabases(io.lakejob.sdk.model.catalog.ListDatabasesRequest.builder()
                                .keyword(prefix)
                                .limit(1)
                                .build()))
                .extracting(Database::databaseName)
                .containsExactly(prefix + "_a", prefix + "_b", prefix + "_c");

        client.catalog().updateDatabaseOwner(prefix + "_a", "alice");
        assertThat(client.catalog().listDatabases(l -> l.keyword(prefix + "_a")).databases())
                .singleElement()
                .satisfies(d -> assertThat(d.owner()).isEqualTo("alice"));

        peopleTable(client, prefix + "_a", "t1", "1,x\n");
        assertThatThrownBy(() -> client.catalog().deleteDatabase(prefix + "_a"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0012"));
        client.catalog().deleteDatabase(d -> d.databaseName(prefix + "_a").cascade(true));
        assertThat(client.catalog().listDatabases(l -> l.keyword(prefix)).databases())
                .extracting(Database::databaseName)
                .containsExactly(prefix + "_b", prefix + "_c");
        assertThatThrownBy(() -> client.catalog().listTables(l -> l.databaseName(prefix + "_a")))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));
    }

    @Test
    void obsCsvTableIsDescribedListedAndPreviewedThroughFlink(LakeJobClient client) throws Exception {
        String db = unique("obs");
        client.catalog().createDatabase(db);
        peopleTable(client, db, "people", "1,ann\n2,bob\n3,cid\n");

        DescribeTableResponse d = client.catalog().describeTable(db, "people");
        assertThat(d.columns()).extracting(Column::columnName).containsExactly("id", "name");
        assertThat(d.columns()).extracting(Column::type).containsExactly("int", "string");
        assertThat(d.tableType()).isEqualTo(TableType.EXTERNAL);
        assertThat(d.dataType()).isEqualTo(DataFormat.CSV);
        assertThat(d.dataLocation()).isEqualTo("obs://bucket/" + db + "/people");
        assertThat(d.storageProperties()).contains(StorageProperty.of("connector", "filesystem"));

        PreviewTableResponse p = client.catalog().previewTable(db, "people");
        assertThat(p.schema()).extracting(c -> c.name()).containsExactly("id", "name");
        assertThat(p.rows()).containsExactlyInAnyOrder(List.of("1", "ann"), List.of("2", "bob"), List.of("3", "cid"));

        // A view over it and a managed table, then filters and paging.
        client.catalog().createTable(t -> t.databaseName(db)
                .tableName("people_view")
                .dataLocation(DataLocation.VIEW)
                .selectStatement("SELECT name FROM " + db + ".people WHERE id > 1"));
        client.catalog().createTable(t -> t.databaseName(db)
                .tableName("managed")
                .dataLocation(DataLocation.DLI)
                .columns(List.of(Column.of("v", "bigint"))));
        assertThat(client.catalog().previewTable(db, "people_view").rows())
                .containsExactlyInAnyOrder(List.of("bob"), List.of("cid"));

        ListTablesResponse views =
                client.catalog().listTables(l -> l.databaseName(db).tableType(TableTypeFilter.VIRTUAL_VIEW));
        assertThat(views.tables()).extracting(Table::tableName).containsExactly("people_view");
        ListTablesResponse byKeyword = client.catalog()
                .listTables(l -> l.databaseName(db).keyword("PEOPLE").withDetail(true));
        assertThat(byKeyword.tableCount()).isEqualTo(2);
        assertThat(byKeyword.tables())
                .filteredOn(t -> t.tableName().equals("people"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.tableSize()).isEqualTo(18L);
                    assertThat(t.location()).isEqualTo("obs://bucket/" + db + "/people");
                });
        ListTablesResponse page2 =
                client.catalog().listTables(l -> l.databaseName(db).pageSize(2).currentPage(2));
        assertThat(page2.tableCount()).isEqualTo(3);
        assertThat(page2.tables()).extracting(Table::tableName).containsExactly("people_view");
        assertThat(client.catalog().listAllTables(db)).hasSize(3);

        client.catalog().deleteTable(db, "people_view");
        assertThatThrownBy(() -> client.catalog().previewTable(db, "people_view"))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));
    }

    @Test
    void partitionsAreTheFoldersFlinkWrote(LakeJobClient client) throws Exception {
        String db = unique("part");
        client.catalog().createDatabase(db);
        client.catalog().createTable(t -> t.databaseName(db)
                .tableName("events")
                .dataLocation(DataLocation.DLI)
                .columns(List.of(Column.of("v", "int"), new Column("dt", "string", null, true))));
        String id = client.sql()
                .submit(s -> s.sql("INSERT INTO events VALUES (1, 'd1'), (2, 'd1'), (3, 'd2')")
                        .currentdb(db))
                .jobId();
        client.sql().waitUntil(id, SqlJobStatus.FINISHED, Duration.ofMinutes(2));

        ListPartitionsResponse all =
                client.catalog().listPartitions(l -> l.databaseName(db).tableName("events"));
        assertThat(all.partitions().totalCount()).isEqualTo(2);
        assertThat(all.partitions().partitionInfos())
                .extracting(Partition::partitionName)
                .containsExactly("dt=d1", "dt=d2");
        assertThat(all.partitions().partitionInfos()).allSatisfy(p -> {
            assertThat(p.numFiles()).isPositive();
            assertThat(Files.isDirectory(Path.of(URI.create(p.locations().get(0)))))
                    .isTrue();
        });
        ListPartitionsResponse filtered = client.catalog()
                .listPartitions(l -> l.databaseName(db).tableName("events").filter("dt=d2"));
        assertThat(filtered.partitions().partitionInfos())
                .extracting(Partition::partitionName)
                .containsExactly("dt=d2");
        ListPartitionsResponse paged = client.catalog()
                .listPartitions(
                        l -> l.databaseName(db).tableName("events").limit(1).offset(1));
        assertThat(paged.partitions().partitionInfos())
                .extracting(Partition::partitionName)
                .containsExactly("dt=d2");

        Path data = dataFolder(client.catalog().describeTable(db, "events"));
        assertThat(data).isDirectory();
        client.catalog().deleteTable(db, "events");
        assertThat(data).doesNotExist();
    }
}
