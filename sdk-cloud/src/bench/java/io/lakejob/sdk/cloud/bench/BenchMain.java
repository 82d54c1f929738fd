package io.lakejob.sdk.cloud.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark in one go and prints (and writes to
 * {@code <build dir>/bench-results.md}) a summary with the ratios against the targets:
 * signing ({@link SigningBenchmark}), calls per second at 1 and 16 threads
 * ({@link CallsBenchmark}: 3 forks per client and thread count, rounds alternating the clients,
 * every warm-up iteration printed with a flatness check, medians with min-max), fresh-JVM cold start ({@link ColdStart}) and the weight of both
 * SDKs' runtime class paths ({@link ClassPaths}).
 *
 * <p>Arguments: the sdk-cloud base directory, its build directory, then optional flags:
 * {@code quick} (short iterations, for a smoke run), {@code skip-jmh}, {@code skip-cold}.
 * Run with {@code mvn -q -pl sdk-api,sdk-cloud -Pbench -Dspotless.skip test-compile exec:exec@bench}.
 */
public final class BenchMain {
    /** The forks of each client and thread count in the calls-per-second benchmark. */
    private static final int CALL_FORKS = 3;

    /** The warm-up iterations (2 s each) of every calls-per-second fork, at 1 and at 16 threads. */
    static final int CALL_WARMUPS = 15;

    private BenchMain() {}

