package io.lakejob.sdk.cloud.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * ({@link CallsBenchmark}), fresh-JVM cold start ({@link ColdStart}) and the weight of both
 * SDKs' runtime class paths ({@link ClassPaths}).
 *
 * <p>Arguments: the sdk-cloud base directory, its build directory, then optional flags:
 * {@code quick} (short iterations, for a smoke run), {@code skip-jmh}, {@code skip-cold}.
 * Run with {@code mvn -q -pl sdk-api,sdk-cloud -Pbench -Dspotless.skip test-compile exec:exec@bench}.
 */
public final class BenchMain {
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

            md.append("| ListQueues calls/s on the loopback stub | ours (LakeJobClient) | official (DliClient) |"
                            + " bare pooled httpclient5 | ours/official (target >= 1.2x) | ours/bare (target >= 0.9x) |\n")
                    .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
            for (int threads : new int[] {1, 16}) {
                Map<String, double[]> calls = scores(run(CallsBenchmark.class, threads, quick), null);
                double[] o = calls.get("lakejob");
                double[] f = calls.get("official");
                double[] b = calls.get("bareHttpClient");
                md.append(String.format(
                        Locale.ROOT,
                        "| %d thread%s | %s | %s | %s | %.2fx %s | %.2fx %s |%n",
                        threads,
                        threads == 1 ? "" : "s",
                        fmt(o),
                        fmt(f),
                        fmt(b),
                        o[0] / f[0],
                        o[0] / f[0] >= 1.2 ? "(met)" : "(MISSED)",
                        o[0] / b[0],
                        o[0] / b[0] >= 0.9 ? "(met)" : "(MISSED)"));
            }
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
