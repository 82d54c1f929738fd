package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.JobStatus;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.PipelineOptionsInternal;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reliability target 12 ("nothing lost"): a keyed count over N deterministic events, stopped with a
 * savepoint mid-stream and resumed, twice, ends with exactly N (0 lost, 0 duplicated). Every step
 * goes through the public API; Flink's REST API is only read, to check that each resumed run really
 * restored from the savepoint the stop recorded. Also: a run's fixed Flink job id means a retried
 * submission of the same run cannot start a second Flink job.
 */
@ExtendWith(LakeJobFlinkExtension.class)
class NoLossTest {
    /** Number of events. */
    static final int N = 20_000;

    /**
     * Events per second. A stop lands mid-stream only if it completes before the rest of the stream
     * is consumed: at this rate the second stop has some 16 s (of the 20 s stream), which a stop with
     * savepoint needs on a loaded machine too (at 10 000 rows/s and 100 000 events, 8 s were too few
     * on one core: the runs ended before their stops).
     */
    static final int RATE = 1_000;

    /** Number of keys; each key gets exactly {@code N / KEYS} events. */
    static final int KEYS = 10;

    /**
     * Keys 1..N once each (datagen's sequence kind is checkpointed: a restored source continues
     * where the savepoint left it), throttled to {@link #RATE} rows/s so a stop lands mid-stream; the count
     * per {@code k % 10} is the keyed state a restore must carry over.
     */
    static final String COUNT = "CREATE TABLE S (k BIGINT) WITH (\n"
            + "  'connector' = 'datagen',\n"
            + "  'rows-per-second' = '" + RATE + "',\n"
            + "  'fields.k.kind' = 'sequence',\n"
            + "  'fields.k.start' = '1',\n"
            + "  'fields.k.end' = '" + N + "'\n"
            + ");\n"
            + "SELECT k % " + KEYS + " AS `key`, COUNT(*) AS c FROM S GROUP BY k % " + KEYS;

    /**
     * The same N events, counted per key in one-second event-time windows (event time = k - 1 ms, so
     * N / 1 000 windows of 1 000 events, 100 per key each) and written to the in-memory test sink as
     * {@code key * 1 000 000 + count}: the pending windows are keyed state that a stop-with-savepoint
     * must carry into the resumed run, and the sink only ever sees final (insert-only) rows.
     */
    static String windowedCount(String sinkKey) {
        return "CREATE TABLE S (k BIGINT, ts AS TO_TIMESTAMP_LTZ(k - 1, 3), WATERMARK FOR ts AS ts) WITH (\n"
                + "  'connector' = 'datagen',\n"
                + "  'rows-per-second' = '" + RATE + "',\n"
                + "  'fields.k.kind' = 'sequence',\n"
                + "  'fields.k.start' = '1',\n"
                + "  'fields.k.end' = '" + N + "'\n"
                + ");\n"
                + "CREATE TABLE Mem (v BIGINT) WITH ('connector' = 'lakejob-memory', 'key' = '" + sinkKey + "');\n"
                + "INSERT INTO Mem SELECT (k % " + KEYS + ") * 1000000 + COUNT(*)\n"
                + "FROM TABLE(TUMBLE(TABLE S, DESCRIPTOR(ts), INTERVAL '1' SECOND))\n"
                + "GROUP BY window_start, window_end, k % " + KEYS;
    }

    private static final WaitOptions WAIT =
            WaitOptions.timeout(Duration.ofMinutes(1)).withPollInterval(Duration.ofMillis(20));