    /**
     * Entry point.
     *
     * @param args base directory, build directory, flags
     * @throws RunnerException when JMH fails
     * @throws IOException when the summary cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Path buildDir = Path.of(args[1]);
        List<String> flags = Arrays.asList(args).subList(2, args.length);
        boolean quick = flags.contains("quick");
        StringBuilder md = new StringBuilder();
        md.append("JDK ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.arch"))
                .append(quick ? " (QUICK smoke run: numbers are not meaningful)" : "")
                .append("\n\nLoad average at start: ")
                .append(loadAverage())
                .append("\n\n");

        if (!flags.contains("skip-jmh")) {
            Map<String, double[]> signing = scores(run(SigningBenchmark.class, 1, quick), "request");
            md.append("| signing (ops/s) | ours (AkSkSigner) | official (AKSKSigner) | ratio | target |\n")
                    .append("| --- | ---: | ---: | ---: | --- |\n");
            for (String req : List.of("list", "create")) {
                double[] o = signing.get("lakejob/" + req);
                double[] f = signing.get("official/" + req);
                row(md, req.equals("list") ? "ListQueues GET, 4 query params" : "CreateQueue POST, 6.1 body", o, f,
                        ">= 2x");
            }
            md.append('\n');

            calls(md, quick);
            md.append('\n');
        }

        List<Path> ours = ClassPaths.ours(buildDir);
        List<Path> official = ClassPaths.official();
        if (!flags.contains("skip-cold")) {
            ColdStart.Result[] r = ColdStart.run(buildDir.resolve("test-classes"), ours, official, quick ? 3 : 15);
            md.append("| fresh-JVM cold start (median of ")
                    .append(r[0].runs())
                    .append(" runs each) | ours | official | ratio | target |\n")
                    .append("| --- | ---: | ---: | ---: | --- |\n");
            md.append(String.format(
                    Locale.ROOT,
                    "| build client + first signed ListQueues (in-process) | %.0f ms | %.0f ms | %.2fx %s | <= 0.6x |%n",
                    r[0].inProcessMs(),
                    r[1].inProcessMs(),
                    r[0].inProcessMs() / r[1].inProcessMs(),
                    r[0].inProcessMs() / r[1].inProcessMs() <= 0.6 ? "(met)" : "(MISSED)"));
            md.append(String.format(
                    Locale.ROOT,
                    "| whole process, JVM start to exit (wall) | %.0f ms | %.0f ms | %.2fx | (for reference) |%n",
                    r[0].wallMs(),
                    r[1].wallMs(),
                    r[0].wallMs() / r[1].wallMs()));
            md.append(String.format(
                    Locale.ROOT,
                    "| ours with cloud.preinitialize=false (in-process) | %.0f ms | %.0f ms | %.2fx | (for reference) |%n%n",
                    r[2].inProcessMs(),
                    r[1].inProcessMs(),
                    r[2].inProcessMs() / r[1].inProcessMs()));
        }

        long oursBytes = ClassPaths.shippedSize(ours);
        long officialBytes = ClassPaths.shippedSize(official);
        md.append("| runtime class path | entries | size | Flink |\n| --- | ---: | ---: | --- |\n");
        md.append(String.format(
                Locale.ROOT,
                "| ours: sdk-api + sdk-cloud + runtime deps | %d | %s | %s |%n",
                ours.size(),
                mb(oursBytes),
                ours.stream().anyMatch(p -> p.toString().contains("flink")) ? "YES" : "none"));
        md.append(String.format(
                Locale.ROOT,
                "| official: huaweicloud-sdk-dli 3.1.130 + runtime deps | %d | %s | - |%n",
                official.size(),
                mb(officialBytes)));
        md.append("\nours:\n");
        for (Path p : ours) {
            md.append(String.format(Locale.ROOT, "  %9d  %s%n", ClassPaths.shippedSize(p), p.getFileName()));
        }

        md.append("\nLoad average at end: ").append(loadAverage()).append('\n');
        System.out.println();
        System.out.println("=== LakeJob benchmark summary ===");
        System.out.println(md);
        Path out = buildDir.resolve("bench-results.md");
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println("(written to " + out + ")");
    }

    /**
     * Calls per second: {@link #CALL_FORKS} rounds, each forking one JVM per client at 1 and then
     * at 16 threads (so the clients alternate and a change of load hits all three). Every 2 s
     * iteration is recorded; the first {@value #CALL_WARMUPS} are the warm-up, the last 5 are measured.
     * The warm-up is that long because at a few thousand calls per second the per-call code reaches
     * the JIT's top tier only after tens of seconds (and at 16 threads the compiler competes with
     * them for 2 cores): with 5 and 8 iterations, every fork of an idle run was still speeding up
     * while it was measured. A fork's
     * score is the mean of its measured iterations; the table gives the median of the forks with
     * their min-max, and the ratios of the medians with the min-max of the per-round ratios.
     */
    private static void calls(StringBuilder md, boolean quick) throws RunnerException {
        int forks = quick ? 1 : CALL_FORKS;
        int measured = quick ? 2 : 5;
        TimeValue time = quick ? TimeValue.milliseconds(500) : TimeValue.seconds(2);
        int[] threadCounts = {1, 16};
        // threads -> client -> one list of iteration scores per fork
        Map<Integer, Map<String, List<double[]>>> all = new LinkedHashMap<>();
        for (int fork = 1; fork <= forks; fork++) {
            for (int threads : threadCounts) {
                int warmups = quick ? 2 : CALL_WARMUPS;
                System.out.printf(
                        Locale.ROOT, "%n=== calls per second: round %d of %d, %d thread(s) ===%n", fork, forks, threads);
                Collection<RunResult> results = new Runner(new OptionsBuilder()
                                .include(CallsBenchmark.class.getName() + "\\.")
                                .threads(threads)
                                .forks(1)
                                .warmupIterations(0)
                                .measurementIterations(warmups + measured)
                                .measurementTime(time)
                                .shouldFailOnError(true)
                                .build())
                        .run();
                for (RunResult r : results) {
                    String label = r.getParams().getBenchmark();
                    label = label.substring(label.lastIndexOf('.') + 1);
                    for (BenchmarkResult b : r.getBenchmarkResults()) {
                        double[] it = b.getIterationResults().stream()
                                .mapToDouble(i -> i.getPrimaryResult().getScore())
                                .toArray();
                        all.computeIfAbsent(threads, k -> new LinkedHashMap<>())
                                .computeIfAbsent(label, k -> new ArrayList<>())
                                .add(it);
                    }
                }
            }
        }

        md.append(String.format(
                Locale.ROOT,
                "| ListQueues calls/s on the loopback stub, median of %d forks (min-max) | ours (LakeJobClient) |"
                        + " official (DliClient) | bare pooled httpclient5 | ours/official (target >= 1.5x) |"
                        + " ours/bare (target >= 0.95x) |%n",
                forks));
        md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        StringBuilder warm = new StringBuilder();
        warm.append("Warm-up: calls/s of every iteration (the last ")
                .append(measured)
                .append(" measured, after the bar); flat = the last 3 warm-up iterations within 5 % of their mean"
                        + " and the measured mean within 5 % of it.\n\n")
                .append("| threads | client | fork | iterations (calls/s) | last 3 warm-up: spread |"
                        + " measured vs last 3 warm-up | flat |\n")
                .append("| ---: | --- | ---: | --- | ---: | ---: | --- |\n");
        for (int threads : threadCounts) {
            Map<String, List<double[]>> byClient = all.get(threads);
            double[] o = forkScores(byClient.get("lakejob"), measured);
            double[] f = forkScores(byClient.get("official"), measured);
            double[] b = forkScores(byClient.get("bareHttpClient"), measured);
            double of = median(o) / median(f);
            double ob = median(o) / median(b);
            md.append(String.format(
                    Locale.ROOT,
                    "| %d thread%s | %s | %s | %s | %.2fx (%s) %s | %.2fx (%s) %s |%n",
                    threads,
                    threads == 1 ? "" : "s",
                    spread(o),
                    spread(f),
                    spread(b),
                    of,
                    ratioRange(o, f),
                    of >= 1.5 ? "met" : "MISSED",
                    ob,
                    ratioRange(o, b),
                    ob >= 0.95 ? "met" : "MISSED"));
            for (Map.Entry<String, List<double[]>> e : byClient.entrySet()) {
                int n = 0;
                for (double[] it : e.getValue()) {
                    n++;
                    warmRow(warm, threads, e.getKey(), n, it, it.length - measured);
                }
            }
        }
        md.append('\n').append(warm);
    }

