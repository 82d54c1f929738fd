package io.lakejob.sdk.flink;

import com.sun.net.httpserver.HttpServer;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.job.JobStatus;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client's life in a JVM of its own, for {@link ClientThreadsTest}: it notes the live threads,
 * opens a client on a metadata directory, uses what starts threads (a metadata save, uploads from
 * a file and over HTTP, a job on the embedded cluster, Flink's REST API), closes it, and waits up to
 * a minute for every thread the client started to end. It prints {@code LEFT: <names>} (empty when
 * none is left).
 *
 * <p>Argument: a scratch folder.
 */
public final class ClientThreadsMain {
    /** Threads of JVM-wide pools that no client owns (the JDK ends them when idle). */
    private static final List<String> JVM_WIDE = List.of("ForkJoinPool.commonPool-worker", "process reaper");

    private ClientThreadsMain() {}

    /**
     * Runs the client's life.
     *
     * @param args the scratch folder
     * @throws Exception on any failure (the test then reads the error output)
     */
    public static void main(String[] args) throws Exception {
        Path tmp = Path.of(args[0]);
        Path file = Files.writeString(tmp.resolve("f.csv"), "1");
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/files/g.csv", ex -> {
            byte[] body = "2".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        http.start();
        String base = "http://127.0.0.1:" + http.getAddress().getPort();
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        try (LakeJobClient c = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, "2")
                .property(FlinkOptions.METADATA_DIR, tmp.resolve("meta").toString())
                .property(FlinkOptions.ALLOWED_LOCATIONS, tmp + "," + base)
                .build()) {
            c.queues().create(q -> q.queueName("threads").cuCount(16));
            List<String> uploaded = c.resources()
                    .uploadFiles("g", List.of(file.toString(), base + "/files/g.csv"))
                    .resources();
            if (!uploaded.equals(List.of("f.csv", "g.csv"))) {
                throw new IllegalStateException("uploaded " + uploaded);
            }
            long id = c.jobs()
                    .createSqlJob(j -> j.name("threads").sqlBody("SELECT 1 AS x"))
                    .jobId();
            c.jobs().run(id);
            c.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(2));
            // Flink's REST API, through the JDK HTTP client.
            String state = c.jobs().getExecuteGraph(id).executeGraph().state();
            if (!"FINISHED".equals(state)) {
                throw new IllegalStateException("execution graph state " + state);
            }
        } finally {
            http.stop(0);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        List<String> left = started(before);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            left = started(before);
        }
        System.out.println("LEFT: " + String.join(", ", left));
        System.out.flush();
    }

    private static List<String> started(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .map(Thread::getName)
                .filter(n -> JVM_WIDE.stream().noneMatch(n::startsWith))
                .sorted()
                .collect(Collectors.toList());
    }
}
