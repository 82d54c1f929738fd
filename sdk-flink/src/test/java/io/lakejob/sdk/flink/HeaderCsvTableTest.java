package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataFormat;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.catalog.DescribeTableResponse;
import io.lakejob.sdk.model.catalog.StorageProperty;
import io.lakejob.sdk.model.sql.SqlDataType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Csv tables created with {@code with_column_header=true} on the Flink transport, with DLI's (Spark's)
 * meaning: the first line of every file is a header that reading skips, and every file written into
 * the table (INSERT, import) starts with one, so nothing written is lost when read again. The tables
 * have an INT first column: a header read as data would fail the job.
 */
@ExtendWith(LakeJobFlinkExtension.class)
class HeaderCsvTableTest {
    private static final Duration WAIT = Duration.ofMinutes(2);

    /** Creates a database with the header table {@code t(id INT, name STRING, note STRING)}; returns its data folder. */
    static Path headerTable(LakeJobClient client, String db) throws IOException {
        client.catalog().createDatabase(db);
        client.catalog().createTable(t -> t.databaseName(db)
                .tableName("t")
                .dataLocation(DataLocation.OBS)
                .dataType(DataFormat.CSV)
                .dataPath("obs://bucket/" + db + "/t")
                .withColumnHeader(true)
                .delimiter(",")
                .quoteChar("\"")
                .columns(List.of(Column.of("id", "int"), Column.of("name", "string"), Column.of("note", "string"))));
        Path folder = CatalogFlinkTest.dataFolder(client.catalog().describeTable(db, "t"));
        Files.createDirectories(folder);
        return folder;
    }

    static String run(LakeJobClient client, String db, String sql) {
        String id = client.sql().submit(s -> s.sql(sql).currentdb(db)).jobId();
        client.sql().waitUntilFinished(id, WAIT);
        return id;
    }

    static List<List<Object>> rows(LakeJobClient client, String db) {
        return client.sql()
                .preview(run(client, db, "SELECT id, name, note FROM t ORDER BY id"))
                .rows();
    }

