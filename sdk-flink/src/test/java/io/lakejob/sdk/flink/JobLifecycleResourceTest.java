package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.JobStatus;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.flink.table.runtime.generated.CompileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resources over many jobs on one warm cluster: 50 sequential small bounded jobs leave no growth
 * in live threads, and retained heap grows only by what the client keeps per job (its job record
 * with the result rows) and under a kilobyte Flink keeps per ended job; 4 jobs submitted at the
 * same moment all finish with their own correct results.
 */
@ExtendWith(LakeJobFlinkExtension.class)
class JobLifecycleResourceTest {
    /** Sums 1..n twice over: the result must be n * (n + 1). */
    private static final String SUM = "CREATE TABLE Seq (n INT) WITH (\n"
            + "  'connector' = 'datagen',\n"
            + "  'fields.n.kind' = 'sequence',\n"
            + "  'fields.n.start' = '1',\n"
            + "  'fields.n.end' = '%d'\n"
            + ");\n"
            + "SELECT COUNT(*) AS cnt, SUM(n) * 2 AS total FROM Seq";

    private static final WaitOptions FAST =
            WaitOptions.timeout(Duration.ofMinutes(2)).withPollInterval(Duration.ofMillis(20));

    /** Threads a few more or less than before are noise (JDK and Flink pools resizing), not a leak. */
    private static final int THREAD_TOLERANCE = 8;

    private static final int JOBS = 50;

    /** Finished jobs the measured cluster keeps; the warm-up ends more, so its store is full. */
    private static final int ARCHIVED_JOBS = 10;

    /**
     * What one small ended job may leave on the heap: measured ~2.6 KB, doubled. The client's job
     * record (definition, status, times, ids, the result row; ~1.3 KB); Flink's per-job leader
     * service, ended job id and blob cache reference (~0.6 KB); timeouts the cluster scheduled for
     * the job and cancelled, still queued (~0.7 KB, gone after minutes). A finished job's archived
     * execution graph in the cluster is 7-11 KB here: the store of those is bounded ({@link
     * FlinkOptions#LOCAL_ARCHIVE_MAX_JOBS}), and keeping them all again fails this bound.
     */
    private static final long HEAP_PER_JOB = 5 * 1024;

    /** Two reads of the live heap this close count as settled. */
    private static final long SETTLED = 16 * 1024;

    /**
     * Growth that does not come with each job, measured ~165 KB: classes still being loaded and
     * planner caches settling after the warm-up (~100 KB), and the cluster's 10 kept jobs being
     * later ones whose larger inputs left larger final results in their accumulators (~30 KB).
     */
    private static final long HEAP_SETTLING = 256 * 1024;

