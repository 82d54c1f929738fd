package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.internal.targets.Savepoints;
import io.lakejob.sdk.flink.testcompat.TestCompat;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the Flink behaviour the transport's query resume works around (see {@code QueryResume}): with
 * plain Flink 1.20, a query whose rows are read with {@code TableResult.collect()}, stopped with a
 * savepoint and submitted again from it, cannot be read. The collect sink has the same operator id
 * in both jobs, so it restores the first job's acknowledged offset, and the new job's result fetcher,
 * which starts at offset 0, fails its sanity check. Should a later Flink restore the collect sink
 * correctly, this test fails and the workaround can be reconsidered. Flink 2 fails earlier: its collect
 * sink gets a new operator id in every job, so the restored job does not start at all.
 */
@ExtendWith(SharedFlinkClient.class)
class CollectSinkRestoreTest {
    private static final String SOURCE =
            "CREATE TABLE S (k BIGINT) WITH ('connector'='datagen', 'rows-per-second'='500',"
                    + " 'fields.k.kind'='sequence', 'fields.k.start'='1', 'fields.k.end'='100000')";
    private static final String QUERY = "SELECT k % 3 AS g, COUNT(*) AS c FROM S GROUP BY k % 3";

    @Test
    void plainFlinkCannotReadAQueryRestoredFromItsSavepoint(LakeJobClient client, @TempDir Path dir) throws Exception {
        URI rest = StatementSetTest.restAddress(client);

        TableResult first = env(rest, null).executeSql(QUERY);
        List<Row> rows = new ArrayList<>();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try (CloseableIterator<Row> it = first.collect()) {
                while (it.hasNext()) {
                    Row row = it.next();
                    synchronized (rows) {
                        rows.add(row);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Await.until("rows of the first job", Duration.ofSeconds(60), () -> {
            synchronized (rows) {
                return rows.size() > 20;
            }
        });
        String savepoint = Savepoints.at(rest)
                .stop(
                        first.getJobClient().orElseThrow().getJobID().toHexString(),
                        dir.toUri().toString(),
                        null,
                        Duration.ofSeconds(60))
                .location();
        // The first job's rows all arrive: the collect sink hands its rest over when the job ends.
        reading.get(60, TimeUnit.SECONDS);

        if (TestCompat.FLINK_MAJOR >= 2) {
            // Flink 2 gives the collect sink a new operator id in every job: the restored job cannot
            // even start, because the savepoint holds state for an operator the new job lacks.
            assertThatThrownBy(() -> env(rest, savepoint).executeSql(QUERY))
                    .as("restoring the query's savepoint")
                    .hasStackTraceContaining("Cannot map checkpoint/savepoint state for operator")
                    .hasStackTraceContaining("because the operator is not available in the new program");
            return;
        }
        TableResult second = env(rest, savepoint).executeSql(QUERY);
        Throwable failure;
        try (CloseableIterator<Row> it = second.collect()) {
            failure = CompletableFuture.supplyAsync(() -> {
                        try {
                            it.hasNext();
                            return null;
                        } catch (Throwable e) {
                            return e;
                        }
                    })
                    .get(60, TimeUnit.SECONDS);
        } finally {
            second.getJobClient().orElseThrow().cancel().get(60, TimeUnit.SECONDS);
        }

        assertThat(failure)
                .as("reading the restored query")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("userVisibleTail should not be larger than offset");
        assertThat(failure.getStackTrace())
                .anySatisfy(f -> assertThat(f.getClassName()).endsWith("AbstractCollectResultBuffer"));
    }

    private static TableEnvironment env(URI rest, String restore) {
        Configuration conf = new Configuration();
        conf.set(DeploymentOptions.TARGET, "remote");
        conf.set(DeploymentOptions.ATTACHED, true);
        conf.set(RestOptions.ADDRESS, rest.getHost());
        conf.set(RestOptions.PORT, rest.getPort());
        conf.setString("parallelism.default", "1");
        conf.setString("execution.checkpointing.interval", "300 ms");
        conf.setString("restart-strategy.type", "none");
        if (restore != null) {
            conf.setString("execution.state-recovery.path", restore);
        }
        TableEnvironment t = TableEnvironment.create(EnvironmentSettings.newInstance()
                .withConfiguration(conf)
                .inStreamingMode()
                .build());
        t.executeSql(SOURCE);
        return t;
    }
}
