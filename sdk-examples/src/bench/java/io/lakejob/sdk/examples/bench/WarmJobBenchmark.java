package io.lakejob.sdk.examples.bench;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import java.util.concurrent.TimeUnit;
import org.apache.flink.table.api.TableEnvironment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) Warm job latency, from submit to last row, of the quick start's Orders aggregate at
 * parallelism 1: through the API on a warm {@code flink:local} client (its embedded cluster
 * already running) versus the expert anchor (one MiniCluster started by hand in the fork's setup,
 * jobs submitted to it with {@code execution.target=remote} from one reused
 * {@code TableEnvironment}; {@link ExpertCluster}), the same anchor with a fresh
 * {@code TableEnvironment} per job, and raw Flink creating a fresh {@code TableEnvironment} per job
 * with the default local executor (a new MiniCluster per job). Also the job API against
 * {@code executeSql} on the same client, for the quick start and for a 10,000-row result. Each
 * benchmark runs in its own fork with the same JVM options and one cluster, one job per measured
 * operation.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 4)
@Measurement(iterations = 10)
public class WarmJobBenchmark {

    /** One warm client per fork: its cluster is started (and a job run) before measuring. */
    @State(Scope.Benchmark)
    public static class WarmClient {
        LakeJobClient client;

        /** Starts the client's embedded cluster with a first job. */
        @Setup(Level.Trial)
        public void start() {
            client = Workload.client();
            Workload.executeSql(client);
        }

        /** Closes the client and its cluster. */
        @TearDown(Level.Trial)
        public void stop() {
            client.close();
        }
    }

    /**
     * The expert anchor's state: its MiniCluster started once per fork, and one reused
     * {@code TableEnvironment} pointing at it with the quick start's table registered.
     */
    @State(Scope.Benchmark)
    public static class Expert {
        ExpertCluster cluster;
        TableEnvironment reused;

        /**
         * Starts the cluster, registers the table in the reused environment and runs a first job.
         *
         * @throws Exception when the cluster does not start
         */
        @Setup(Level.Trial)
        public void start() throws Exception {
            cluster = new ExpertCluster();
            reused = cluster.tableEnvironment();
            Workload.ddlAndQuery(reused);
        }

        /**
         * Stops the cluster.
         *
         * @throws Exception when the cluster does not stop
         */
        @TearDown(Level.Trial)
        public void stop() throws Exception {
            cluster.close();
        }
    }

    /**
     * Expert anchor: the query from the one reused {@code TableEnvironment} (table registered in
     * the setup), submitted over REST to the fork's MiniCluster, every row collected.
     *
     * @param s the running cluster and environment
     * @return the checked total
     */
    @Benchmark
    public long expertReusedTableEnvironment(Expert s) {
        return Workload.query(s.reused);
    }

    /**
     * The expert anchor with a fresh {@code TableEnvironment} per job: create it, DDL, query, collect.
     *
     * @param s the running cluster
     * @return the checked total
     */
    @Benchmark
    public long expertFreshTableEnvironment(Expert s) {
        return Workload.ddlAndQuery(s.cluster.tableEnvironment());
    }

    /**
     * Create, run, wait for {@code job_finish} (10 ms poll; the Flink transport ends the wait when the
     * job ends either way), read the rows with {@code jobData}.
     *
     * @param s the warm client
     * @return the checked total
     */
    @Benchmark
    public long oursSqlJob(WarmClient s) {
        return Workload.sqlJob(s.client, Workload.FAST_POLL);
    }

    /**
     * The same with the waiter's default polling ({@link WaitOptions#timeout}: 50 ms first, doubling up to 2 s).
     *
     * @param s the warm client
     * @return the checked total
     */
    @Benchmark
    public long oursSqlJobDefaultPoll(WarmClient s) {
        return Workload.sqlJob(s.client, WaitOptions.timeout(java.time.Duration.ofMinutes(2)));
    }

    /**
     * {@code executeSql} with {@code useResult}: one call, returns when the job has ended.
     *
     * @param s the warm client
     * @return the checked total
     */
    @Benchmark
    public long oursExecuteSql(WarmClient s) {
        return Workload.executeSql(s.client);
    }

    /**
     * A 10,000-row result through the job API: create, run, wait for {@code job_finish} (default
     * options; the Flink transport ends the wait when the job ends), read the rows with {@code jobData}.
     *
     * @param s the warm client
     * @return the checked sum of the order numbers
     */
    @Benchmark
    public long oursSqlJob10k(WarmClient s) {
        return Workload.sqlJob10k(s.client);
    }

    /**
     * The same 10,000 rows through {@code executeSql} with {@code useResult} and {@code maxRowNum}
     * 10,000: one call, returns once the last row is in.
     *
     * @param s the warm client
     * @return the checked sum of the order numbers
     */
    @Benchmark
    public long oursExecuteSql10k(WarmClient s) {
        return Workload.executeSql10k(s.client);
    }

    /**
     * Raw Flink: fresh {@code TableEnvironment} (default local executor: a new MiniCluster per job)
     * at parallelism 1, DDL, query, collect all.
     *
     * @return the checked total
     */
    @Benchmark
    public long rawFreshTableEnvironment() {
        return Workload.raw();
    }
}
