package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.sql.Compression;
import io.lakejob.sdk.model.sql.ExportMode;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.ListSqlJobsResponse;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultResponse;
import io.lakejob.sdk.model.sql.SqlColumn;
import io.lakejob.sdk.model.sql.SqlDataType;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.model.sql.SqlJobMode;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SqlJobType;
import io.lakejob.sdk.model.sql.SubmitSqlJobResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** SQL statement jobs (reference 7.3) on the Flink transport, checked through their effects. */
@ExtendWith(LakeJobFlinkExtension.class)
class SqlStatementJobTest {
    static final Duration WAIT = Duration.ofMinutes(2);

    static String dbWithPeople(LakeJobClient client) throws Exception {
        String db = CatalogFlinkTest.unique("sql");
        client.catalog().createDatabase(db);
        CatalogFlinkTest.peopleTable(client, db, "people", "1,ann\n2,bob\n3,cid\n");
        return db;
    }

    String run(LakeJobClient client, String db, String sql) {
        String id = client.sql().submit(s -> s.sql(sql).currentdb(db)).jobId();
        client.sql().waitUntilFinished(id, WAIT);
        return id;
    }

    @Test
    void queryJobRunsInTheBackgroundAndItsRowsArePreviewedAndListed(LakeJobClient client) throws Exception {
        String db = dbWithPeople(client);
        SubmitSqlJobResponse r = client.sql().submit(s -> s.sql("SELECT id, upper(name) AS n FROM people WHERE id >= 2")
                .currentdb(db)
                .tags(List.of(Tag.of("workspace", db))));
        assertThat(r.jobType()).isEqualTo(SqlJobType.QUERY);
        assertThat(r.jobMode()).isEqualTo(SqlJobMode.ASYNC);
        assertThat(r.jobId()).matches("[0-9a-f-]{36}");
        GetSqlJobStatusResponse done = client.sql().waitUntilFinished(r.jobId(), WAIT);
        assertThat(done.resultCount()).isEqualTo(2);
        assertThat(done.detail()).contains("\"name\":\"n\"");

        PreviewSqlJobResultResponse p = client.sql().preview(r.jobId());
        assertThat(p.schema()).extracting(SqlColumn::name).containsExactly("id", "n");
        assertThat(p.rows()).containsExactlyInAnyOrder(List.of(2, "BOB"), List.of(3, "CID"));
        assertThat(client.sql().preview(q -> q.jobId(r.jobId()).pageSize(1L)).rows())
                .hasSize(1);
        assertThat(client.sql().progress(r.jobId()).progress()).isEqualTo(1.0);

        String second = run(client, db, "SELECT count(*) FROM people");
        assertThat(client.sql().preview(second).rows()).containsExactly(List.of(3L));

        ListSqlJobsResponse mine = client.sql().list(l -> l.tags("workspace=" + db));
        assertThat(mine.jobs()).extracting(SqlJob::jobId).containsExactly(r.jobId());
        ListSqlJobsResponse byPattern = client.sql().list(l -> l.sqlPattern("FROM PEOPLE")
                .jobType(SqlJobType.QUERY)
                .jobStatus(SqlJobStatus.FINISHED)
                .pageSize(1)
                .currentPage(1));
        assertThat(byPattern.jobCount()).isGreaterThanOrEqualTo(2);
        assertThat(byPattern.jobs()).hasSize(1);
        assertThat(client.sql().listAll(l -> l.sqlPattern(db).pageSize(1))).isEmpty();
        assertThat(client.sql().listAll(l -> l.jobId(second).pageSize(1)))
                .singleElement()
                .satisfies(j -> assertThat(j.statement()).isEqualTo("SELECT count(*) FROM people"));
    }

    @Test
    void ddlRunsAtOnceAndFailuresNameTheLine(LakeJobClient client) throws Exception {
        String db = dbWithPeople(client);
        SubmitSqlJobResponse show =
                client.sql().submit(s -> s.sql("SHOW TABLES").currentdb(db));
        assertThat(show.jobType()).isEqualTo(SqlJobType.DDL);
        assertThat(show.jobMode()).isEqualTo(SqlJobMode.SYNC);
        assertThat(show.rows()).containsExactly(List.of("people"));
        assertThat(client.sql().status(show.jobId()).status()).isEqualTo(SqlJobStatus.FINISHED);

        assertThatThrownBy(() -> client.sql()
                        .submit(s -> s.sql("GRANT SELECT ON people TO bob").currentdb(db)))
                .isInstanceOf(NotSupportedException.class);

        String bad = client.sql()
                .submit(s -> s.sql("\nSELECT nope FROM people").currentdb(db))
                .jobId();
        assertThatThrownBy(() -> client.sql().waitUntilFinished(bad, WAIT)).isInstanceOf(JobStateException.class);
        GetSqlJobStatusResponse failed = client.sql().status(bad);
        assertThat(failed.status()).isEqualTo(SqlJobStatus.FAILED);
        assertThat(failed.message()).contains("line 2").contains("nope");
    }

    @Test
    void insertIntoManagedTableIsReadBack(LakeJobClient client) throws Exception {
        String db = dbWithPeople(client);
        client.catalog().createTable(t -> t.databaseName(db)
                .tableName("copy")
                .dataLocation(DataLocation.DLI)
                .columns(List.of(Column.of("id", "int"), Column.of("name", "string"))));
        String ins = run(client, db, "INSERT INTO copy SELECT id, name FROM people WHERE id <> 2");
        assertThat(client.sql().status(ins).jobType()).isEqualTo(SqlJobType.INSERT);
        String q = run(client, db, "SELECT name FROM copy");
        assertThat(client.sql().preview(q).rows()).containsExactlyInAnyOrder(List.of("ann"), List.of("cid"));
        assertThat(client.catalog().previewTable(db, "copy").rows()).hasSize(2);
    }

