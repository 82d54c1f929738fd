package io.lakejob.sdk.flink.internal.running;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SqlJobType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The job records tell their watchers (the API's waiters) of every status change, until removed. */
class RecordWatchTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aFlinkJobRecordRunsItsWatchersAtEveryStatusChangeWithTheNewStatusVisible() {
        FlinkJobRecord r = new FlinkJobRecord(
                1L,
                CreateFlinkSqlJobRequest.builder().name("w").sqlBody("SELECT 1").build(),
                NOW);
        AtomicInteger calls = new AtomicInteger();
        StringBuilder seen = new StringBuilder();
        Runnable remove = r.watch(() -> {
            calls.incrementAndGet();
            seen.append(r.status().value()).append(' ');
        });
        int attempt = r.beginRun(NOW);
        assertThat(attempt).isEqualTo(1);
        r.ended(JobStatus.JOB_FINISH, "", NOW);
        assertThat(seen.toString().trim()).isEqualTo("job_submitting job_finish");
        remove.run();
        r.beginRun(NOW);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aSqlStatementRecordRunsItsWatchersWhenTheJobEndsOnce() {
        SqlStatementRecord r =
                new SqlStatementRecord(SqlJobType.QUERY, "SELECT 1", 1, "db", null, List.of(), Map.of(), NOW);
        AtomicInteger calls = new AtomicInteger();
        r.watch(() -> {
            assertThat(r.status()).isEqualTo(SqlJobStatus.FINISHED);
            calls.incrementAndGet();
        });
        Runnable other = r.watch(calls::incrementAndGet);
        other.run();
        r.finish(SqlJobStatus.FINISHED, "", NOW);
        // A second end is ignored, and so told nobody.
        r.finish(SqlJobStatus.FAILED, "late", NOW);
        assertThat(calls).hasValue(1);
    }
}
