package io.lakejob.sdk.examples;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.JobStatus;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The quick start: the Orders example of the Dinky OpenAPI (a datagen table of orders numbered
 * 1..1000, aggregated into {@code ordertotal} and {@code numtotal}), made bounded, run as a
 * Flink SQL job through the typed API on an embedded Flink cluster, and its result printed.
 *
 * <p>Run it with {@code mvn -q -pl sdk-examples -am compile exec:exec}. Pass another endpoint
 * (for example {@code flink:standalone://localhost:8081}) as the first argument to run it on
 * your own session cluster.
 */
public final class QuickStart {
    /** The Orders job: bounded because the sequence ends at 1000 and no rate limit is set. */
    public static final String ORDERS_SQL =
            """
            CREATE TABLE Orders (
                order_number INT,
                price        DECIMAL(32,2),
                order_time   TIMESTAMP(3)
            ) WITH (
              'connector' = 'datagen',
              'fields.order_number.kind' = 'sequence',
              'fields.order_number.start' = '1',
              'fields.order_number.end' = '1000'
            );
            SELECT 1 AS ordertotal, SUM(order_number) * 2 AS numtotal FROM Orders
            """;

    private QuickStart() {}

    /**
     * Runs the quick start.
     *
     * @param args optional endpoint, default {@code flink:local}
     */
    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : "flink:local", System.out);
    }

    /**
     * Runs the Orders job on the endpoint and prints its result.
     *
     * @param endpoint where to run it
     * @param out where to print
     * @return the job's result
     */
    public static SqlExecutionResult run(String endpoint, PrintStream out) {
        try (LakeJobClient client = LakeJobClient.builder().endpoint(endpoint).build()) {
            long jobId = client.jobs()
                    .createSqlJob(
                            job -> job.name("orders_agg").sqlBody(ORDERS_SQL).parallelNumber(1))
                    .job()
                    .jobId();
            client.jobs().run(jobId);
            client.jobs().waitUntil(jobId, JobStatus.JOB_FINISH, Duration.ofMinutes(5));

            SqlExecutionResult result = client.flink().jobData(String.valueOf(jobId));
            out.println("Job " + jobId + " (Flink job " + result.jobId() + ") finished on " + endpoint);
            out.println(String.join(" | ", result.columns()));
            for (ResultRow row : result.rows()) {
                out.println(row.values().stream()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + " | " + b)
                        .orElse(""));
            }
            return result;
        }
    }
}
