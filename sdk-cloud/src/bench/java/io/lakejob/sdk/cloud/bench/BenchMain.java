package io.lakejob.sdk.cloud.bench;

import static io.lakejob.sdk.cloud.bench.ColdStart.median;

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
 * ({@link CallsBenchmark}: 5 rounds of one fork per client, the clients' order rotating, each
 * fork warmed up until its throughput is flat, every iteration printed, medians with min-max, and
 * the client's CPU per call), fresh-JVM cold start ({@link ColdStart}) and the weight of both
 * SDKs' runtime class paths ({@link ClassPaths}).
 *
 * <p>Arguments: the sdk-cloud base directory, its build directory, then optional flags:
 * {@code quick} (short iterations, for a smoke run), {@code skip-jmh}, {@code skip-cold}.
 * Run with {@code mvn -q -pl sdk-api,sdk-cloud -Pbench -Dspotless.skip test-compile exec:exec@bench}.
 */
public final class BenchMain {
    /** The rounds of the calls-per-second benchmark: one fork per client in each. */
    private static final int CALL_ROUNDS = 5;

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
            Map<String, double[]> signing = scores(run(SigningBenchmark.class, quick), "request");
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
     * Calls per second: {@link #CALL_ROUNDS} rounds, each forking one JVM per client
     * ({@link CallsBenchmark}: 1 thread, then 16, each warmed up until flat), the order of the
     * clients rotating from round to round so a change of load hits all three. A fork's score at a
     * thread count is the mean of its measured iterations; the table gives the median of the forks
     * with their min-max, and the ratios of the medians with the min-max of the per-round ratios.
     */
    private static void calls(StringBuilder md, boolean quick) {
        int rounds = quick ? 1 : CALL_ROUNDS;
        String[] args = quick ? new String[] {"500", "6", "10", "2"} : new String[] {"2000", "6", "30", "5"};
        List<String> clients = List.of("lakejob", "official", "bareHttpClient");
        // threads -> client -> one parsed PHASE line per round
        Map<Integer, Map<String, List<Map<String, String>>>> all = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (int k = 0; k < clients.size(); k++) {
                String client = clients.get((k + round - 1) % clients.size());
                System.out.printf(Locale.ROOT, "%n=== calls per second: round %d of %d, %s ===%n", round, rounds, client);
                for (Map<String, String> phase : fork(client, args)) {
                    all.computeIfAbsent(Integer.parseInt(phase.get("threads")), t -> new LinkedHashMap<>())
                            .computeIfAbsent(client, c -> new ArrayList<>())
                            .add(phase);
                }
            }
        }

        md.append(String.format(
                Locale.ROOT,
                "| ListQueues calls/s on the loopback stub, median of %d forks (min-max) | ours (LakeJobClient) |"
                        + " official (DliClient) | bare pooled httpclient5 | ours/official (target >= 1.5x) |"
                        + " ours/bare (target >= 0.95x) |%n",
                rounds));
        md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        StringBuilder cpu = new StringBuilder();
        cpu.append("| client CPU per call, µs (median of the forks; the stub's in brackets) | ours | official |"
                        + " bare | ours/bare |\n")
                .append("| --- | ---: | ---: | ---: | ---: |\n");
        StringBuilder warm = new StringBuilder();
        warm.append("Warm-up: calls/s of every iteration (")
                .append(args[0])
                .append(" ms each; the measured ones after the bar). A fork warms up for at least ")
                .append(args[1])
                .append(" iterations, then until the mean of the last three is within ")
                .append(Math.round(CallsBenchmark.FLAT * 100))
                .append(" % of the three before (flat), at most ")
                .append(args[2])
                .append(".\n\n")
                .append("| threads | client | round | iterations (calls/s) | warm-up | flat |"
                        + " measured vs last 3 warm-up | connections |\n")
                .append("| ---: | --- | ---: | --- | ---: | --- | ---: | ---: |\n");
        for (int threads : CallsBenchmark.THREADS) {
            Map<String, List<Map<String, String>>> byClient = all.get(threads);
            double[] o = scores(byClient.get("lakejob"));
            double[] f = scores(byClient.get("official"));
            double[] b = scores(byClient.get("bareHttpClient"));
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
            double[] oc = perCall(byClient.get("lakejob"), "clientCpuNsPerCall");
            double[] fc = perCall(byClient.get("official"), "clientCpuNsPerCall");
            double[] bc = perCall(byClient.get("bareHttpClient"), "clientCpuNsPerCall");
            cpu.append(String.format(
                    Locale.ROOT,
                    "| %d thread%s | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.2fx |%n",
                    threads,
                    threads == 1 ? "" : "s",
                    median(oc) / 1000,
                    median(perCall(byClient.get("lakejob"), "stubCpuNsPerCall")) / 1000,
                    median(fc) / 1000,
                    median(perCall(byClient.get("official"), "stubCpuNsPerCall")) / 1000,
                    median(bc) / 1000,
                    median(perCall(byClient.get("bareHttpClient"), "stubCpuNsPerCall")) / 1000,
                    median(oc) / median(bc)));
            for (String client : clients) {
                int round = 0;
                for (Map<String, String> phase : byClient.get(client)) {
                    warmRow(warm, threads, client, ++round, phase, Long.parseLong(args[0]));
                }
            }
        }
        md.append('\n').append(cpu).append('\n').append(warm);
    }

    /** Runs one fork of {@link CallsBenchmark} and parses its PHASE lines. */
    private static List<Map<String, String>> fork(String client, String[] args) {
        List<String> cmd = new ArrayList<>(List.of(
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), CallsBenchmark.class.getName(), client));
        cmd.addAll(List.of(args));
        List<Map<String, String>> phases = new ArrayList<>();
        List<String> lines = ChildJvm.run("the " + client + " fork", cmd, line -> {
            if (line.startsWith("PHASE ")) {
                System.out.println(line);
                Map<String, String> kv = new LinkedHashMap<>();
                for (String pair : line.substring(6).split(" ")) {
                    int eq = pair.indexOf('=');
                    kv.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                phases.add(kv);
            }
        });
        if (phases.size() != CallsBenchmark.THREADS.length) {
            throw new IllegalStateException("the " + client + " fork printed " + phases.size() + " phases:\n"
                    + String.join("\n", lines));
        }
        return phases;
    }

    private static double[] values(String list) {
        return list.isEmpty()
                ? new double[0]
                : Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The score of each fork: the mean of its measured iterations. */
    private static double[] scores(List<Map<String, String>> phases) {
        return phases.stream()
                .mapToDouble(ph -> {
                    double[] m = values(ph.get("measured"));
                    return mean(m, 0, m.length);
                })
                .toArray();
    }

    private static double[] perCall(List<Map<String, String>> phases, String key) {
        return phases.stream().mapToDouble(ph -> Double.parseDouble(ph.get(key))).toArray();
    }

    private static void warmRow(
            StringBuilder warm, int threads, String client, int round, Map<String, String> phase, long iterationMs) {
        double[] w = values(phase.get("warm"));
        double[] m = values(phase.get("measured"));
        StringBuilder list = new StringBuilder();
        for (double v : w) {
            list.append(list.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%,.0f", v));
        }
        list.append(" \\|");
        for (double v : m) {
            list.append(' ').append(String.format(Locale.ROOT, "%,.0f", v));
        }
        double lastWarm = mean(w, Math.max(0, w.length - 3), w.length);
        double drift = mean(m, 0, m.length) / lastWarm - 1;
        warm.append(String.format(
                Locale.ROOT,
                "| %d | %s | %d | %s | %d s | %s | %+.1f %% | %s |%n",
                threads,
                client,
                round,
                list,
                w.length * iterationMs / 1000,
                Boolean.parseBoolean(phase.get("flat")) ? "yes" : "NO (at the cap)",
                drift * 100,
                phase.get("connections")));
    }

    private static double mean(double[] values, int from, int to) {
        return Arrays.stream(values, from, to).average().orElse(Double.NaN);
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

    private static Collection<RunResult> run(Class<?> benchmark, boolean quick)
            throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
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
