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
 * Runs the Flink-transport benchmarks in one JMH run and prints the ratios against raw Flink:
 * (a) warm job latency (target: ours at most 0.35x raw) and (b) first job in a fresh JVM including
 * the cluster start (target: at most 1.1x raw). Every figure is the median of the measured
 * operations (one job each). Writes the table to {@code <build dir>/flink-bench.md} too.
 *
 * <p>The run is made of rounds ({@code -Dbench.rounds}, default 5): each round forks one fresh
 * JVM per first-job benchmark, and the first {@code rounds - 2} rounds also one fork per warm
 * benchmark (2 warm-up and 4 measured jobs), so ours and raw alternate during the run.
 *
 * <p>The warm half also compares the job API (create, run, {@code waitUntil}, {@code jobData})
 * with one {@code executeSql} call on the same client: for the quick start (target: at most 1.05x)
 * and for a 10,000-row result (target: at most 1.2x).
 *
 * <p>Arguments: the build directory, then optionally {@code warm} or {@code first} to run one half,
 * or {@code quick}: the warm half once, with 1 warm-up and 2 measured jobs per benchmark (a check
 * that the benchmarks run, not figures to quote).
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
            only = "warm";
        }
        int rounds = quick ? 1 : Integer.getInteger("bench.rounds", 5);
        int warmups = quick ? 1 : 2;
        int measured = quick ? 2 : 4;
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
                "JDK %s (%s), %d cores%n%n",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors()));
        md.append("| Benchmark | median ms | min ms | max ms | n |\n|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, List<Double>> e : samples.entrySet()) {
            List<Double> s = e.getValue();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %.0f | %d |%n",
                    e.getKey(),
                    median(s),
                    s.stream().mapToDouble(d -> d).min().orElse(0),
                    s.stream().mapToDouble(d -> d).max().orElse(0),
                    s.size()));
        }
        md.append('\n');
        ratio(md, samples, "WarmJobBenchmark.oursSqlJob", "WarmJobBenchmark.rawFreshTableEnvironment", 0.35);
        ratio(md, samples, "WarmJobBenchmark.oursSqlJobDefaultPoll", "WarmJobBenchmark.rawFreshTableEnvironment", 0.35);
        ratio(md, samples, "WarmJobBenchmark.oursExecuteSql", "WarmJobBenchmark.rawFreshTableEnvironment", 0.35);
        // The job API against one executeSql call on the same warm client: waits end when the job ends.
        ratio(md, samples, "WarmJobBenchmark.oursSqlJobDefaultPoll", "WarmJobBenchmark.oursExecuteSql", 1.05);
        ratio(md, samples, "WarmJobBenchmark.oursSqlJob10k", "WarmJobBenchmark.oursExecuteSql10k", 1.2);
        ratio(md, samples, "FirstJobBenchmark.oursFirstSqlJob", "FirstJobBenchmark.rawFirstJob", 1.1);
        ratio(md, samples, "FirstJobBenchmark.oursFirstExecuteSql", "FirstJobBenchmark.rawFirstJob", 1.1);
        System.out.println();
        System.out.println(md);
        Files.createDirectories(out);
        Files.writeString(out.resolve("flink-bench.md"), md);
    }

    private static void ratio(
            StringBuilder md, Map<String, List<Double>> samples, String ours, String raw, double target) {
        if (!samples.containsKey(ours) || !samples.containsKey(raw)) {
            return;
        }
        double r = median(samples.get(ours)) / median(samples.get(raw));
        md.append(String.format(
                Locale.ROOT,
                "- %s / %s = **%.2fx** (target <= %.2fx: %s)%n",
                ours,
                raw,
                r,
                target,
                r <= target ? "met" : "MISSED"));
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
