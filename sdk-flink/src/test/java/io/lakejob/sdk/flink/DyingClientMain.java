package io.lakejob.sdk.flink;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A client JVM that dies with work in flight, for {@link ReattachJobsTest}: on a metadata
 * directory it starts a Flink SQL job and a jar job on a queue that points at a standalone
 * cluster, and a SQL statement job on its own embedded cluster, prints {@code READY <sql job>
 * <jar job> <statement job>} once all run, and then waits to be killed (it never closes its
 * client).
 *
 * <p>Arguments: {@code <metadata dir> <queue> <tick output folder>}; the queue and the
 * resource {@code ticks.jar} exist in the directory already.
 */
public final class DyingClientMain {
    private DyingClientMain() {}

    /**
     * Runs the client.
     *
     * @param args the metadata directory, the queue, the tick job's output folder; on any failure
     *     the JVM exits with status 2 and the cause on its error output (which the test reads)
     */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // Exit at once with the cause on the error output: the embedded cluster's threads
            // would otherwise keep this JVM alive, and the test would see only a timeout.
            e.printStackTrace();
            System.err.flush();
            Runtime.getRuntime().halt(2);
        }
    }

    private static void run(String[] args) throws Exception {
        String dir = args[0];
        String queue = args[1];
        String ticks = args[2];
        // Within the test's 3 minutes: a slow step fails here, with what it was waiting for,
        // before the test stops waiting for READY.
        long start = System.nanoTime();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, "2")
                .property(FlinkOptions.METADATA_DIR, dir)
                .build();
        long sql = client.jobs()
                .createSqlJob(j -> j.name("left_running").queueName(queue).sqlBody(SavepointTest.COUNTS))
                .jobId();
        long jar = client.jobs()
                .createJarJob(j -> j.name("left_ticking")
                        .queueName(queue)
                        .entrypoint("ticks.jar")
                        .entrypointArgs(ticks))
                .job()
                .jobId();
        step("client built, jobs created", start);
        client.jobs().run(sql);
        client.jobs().run(jar);
        client.catalog().createDatabase("dying");
        client.sql().submit(s -> s.sql("CREATE TABLE slow (n BIGINT) WITH ('connector' = 'datagen', "
                        + "'number-of-rows' = '1000000', 'rows-per-second' = '5')")
                .currentdb("dying"));
        String statement = client.sql()
                .submit(s -> s.sql("SELECT n FROM slow").currentdb("dying"))
                .jobId();
        step("jobs started, statement submitted", start);
        client.jobs().waitUntil(sql, JobStatus.JOB_RUNNING, Duration.between(Instant.now(), deadline));
        step("SQL job running", start);
        client.jobs().waitUntil(jar, JobStatus.JOB_RUNNING, Duration.between(Instant.now(), deadline));
        step("jar job running", start);
        if (!client.sql().status(statement).status().equals(SqlJobStatus.RUNNING)) {
            throw new IllegalStateException(
                    "the statement job is not running: " + client.sql().status(statement));
        }
        System.out.println("READY " + sql + " " + jar + " " + statement);
        System.out.flush();
        // Wait to be killed; the client is deliberately never closed.
        while (System.in.read() >= 0) {
            // keep waiting
        }
        Runtime.getRuntime().halt(3);
    }

    /** Progress on the error output, which the test shows when this client is too slow. */
    private static void step(String what, long start) {
        System.err.printf("dying client: %s after %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    }
}
