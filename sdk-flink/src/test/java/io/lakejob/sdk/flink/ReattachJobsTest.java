package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.model.flink.SavepointResult;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs left behind by a client JVM that died, seen by a later client on the same metadata
 * directory ({@link FlinkOptions#METADATA_DIR}): a job on a standalone session cluster outlives its
 * client and is re-attached (its status is the cluster's, and it is stopped from the new client);
 * a job the cluster does not know is lost, and says so; a SQL statement job that ran in the dead
 * JVM is failed and lost. The dying client is a real second JVM, killed.
 */
class ReattachJobsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    static Path shared;

    static RestMiniCluster cluster;
    static URI rest;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = RestMiniCluster.start(4);
        rest = cluster.rest();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static LakeJobClient client(Path dir) {
        return LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, "2")
                .property(FlinkOptions.METADATA_DIR, dir.toString())
                .property(
                        FlinkOptions.SAVEPOINT_DIR, shared.resolve("savepoints").toString())
                .build();
    }

    private static void remoteQueue(LakeJobClient c) {
        c.queues().create(q -> q.queueName("remote_q")
                .cuCount(16)
                .labels(List.of("flink.address=127.0.0.1:" + rest.getPort())));
    }

    private static FlinkJobDetail await(LakeJobClient c, long id, JobStatus target) {
        return c.jobs()
                .waitUntil(id, Set.of(target), WaitOptions.timeout(WAIT).withPollInterval(Duration.ofMillis(50)), null)
                .jobDetail();
    }

    /** Starts {@link DyingClientMain} in a new JVM, waits for its jobs to run, and kills it. */
    private static String[] runAndKillAClient(Path dir, Path ticks, Path errors) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx768m");
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("--add-exports")) {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DyingClientMain.class.getName());
        command.add(dir.toString());
        command.add("remote_q");
        command.add(ticks.toString());
        Process child = new ProcessBuilder(command)
                .redirectError(errors.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String ready;
            try {
                ready = CompletableFuture.supplyAsync(() -> {
                            try {
                                for (String line; (line = out.readLine()) != null; ) {
                                    if (line.startsWith("READY ")) {
                                        return line;
                                    }
                                }
                                return null;
                            } catch (java.io.IOException e) {
                                return null;
                            }
                        })
                        .get(3, TimeUnit.MINUTES);
            } catch (java.util.concurrent.TimeoutException e) {
                // The child gives up by itself before this; if it did not, show where it hangs.
                throw new AssertionError(
                        "the dying client printed no READY in 3 minutes; its error output:\n" + readQuietly(errors)
                                + "\nits threads:\n" + threadDump(child.pid()),
                        e);
            }
            assertThat(ready)
                    .as(() -> "the dying client's output: " + readQuietly(errors))
                    .isNotNull();
            return ready.split(" ");
        } finally {
            // The JVM dies without closing its client: nothing cancels its jobs.
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** The threads of a live JVM ({@code jcmd <pid> Thread.print}), or why they could not be read. */
    private static String threadDump(long pid) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String dump = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return dump;
        } catch (java.io.IOException | InterruptedException e) {
            return e.toString();
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void jobsOfAKilledClientOnAStandaloneClusterAreReattachedAndStopped(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        Path ticks = tmp.resolve("ticks");
        Path jar = JarJobTestJars.jarOf(
                tmp.resolve("ticks.jar"),
                io.lakejob.sdk.flink.userjob.TickJob.class.getName(),
                io.lakejob.sdk.flink.userjob.TickJob.class,
                io.lakejob.sdk.flink.userjob.LineFileSink.class);
        try (LakeJobClient setup = client(dir)) {
            remoteQueue(setup);
            setup.resources().uploadJars("reattach", List.of(jar.toString()));
        }
        String[] ready = runAndKillAClient(dir, ticks, tmp.resolve("child.err"));
        long sql = Long.parseLong(ready[1]);
        long jarJob = Long.parseLong(ready[2]);
        String statement = ready[3];

        try (LakeJobClient b = client(dir)) {
            // The cluster still runs both jobs of the dead client, and the new client says so.
            FlinkJobDetail s = b.jobs().get(sql).jobDetail();
            assertThat(s.status()).isEqualTo(JobStatus.JOB_RUNNING);
            assertThat(s.statusDesc()).startsWith("re-attached:").contains("RUNNING there");
            String fid = b.flink().jobData(String.valueOf(sql)).jobId();
            assertThat(StatementSetTest.state(rest, fid)).isEqualTo("RUNNING");
            FlinkJobDetail j = b.jobs().get(jarJob).jobDetail();
            assertThat(j.status()).isEqualTo(JobStatus.JOB_RUNNING);
            String jarFid = b.flink().jobData(String.valueOf(jarJob)).jobId();
            assertThat(b.jobs().getExecuteGraph(jarJob).executeGraph().state()).isEqualTo("RUNNING");
            int before = JarJobTestJars.lines(ticks).size();
            JarJobTestJars.await(
                    "the jar job ticking on after its client died",
                    WAIT,
                    () -> JarJobTestJars.lines(ticks).size() >= before + 3);

            // The SQL statement job ran on the dead JVM's own cluster: failed, lost, never running.
            GetSqlJobStatusResponse st = b.sql().status(statement);
            assertThat(st.status()).isEqualTo(SqlJobStatus.FAILED);
            assertThat(st.message()).startsWith("lost:").contains("embedded cluster");

            // Lifecycle operations work on the re-attached jobs: a savepoint, stop with one, cancel.
            SavepointResult trigger = b.flink().savepoint(fid, SavepointType.TRIGGER);
            assertThat(Path.of(URI.create(trigger.savepointPath())).resolve("_metadata"))
                    .isRegularFile();
            FlinkJobsBatchResponse stop = b.jobs().stop(sql, true);
            assertThat(stop.results().get(0).isSuccess())
                    .as(stop.results().get(0).message())
                    .isTrue();
            FlinkJobDetail stopped = await(b, sql, JobStatus.JOB_CANCEL_SUCCESS);
            assertThat(stopped.savepointPath()).isNotEqualTo(trigger.savepointPath());
            assertThat(Path.of(URI.create(stopped.savepointPath())).resolve("_metadata"))
                    .isRegularFile();
            assertThat(StatementSetTest.state(rest, fid)).isEqualTo("FINISHED");

            assertThat(b.jobs().stop(jarJob, false).results().get(0).isSuccess())
                    .isTrue();
            await(b, jarJob, JobStatus.JOB_CANCEL_SUCCESS);
            assertThat(StatementSetTest.awaitState(rest, jarFid, "CANCELED")).isEqualTo("CANCELED");
        }

        // What the new client saw and did is what the next one reads.
        try (LakeJobClient c = client(dir)) {
            FlinkJobDetail s = c.jobs().get(sql).jobDetail();
            assertThat(s.status()).isEqualTo(JobStatus.JOB_CANCEL_SUCCESS);
            assertThat(Path.of(URI.create(s.savepointPath())).resolve("_metadata"))
                    .isRegularFile();
            assertThat(c.jobs().get(jarJob).jobDetail().status()).isEqualTo(JobStatus.JOB_CANCEL_SUCCESS);
            assertThat(c.sql().status(statement).message()).startsWith("lost:");
        }
    }

    @Test
    void aClientThatOnlyReadsTheDirectoryReportsSuchAJobButLeavesItToTheWriter(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        try (LakeJobClient writer = client(dir)) {
            remoteQueue(writer);
            long id = writer.jobs()
                    .createSqlJob(j -> j.name("held").queueName("remote_q").sqlBody(SavepointTest.COUNTS))
                    .jobId();
            writer.jobs().run(id);
            await(writer, id, JobStatus.JOB_RUNNING);
            String fid = writer.flink().jobData(String.valueOf(id)).jobId();
            // The document names a dead owner while a live client holds the directory.
            Files.write(dir.resolve("flink_jobs.json"), JSON.writeValueAsBytes(withDeadOwner(dir)));
            try (LakeJobClient reader = client(dir)) {
                FlinkJobDetail d = reader.jobs().get(id).jobDetail();
                assertThat(d.status()).isEqualTo(JobStatus.JOB_RUNNING);
                assertThat(d.statusDesc()).contains("RUNNING there").contains("only reads");
            }
            // Closing the reader did not cancel the job: the writer still runs and stops it.
            assertThat(StatementSetTest.state(rest, fid)).isEqualTo("RUNNING");
            writer.jobs().stop(id, false);
            await(writer, id, JobStatus.JOB_CANCEL_SUCCESS);
        }
    }

    private static ObjectNode withDeadOwner(Path dir) throws Exception {
        Process gone =
                new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        ObjectNode doc =
                (ObjectNode) JSON.readTree(dir.resolve("flink_jobs.json").toFile());
        for (var job : doc.path("data").path("jobs")) {
            ((ObjectNode) job.path("owner")).put("pid", gone.pid());
        }
        return doc;
    }

    @Test
    void aJobTheClusterNoLongerKnowsIsLostAndAFinishedOneFinished(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("meta");
        long finished;
        long unknown;
        try (LakeJobClient a = client(dir)) {
            remoteQueue(a);
            finished = a.jobs()
                    .createSqlJob(j -> j.name("bounded")
                            .queueName("remote_q")
                            .sqlBody("CREATE TABLE T (a INT) WITH ('connector'='datagen','number-of-rows'='5');\n"
                                    + "CREATE TABLE S (a INT) WITH ('connector'='blackhole');\n"
                                    + "INSERT INTO S SELECT a FROM T"))
                    .jobId();
            a.jobs().run(finished);
            await(a, finished, JobStatus.JOB_FINISH);
            unknown = a.jobs()
                    .createSqlJob(j -> j.name("forgotten").queueName("remote_q").sqlBody(SavepointTest.COUNTS))
                    .jobId();
        }
        // Rewrite the document as a client that died while both jobs ran would have left it: the
        // first one's Flink job really finished on the cluster, the second's is one the cluster
        // never ran (as after a cluster restart).
        Path file = dir.resolve("flink_jobs.json");
        ObjectNode doc = withDeadOwner(dir);
        for (var job : doc.path("data").path("jobs")) {
            ObjectNode o = (ObjectNode) job;
            o.put("status", "job_running");
            if (o.path("id").asLong() == unknown) {
                o.put("flinkJobId", "0123456789abcdef0123456789abcdef");
                o.put("cluster", rest.toString());
                o.put("embeddedCluster", false);
            }
        }
        Files.write(file, JSON.writeValueAsBytes(doc));

        try (LakeJobClient b = client(dir)) {
            FlinkJobDetail f = b.jobs().get(finished).jobDetail();
            assertThat(f.status()).isEqualTo(JobStatus.JOB_FINISH);
            assertThat(f.statusDesc()).contains("FINISHED there").doesNotStartWith("lost:");
            FlinkJobDetail u = b.jobs().get(unknown).jobDetail();
            assertThat(u.status()).isEqualTo(JobStatus.JOB_RUNNING_EXCEPTION);
            assertThat(u.statusDesc())
                    .startsWith("lost:")
                    .contains("0123456789abcdef0123456789abcdef")
                    .contains("is unknown to that cluster");
        }
    }
}
