package io.lakejob.sdk.cloud.bench;

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
        List<String> cmd = new ArrayList<>(List.of("-Xmx256m", "-cp", classPath, main.getName(), stub.endpoint()));
        cmd.addAll(List.of(extra));
        long start = System.nanoTime();
        List<String> lines = ChildJvm.run(main.getSimpleName(), cmd, line -> {});
        long wall = System.nanoTime() - start;
        String cold = lines.stream()
                .filter(l -> l.startsWith("COLD "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        main.getSimpleName() + " printed no COLD line:\n" + String.join("\n", lines)));
        return new double[] {Long.parseLong(cold.split(" ")[1]) / 1e6, wall / 1e6};
    }
}
