package io.lakejob.sdk.flink.internal.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.flink.types.Row;
import org.apache.flink.types.RowKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks {@link QueryResume} makes on the job record before it touches a savepoint, and the
 * result bookkeeping of {@link FlinkJobRecord} across runs. The resume itself runs on Flink in
 * {@code QueryResumeTest}.
 */
class QueryResumeRefusalTest {
    private static final String SQL = "CREATE TABLE S (k BIGINT) WITH ('connector'='datagen');\n"
            + "SELECT k % 3 AS g, COUNT(*) AS c FROM S GROUP BY k % 3";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static FlinkJobRecord record() {
        return new FlinkJobRecord(
                7, CreateFlinkSqlJobRequest.builder().name("q").sqlBody(SQL).build(), NOW);
    }

    private static Row row(RowKind kind, long g, long c) {
        Row r = Row.of(g, c);
        r.setKind(kind);
        return r;
    }

    @Test
    void aRecordLoadedFromTheMetadataStoreHasNoRowsToContinue() {
        FlinkJobRecord r = record();
        r.restore(JobStatus.JOB_CANCEL_SUCCESS, "", NOW, NOW, "ab", "file:/sp/savepoint-1", null, null, 1);

        assertThatThrownBy(() -> QueryResume.prepare(r, "file:/sp/savepoint-1", SQL))
                .isInstanceOf(QueryResume.Refused.class)
                .hasMessageContaining("collected by another client");
    }

    @Test
    void aSavepointOfAnEarlierRunDoesNotMatchTheLatestRunsRows() {
        FlinkJobRecord r = record();
        r.beginRun(NOW, SQL, null, 0);
        r.savepointPath("file:/sp/savepoint-1");
        r.status(JobStatus.JOB_CANCEL_SUCCESS, "", NOW);
        r.beginRun(NOW, SQL, null, 0);
        r.status(JobStatus.JOB_CANCEL_SUCCESS, "", NOW);

        assertThatThrownBy(() -> QueryResume.prepare(r, "file:/sp/savepoint-1", SQL))
                .isInstanceOf(QueryResume.Refused.class)
                .hasMessageContaining("was not taken by the job's latest run");
    }

    @Test
    void aChangedQueryIsRefusedBeforeTheSavepointIsRead() {
        FlinkJobRecord r = record();
        r.beginRun(NOW, SQL, null, 0);
        r.savepointPath("file:/no/such/savepoint");

        assertThatThrownBy(() -> QueryResume.prepare(r, "file:/no/such/savepoint", SQL.replace("% 3", "% 4")))
                .isInstanceOf(QueryResume.Refused.class)
                .hasMessageContaining("SQL changed");
    }

    @Test
    void aSavepointThatCannotBeReadIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        FlinkJobRecord r = record();
        r.beginRun(NOW, SQL, null, 0);
        Path savepoint = Files.createDirectory(dir.resolve("savepoint-1"));
        Files.writeString(savepoint.resolve("_metadata"), "not a savepoint");
        r.savepointPath(savepoint.toUri().toString());

        assertThatThrownBy(() -> QueryResume.prepare(r, savepoint.toUri().toString(), SQL))
                .isInstanceOf(QueryResume.Refused.class)
                .hasMessageContaining("cannot read savepoint");
        assertThat(savepoint.resolve(QueryResume.METADATA)).doesNotExist();
    }

    @Test
    void aResumedRunKeepsTheRowsAndAppliesItsChangesToThem() {
        FlinkJobRecord r = record();
        r.beginRun(NOW, SQL, null, 0);
        r.columns(java.util.List.of("g", "c"), false);
        r.apply(row(RowKind.INSERT, 0, 1), 100);
        r.apply(row(RowKind.UPDATE_BEFORE, 0, 1), 100);
        r.apply(row(RowKind.UPDATE_AFTER, 0, 2), 100);
        r.savepointPath("file:/sp/savepoint-1");
        assertThat(r.runResults()).isEqualTo(3);
        assertThat(r.savepointRun()).isEqualTo(1);

        r.beginRun(NOW, SQL, "file:/sp/savepoint-1", 3);
        assertThat(r.runResults()).isZero();
        assertThat(r.resumedFrom()).isEqualTo("file:/sp/savepoint-1");
        assertThat(r.resumedResults()).isEqualTo(3);
        assertThat(r.resultRows()).singleElement().satisfies(x -> assertThat(x.get("c"))
                .isEqualTo(2L));
        r.columns(java.util.List.of("g", "c"), false);
        r.apply(row(RowKind.UPDATE_BEFORE, 0, 2), 100);
        r.apply(row(RowKind.UPDATE_AFTER, 0, 3), 100);
        assertThat(r.resultRows()).singleElement().satisfies(x -> assertThat(x.get("c"))
                .isEqualTo(3L));
        assertThat(r.runResults()).isEqualTo(2);

        // A fresh run (no resume) starts the result afresh.
        r.beginRun(NOW, SQL, null, 0);
        assertThat(r.resultRows()).isEmpty();
        assertThat(r.resumedFrom()).isNull();
    }
}
