package io.lakejob.sdk.examples.bench;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.examples.QuickStart;
import io.lakejob.sdk.flink.FlinkOptions;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.JobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;

/**
 * The one workload every benchmark runs: the quick start's Orders aggregate (1000 rows), through
 * the LakeJob API or through raw Flink. Every run checks its last row ({@code numtotal} is
 * 2 x (1 + ... + 1000) = 1001000), so a benchmark cannot time a job that did nothing.
 */
final class Workload {
    /** The quick start's DDL and query, split the way a raw Flink user would run them. */
    static final String DDL;

    /** The final query of the quick start. */
    static final String QUERY;

    /** What the last row's {@code numtotal} must be. */
    static final long EXPECTED_TOTAL = 1_001_000L;

    /** Polls at this interval when a benchmark waits for a job with a short poll. */
    static final Duration FAST_POLL = Duration.ofMillis(10);

    static {
        String sql = QuickStart.ORDERS_SQL.strip();
        int cut = sql.lastIndexOf(';');
        DDL = sql.substring(0, cut).strip();
        QUERY = sql.substring(cut + 1).strip();
    }

    private Workload() {}

    /** @return a {@code flink:local} client (nothing starts until the first job) */
    static LakeJobClient client() {
        return LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, "4")
                .property(FlinkOptions.RESULTS_MAX_ROWS, "10000")
                .build();
    }

    /**
     * The quick start through the API: create a SQL job, run it, wait for {@code job_finish}, read its rows.
     *
     * @param client a {@code flink:local} client
     * @param poll the waiter's poll interval
     * @return the last row's {@code numtotal}
     */
    static long sqlJob(LakeJobClient client, Duration poll) {
        return sqlJob(client, WaitOptions.timeout(Duration.ofMinutes(2)).withPollInterval(poll));
    }

    /**
     * The quick start through the job API with the given wait options.
     *
     * @param client a {@code flink:local} client
     * @param wait how the waiter polls
     * @return the last row's {@code numtotal}
     */
    static long sqlJob(LakeJobClient client, WaitOptions wait) {
        long id = client.jobs()
                .createSqlJob(j -> j.name("orders_agg").sqlBody(QuickStart.ORDERS_SQL).parallelNumber(1))
                .job()
                .jobId();
        client.jobs().run(id);
        client.jobs()
                .waitUntil(
                        id,
                        Set.of(JobStatus.JOB_FINISH),
                        wait,
                        null);
        return check(client.flink().jobData(String.valueOf(id)));
    }

    /**
     * The quick start through {@code executeSql} with {@code useResult}: returns when the job has ended.
     *
     * @param client a {@code flink:local} client
     * @return the last row's {@code numtotal}
     */
    static long executeSql(LakeJobClient client) {
        return check(client.flink()
                .executeSql(r -> r.statement(QuickStart.ORDERS_SQL)
                        .jobName("orders_agg")
                        .parallelism(1)
                        .useResult(true)
                        .maxRowNum(10_000)));
    }

    /**
     * The quick start on raw Flink: a fresh {@code TableEnvironment} with the default local executor
     * (which starts a MiniCluster for the job), the DDL, the query, every row collected.
     *
     * @return the last row's {@code numtotal}
     */
    static long raw() {
        TableEnvironment tEnv = TableEnvironment.create(EnvironmentSettings.inStreamingMode());
        tEnv.executeSql(DDL);
        TableResult result = tEnv.executeSql(QUERY);
        Row last = null;
        try (CloseableIterator<Row> it = result.collect()) {
            while (it.hasNext()) {
                last = it.next();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (last == null) {
            throw new IllegalStateException("raw Flink returned no row");
        }
        return check(((Number) last.getField(1)).longValue());
    }

    private static long check(SqlExecutionResult result) {
        List<ResultRow> rows = result.rows();
        if (!result.success() || rows.isEmpty()) {
            throw new IllegalStateException("job " + result.jobId() + " failed or returned no row: " + result.error());
        }
        Object total = rows.get(rows.size() - 1).values().get(1);
        return check(((Number) total).longValue());
    }

    private static long check(long total) {
        if (total != EXPECTED_TOTAL) {
            throw new IllegalStateException("numtotal " + total + ", expected " + EXPECTED_TOTAL);
        }
        return total;
    }
}
