package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.sql.Compression;
import io.lakejob.sdk.model.sql.ExportMode;
import io.lakejob.sdk.model.sql.GetSqlJobDetailResponse;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultResponse;
import io.lakejob.sdk.model.sql.SqlDataType;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.model.sql.SqlJobMode;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SqlJobType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL statement jobs (reference 7.3) in the metadata directory ({@link FlinkOptions#METADATA_DIR}):
 * a later client on the same directory reports them as the client that ran them did, previews and
 * exports the rows a finished query kept, and lists them with every filter.
 */
class SqlJobMetadataTest {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final String TYPED = "SELECT CAST(1.25 AS DECIMAL(10, 2)) AS d, CAST(2.5 AS DOUBLE) AS x,"
            + " CAST(7 AS TINYINT) AS t, CAST(300 AS SMALLINT) AS s, CAST(NULL AS INT) AS z, TRUE AS b,"
            + " DATE '2024-01-02' AS dt, CAST(9000000000 AS BIGINT) AS big";

    private static String finished(LakeJobClient c, String db, String sql, List<Tag> tags) {
        String id = c.sql().submit(s -> s.sql(sql).currentdb(db).tags(tags)).jobId();
        c.sql().waitUntilFinished(id, WAIT);
        return id;
    }

    @Test
    void aLaterClientReportsPreviewsListsAndExportsTheStatementJobsOfAnEarlierOne(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        String db = CatalogFlinkTest.unique("sqlmeta");
        List<Tag> tags = List.of(Tag.of("workspace", db));
        String query;
        String typed;
        String insert;
        String ddl;
        String failed;
        String export;
        String exportTable;
        String cancelled;
        PreviewSqlJobResultResponse queryRows;
        PreviewSqlJobResultResponse typedRows;
        GetSqlJobStatusResponse queryStatus;
        GetSqlJobDetailResponse exportDetail;
        Instant afterAll;
        try (LakeJobClient a = MetadataStoreDirectoryTest.client(dir)) {
            a.catalog().createDatabase(db);
            CatalogFlinkTest.peopleTable(a, db, "people", "1,ann\n2,bob\n3,cid\n");
            a.catalog().createTable(t -> t.databaseName(db)
                    .tableName("copy")
                    .dataLocation(DataLocation.DLI)
                    .columns(List.of(Column.of("id", "int"), Column.of("name", "string"))));
            query = finished(a, db, "SELECT id, upper(name) AS n FROM people WHERE id >= 2", tags);
            typed = finished(a, db, TYPED, List.of());
            insert = finished(a, db, "INSERT INTO copy SELECT id, name FROM people", List.of());
            ddl = a.sql().submit(s -> s.sql("SHOW TABLES").currentdb(db)).jobId();
            failed = a.sql()
                    .submit(s -> s.sql("\nSELECT nope FROM people").currentdb(db))
                    .jobId();
            assertThatThrownBy(() -> a.sql().waitUntilFinished(failed, WAIT)).isInstanceOf(JobStateException.class);
            Path csv = tmp.resolve("result");
            export = a.sql()
                    .exportResult(e -> e.jobId(query)
                            .dataPath(csv.toString())
                            .dataType(SqlDataType.CSV)
                            .withColumnHeader(true))
                    .jobId();
            a.sql().waitUntilFinished(export, WAIT);
            exportTable = a.sql()
                    .exportTable(e -> e.databaseName(db)
                            .tableName("people")
                            .dataPath(tmp.resolve("table").toString())
                            .dataType(SqlDataType.JSON)
                            .compress(Compression.GZIP)
                            .exportMode(ExportMode.OVERWRITE))
                    .jobId();
            a.sql().waitUntilFinished(exportTable, WAIT);

            // A statement job still running in a live client: a second (read-only) client on the
            // directory sees it running and cannot cancel it; its own client can.
            a.sql().submit(s -> s.sql("CREATE TABLE slow (n BIGINT) WITH ('connector' = 'datagen', "
                            + "'number-of-rows' = '1000000', 'rows-per-second' = '5')")
                    .currentdb(db));
            cancelled = a.sql()
                    .submit(s -> s.sql("SELECT n FROM slow").currentdb(db))
                    .jobId();
            try (LakeJobClient readOnly = MetadataStoreDirectoryTest.client(dir)) {
                assertThat(readOnly.sql().status(cancelled).status()).isEqualTo(SqlJobStatus.RUNNING);
                assertThatThrownBy(() -> readOnly.sql().cancel(cancelled))
                        .isInstanceOfSatisfying(ServiceException.class, e -> {
                            assertThat(e.errorCode()).isEqualTo("DLI.0012");
                            assertThat(e.getMessage())
                                    .contains("held by the client pid "
                                            + ProcessHandle.current().pid())
                                    .contains("only reads it");
                        });
            }
            a.sql().cancel(cancelled);
            a.sql().waitUntil(cancelled, SqlJobStatus.CANCELLED, WAIT);

            queryRows = a.sql().preview(query);
            typedRows = a.sql().preview(typed);
            queryStatus = a.sql().status(query);
            exportDetail = a.sql().detail(exportTable);
            afterAll = Instant.now();
        }
        assertThat(typedRows.rows())
                .containsExactly(Arrays.asList(
                        new BigDecimal("1.25"), 2.5d, (byte) 7, (short) 300, null, true, "2024-01-02", 9000000000L));
        assertThat(dir.resolve("sql_jobs.json")).isRegularFile();
        assertThat(dir.resolve("sql_results").resolve(query + ".json")).isRegularFile();
        assertThat(dir.resolve("sql_results").resolve(insert + ".json")).doesNotExist();

        Path again = tmp.resolve("again");
        String b2query;
        try (LakeJobClient b = MetadataStoreDirectoryTest.client(dir)) {
            // Status and detail as the first client reported them.
            GetSqlJobStatusResponse q = b.sql().status(query);
            assertThat(q.status()).isEqualTo(SqlJobStatus.FINISHED);
            assertThat(q.jobType()).isEqualTo(SqlJobType.QUERY);
            assertThat(q.jobMode()).isEqualTo(SqlJobMode.ASYNC);
            assertThat(q.startTime()).isEqualTo(queryStatus.startTime());
            assertThat(q.duration()).isEqualTo(queryStatus.duration());
            assertThat(q.resultCount()).isEqualTo(2);
            assertThat(q.detail()).isEqualTo(queryStatus.detail());
            assertThat(q.statement()).isEqualTo(queryStatus.statement());
            assertThat(q.databaseName()).isEqualTo(db);
            assertThat(q.queueName()).isEqualTo(queryStatus.queueName());
            assertThat(q.owner()).isEqualTo(queryStatus.owner());
            assertThat(q.tags()).isEqualTo(tags);
            assertThat(b.sql().status(insert).jobType()).isEqualTo(SqlJobType.INSERT);
            assertThat(b.sql().status(ddl).jobMode()).isEqualTo(SqlJobMode.SYNC);
            GetSqlJobStatusResponse f = b.sql().status(failed);
            assertThat(f.status()).isEqualTo(SqlJobStatus.FAILED);
            assertThat(f.message()).contains("line 2").contains("nope");
            assertThat(b.sql().status(cancelled).status())
                    .as(b.sql().status(cancelled).message())
                    .isEqualTo(SqlJobStatus.CANCELLED);
            assertThat(b.sql().detail(exportTable)).isEqualTo(exportDetail);
            assertThat(b.sql().detail(export).withColumnHeader()).isTrue();
            assertThat(b.sql().progress(query).progress()).isEqualTo(1.0);

            // The kept rows, with their Java types.
            assertThat(b.sql().preview(query)).isEqualTo(queryRows);
            assertThat(b.sql().preview(typed)).isEqualTo(typedRows);
            assertThat(b.sql().preview(p -> p.jobId(query).pageSize(1L)).rows()).hasSize(1);
            assertThatThrownBy(() -> b.sql().preview(insert))
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.errorCode())
                            .isEqualTo("DLI.0001"));

            // List with filters.
            assertThat(b.sql().list(l -> l.tags("workspace=" + db)).jobs())
                    .extracting(SqlJob::jobId)
                    .containsExactly(query);
            assertThat(b.sql().listAll(l -> l.sqlPattern("no_such_text").pageSize(5)))
                    .isEmpty();
            assertThat(b.sql().listAll(l -> l.sqlPattern("from people")
                            .jobType(SqlJobType.QUERY)
                            .jobStatus(SqlJobStatus.FINISHED)))
                    .extracting(SqlJob::jobId)
                    .contains(query)
                    .doesNotContain(failed, insert);
            assertThat(b.sql().listAll(l -> l.jobStatus(SqlJobStatus.FAILED)))
                    .extracting(SqlJob::jobId)
                    .containsExactly(failed);
            assertThat(b.sql().listAll(l -> l.jobType(SqlJobType.EXPORT)))
                    .extracting(SqlJob::jobId)
                    .containsExactlyInAnyOrder(export, exportTable);
            assertThat(b.sql().listAll(l -> l.jobId(insert))).singleElement().satisfies(j -> {
                assertThat(j.statement()).isEqualTo("INSERT INTO copy SELECT id, name FROM people");
                assertThat(j.endTime()).isNotNull();
            });
            assertThat(b.sql().listAll(l -> l.start(afterAll))).isEmpty();
            assertThat(b.sql().list(l -> {}).jobCount()).isEqualTo(9);

            // The restored result is exported again, from the new client.
            String e2 = b.sql()
                    .exportResult(e -> e.jobId(query).dataPath(again.toString()).dataType(SqlDataType.CSV))
                    .jobId();
            b.sql().waitUntilFinished(e2, WAIT);
            b2query = finished(b, db, "SELECT count(*) AS c FROM copy", List.of());
            assertThat(b.sql().preview(b2query).rows()).containsExactly(List.of(3L));
        }
        assertThat(Files.readAllLines(again.resolve("part-00000.csv"))).containsExactlyInAnyOrder("2,BOB", "3,CID");

        // A third client sees the second one's jobs too; a lost result file fails clearly.
        Files.delete(dir.resolve("sql_results").resolve(typed + ".json"));
        try (LakeJobClient c = MetadataStoreDirectoryTest.client(dir)) {
            assertThat(c.sql().preview(b2query).rows()).containsExactly(List.of(3L));
            assertThat(c.sql().list(l -> {}).jobCount()).isEqualTo(11);
            assertThatThrownBy(() -> c.sql().preview(typed)).isInstanceOfSatisfying(ServiceException.class, e -> {
                assertThat(e.errorCode()).isEqualTo("DLI.0012");
                assertThat(e.getMessage()).contains(typed + ".json is missing");
            });
        }
    }
}
