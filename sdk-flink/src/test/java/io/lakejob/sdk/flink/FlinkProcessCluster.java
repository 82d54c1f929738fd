package io.lakejob.sdk.flink;

import io.lakejob.sdk.flink.testcompat.TestCompat;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessSpec;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessUtils;
import org.apache.flink.runtime.jobmanager.JobManagerProcessSpec;
import org.apache.flink.runtime.jobmanager.JobManagerProcessUtils;
import org.apache.flink.runtime.util.config.memory.ProcessMemoryUtils;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Flink session cluster as two real processes on loopback: a JobManager
 * ({@code StandaloneSessionClusterEntrypoint}) and one TaskManager ({@code TaskManagerRunner}), each
 * its own JVM, started the way Flink's {@code jobmanager.sh}/{@code taskmanager.sh} start them.
 *
 * <p>The cluster's class path is Flink and its dependencies only, taken from this JVM's class path
 * by jar name: no classes directory (so neither the SDK nor the tests), no lakejob jar, no test
 * framework, no planner (SQL is planned in the client). Whatever a job needs beyond Flink must
 * ship with it, as on a real cluster.
 *
 * <p>Everything lives in the folder given to {@link #start}: {@code conf/config.yaml}, the logs,
 * Flink's temp, blob and web folders, and {@code savepoints/} (the cluster's default savepoint
 * directory). Ports are free loopback ports chosen at start. {@link #close()} stops the TaskManager
 * first (else it retries registering for minutes), then the JobManager ({@code DELETE /cluster}),
 * each forcibly after a bounded wait. A JVM shutdown hook does the same if the test run ends without
 * closing it, and a later start stops processes left by a test JVM that was killed outright (their
 * pid files are kept under the system temp directory, with the owning JVM's pid).
 */
final class FlinkProcessCluster implements AutoCloseable {
    /** The Java 17 flags of Flink's default {@code env.java.opts.all}. */
    static final List<String> JAVA17_FLAGS = List.of(
            "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
            "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.text=ALL-UNNAMED",
            "--add-opens=java.base/java.time=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

    /** Jars of this JVM's class path that stay off the cluster's: the SDK, test tools, the planner. */
    private static final Pattern NOT_ON_THE_CLUSTER =
            Pattern.compile("(lakejob-.*|junit-.*|opentest4j-.*|apiguardian-.*|assertj-.*|byte-buddy-.*|surefire.*"
                    + "|flink-table-planner.*|flink-test-utils.*)\\.jar");

    private static final String ENTRYPOINT = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
    private static final String TASK_MANAGER = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
    private static final Duration READY = Duration.ofMinutes(2);
    private static final Duration STOP = Duration.ofSeconds(30);
    private static final Path PIDS = Path.of(System.getProperty("java.io.tmpdir"), "lakejob-flink-process-clusters");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final int restPort;
    private final List<String> classPath;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread hook = new Thread(this::stopQuietly, "flink-process-cluster-stop");
    private Process jobManager;
    private Process taskManager;

    private FlinkProcessCluster(Path dir, int restPort, List<String> classPath) {
        this.dir = dir;
        this.restPort = restPort;
        this.classPath = classPath;
    }

    /**
     * Starts a cluster and waits until its TaskManager has registered its slots.
     *
     * @param dir an empty folder for the configuration, logs and data of the cluster
     * @param slots the TaskManager's slots
     * @return the running cluster
     */
    static FlinkProcessCluster start(Path dir, int slots) throws IOException {
        stopLeftovers();
        Files.createDirectories(dir.resolve("conf"));
        Files.createDirectories(dir.resolve("log"));
        Files.createDirectories(dir.resolve("savepoints"));
        int[] ports = freePorts(4);
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("jobmanager.rpc.address", "127.0.0.1");
        conf.put("jobmanager.bind-host", "127.0.0.1");
        conf.put("jobmanager.rpc.port", String.valueOf(ports[0]));
        conf.put("blob.server.port", String.valueOf(ports[1]));
        conf.put("rest.address", "127.0.0.1");
        conf.put("rest.bind-address", "127.0.0.1");
        conf.put("rest.port", String.valueOf(ports[2]));
        conf.put("taskmanager.host", "127.0.0.1");
        conf.put("taskmanager.bind-host", "127.0.0.1");
        conf.put("taskmanager.rpc.port", String.valueOf(ports[3]));
        conf.put("taskmanager.numberOfTaskSlots", String.valueOf(slots));
        conf.put("jobmanager.memory.process.size", "1024m");
        conf.put("taskmanager.memory.process.size", "1536m");
        conf.put("taskmanager.memory.managed.size", "128m");
        conf.put("parallelism.default", "1");
        conf.put(
                "execution.checkpointing.savepoint-dir",
                dir.resolve("savepoints").toUri().toString());
        conf.put("io.tmp.dirs", Files.createDirectories(dir.resolve("tmp")).toString());
        conf.put(
                "blob.storage.directory",
                Files.createDirectories(dir.resolve("blobs")).toString());
        conf.put("web.tmpdir", Files.createDirectories(dir.resolve("web")).toString());
        conf.put("taskmanager.resource-id", "process-tm-1");
        StringBuilder yaml = new StringBuilder();
        conf.forEach((k, v) -> yaml.append(k).append(": \"").append(v).append("\"\n"));
        Files.writeString(dir.resolve("conf/config.yaml"), yaml);

        FlinkProcessCluster cluster = new FlinkProcessCluster(dir, ports[2], clusterClassPath());
        Runtime.getRuntime().addShutdownHook(cluster.hook);
        try {
            cluster.launch();
            cluster.awaitSlots(slots);
        } catch (RuntimeException | Error | IOException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** @return the cluster's class path: this JVM's Flink jars and their dependencies, nothing else */
    static List<String> clusterClassPath() {
        List<String> cp = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            if (Files.isRegularFile(p)
                    && name.endsWith(".jar")
                    && !NOT_ON_THE_CLUSTER.matcher(name).matches()) {
                cp.add(entry);
            }
        }
        return cp;
    }

    /** @return the REST address, {@code http://127.0.0.1:<port>} */
    URI rest() {
        return URI.create("http://127.0.0.1:" + restPort);
    }

    /** @return {@code 127.0.0.1:<port>}, as a queue label or endpoint wants it */
    String address() {
        return "127.0.0.1:" + restPort;
    }

    /** @return the cluster's class path */
    List<String> classPath() {
        return classPath;
    }

    /** @return the cluster's default savepoint directory */
    Path savepoints() {
        return dir.resolve("savepoints");
    }

    /** @return the pids of the JobManager and the TaskManager */
    List<Long> pids() {
        return List.of(jobManager.pid(), taskManager.pid());
    }

    /**
     * Reads a JSON document from the cluster's REST API.
     *
     * @param path the path, such as {@code /overview}
     * @return the document
     */
    JsonNode get(String path) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(rest().resolve(path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the last lines of both processes' logs, for a failure message */
    String logs() {
        return tail("jobmanager") + tail("taskmanager");
    }

    private String tail(String name) {
        Path log = dir.resolve("log/" + name + ".log");
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
            return "\n----- " + log + " (last 80 lines) -----\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "\n----- " + log + ": " + e;
        }
    }

    private void launch() throws IOException {
        Configuration conf =
                GlobalConfiguration.loadConfiguration(dir.resolve("conf").toString());
        // What Flink's BashJavaUtils prints for jobmanager.sh/taskmanager.sh: heap, direct memory and
        // metaspace flags, and the memory sizes the processes must be told.
        JobManagerProcessSpec jm = TestCompat.jobManagerProcessSpec(conf);
        // config.yaml sets taskmanager.memory.process.size, so no legacy heap option needs mapping.
        TaskExecutorProcessSpec tm = TaskExecutorProcessUtils.processSpecFromConfig(conf);
        jobManager = process(
                "jobmanager",
                JobManagerProcessUtils.generateJvmParametersStr(jm, conf),
                ENTRYPOINT,
                JobManagerProcessUtils.generateDynamicConfigsStr(jm));
        taskManager = process(
                "taskmanager",
                ProcessMemoryUtils.generateJvmParametersStr(tm),
                TASK_MANAGER,
                TaskExecutorProcessUtils.generateDynamicConfigsStr(tm));
    }

    private Process process(String name, String jvmParams, String mainClass, String dynamicConfigs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(jvmParams.trim().split("\\s+")));
        command.addAll(JAVA17_FLAGS);
        // Small, short-lived processes on a shared machine: quick start-up over peak speed.
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add("-Dlakejob.process.cluster=" + dir);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath));
        command.add(mainClass);
        command.add("--configDir");
        command.add(dir.resolve("conf").toString());
        command.addAll(Arrays.asList(dynamicConfigs.trim().split("\\s+")));
        Path log = dir.resolve("log/" + name + ".log");
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        Files.createDirectories(PIDS);
        Files.writeString(
                PIDS.resolve(p.pid() + ".pid"),
                ProcessHandle.current().pid() + "\n" + dir + "\n",
                StandardCharsets.UTF_8);
        return p;
    }

    private void awaitSlots(int slots) {
        try {
            Await.until("a TaskManager with " + slots + " free slots at " + rest(), READY, () -> {
                if (!jobManager.isAlive() || !taskManager.isAlive()) {
                    throw new AssertionError("a cluster process exited: JobManager "
                            + (jobManager.isAlive() ? "alive" : "exit " + jobManager.exitValue())
                            + ", TaskManager "
                            + (taskManager.isAlive() ? "alive" : "exit " + taskManager.exitValue()));
                }
                try {
                    JsonNode o = get("/overview");
                    return o.path("taskmanagers").asInt() == 1
                            && o.path("slots-available").asInt() == slots;
                } catch (UncheckedIOException e) {
                    return false; // not listening yet
                }
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + logs(), e);
        }
    }

    /** Stops the TaskManager, then the JobManager; forcibly when one does not exit in time. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs this anyway
        }
        stopQuietly();
    }

    private synchronized void stopQuietly() {
        // The TaskManager first: without its JobManager it would retry registering for minutes.
        stop(taskManager, null);
        stop(jobManager, "DELETE");
    }

    private void stop(Process p, String restCall) {
        if (p == null) {
            return;
        }
        try {
            if (p.isAlive()) {
                boolean asked = false;
                if (restCall != null) {
                    try {
                        asked = http.send(
                                                HttpRequest.newBuilder(rest().resolve("/cluster"))
                                                        .timeout(Duration.ofSeconds(10))
                                                        .method(restCall, HttpRequest.BodyPublishers.noBody())
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                < 300;
                    } catch (IOException e) {
                        asked = false;
                    }
                }
                if (!asked) {
                    p.destroy();
                }
                if (!p.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
                }
            }
            if (!p.isAlive()) {
                Files.deleteIfExists(PIDS.resolve(p.pid() + ".pid"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        } catch (IOException e) {
            // a pid file left behind is cleaned up by the next start
        }
    }

    /**
     * Stops cluster processes this class started from a test JVM that no longer runs (killed
     * before its shutdown hook could run): only a process whose command line names the cluster
     * folder recorded in its pid file.
     */
    private static void stopLeftovers() throws IOException {
        if (!Files.isDirectory(PIDS)) {
            return;
        }
        try (Stream<Path> files = Files.list(PIDS)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".pid")) {
                    continue;
                }
                List<String> lines;
                long pid;
                try {
                    lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    pid = Long.parseLong(name.substring(0, name.length() - 4));
                } catch (IOException | NumberFormatException e) {
                    continue;
                }
                if (lines.size() < 2) {
                    continue;
                }
                boolean ownerAlive = ProcessHandle.of(
                                Long.parseLong(lines.get(0).trim()))
                        .map(ProcessHandle::isAlive)
                        .orElse(false);
                if (ownerAlive) {
                    continue;
                }
                Optional<ProcessHandle> leftover = ProcessHandle.of(pid).filter(h -> h.info()
                        .commandLine()
                        .map(c -> c.contains("-Dlakejob.process.cluster=" + lines.get(1)))
                        .orElse(false));
                leftover.ifPresent(h -> {
                    h.destroyForcibly();
                    try {
                        h.onExit().get(STOP.toSeconds(), TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                        // not gone yet: a kill -9 cannot be refused, it goes shortly
                    }
                });
                Files.deleteIfExists(f);
            }
        }
    }

    private static int[] freePorts(int n) throws IOException {
        // Held open together so that the ports differ, then released for Flink to bind.
        ServerSocket[] sockets = new ServerSocket[n];
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }
}
