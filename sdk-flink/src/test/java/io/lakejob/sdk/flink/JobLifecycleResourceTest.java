package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.JobStatus;
import java.lang.management.ManagementFactory;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resources over many jobs on one warm cluster: 50 sequential small bounded jobs leave no growth
 * in live threads or retained heap, and 4 jobs submitted at the same moment all finish with their
 * own correct results.
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

    private static final long HEAP_GROWTH_LIMIT = 64L * 1024 * 1024;

    @Test
    void fiftySequentialJobsLeaveNoThreadOrHeapGrowth(LakeJobClient client) throws Exception {
        // Warm-up: pools, class loading and the planner caches reach their steady size.
        for (int i = 0; i < 5; i++) {
            runOne(client, i, 10 + i);
        }
        Map<String, Integer> threadsBefore = threadsWhenStable();
        long heapBefore = retainedHeap();

        for (int i = 0; i < 50; i++) {
            runOne(client, i, 20 + i);
        }

        Map<String, Integer> threadsAfter = threadsWhenStable();
        long heapAfter = retainedHeap();
        int before = total(threadsBefore);
        int after = total(threadsAfter);
        assertThat(after)
                .as(
                        "live threads after 50 jobs (%d) vs after warm-up (%d); growth by name: %s",
                        after, before, growth(threadsBefore, threadsAfter))
                .isLessThanOrEqualTo(before + THREAD_TOLERANCE);
        assertThat(heapAfter - heapBefore)
                .as("retained heap growth over 50 jobs: %d MB -> %d MB", heapBefore >> 20, heapAfter >> 20)
                .isLessThan(HEAP_GROWTH_LIMIT);
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

    /** Used heap after full collections (the lowest of three reads, so a late allocation does not count). */
    private static long retainedHeap() {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            min = Math.min(
                    min,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return min;
    }
}
