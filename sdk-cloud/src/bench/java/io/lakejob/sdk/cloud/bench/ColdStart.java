package io.lakejob.sdk.cloud.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fresh-JVM cold start: launches {@link ColdStartOurs} and {@link ColdStartOfficial} in new JVMs
 * (same {@code java}, same flags, each with only its own SDK's runtime class path), alternating,
 * against one warm {@link LoopbackStub} in this JVM. Per run it records the in-process time (from
 * {@code main} to the parsed answer: client construction, class loading, signing, connect, first
 * call) and the wall time (process start to exit, including JVM boot). One unmeasured run each
 * first warms the OS file cache.
 */
final class ColdStart {
    /** The medians of one side. */
    record Result(int runs, double inProcessMs, double wallMs) {}

    private ColdStart() {}

    static Result[] run(Path benchClasses, List<Path> ours, List<Path> official, int runs) {
        try (LoopbackStub stub = LoopbackStub.start()) {
            String oursCp = ClassPaths.join(benchClasses, ours);
            String officialCp = ClassPaths.join(benchClasses, official);
            once(oursCp, ColdStartOurs.class, stub);
            once(officialCp, ColdStartOfficial.class, stub);
            List<double[]> o = new ArrayList<>();
            List<double[]> f = new ArrayList<>();
            List<double[]> serial = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                o.add(once(oursCp, ColdStartOurs.class, stub));
                f.add(once(officialCp, ColdStartOfficial.class, stub));
                serial.add(once(oursCp, ColdStartOurs.class, stub, "no-preinit"));
            }
            return new Result[] {summary(o), summary(f), summary(serial)};
        }
    }

    private static Result summary(List<double[]> samples) {
        return new Result(
                samples.size(),
                median(samples.stream().mapToDouble(s -> s[0]).toArray()),
                median(samples.stream().mapToDouble(s -> s[1]).toArray()));
    }

    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double[] once(String classPath, Class<?> main, LoopbackStub stub, String... extra) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Both sides log at WARN, as in the calls benchmark: the bench class path holds the test
        // resources, whose simplelogger.properties puts the SDK's loggers at TRACE (for the
        // secret-scanning tests), which would time our wire log instead of our first call.
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.io.lakejob=warn",
                "-cp",
                classPath,
                main.getName(),
                stub.endpoint()));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        long start = System.nanoTime();
        try {
            Process p = pb.start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            }
            int code = p.waitFor();
            long wall = System.nanoTime() - start;
            String cold = lines.stream()
                    .filter(l -> l.startsWith("COLD "))
                    .findFirst()
                    .orElse(null);
            if (code != 0 || cold == null) {
                throw new IllegalStateException(main.getSimpleName() + " failed (exit " + code + "):\n"
                        + String.join("\n", lines));
            }
            return new double[] {Long.parseLong(cold.split(" ")[1]) / 1e6, wall / 1e6};
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
