package io.lakejob.sdk.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the Flink-transport benchmarks in one JMH run and prints every benchmark's median (with
 * min and max) and the ratios against their targets, all at parallelism 1:
 *
 * <ul>
 *   <li>(a) warm job latency against the expert anchor, a MiniCluster started once per fork with
 *       jobs submitted over REST ({@code execution.target=remote}) from one reused
 *       {@code TableEnvironment} (target: ours at most 0.9x), and against raw Flink with a fresh
 *       {@code TableEnvironment} and MiniCluster per job (the second line, target at most 0.35x);
 *   <li>(b) first job in a fresh JVM including the cluster start (target: at most 1.0x raw Flink);
 *   <li>the job API (create, run, {@code waitUntil}, {@code jobData}) against one {@code executeSql}
 *       call on the same client: for the quick start (target: at most 1.05x) and for a 10,000-row
 *       result (target: at most 1.2x).
 * </ul>
 *
 * <p>Every figure is the median of the measured operations (one job each). Writes the tables to
 * {@code <build dir>/flink-bench.md} too, with the load average at start and end.
 *
 * <p>The run is made of rounds ({@code -Dbench.rounds}, default 5): each round forks one fresh
 * JVM per first-job benchmark, and the first {@code rounds - 2} rounds also one fork per warm
 * benchmark (2 warm-up and 8 measured jobs), so ours and the anchors alternate during the run.
 *
 * <p>Arguments: the build directory, then optionally {@code warm} or {@code first} to run one half,
 * or {@code quick}: one round of both halves, with 1 warm-up and 2 measured jobs per warm benchmark
 * (a check that the benchmarks run, not figures to quote).
 */
public final class FlinkBenchMain {
    private FlinkBenchMain() {}