    /** The score of each fork: the mean of its last {@code measured} iterations. */
    private static double[] forkScores(List<double[]> forks, int measured) {
        return forks.stream()
                .mapToDouble(it -> mean(it, it.length - measured, it.length))
                .toArray();
    }

    private static void warmRow(StringBuilder warm, int threads, String client, int fork, double[] it, int warmups) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < it.length; i++) {
            list.append(i == 0 ? "" : i == warmups ? " \\| " : " ").append(String.format(Locale.ROOT, "%,.0f", it[i]));
        }
        int from = Math.max(0, warmups - 3);
        double lastMean = mean(it, from, warmups);
        double lo = Arrays.stream(it, from, warmups).min().orElse(0);
        double hi = Arrays.stream(it, from, warmups).max().orElse(0);
        double spread = Math.max(hi - lastMean, lastMean - lo) / lastMean;
        double drift = mean(it, warmups, it.length) / lastMean - 1;
        warm.append(String.format(
                Locale.ROOT,
                "| %d | %s | %d | %s | ±%.1f %% | %+.1f %% | %s |%n",
                threads,
                client,
                fork,
                list,
                spread * 100,
                drift * 100,
                spread <= 0.05 && Math.abs(drift) <= 0.05 ? "yes" : "NO"));
    }

    private static double mean(double[] values, int from, int to) {
        return Arrays.stream(values, from, to).average().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static String spread(double[] values) {
        return String.format(
                Locale.ROOT,
                "%,.0f (%,.0f-%,.0f)",
                median(values),
                Arrays.stream(values).min().orElse(0),
                Arrays.stream(values).max().orElse(0));
    }

    /** The min-max of the ratios of the forks run in the same round. */
    private static String ratioRange(double[] a, double[] b) {
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (int i = 0; i < a.length; i++) {
            lo = Math.min(lo, a[i] / b[i]);
            hi = Math.max(hi, a[i] / b[i]);
        }
        return String.format(Locale.ROOT, "%.2f-%.2f", lo, hi);
    }

    private static Collection<RunResult> run(Class<?> benchmark, int threads, boolean quick)
            throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .threads(threads)
                .shouldFailOnError(true);
        if (quick) {
            o.warmupIterations(1)
                    .warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(2)
                    .measurementTime(TimeValue.milliseconds(500));
        }
        return new Runner(o.build()).run();
    }

    /** Score and error by "method" or "method/param". */
    private static Map<String, double[]> scores(Collection<RunResult> results, String param) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            label = label.substring(label.lastIndexOf('.') + 1);
            if (param != null) {
                label += "/" + r.getParams().getParam(param);
            }
            out.put(label, new double[] {
                r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()
            });
        }
        return out;
    }

    private static void row(StringBuilder md, String label, double[] o, double[] f, String target) {
        double ratio = o[0] / f[0];
        md.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %.2fx %s | %s |%n",
                label,
                fmt(o),
                fmt(f),
                ratio,
                ratio >= 2 ? "(met)" : "(MISSED)",
                target));
    }

    private static String fmt(double[] score) {
        return String.format(Locale.ROOT, "%,.0f ± %,.0f", score[0], Double.isNaN(score[1]) ? 0 : score[1]);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB (%,d bytes)", bytes / 1_000_000.0, bytes);
    }
}
