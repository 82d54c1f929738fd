package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.sql.ImportTableRequest;
import io.lakejob.sdk.model.sql.SqlDataType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference's own import example (7.3.1) on {@code flink:local}: its Java-style
 * {@code timestamp_format} and its empty {@code quote_char} and {@code escape_char} ("none") are
 * honoured; only a {@code partition_spec} naming columns its table does not partition by is refused.
 */
class ImportExampleTest {
    private static final Duration WAIT = Duration.ofMinutes(2);

    /** The request body of 7.3.1's example, field for field (the table name aside). */
    private static Consumer<ImportTableRequest.Builder> example(String table) {
        return i -> i.dataPath("obs://home/data1/DLI/t1.csv")
                .dataType(SqlDataType.CSV)
                .databaseName("db2")
                .tableName(table)
                .withColumnHeader(false)
                .delimiter(",")
                .quoteChar("")
                .escapeChar("")
                .dateFormat("yyyy-MM-dd")
                .timestampFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZZ")
                .queueName("queue2")
                .overwrite(false)
                .partition("column1", "2020-01-01")
                .partition("column2", "columnPartValue");
    }

    @Test
    void theReferenceExampleImportsAndOnlyAPartitionSpecItsTableLacksIsRefused(@TempDir Path tmp) throws Exception {
        Path obs = tmp.resolve("obs");
        Path file = Files.createDirectories(obs.resolve("home/data1/DLI")).resolve("t1.csv");
        // No quoting and no escape: quotes and backslashes are data.
        Files.writeString(
                file,
                "1,\"ann\",2024-01-02,2024-01-02T03:04:05.678+0800\n2,a\\b,2024-02-29,2024-02-29T23:59:59.000+0000\n");
        try (LakeJobClient c = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, "2")
                .property(FlinkOptions.OBS_ROOT, obs.toString())
                .build()) {
            c.queues().create(q -> q.queueName("queue2").cuCount(16));
            c.catalog().createDatabase("db2");
            List<Column> columns = List.of(
                    Column.of("id", "int"),
                    Column.of("name", "string"),
                    Column.of("born", "date"),
                    Column.of("seen", "timestamp(3)"));
            c.catalog().createTable(t -> t.databaseName("db2")
                    .tableName("t2")
                    .dataLocation(DataLocation.DLI)
                    .columns(List.of(
                            columns.get(0),
                            columns.get(1),
                            columns.get(2),
                            columns.get(3),
                            Column.partition("column1", "string"),
                            Column.partition("column2", "string"))));

            String job = c.sql().importTable(example("t2")).jobId();
            c.sql().waitUntilFinished(job, WAIT);
            String read = c.sql()
                    .submit(s -> s.sql("SELECT id, name, born, seen, column1, column2 FROM t2 ORDER BY id")
                            .currentdb("db2"))
                    .jobId();
            c.sql().waitUntilFinished(read, WAIT);
            ZoneId session = ZoneId.systemDefault();
            assertThat(c.sql().preview(read).rows())
                    .containsExactly(
                            List.of(
                                    1,
                                    "\"ann\"",
                                    "2024-01-02",
                                    LocalDateTime.ofInstant(Instant.parse("2024-01-01T19:04:05.678Z"), session)
                                            .toString(),
                                    "2020-01-01",
                                    "columnPartValue"),
                            List.of(
                                    2,
                                    "a\\b",
                                    "2024-02-29",
                                    LocalDateTime.ofInstant(Instant.parse("2024-02-29T23:59:59Z"), session)
                                            .toString(),
                                    "2020-01-01",
                                    "columnPartValue"));

            // The same example against a table that does not partition by column1 and column2.
            c.catalog().createTable(t -> t.databaseName("db2")
                    .tableName("t3")
                    .dataLocation(DataLocation.DLI)
                    .columns(columns));
            assertThatThrownBy(() -> c.sql().importTable(example("t3")))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("DLI.0001");
                        assertThat(e.errorMessage())
                                .startsWith("partition_spec")
                                .contains("column1");
                    });
        }
    }
}
