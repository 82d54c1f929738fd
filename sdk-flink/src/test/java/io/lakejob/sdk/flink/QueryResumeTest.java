package io.lakejob.sdk.flink;

import static io.lakejob.sdk.flink.StatementSetTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.JobStatus;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Flink SQL job that ends in a query, stopped with a savepoint and run again with
 * {@code resume_savepoint}: the resumed Flink job restores the savepoint (the source's position and
 * the running count per key), the rows the first run delivered stay in the job's result, and the
 * resumed run's changes apply to them, so the result ends exactly where one uninterrupted run would.
 * What cannot resume soundly is refused with the reason.
 */
@ExtendWith(SharedFlinkClient.class)
class QueryResumeTest {
    /** Events; each of the three keys gets {@code N / 3}. */
    static final int N = 3_000;

    /**
     * A keyed running count over N events, 200 per second, so a stop lands mid-stream: the stream
     * lasts 15 s, which a stop with savepoint needs on a loaded machine too (at 500 per second, 6 s
     * were too few on one core: the run ended before its stop).
     */
    static final String COUNT = "CREATE TABLE S (k BIGINT) WITH (\n"
            + "  'connector' = 'datagen',\n"
            + "  'rows-per-second' = '200',\n"
            + "  'fields.k.kind' = 'sequence',\n"
            + "  'fields.k.start' = '1',\n"
            + "  'fields.k.end' = '" + N + "'\n"
            + ");\n"
            + "SELECT k % 3 AS g, COUNT(*) AS c FROM S GROUP BY k % 3";

    private static final WaitOptions WAIT =
            WaitOptions.timeout(Duration.ofMinutes(1)).withPollInterval(Duration.ofMillis(20));