    @Test
    void resultsAndTablesAreExportedToFiles(LakeJobClient client, @TempDir Path tmp) throws Exception {
        String db = dbWithPeople(client);
        String q = run(client, db, "SELECT id, name FROM people ORDER BY id");
        Path csv = tmp.resolve("result");
        String exp = client.sql()
                .exportResult(e -> e.jobId(q)
                        .dataPath(csv.toUri().toString())
                        .dataType(SqlDataType.CSV)
                        .withColumnHeader(true)
                        .limitNum(2))
                .jobId();
        client.sql().waitUntilFinished(exp, WAIT);
        assertThat(Files.readAllLines(csv.resolve("part-00000.csv"))).containsExactly("id,name", "1,ann", "2,bob");
        // The folder now exists: ErrorIfExists fails, Overwrite replaces.
        String again = client.sql()
                .exportResult(e -> e.jobId(q).dataPath(csv.toString()).dataType(SqlDataType.CSV))
                .jobId();
        assertThatThrownBy(() -> client.sql().waitUntilFinished(again, WAIT)).isInstanceOf(JobStateException.class);
        String over = client.sql()
                .exportResult(e -> e.jobId(q)
                        .dataPath(csv.toString())
                        .dataType(SqlDataType.JSON)
                        .exportMode(ExportMode.OVERWRITE))
                .jobId();
        client.sql().waitUntilFinished(over, WAIT);
        assertThat(Files.readAllLines(csv.resolve("part-00000.json")))
                .containsExactly(
                        "{\"id\":1,\"name\":\"ann\"}", "{\"id\":2,\"name\":\"bob\"}", "{\"id\":3,\"name\":\"cid\"}");

        Path table = tmp.resolve("table");
        String et = client.sql()
                .exportTable(e -> e.databaseName(db)
                        .tableName("people")
                        .dataPath(table.toString())
                        .dataType(SqlDataType.JSON)
                        .compress(Compression.GZIP))
                .jobId();
        client.sql().waitUntilFinished(et, WAIT);
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(table.resolve("part-00000.json.gz")))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines())
                    .hasSize(3)
                    .contains("{\"id\":2,\"name\":\"bob\"}");
        }
        assertThat(client.sql().detail(et).tableName()).isEqualTo("people");
    }

    @Test
    void importLoadsAFileIntoATable(LakeJobClient client, @TempDir Path tmp) throws Exception {
        String db = dbWithPeople(client);
        Path file = tmp.resolve("in.csv");
        Files.writeString(file, "id;name\n10;x\n11;y\n12;z\n13;w\n");
        String id = client.sql()
                .importTable(i -> i.databaseName(db)
                        .tableName("people")
                        .dataPath(file.toString())
                        .dataType(SqlDataType.CSV)
                        .delimiter(";")
                        .withColumnHeader(true))
                .jobId();
        client.sql().waitUntilFinished(id, WAIT);
        assertThat(client.sql().status(id).jobType()).isEqualTo(SqlJobType.IMPORT);
        String count = run(client, db, "SELECT count(*), sum(id) FROM people");
        assertThat(client.sql().preview(count).rows()).containsExactly(List.of(7L, 52));
    }

    @Test
    void checkSqlParsesAndValidatesWithoutRunning(LakeJobClient client) throws Exception {
        String db = dbWithPeople(client);
        assertThat(client.sql().checkSql("select * from people", db).jobType()).isEqualTo(SqlJobType.QUERY);
        assertThat(client.sql()
                        .checkSql("INSERT INTO people VALUES (9, 'n')", db)
                        .jobType())
                .isEqualTo(SqlJobType.INSERT);
        assertThatThrownBy(() -> client.sql().checkSql("SELECT *\nFORM people", db))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("DLI.0004");
                    assertThat(e.getMessage()).contains("line 2");
                });
        assertThatThrownBy(() -> client.sql().checkSql("SELECT * FROM missing", db))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("DLI.0005");
                    assertThat(e.getMessage()).contains("missing");
                });
        // Nothing ran: the table still has its three rows.
        assertThat(client.catalog().previewTable(db, "people").rows()).hasSize(3);
    }

    @Test
    void aLongJobIsCancelled(LakeJobClient client) throws Exception {
        String db = CatalogFlinkTest.unique("slow");
        client.catalog().createDatabase(db);
        client.sql().submit(s -> s.sql("CREATE TABLE slow (n BIGINT) WITH ('connector' = 'datagen', "
                        + "'number-of-rows' = '1000000', 'rows-per-second' = '5')")
                .currentdb(db));
        String id = client.sql()
                .submit(s -> s.sql("SELECT n FROM slow").currentdb(db))
                .jobId();
        assertThat(client.sql().status(id).status()).isEqualTo(SqlJobStatus.RUNNING);
        client.sql().cancel(id);
        GetSqlJobStatusResponse s = client.sql().waitUntil(id, SqlJobStatus.CANCELLED, WAIT);
        assertThat(s.status()).isEqualTo(SqlJobStatus.CANCELLED);
        assertThatThrownBy(() -> client.sql().cancel(id))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0012"));
        assertThatThrownBy(() -> client.sql().preview(id))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0012"));
    }
}
