package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.flink.FlinkJobStatus;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code executeSql} with {@code useResult} means what it means in Dinky: a query returns when its
 * rows are in, an INSERT (which has none) when Flink accepted its job, with the job's id.
 */
@ExtendWith(LakeJobFlinkExtension.class)
class ExecuteSqlResultTest {
    private static final String ENDLESS_INSERT = "CREATE TABLE Src (n BIGINT) WITH ('connector'='datagen',"
            + " 'rows-per-second'='10');\n"
            + "CREATE TABLE Snk (n BIGINT) WITH ('connector'='blackhole');\n"
            + "INSERT INTO Snk SELECT n FROM Src";

    @Test
    void anInsertWithUseResultReturnsOnceSubmitted(LakeJobClient client) throws Exception {
        // Without the fix this waits for rows an INSERT never has: the call timeout (5 min).
        SqlExecutionResult r = CompletableFuture.supplyAsync(
                        () -> client.flink().executeSql(s -> s.statement(ENDLESS_INSERT)
                                .jobName("insert_use_result")
                                .useResult(true)))
                .get(2, TimeUnit.MINUTES);
        try {
            assertThat(r.success()).as(r.error()).isTrue();
            assertThat(r.jobId()).matches("[0-9a-f]{32}");
            assertThat(r.rows()).isEmpty();
            assertThat(r.status()).isIn(FlinkJobStatus.INITIALIZING, FlinkJobStatus.RUNNING);
        } finally {
            client.flink().savepoint(s -> s.jobId(r.jobId()).savePointType(SavepointType.CANCEL));
        }
        assertThat(client.flink().jobData(r.jobId()).status()).isEqualTo(FlinkJobStatus.CANCELED);
    }

    @Test
    void aQueryWithUseResultReturnsWithItsRows(LakeJobClient client) {
        SqlExecutionResult r = client.flink()
                .executeSql(s -> s.statement("SELECT n FROM (VALUES (1), (2), (3)) AS t(n)")
                        .useResult(true)
                        .maxRowNum(3));
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(r.rows())
                .extracting(row -> ((Number) row.get("n")).intValue())
                .containsExactlyInAnyOrder(1, 2, 3);
        assertThat(Set.of(FlinkJobStatus.RUNNING, FlinkJobStatus.FINISHED)).contains(r.status());
        Await.until(
                "the query to finish",
                Duration.ofMinutes(2),
                () -> client.flink().jobData(r.jobId()).status(),
                FlinkJobStatus.FINISHED::equals);
    }
}
