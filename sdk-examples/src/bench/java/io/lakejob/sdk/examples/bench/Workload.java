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
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
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

    /**
     * A 10,000-row result: the Orders table's rows themselves. Datagen's {@code rows-per-second}
     * (10,000 by default) is raised so the source does not pause for the rest of its second after the
     * last row: the job ends right after its last row, as a job reading a file or a table would.
     */
    static final String ROWS_10K_SQL =
            """
            CREATE TABLE Orders (
                order_number INT,
                price        DECIMAL(32,2),
                order_time   TIMESTAMP(3)
            ) WITH (
              'connector' = 'datagen',
              'fields.order_number.kind' = 'sequence',
              'fields.order_number.start' = '1',
              'fields.order_number.end' = '10000',
              'rows-per-second' = '100000000'
            );
            SELECT order_number, price, order_time FROM Orders
            """;

    /** The rows of {@link #ROWS_10K_SQL}. */
    static final int ROWS_10K = 10_000;

    /** What the order numbers of {@link #ROWS_10K_SQL} add up to: 1 + ... + 10000. */
    static final long ROWS_10K_SUM = 50_005_000L;

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
     * The 10,000-row query through the job API: create, run, wait for {@code job_finish} with the
     * waiter's default options, read the rows with {@code jobData}.
     *
     * @param client a {@code flink:local} client keeping at least 10,000 rows per job
     * @return the sum of the order numbers
     */
    static long sqlJob10k(LakeJobClient client) {
        long id = client.jobs()
                .createSqlJob(j -> j.name("orders_10k").sqlBody(ROWS_10K_SQL).parallelNumber(1))
                .job()
                .jobId();
        client.jobs().run(id);
        client.jobs()
                .waitUntil(
                        id, Set.of(JobStatus.JOB_FINISH), WaitOptions.timeout(Duration.ofMinutes(2)), null);
        return check10k(client.flink().jobData(String.valueOf(id)));
    }

    /**
     * The 10,000-row query through {@code executeSql} with {@code useResult} and {@code maxRowNum}
     * 10,000: returns once the 10,000th row is in (the job may not have ended yet).
     *
     * @param client a {@code flink:local} client
     * @return the sum of the order numbers
     */
    static long executeSql10k(LakeJobClient client) {
        return check10k(client.flink()
                .executeSql(r -> r.statement(ROWS_10K_SQL)
                        .jobName("orders_10k")
                        .parallelism(1)
                        .useResult(true)
                        .maxRowNum(ROWS_10K)));
    }

    private static long check10k(SqlExecutionResult result) {
        List<ResultRow> rows = result.rows();
        if (!result.success() || rows.size() != ROWS_10K) {
            throw new IllegalStateException("job " + result.jobId() + " returned " + rows.size() + " rows, expected "
                    + ROWS_10K + (result.error() == null ? "" : ": " + result.error()));
        }
        long sum = 0;
        for (ResultRow row : rows) {
            sum += ((Number) row.get(0)).longValue();
        }
        if (sum != ROWS_10K_SUM) {
            throw new IllegalStateException("order numbers add up to " + sum + ", expected " + ROWS_10K_SUM);
        }
        return sum;
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
     * (which starts a MiniCluster for the job) at parallelism 1 like ours, the DDL, the query, every
     * row collected.
     *
     * @return the last row's {@code numtotal}
     */
    static long raw() {
        Configuration conf = new Configuration();
        conf.set(CoreOptions.DEFAULT_PARALLELISM, 1);
        TableEnvironment tEnv = TableEnvironment.create(
                EnvironmentSettings.newInstance().inStreamingMode().withConfiguration(conf).build());
        return ddlAndQuery(tEnv);
    }

    /**
     * The quick start's DDL then its query in the given environment, every row collected.
     *
     * @param tEnv a {@code TableEnvironment} without an {@code Orders} table
     * @return the last row's {@code numtotal}
     */
    static long ddlAndQuery(TableEnvironment tEnv) {
        tEnv.executeSql(DDL);
        return query(tEnv);
    }

    /**
     * The quick start's query in an environment where its DDL has run, every row collected.
     *
     * @param tEnv a {@code TableEnvironment} with the {@code Orders} table
     * @return the last row's {@code numtotal}
     */
    static long query(TableEnvironment tEnv) {
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
