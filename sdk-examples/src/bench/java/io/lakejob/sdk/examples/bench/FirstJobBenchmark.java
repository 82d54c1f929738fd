package io.lakejob.sdk.examples.bench;

import io.lakejob.sdk.LakeJobClient;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) The first job in a fresh JVM, cluster start included: a new {@code flink:local} client and
 * its first quick-start job versus raw Flink's first job (a {@code TableEnvironment} with the default
 * local executor, parallelism 1 like ours). One measured operation per fork, no
 * warm-up, several forks (the main reports their median). Closing the client is not timed (raw
 * Flink's per-job MiniCluster also shuts down after the result is in).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstJobBenchmark {

    /** Holds the client a benchmark creates, so it can be closed after the measurement. */
    @State(Scope.Benchmark)
    public static class Holder {
        LakeJobClient client;

        /** Closes the client created by the measured operation. */
        @TearDown(Level.Trial)
        public void close() {
            if (client != null) {
                client.close();
            }
        }
    }

    /**
     * New client, its first SQL job: create, run, wait for {@code job_finish} (10 ms poll), {@code jobData}.
     *
     * @param h holds the client for closing
     * @return the checked total
     */
    @Benchmark
    public long oursFirstSqlJob(Holder h) {
        h.client = Workload.client();
        return Workload.sqlJob(h.client, Workload.FAST_POLL);
    }

    /**
     * New client, its first job through {@code executeSql} with {@code useResult}.
     *
     * @param h holds the client for closing
     * @return the checked total
     */
    @Benchmark
    public long oursFirstExecuteSql(Holder h) {
        h.client = Workload.client();
        return Workload.executeSql(h.client);
    }

    /**
     * Raw Flink's first job in the JVM.
     *
     * @return the checked total
     */
    @Benchmark
    public long rawFirstJob() {
        return Workload.raw();
    }
}