    /**
     * Runs the benchmarks.
     *
     * @param args build directory, optional {@code warm} | {@code first} | {@code quick}
     * @throws RunnerException when JMH fails
     * @throws IOException when the report cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target");
        String only = args.length > 1 ? args[1] : "";
        boolean quick = only.equals("quick");
        if (quick) {
            // A check that every benchmark runs and the table comes out, not figures to quote.
            only = "";
        }
        String loadAtStart = loadAverage();
        int rounds = quick ? 1 : Integer.getInteger("bench.rounds", 5);
        int warmups = quick ? 1 : 2;
        int measured = quick ? 2 : 8;
        List<RunResult> results = new ArrayList<>();
        // Rounds interleave ours and raw (a fresh fork each per round), so a change in the
        // machine's load during the run hits both sides alike instead of one benchmark.
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(Locale.ROOT, "%n=== round %d of %d ===%n", round, rounds);
            if (!only.equals("first") && round <= Math.max(1, rounds - 2)) {
                results.addAll(new Runner(new OptionsBuilder()
                                .include(WarmJobBenchmark.class.getName() + "\\.")
                                .forks(1)
                                .warmupIterations(warmups)
                                .measurementIterations(measured)
                                .shouldFailOnError(true)
                                .build())
                        .run());
            }
            if (!only.equals("warm")) {
                results.addAll(new Runner(new OptionsBuilder()
                                .include(FirstJobBenchmark.class.getName() + "\\.")
                                .forks(1)
                                .shouldFailOnError(true)
                                .build())
                        .run());
            }
        }

        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            List<Double> s = samples.computeIfAbsent(name, k -> new ArrayList<>());
            for (BenchmarkResult b : r.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    s.add(i.getPrimaryResult().getScore());
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "JDK %s (%s), %d cores, load average at start %s, at end %s%s%n%n",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(),
                loadAtStart,
                loadAverage(),
                quick ? " (QUICK smoke run: figures not meaningful)" : ""));
        md.append("| Benchmark | median ms | min ms | max ms | n |\n|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, List<Double>> e : samples.entrySet()) {
            List<Double> s = e.getValue();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %.0f | %d |%n",
                    e.getKey(),
                    median(s),
                    min(s),
                    max(s),
                    s.size()));
        }
        md.append("\n| comparison: median ms (min-max, n) | ours | anchor | ratio | target |\n"
                + "| --- | ---: | ---: | ---: | --- |\n");
        String w = "WarmJobBenchmark.";
        String f = "FirstJobBenchmark.";
        String expert = w + "expertReusedTableEnvironment";
        String fresh = w + "rawFreshTableEnvironment";
        // (a) against the expert anchor: one MiniCluster per fork, jobs over REST from one reused environment.
        ratio(md, samples, "warm: create / run / waitUntil (10 ms poll) / jobData vs expert anchor", w + "oursSqlJob",
                expert, 0.9);
        ratio(md, samples, "warm: the same, waiter's default polling vs expert anchor", w + "oursSqlJobDefaultPoll",
                expert, 0.9);
        ratio(md, samples, "warm: executeSql vs expert anchor", w + "oursExecuteSql", expert, 0.9);
        // The second line: raw Flink with a fresh TableEnvironment (and MiniCluster) per job, parallelism 1.
        ratio(md, samples, "warm: create / run / waitUntil (10 ms poll) / jobData vs fresh TableEnvironment per job",
                w + "oursSqlJob", fresh, 0.35);
        ratio(md, samples, "warm: executeSql vs fresh TableEnvironment per job", w + "oursExecuteSql", fresh, 0.35);
        ratio(md, samples, "anchor practice: fresh TableEnvironment per job vs one reused (same cluster)",
                w + "expertFreshTableEnvironment", expert, Double.NaN);
        // The job API against one executeSql call on the same warm client: waits end when the job ends.
        ratio(md, samples, "warm: create / run / waitUntil (default polling) / jobData vs executeSql",
                w + "oursSqlJobDefaultPoll", w + "oursExecuteSql", 1.05);
        ratio(md, samples, "warm, 10k rows: create / run / waitUntil / jobData vs executeSql", w + "oursSqlJob10k",
                w + "oursExecuteSql10k", 1.2);
        ratio(md, samples, "first job in a fresh JVM: new client + create / run / wait / jobData vs raw Flink",
                f + "oursFirstSqlJob", f + "rawFirstJob", 1.0);
        ratio(md, samples, "first job in a fresh JVM: new client + executeSql vs raw Flink", f + "oursFirstExecuteSql",
                f + "rawFirstJob", 1.0);
        System.out.println();
        System.out.println(md);
        Files.createDirectories(out);
        Files.writeString(out.resolve("flink-bench.md"), md);
    }

    private static void ratio(
            StringBuilder md, Map<String, List<Double>> samples, String label, String ours, String anchor, double target) {
        if (!samples.containsKey(ours) || !samples.containsKey(anchor)) {
            return;
        }
        List<Double> o = samples.get(ours);
        List<Double> a = samples.get(anchor);
        double r = median(o) / median(a);
        md.append(String.format(
                Locale.ROOT,
                "| %s (`%s` / `%s`) | %s | %s | **%.2fx** | %s |%n",
                label,
                ours.substring(ours.indexOf('.') + 1),
                anchor.substring(anchor.indexOf('.') + 1),
                spread(o),
                spread(a),
                r,
                Double.isNaN(target)
                        ? "(for reference)"
                        : String.format(Locale.ROOT, "<= %.2fx: %s", target, r <= target ? "met" : "MISSED")));
    }

    private static String spread(List<Double> s) {
        return String.format(Locale.ROOT, "%,.0f (%,.0f-%,.0f, %d)", median(s), min(s), max(s), s.size());
    }

    private static double min(List<Double> s) {
        return s.stream().mapToDouble(d -> d).min().orElse(0);
    }

    private static double max(List<Double> s) {
        return s.stream().mapToDouble(d -> d).max().orElse(0);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