    @Test
    void aCountStoppedWithASavepointResumesFromItsStateKeepsItsRowsAndEndsWithExactlyN(LakeJobClient client)
            throws Exception {
        long id = create(client, "query_resume", COUNT);
        run(client, id);
        String run1 = NoLossTest.awaitRunning(client, id);
        URI rest = rest(client, id);
        awaitCounted(client, id, 300);
        String savepoint = stopWithSavepoint(client, id);
        Map<Long, Long> counted1 = counts(client, id);
        long total1 = total(counted1);
        assertThat(total1).as("run 1 was stopped mid-stream").isBetween(300L, N - 1L);
        Path dir = Path.of(URI.create(savepoint));
        String metadata = sha256(dir.resolve("_metadata"));

        // Run 2 restores the savepoint; the result keeps run 1's rows and goes on from them.
        assertSubmitted(client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)));
        String run2 = NoLossTest.awaitRunning(client, id);
        assertThat(run2).isNotEqualTo(run1);
        StatementSetTest.assertRestoredFrom(rest, run2, savepoint);
        Await.until("run 2 counted on", Duration.ofSeconds(30), () -> {
            Map<Long, Long> now = counts(client, id);
            // Never below run 1's counts, and never a second row per key: a count restarted from
            // zero would show as a smaller value next to run 1's row. A key missing is a read
            // between one update's update-before and its update-after (the result is materialised
            // row by row): read again.
            if (!now.keySet().containsAll(counted1.keySet())) {
                return false;
            }
            counted1.forEach((k, c) -> assertThat(now.get(k)).as("key %d", k).isGreaterThanOrEqualTo(c));
            return total(now) > total1;
        });
        FlinkJobDetail done = client.jobs()
                .waitUntil(id, Set.of(JobStatus.JOB_FINISH), WAIT, null)
                .jobDetail();
        assertThat(done.status()).isEqualTo(JobStatus.JOB_FINISH);

        // Exactly N, although run 2 read only the events after the savepoint: the counts went on
        // from the restored state, and the source went on from the restored position.
        assertThat(counts(client, id)).isEqualTo(Map.of(0L, N / 3L, 1L, N / 3L, 2L, N / 3L));
        assertThat(sourceRecords(rest, run2)).as("events run 2 read").isEqualTo(N - total1);
        assertThat(client.flink().jobData(String.valueOf(id)).rows()).hasSize(3);

        // The savepoint itself is untouched; the resume used a second metadata file next to it.
        assertThat(sha256(dir.resolve("_metadata"))).isEqualTo(metadata);
        assertThat(dir.resolve("_metadata-lakejob-query-resume")).isRegularFile();
        assertThat(StatementSetTest.state(rest, run1)).isEqualTo("FINISHED");
        assertThat(StatementSetTest.state(rest, run2)).isEqualTo("FINISHED");
    }

    @Test
    void aSavepointTakenWhileTheQueryKeptDeliveringRowsIsRefused(LakeJobClient client) throws Exception {
        long id = create(client, "query_resume_trigger", COUNT);
        run(client, id);
        String run1 = NoLossTest.awaitRunning(client, id);
        awaitCounted(client, id, 100);
        // The job keeps running after a triggered savepoint, and its query delivers the rest of the
        // rows: the result no longer matches the savepoint.
        String savepoint = client.flink().savepoint(run1, SavepointType.TRIGGER).savepointPath();
        assertThat(client.jobs().get(id).jobDetail().savepointPath()).isEqualTo(savepoint);
        client.jobs().waitUntil(id, Set.of(JobStatus.JOB_FINISH), WAIT, null);
        assertThat(total(counts(client, id))).isEqualTo(N);

        FlinkJobsBatchResponse resumed = client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true));

        assertRefused(resumed, "was taken after the query's row", "delivered " + (2L * N - 3) + " rows");
        assertUnchanged(client, id, JobStatus.JOB_FINISH, run1);
        assertThat(total(counts(client, id))).isEqualTo(N);
    }

    @Test
    void aChangedQueryOrASavepointOfAnEarlierRunIsRefusedAndTheJobStillResumesAfterwards(LakeJobClient client)
            throws Exception {
        long id = create(client, "query_resume_refusals", COUNT);
        run(client, id);
        NoLossTest.awaitRunning(client, id);
        awaitCounted(client, id, 100);
        stopWithSavepoint(client, id);
        Map<Long, Long> counted1 = counts(client, id);
        String run1 = client.flink().jobData(String.valueOf(id)).jobId();

        // A different query: its rows would not continue the earlier ones.
        String other = COUNT.replace("COUNT(*) AS c", "COUNT(*) + 0 AS c");
        client.jobs().updateSqlJob(u -> u.jobId(id).sqlBody(other));
        assertRefused(client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)), "SQL changed");
        assertUnchanged(client, id, JobStatus.JOB_CANCEL_SUCCESS, run1);
        assertThat(counts(client, id)).isEqualTo(counted1);

        // The same query again resumes: the refusal changed nothing.
        client.jobs().updateSqlJob(u -> u.jobId(id).sqlBody(COUNT));
        assertSubmitted(client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)));
        NoLossTest.awaitRunning(client, id);
        awaitCounted(client, id, total(counted1) + 100);
        Map<Long, Long> counted2 = counts(client, id);
        counted1.forEach((k, c) -> assertThat(counted2.get(k)).isGreaterThan(c));

        // Stopped without a savepoint, then resumed: the recorded savepoint is run 1's, whose rows
        // run 2 has already continued.
        client.jobs().stop(id, false);
        client.jobs().waitUntil(id, Set.of(JobStatus.JOB_CANCEL_SUCCESS), WAIT, null);
        String run2 = client.flink().jobData(String.valueOf(id)).jobId();
        assertRefused(
                client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)), "was not taken by the job's latest run");
        assertUnchanged(client, id, JobStatus.JOB_CANCEL_SUCCESS, run2);
    }

    @Test
    void aResumedRunThatFailedBeforeDeliveringARowCanResumeFromTheSameSavepoint(LakeJobClient client) throws Exception {
        long id = create(client, "query_resume_failed", COUNT);
        run(client, id);
        NoLossTest.awaitRunning(client, id);
        awaitCounted(client, id, 100);
        String savepoint = stopWithSavepoint(client, id);
        Map<Long, Long> counted1 = counts(client, id);

        // Run 2 cannot start (no such state backend): it fails without delivering a row.
        client.jobs().updateSqlJob(u -> u.jobId(id).runtimeConfig("state.backend.type=no.such.Backend"));
        assertSubmitted(client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)));
        FlinkJobDetail failed = client.jobs()
                .waitUntil(id, Set.of(JobStatus.JOB_SUBMIT_FAIL, JobStatus.JOB_RUNNING_EXCEPTION), WAIT, null)
                .jobDetail();
        assertThat(failed.statusDesc()).containsIgnoringCase("no.such.Backend");
        assertThat(counts(client, id)).isEqualTo(counted1);

        // Run 3 resumes from the same savepoint and ends with exactly N.
        client.jobs().updateSqlJob(u -> u.jobId(id).runtimeConfig("pipeline.name=query_resume_failed"));
        assertSubmitted(client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)));
        String run3 = NoLossTest.awaitRunning(client, id);
        StatementSetTest.assertRestoredFrom(rest(client, id), run3, savepoint);
        client.jobs().waitUntil(id, Set.of(JobStatus.JOB_FINISH), WAIT, null);
        assertThat(counts(client, id)).isEqualTo(Map.of(0L, N / 3L, 1L, N / 3L, 2L, N / 3L));
    }

    // ---- helpers ----

    private static long create(LakeJobClient client, String name, String sql) {
        return client.jobs()
                .createSqlJob(j -> j.name(name)
                        .sqlBody(sql)
                        .parallelNumber(1)
                        .checkpointEnabled(true)
                        // The API requires a bucket with checkpoints; the Flink transport keeps them locally.
                        .obsBucket("lakejob-checkpoints")
                        .checkpointInterval(1))
                .job()
                .jobId();
    }

    private static void run(LakeJobClient client, long id) {
        assertSubmitted(client.jobs().run(id));
    }

    private static void assertSubmitted(FlinkJobsBatchResponse run) {
        assertThat(run.results())
                .singleElement()
                .satisfies(r -> assertThat(r.isSuccess()).as(r.message()).isTrue());
    }

    private static void assertRefused(FlinkJobsBatchResponse run, String... reason) {
        assertThat(run.results()).singleElement().satisfies(r -> {
            assertThat(r.isSuccess()).isFalse();
            assertThat(r.message()).contains("ends with a query that cannot resume from its savepoint");
            assertThat(r.message()).contains(reason);
            assertThat(r.message()).contains("without resume_savepoint");
        });
    }

    /** A refused resume left the job as it was: same status, same Flink job, no new run. */
    private static void assertUnchanged(LakeJobClient client, long id, JobStatus status, String flinkJobId) {
        assertThat(client.jobs().get(id).jobDetail().status()).isEqualTo(status);
        assertThat(client.flink().jobData(String.valueOf(id)).jobId()).isEqualTo(flinkJobId);
    }

    private static URI rest(LakeJobClient client, long id) {
        return URI.create("http://" + client.flink().jobData(String.valueOf(id)).jobManagerAddress());
    }

    /** Stops with a savepoint through the API and returns its path, checked on disk. */
    private static String stopWithSavepoint(LakeJobClient client, long id) {
        FlinkJobsBatchResponse stop = client.jobs().stop(id, true);
        assertThat(stop.results())
                .singleElement()
                .satisfies(r -> assertThat(r.isSuccess()).as(r.message()).isTrue());
        String path = client.jobs()
                .waitUntil(id, Set.of(JobStatus.JOB_CANCEL_SUCCESS), WAIT, null)
                .jobDetail()
                .savepointPath();
        assertThat(Path.of(URI.create(path)).resolve("_metadata")).isRegularFile();
        return path;
    }

    /** The job's result by key; a key must not appear twice. */
    private static Map<Long, Long> counts(LakeJobClient client, long id) {
        Map<Long, Long> counts = new TreeMap<>();
        for (ResultRow row : client.flink().jobData(String.valueOf(id)).rows()) {
            long key = ((Number) row.get("g")).longValue();
            long c = ((Number) row.get("c")).longValue();
            assertThat(counts.put(key, c)).as("key %d appears once", key).isNull();
        }
        return counts;
    }

    private static long total(Map<Long, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void awaitCounted(LakeJobClient client, long id, long atLeast) {
        Await.until("counted " + atLeast, Duration.ofSeconds(30), () -> {
            if (total(counts(client, id)) >= atLeast) {
                return true;
            }
            FlinkJobDetail d = client.jobs().get(id).jobDetail();
            assertThat(d.status()).as(d.statusDesc()).isEqualTo(JobStatus.JOB_RUNNING);
            return false;
        });
    }

    /** The records the job's source vertex sent downstream (Flink's I/O metrics of the vertex). */
    private static long sourceRecords(URI rest, String flinkJobId) throws Exception {
        for (JsonNode v : get(rest, "/jobs/" + flinkJobId).path("vertices")) {
            if (v.path("name").asText().startsWith("Source")) {
                return v.path("metrics").path("write-records").asLong(-1);
            }
        }
        throw new AssertionError("no source vertex in job " + flinkJobId);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