    /**
     * The keyed count as a query job: its rows are the job's result. Each resumed run restores the
     * savepoint (the source's position and the counts), keeps the rows the earlier runs delivered and
     * applies its own changes to them, so the result ends with exactly N.
     */
    @Test
    void keyedCountStoppedWithASavepointTwiceAndResumedEndsWithExactlyN(LakeJobClient client) throws Exception {
        long id = client.jobs()
                .createSqlJob(j -> j.name("no_loss_count")
                        .sqlBody(COUNT)
                        .parallelNumber(2)
                        .checkpointEnabled(true)
                        // The API requires a bucket with checkpoints; the Flink transport keeps them locally.
                        .obsBucket("lakejob-checkpoints")
                        .checkpointInterval(1))
                .job()
                .jobId();

        // Run 1: fresh start, stopped with a savepoint once at least 10 % of the events are counted.
        assertSubmitted(client.jobs().run(id));
        String run1 = awaitRunning(client, id);
        URI rest = URI.create(
                "http://" + client.flink().jobData(String.valueOf(id)).jobManagerAddress());
        awaitCounted(client, id, N / 10);
        String savepoint1 = stopWithSavepoint(client, id);
        long counted1 = total(counts(client, id));
        assertThat(counted1).as("run 1 was stopped mid-stream").isPositive().isLessThan(N);

        // Run 2: restores the savepoint, counts on, stopped again before the end.
        assertSubmitted(client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)));
        String run2 = awaitRunning(client, id);
        assertThat(run2).isNotEqualTo(run1);
        StatementSetTest.assertRestoredFrom(rest, run2, savepoint1);
        awaitCounted(client, id, counted1 + N / 10);
        String savepoint2 = stopWithSavepoint(client, id);
        assertThat(savepoint2).isNotEqualTo(savepoint1);
        long counted2 = total(counts(client, id));
        assertThat(counted2)
                .as("run 2 continued from run 1's count and was stopped mid-stream")
                .isGreaterThan(counted1)
                .isLessThan(N);

        // Run 3: restores the second savepoint and runs the bounded source to its end.
        assertSubmitted(client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)));
        String run3 = awaitRunning(client, id);
        assertThat(run3).isNotIn(run1, run2);
        StatementSetTest.assertRestoredFrom(rest, run3, savepoint2);
        FlinkJobDetail done = client.jobs()
                .waitUntil(id, Set.of(JobStatus.JOB_FINISH), WAIT, null)
                .jobDetail();
        assertThat(done.status()).isEqualTo(JobStatus.JOB_FINISH);

        Map<Long, Long> counts = counts(client, id);
        assertThat(total(counts)).as("0 lost, 0 duplicated").isEqualTo(N);
        Map<Long, Long> expected = new TreeMap<>();
        for (long k = 0; k < KEYS; k++) {
            expected.put(k, (long) (N / KEYS));
        }
        assertThat(counts).isEqualTo(expected);

        // One Flink job per run, each ended the way the API said: two stops, one finish.
        assertThat(StatementSetTest.state(rest, run1)).isEqualTo("FINISHED");
        assertThat(StatementSetTest.state(rest, run2)).isEqualTo("FINISHED");
        assertThat(StatementSetTest.state(rest, run3)).isEqualTo("FINISHED");
    }

    @Test
    void keyedWindowCountStoppedWithASavepointTwiceAndResumedWritesExactlyN(LakeJobClient client) throws Exception {
        String sink = "no-loss-" + System.nanoTime();
        long id = client.jobs()
                .createSqlJob(j -> j.name("no_loss_windows")
                        .sqlBody(windowedCount(sink))
                        .parallelNumber(2)
                        .checkpointEnabled(true)
                        // The API requires a bucket with checkpoints; the Flink transport keeps them locally.
                        .obsBucket("lakejob-checkpoints")
                        .checkpointInterval(1))
                .job()
                .jobId();

        // Run 1: fresh start, stopped with a savepoint once 10 % of the events are in fired windows.
        assertSubmitted(client.jobs().run(id));
        String run1 = awaitRunning(client, id);
        URI rest = URI.create(
                "http://" + client.flink().jobData(String.valueOf(id)).jobManagerAddress());
        awaitWritten(client, id, sink, N / 10);
        String savepoint1 = stopWithSavepoint(client, id);
        long written1 = total(windowCounts(sink));
        assertThat(written1).as("run 1 was stopped mid-stream").isPositive().isLessThan(N);

        // Run 2: restores the savepoint (source position and pending windows), stopped again.
        assertSubmitted(client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)));
        String run2 = awaitRunning(client, id);
        assertThat(run2).isNotEqualTo(run1);
        StatementSetTest.assertRestoredFrom(rest, run2, savepoint1);
        awaitWritten(client, id, sink, written1 + N / 10);
        String savepoint2 = stopWithSavepoint(client, id);
        assertThat(savepoint2).isNotEqualTo(savepoint1);
        long written2 = total(windowCounts(sink));
        assertThat(written2)
                .as("run 2 was stopped mid-stream")
                .isGreaterThan(written1)
                .isLessThan(N);

        // Run 3: restores the second savepoint and runs the bounded source to its end.
        assertSubmitted(client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)));
        String run3 = awaitRunning(client, id);
        StatementSetTest.assertRestoredFrom(rest, run3, savepoint2);
        client.jobs().waitUntil(id, Set.of(JobStatus.JOB_FINISH), WAIT, null);

        Map<Long, Long> perKey = windowCounts(sink);
        assertThat(total(perKey)).as("0 lost, 0 duplicated").isEqualTo(N);
        Map<Long, Long> expected = new TreeMap<>();
        for (long k = 0; k < KEYS; k++) {
            expected.put(k, (long) (N / KEYS));
        }
        assertThat(perKey).isEqualTo(expected);
        // N / 1 000 one-second windows x 10 keys, each fired exactly once across the three runs.
        assertThat(StatementSetTest.MemorySinkFactory.rows(sink))
                .hasSize(N / 1000 * KEYS)
                .allSatisfy(v -> assertThat(v % 1_000_000).isEqualTo(100L));
        for (String run : List.of(run1, run2, run3)) {
            assertThat(StatementSetTest.state(rest, run)).isEqualTo("FINISHED");
        }
    }

    @Test
    void aRunningJobIsNotRunTwiceAndEachRunHasOneFixedFlinkJobId(LakeJobClient client) throws Exception {
        long id = client.jobs()
                .createSqlJob(j -> j.name("fixed_ids")
                        .sqlBody(FlinkLocalSqlJobTest.ENDLESS)
                        .parallelNumber(1))
                .job()
                .jobId();
        assertSubmitted(client.jobs().run(id));
        String first = awaitRunning(client, id);
        URI rest = URI.create(
                "http://" + client.flink().jobData(String.valueOf(id)).jobManagerAddress());
        Set<String> before = StatementSetTest.jobIds(rest);

        // A retried run of a running job is refused, and no second Flink job appears.
        FlinkJobsBatchResponse again = client.jobs().run(id);
        assertThat(again.results()).singleElement().satisfies(r -> {
            assertThat(r.isSuccess()).isFalse();
            assertThat(r.message()).contains("already").contains("job_running");
        });
        assertThat(client.flink().jobData(String.valueOf(id)).jobId()).isEqualTo(first);
        assertThat(StatementSetTest.jobIds(rest)).isEqualTo(before);

        // Flink itself refuses a second submission under the run's fixed id (what a retried submit of
        // the same run would send): the running job is untouched and the cluster still has one job
        // with that id.
        Throwable duplicate = submitWithFixedId(rest, JobID.fromHexString(first));
        assertThat(duplicate)
                .as("a second submission with the same job id is refused")
                .isNotNull();
        assertThat(SqlJobRunnerMessages.chain(duplicate)).containsIgnoringCase("already");
        assertThat(StatementSetTest.jobIds(rest)).isEqualTo(before);
        assertThat(StatementSetTest.state(rest, first)).isEqualTo("RUNNING");

        // A second run gets a new id; the id encodes (platform job id, attempt) plus a per-client part.
        client.jobs().stop(id, false);
        client.jobs().waitUntil(id, Set.of(JobStatus.JOB_CANCEL_SUCCESS), WAIT, null);
        assertSubmitted(client.jobs().run(id));
        String second = awaitRunning(client, id);
        assertThat(second).isNotEqualTo(first);
        assertThat(first).startsWith(String.format("%016x", id)).endsWith(String.format("%08x", 1));
        assertThat(second).startsWith(String.format("%016x", id)).endsWith(String.format("%08x", 2));
        assertThat(second.substring(0, 24)).isEqualTo(first.substring(0, 24));

        Set<String> after = StatementSetTest.jobIds(rest);
        assertThat(after).contains(first, second);
        assertThat(after).hasSize(before.size() + 1);
        assertThat(StatementSetTest.state(rest, first)).isEqualTo("CANCELED");
        client.jobs().stop(id, false);
        client.jobs().waitUntil(id, Set.of(JobStatus.JOB_CANCEL_SUCCESS), WAIT, null);
    }

    // ---- helpers ----

    private static void assertSubmitted(FlinkJobsBatchResponse run) {
        assertThat(run.results())
                .singleElement()
                .satisfies(r -> assertThat(r.isSuccess()).as(r.message()).isTrue());
    }

    /** Waits for job_running and returns the Flink job id of the run (QueryResumeTest uses it too). */
    static String awaitRunning(LakeJobClient client, long id) {
        try {
            client.jobs().waitUntil(id, Set.of(JobStatus.JOB_RUNNING), WAIT, null);
        } catch (io.lakejob.sdk.exception.JobStateException e) {
            throw new AssertionError(
                    e.getMessage() + ": " + client.jobs().get(id).jobDetail().statusDesc(), e);
        }
        String fid = client.flink().jobData(String.valueOf(id)).jobId();
        assertThat(fid).matches("[0-9a-f]{32}");
        return fid;
    }

    /** Stops the job with a savepoint through the API and returns the savepoint's path, checked on disk. */
    private static String stopWithSavepoint(LakeJobClient client, long id) {
        FlinkJobsBatchResponse stop = client.jobs().stop(id, true);
        assertThat(stop.results())
                .singleElement()
                .satisfies(r -> assertThat(r.isSuccess()).as(r.message()).isTrue());
        FlinkJobDetail stopped = client.jobs()
                .waitUntil(id, Set.of(JobStatus.JOB_CANCEL_SUCCESS), WAIT, null)
                .jobDetail();
        String path = stopped.savepointPath();
        assertThat(path).isNotBlank();
        assertThat(Files.isRegularFile(Path.of(URI.create(path)).resolve("_metadata")))
                .as("savepoint metadata on disk")
                .isTrue();
        return path;
    }

    /** Waits until the materialised counts of the current run reach at least {@code atLeast}. */
    private static void awaitCounted(LakeJobClient client, long id, long atLeast) throws InterruptedException {
        Await.until("counted " + atLeast, Duration.ofSeconds(30), () -> {
            if (total(counts(client, id)) >= atLeast) {
                return true;
            }
            FlinkJobDetail d = client.jobs().get(id).jobDetail();
            assertThat(d.status()).as(d.statusDesc()).isEqualTo(JobStatus.JOB_RUNNING);
            return false;
        });
    }

    /** The current run's materialised counts by key; a key must not appear twice. */
    private static Map<Long, Long> counts(LakeJobClient client, long id) {
        SqlExecutionResult data = client.flink().jobData(String.valueOf(id));
        Map<Long, Long> counts = new TreeMap<>();
        for (ResultRow row : data.rows()) {
            long key = ((Number) row.get("key")).longValue();
            long c = ((Number) row.get("c")).longValue();
            assertThat(counts.put(key, c)).as("key %d appears once", key).isNull();
        }
        return counts;
    }

    /** Sums the windowed counts the in-memory sink received, by key. */
    private static Map<Long, Long> windowCounts(String sink) {
        Map<Long, Long> counts = new TreeMap<>();
        for (long v : StatementSetTest.MemorySinkFactory.rows(sink)) {
            counts.merge(v / 1_000_000, v % 1_000_000, Long::sum);
        }
        return counts;
    }

    /** Waits until the sink holds windowed counts summing to at least {@code atLeast}. */
    private static void awaitWritten(LakeJobClient client, long id, String sink, long atLeast)
            throws InterruptedException {
        Await.until("written " + atLeast, Duration.ofSeconds(30), () -> {
            if (total(windowCounts(sink)) >= atLeast) {
                return true;
            }
            FlinkJobDetail d = client.jobs().get(id).jobDetail();
            assertThat(d.status()).as(d.statusDesc()).isEqualTo(JobStatus.JOB_RUNNING);
            return false;
        });
    }

    private static long total(Map<Long, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Submits a tiny job under a given fixed job id; returns what the submission threw, or null. */
    private static Throwable submitWithFixedId(URI rest, JobID jobId) {
        Configuration conf = new Configuration();
        conf.set(DeploymentOptions.TARGET, "remote");
        conf.set(DeploymentOptions.ATTACHED, false);
        conf.set(org.apache.flink.configuration.PipelineOptions.NAME, "duplicate_submission");
        conf.set(RestOptions.ADDRESS, rest.getHost());
        conf.set(RestOptions.PORT, rest.getPort());
        conf.set(PipelineOptionsInternal.PIPELINE_FIXED_JOB_ID, jobId.toHexString());
        TableEnvironment tEnv = TableEnvironment.create(EnvironmentSettings.newInstance()
                .withConfiguration(conf)
                .inStreamingMode()
                .build());
        tEnv.executeSql("CREATE TABLE T (n BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '1')");
        tEnv.executeSql("CREATE TABLE B (n BIGINT) WITH ('connector' = 'blackhole')");
        try {
            // Submission is synchronous: a refused job id throws here.
            tEnv.executeSql("INSERT INTO B SELECT n FROM T");
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    /** Flattens an exception chain's messages. */
    private static final class SqlJobRunnerMessages {
        static String chain(Throwable e) {
            List<String> parts = new ArrayList<>();
            for (Throwable t = e; t != null && parts.size() < 20; t = t.getCause()) {
                parts.add(t.getClass().getSimpleName() + ": " + t.getMessage());
            }
            return String.join(" <- ", parts);
        }
    }
}