    /** The data files Flink wrote or reads in a folder (no hidden or in-progress files). */
    static List<Path> dataFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")
                            && !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
    }

    /** @return how many lines of a file are the header */
    static long headers(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter("id,name,note"::equals).count();
    }

    @Test
    void aHeaderFileAtTheTablesPathIsReadWithoutItsHeader(LakeJobClient client) throws Exception {
        String db = CatalogFlinkTest.unique("hdr");
        Path folder = headerTable(client, db);
        Files.writeString(folder.resolve("data.csv"), "id,name,note\n1,ann,x\n2,bob,y\n");

        assertThat(rows(client, db)).containsExactly(List.of(1, "ann", "x"), List.of(2, "bob", "y"));
        String sum = run(client, db, "SELECT count(*), sum(id) FROM t");
        assertThat(client.sql().preview(sum).rows()).containsExactly(List.of(2L, 3));
        assertThat(client.catalog().previewTable(db, "t").rows())
                .containsExactlyInAnyOrder(List.of("1", "ann", "x"), List.of("2", "bob", "y"));

        DescribeTableResponse d = client.catalog().describeTable(db, "t");
        assertThat(d.dataType()).isEqualTo(DataFormat.CSV);
        assertThat(d.storageProperties())
                .extracting(StorageProperty::key, StorageProperty::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("format", "lakejob-csv"),
                        org.assertj.core.groups.Tuple.tuple("lakejob-csv.header", "true"));
    }

    @Test
    void everyFileHasItsOwnHeaderWhateverItsLineEndsAndLeadingBlankLines(LakeJobClient client) throws Exception {
        String db = CatalogFlinkTest.unique("hdr");
        Path folder = headerTable(client, db);
        Files.writeString(folder.resolve("a.csv"), "id,name,note\n1,a,\n");
        Files.writeString(folder.resolve("b.csv"), "id,name,note\r\n2,b,x\r\n3,c,y");
        Files.writeString(folder.resolve("c.csv"), "\nid,name,note\n\n4,d,z\n\n");
        Files.writeString(folder.resolve("d.csv"), "id,name,note\n");
        Files.writeString(folder.resolve("e.csv"), "");

        assertThat(rows(client, db))
                .containsExactly(List.of(1, "a", ""), List.of(2, "b", "x"), List.of(3, "c", "y"), List.of(4, "d", "z"));
    }

    @Test
    void aQuotedValueMayHoldTheDelimiterQuotesAndLineBreaks(LakeJobClient client) throws Exception {
        String db = CatalogFlinkTest.unique("hdr");
        Path folder = headerTable(client, db);
        Files.writeString(
                folder.resolve("q.csv"),
                "id,name,\"note, with comma\"\n"
                        + "1,\"Smith, Ann\",\"line one\nline two\"\n"
                        + "2,bob,\"say \"\"hi\"\"\"\r\n"
                        + "3,\"multi\r\nline\",plain\n");

        assertThat(rows(client, db))
                .containsExactly(
                        List.of(1, "Smith, Ann", "line one\nline two"),
                        List.of(2, "bob", "say \"hi\""),
                        List.of(3, "multi\r\nline", "plain"));
    }

    @Test
    void rowsInsertedAreReadBackExactlyAndEveryWrittenFileStartsWithTheHeader(LakeJobClient client) throws Exception {
        String db = CatalogFlinkTest.unique("hdr");
        Path folder = headerTable(client, db);

        run(
                client,
                db,
                "INSERT INTO t VALUES (1, 'ann', 'a, b'), (2, 'bob', 'two' || CHR(10) || 'lines'), (3, 'cid', 'say \"hi\"')");
        List<Path> first = dataFiles(folder);
        assertThat(first).isNotEmpty();
        for (Path f : first) {
            assertThat(Files.readString(f, StandardCharsets.UTF_8)).startsWith("id,name,note\n");
            assertThat(headers(f)).as("one header in " + f).isEqualTo(1);
        }
        assertThat(rows(client, db))
                .containsExactly(
                        List.of(1, "ann", "a, b"), List.of(2, "bob", "two\nlines"), List.of(3, "cid", "say \"hi\""));

        // A second INSERT appends files with their own header; both inserts are read back.
        run(client, db, "INSERT INTO t VALUES (4, 'dan', 'd')");
        List<Path> all = dataFiles(folder);
        assertThat(all).hasSizeGreaterThan(first.size());
        for (Path f : all) {
            assertThat(Files.readString(f, StandardCharsets.UTF_8)).startsWith("id,name,note\n");
        }
        assertThat(rows(client, db)).extracting(r -> r.get(0)).containsExactly(1, 2, 3, 4);

        // INSERT OVERWRITE replaces the rows, still with a header.
        run(client, db, "INSERT OVERWRITE t VALUES (9, 'zed', 'z')");
        assertThat(rows(client, db)).containsExactly(List.of(9, "zed", "z"));
        for (Path f : dataFiles(folder)) {
            assertThat(Files.readAllLines(f)).containsExactly("id,name,note", "9,zed,z");
        }
    }

    @Test
    void importIntoAHeaderTableKeepsEveryRowAndWritesOneHeader(LakeJobClient client, @TempDir Path tmp)
            throws Exception {
        String db = CatalogFlinkTest.unique("hdr");
        Path folder = headerTable(client, db);

        // A source without a header: its first line is data.
        Path plain = Files.writeString(tmp.resolve("plain.csv"), "1,ann,x\n2,bob,y\n");
        String id = client.sql()
                .importTable(i -> i.databaseName(db)
                        .tableName("t")
                        .dataPath(plain.toString())
                        .dataType(SqlDataType.CSV)
                        .withColumnHeader(false))
                .jobId();
        client.sql().waitUntilFinished(id, WAIT);
        assertThat(rows(client, db)).containsExactly(List.of(1, "ann", "x"), List.of(2, "bob", "y"));

        // A folder of sources with headers (one with a quoted line break): each header is dropped once.
        Path sources = Files.createDirectories(tmp.resolve("sources"));
        Files.writeString(sources.resolve("a.csv"), "id;name;note\n3;cid;\"p\nq\"\n");
        Files.writeString(sources.resolve("b.csv"), "id;name;note\n4;dan;w\n");
        String id2 = client.sql()
                .importTable(i -> i.databaseName(db)
                        .tableName("t")
                        .dataPath(sources.toString())
                        .dataType(SqlDataType.CSV)
                        .delimiter(";")
                        .withColumnHeader(true))
                .jobId();
        client.sql().waitUntilFinished(id2, WAIT);
        assertThat(rows(client, db))
                .containsExactly(
                        List.of(1, "ann", "x"),
                        List.of(2, "bob", "y"),
                        List.of(3, "cid", "p\nq"),
                        List.of(4, "dan", "w"));
        for (Path f : dataFiles(folder)) {
            assertThat(Files.readString(f, StandardCharsets.UTF_8)).startsWith("id,name,note\n");
            assertThat(headers(f)).as("one header in " + f).isEqualTo(1);
        }

        // Exporting the table with a header writes exactly one header, then every row.
        Path out = tmp.resolve("export");
        String exp = client.sql()
                .exportTable(e -> e.databaseName(db)
                        .tableName("t")
                        .dataPath(out.toString())
                        .dataType(SqlDataType.CSV)
                        .compress(io.lakejob.sdk.model.sql.Compression.NONE)
                        .withColumnHeader(true))
                .jobId();
        client.sql().waitUntilFinished(exp, WAIT);
        List<String> lines = new ArrayList<>(Files.readAllLines(out.resolve("part-00000.csv")));
        assertThat(lines.get(0)).isEqualTo("id,name,note");
        assertThat(lines.stream().filter("id,name,note"::equals)).hasSize(1);
        assertThat(lines.subList(1, lines.size()))
                .containsExactlyInAnyOrder("1,ann,x", "2,bob,y", "3,cid,\"p", "q\"", "4,dan,w");
    }

    @Test
    void withIgnoredParseErrorsABadRecordIsSkippedAndTheRestOfTheFileRead(LakeJobClient client) throws Exception {
        String db = CatalogFlinkTest.unique("hdr");
        Path folder = headerTable(client, db);
        Files.writeString(folder.resolve("bad.csv"), "id,name\n1,a\nx,b\n\"q\"x,c\n4,d\n\"unclosed,e\n");
        run(
                client,
                db,
                "CREATE TABLE lenient (id INT, name STRING) WITH ('connector' = 'filesystem', 'path' = '"
                        + folder.toUri() + "', 'format' = 'lakejob-csv', 'lakejob-csv.ignore-parse-errors' = 'true')");
        String q = run(client, db, "SELECT id, name FROM lenient");
        // A bad field becomes null (Flink's csv converter); a record Jackson cannot parse is dropped by the
        // deserializer (null), and the rows after it are still read.
        assertThat(client.sql().preview(q).rows())
                .containsExactly(List.of(1, "a"), java.util.Arrays.asList(null, "b"), List.of(4, "d"));
    }
}