    /**
     * Runs on its own small cluster: the measurement sees only its own jobs, and that cluster's
     * store of finished jobs (a cluster setting) is full before the first measurement.
     */
    @Test
    void fiftySequentialJobsLeaveNoThreadGrowthAndOnlyTheirRecordsOnTheHeap() throws Exception {
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, "2")
                .property(FlinkOptions.LOCAL_ARCHIVE_MAX_JOBS, String.valueOf(ARCHIVED_JOBS))
                .build()) {
            // Warm-up: pools, class loading and the planner caches reach their steady size, and
            // the cluster's store of finished jobs is full.
            for (int i = 0; i < ARCHIVED_JOBS + 2; i++) {
                runOne(client, i, 10 + i);
            }
            Map<String, Integer> threadsBefore = threadsWhenStable();
            long heapBefore = retainedHeap();

            for (int i = 0; i < JOBS; i++) {
                runOne(client, i, 20 + i);
            }

            Map<String, Integer> threadsAfter = threadsWhenStable();
            long heapAfter = retainedHeap();
            int before = total(threadsBefore);
            int after = total(threadsAfter);
            assertThat(after)
                    .as(
                            "live threads after %d jobs (%d) vs after warm-up (%d); growth by name: %s",
                            JOBS, after, before, growth(threadsBefore, threadsAfter))
                    .isLessThanOrEqualTo(before + THREAD_TOLERANCE);
            long growth = heapAfter - heapBefore;
            String first = describe(heapBefore, heapAfter);
            if (growth >= HEAP_SETTLING + JOBS * HEAP_PER_JOB) {
                // The surefire JVM is shared: another test class's leftovers (a job finishing on
                // the shared cluster, a cache expiring) can land between two reads once. Growth
                // per job shows again in a second batch of jobs; a one-off does not.
                for (int i = 0; i < JOBS; i++) {
                    runOne(client, i, 20 + i);
                }
                long heapAgain = retainedHeap();
                growth = heapAgain - heapAfter;
                first = first + "; then " + describe(heapAfter, heapAgain);
            }
            assertThat(growth)
                    .as("retained heap growth over %d jobs: %s", JOBS, first)
                    .isLessThan(HEAP_SETTLING + JOBS * HEAP_PER_JOB);
        }
    }

    private static String describe(long before, long after) {
        long growth = after - before;
        return String.format(
                "%d KB -> %d KB (+%d KB, %d bytes per job)", before >> 10, after >> 10, growth >> 10, growth / JOBS);
    }

    @Test
    void fourJobsSubmittedAtOnceAllFinishWithTheirOwnResults(LakeJobClient client) throws Exception {
        int jobs = 4;
        CyclicBarrier start = new CyclicBarrier(jobs);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < jobs; i++) {
                int n = 100 * (i + 1);
                boolean viaExecuteSql = i % 2 == 1;
                results.add(pool.submit(() -> {
                    start.await(1, TimeUnit.MINUTES);
                    return viaExecuteSql ? executeSql(client, n) : sqlJob(client, "concurrent_" + n, n);
                }));
            }
            for (int i = 0; i < jobs; i++) {
                long n = 100L * (i + 1);
                assertThat(results.get(i).get(3, TimeUnit.MINUTES))
                        .as("job %d (n = %d)", i, n)
                        .containsExactly(n, n * (n + 1));
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    /** One small job, alternately through the SQL job API and executeSql; checks its result. */
    private static void runOne(LakeJobClient client, int i, int n) {
        long[] row = i % 2 == 0 ? sqlJob(client, "resource_" + i, n) : executeSql(client, n);
        assertThat(row).as("job %d", i).containsExactly(n, (long) n * (n + 1));
    }

    /** Create, run, wait for job_finish, read the rows: the quick-start path. */
    private static long[] sqlJob(LakeJobClient client, String name, int n) {
        long id = client.jobs()
                .createSqlJob(j -> j.name(name).sqlBody(String.format(SUM, n)).parallelNumber(1))
                .job()
                .jobId();
        assertThat(client.jobs().run(id).results().get(0).isSuccess()).isTrue();
        client.jobs().waitUntil(id, Set.of(JobStatus.JOB_FINISH), FAST, null);
        return onlyRow(client.flink().jobData(String.valueOf(id)));
    }

    /** executeSql with useResult: returns when the job has ended. */
    private static long[] executeSql(LakeJobClient client, int n) {
        SqlExecutionResult r = client.flink()
                .executeSql(
                        b -> b.statement(String.format(SUM, n)).parallelism(1).useResult(true));
        assertThat(r.success()).as(r.error()).isTrue();
        return onlyRow(r);
    }

    private static long[] onlyRow(SqlExecutionResult r) {
        assertThat(r.rows()).hasSize(1);
        List<Object> v = r.rows().get(0).values();
        return new long[] {((Number) v.get(0)).longValue(), ((Number) v.get(1)).longValue()};
    }

    /**
     * Live threads by name (digits dropped, so pools group together), once the count has stayed
     * the same for a second: threads of the last job end asynchronously, so this polls for
     * stability instead of sleeping a fixed time.
     */
    private static Map<String, Integer> threadsWhenStable() throws InterruptedException {
        long start = System.nanoTime();
        long[] last = {-1};
        long[] stableSince = {start};
        // Stable for 1 s, or give up waiting after 30 s and measure what is there.
        Await.until("a stable thread count", Duration.ofSeconds(31), () -> {
            int now = Thread.getAllStackTraces().size();
            long t = System.nanoTime();
            if (now != last[0]) {
                last[0] = now;
                stableSince[0] = t;
                return t - start > TimeUnit.SECONDS.toNanos(30);
            }
            return t - stableSince[0] >= TimeUnit.SECONDS.toNanos(1) || t - start > TimeUnit.SECONDS.toNanos(30);
        });
        Map<String, Integer> byName = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            byName.merge(t.getName().replaceAll("\\d+", "#"), 1, Integer::sum);
        }
        return byName;
    }

    private static int total(Map<String, Integer> byName) {
        return byName.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Integer> growth(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> grown = new TreeMap<>();
        after.forEach((name, count) -> {
            int diff = count - before.getOrDefault(name, 0);
            if (diff != 0) {
                grown.put(name, diff);
            }
        });
        before.forEach((name, count) -> {
            if (!after.containsKey(name)) {
                grown.put(name, -count);
            }
        });
        return grown;
    }

    /**
     * The live heap once it has settled. A job's tasks, state and buffers are released
     * asynchronously after its result reached the client, so live bytes are read until two reads
     * in a row agree within {@link #SETTLED}. Flink's cache of generated classes is emptied first:
     * it keeps the code and classes of every job's generated operators (~27 KB per job here) up
     * to 300 classes, each for 5 minutes after its last use, values softly held; bounded by Flink
     * and not per-job retention, it would hide what this test measures.
     */
    private static long retainedHeap() {
        emptyFlinksGeneratedClassCache();
        long[] last = {liveBytes()};
        return Await.until(
                "a settled live heap",
                Duration.ofMinutes(1),
                () -> {
                    long now = liveBytes();
                    long previous = last[0];
                    last[0] = now;
                    return new long[] {previous, now};
                },
                reads -> Math.abs(reads[1] - reads[0]) < SETTLED)[1];
    }

    /**
     * Bytes of live objects: the total of a class histogram of live objects (the JVM collects
     * first). Exact to the object, unlike the used heap after a collection, which also counts the
     * unused ends of partly filled heap regions (up to a region, 1 MB here, per GC thread).
     */
    private static long liveBytes() {
        String histogram;
        try {
            histogram = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new AssertionError("The JVM's class histogram (HotSpot's GC.class_histogram) is not available", e);
        }
        String[] lines = histogram.strip().split("\\R");
        String[] total = lines[lines.length - 1].trim().split("\\s+");
        assertThat(total[0]).as("last line of the class histogram").isEqualTo("Total");
        return Long.parseLong(total[2]);
    }

    /**
     * Invalidates {@code CompileUtils.COMPILED_CLASS_CACHE}: Flink has no public call for it
     * ({@code CompileUtils.cleanUp()} only drops expired entries).
     */
    private static void emptyFlinksGeneratedClassCache() {
        try {
            Field cache = CompileUtils.class.getDeclaredField("COMPILED_CLASS_CACHE");
            cache.setAccessible(true);
            // A shaded Guava cache whose package differs between Flink lines: reached by name.
            Object c = cache.get(null);
            java.lang.reflect.Method invalidateAll = c.getClass().getMethod("invalidateAll");
            invalidateAll.setAccessible(true);
            invalidateAll.invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new AssertionError(
                    "Flink's generated-class cache is not where this test expects it (CompileUtils"
                            + ".COMPILED_CLASS_CACHE, a shaded Guava Cache): update the test for this Flink version",
                    e);
        }
    }
}
