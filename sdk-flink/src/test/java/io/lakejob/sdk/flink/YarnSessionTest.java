package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.flink.userjob.CountJob;
import io.lakejob.sdk.flink.userjob.LineFileSink;
import io.lakejob.sdk.model.flink.FlinkJobStatus;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.queue.Queue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code yarn-session} target on an in-JVM YARN cluster ({@link MiniYarn}) whose containers are
 * real JVMs: a client with the endpoint {@code flink:yarn-session} deploys one Flink session at its
 * first job and submits every job of the class into it (SQL jobs, a jar job whose classes exist only
 * in its jar, an unbounded job stopped with a savepoint and resumed), the Dinky seed's yarn-session
 * {@code executeSql} body finds that session by its {@code address}, and the client lists the YARN
 * scheduler's queues.
 */
class YarnSessionTest {
    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    static Path tmp;

    static MiniYarn yarn;
    static LakeJobClient client;

    @BeforeAll
    static void start() throws Exception {
        yarn = MiniYarn.start(tmp.resolve("yarn"));
        client = client();
    }

    static LakeJobClient client() {
        return LakeJobClient.builder()
                .endpoint("flink:yarn-session")
                .property("flink.target.flinkConfigPath", yarn.flinkConf().toString())
                .property("flink.target.yarnConfigPath", yarn.hadoopConf().toString())
                .property(FlinkOptions.SAVEPOINT_DIR, tmp.resolve("savepoints").toString())
                .property(FlinkOptions.RESOURCES_DIR, tmp.resolve("resources").toString())
                .property(FlinkOptions.CLOSE_CLUSTERS, "kill")
                .callTimeout(WAIT)
                .build();
    }

    @AfterAll
    static void stop() {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            if (yarn != null) {
                yarn.close();
            }
        }
    }

    static FlinkJobDetail await(LakeJobClient c, long id, JobStatus target) {
        try {
            return c.jobs()
                    .waitUntil(
                            id, Set.of(target), WaitOptions.timeout(WAIT).withPollInterval(Duration.ofMillis(50)), null)
                    .jobDetail();
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "job " + id + " did not reach " + target + ": "
                            + c.jobs().get(id).jobDetail().statusDesc(),
                    e);
        }
    }

    static long sqlJob(LakeJobClient c, String name, String sql) {
        long id = c.jobs()
                .createSqlJob(j -> j.name(name).parallelNumber(1).sqlBody(sql))
                .job()
                .jobId();
        FlinkJobsBatchResponse run = c.jobs().run(id);
        assertThat(run.results().get(0).isSuccess())
                .as(run.results().get(0).message())
                .isTrue();
        return id;
    }

    /** The lines of a filesystem sink's committed files. */
    static List<String> lines(Path folder) throws Exception {
        List<String> all = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return all;
        }
        for (Path f : HeaderCsvTableTest.dataFiles(folder)) {
            all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
        return all;
    }

    /** The applications YARN runs, by id. */
    static Map<String, ApplicationReport> running() {
        Map<String, ApplicationReport> m = new HashMap<>();
        for (ApplicationReport r : yarn.running()) {
            m.put(r.getApplicationId().toString(), r);
        }
        return m;
    }

    private static String sessionAddress() {
        Map<String, ApplicationReport> r = running();
        assertThat(r).hasSize(1);
        ApplicationReport session = r.values().iterator().next();
        return session.getHost() + ":" + session.getRpcPort();
    }

    @Test
    void oneSessionIsDeployedAndTwoSqlJobsAndAJarJobRunInIt(@TempDir Path jars) throws Exception {
        Path numbers = tmp.resolve("numbers");
        long first = sqlJob(
                client,
                "yarn_numbers",
                "CREATE TABLE Gen (n INT) WITH ('connector' = 'datagen', 'fields.n.kind' = 'sequence',"
                        + " 'fields.n.start' = '1', 'fields.n.end' = '50');\n"
                        + "CREATE TABLE Numbers (n INT) WITH ('connector' = 'filesystem', 'path' = '"
                        + numbers.toUri() + "', 'format' = 'csv');\n"
                        + "INSERT INTO Numbers SELECT n FROM Gen");
        await(client, first, JobStatus.JOB_FINISH);
        assertThat(lines(numbers).stream().map(Integer::valueOf).sorted())
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());

        // The second job reads what the first one wrote.
        Path doubled = tmp.resolve("doubled");
        long second = sqlJob(
                client,
                "yarn_doubled",
                "CREATE TABLE Numbers (n INT) WITH ('connector' = 'filesystem', 'path' = '" + numbers.toUri()
                        + "', 'format' = 'csv');\n"
                        + "CREATE TABLE Doubled (n INT) WITH ('connector' = 'filesystem', 'path' = '"
                        + doubled.toUri() + "', 'format' = 'csv');\n"
                        + "INSERT INTO Doubled SELECT n * 2 FROM Numbers");
        await(client, second, JobStatus.JOB_FINISH);
        assertThat(lines(doubled).stream().mapToInt(Integer::parseInt).sum()).isEqualTo(2 * 1275);

        // A jar job: its classes reach the cluster only in its jar.
        Path jar = JarJobTestJars.jarOf(
                jars.resolve("count.jar"), CountJob.class.getName(), CountJob.class, LineFileSink.class);
        client.resources().uploadJars("yarn-count", List.of(jar.toString()));
        Path counts = tmp.resolve("counts");
        long jarJob = client.jobs()
                .createJarJob(j -> j.name("yarn_count_jar")
                        .entrypoint("yarn-count/count.jar")
                        .entrypointArgs(counts + " 10")
                        .parallelNumber(1))
                .job()
                .jobId();
        FlinkJobsBatchResponse run = client.jobs().run(jarJob);
        assertThat(run.results().get(0).isSuccess())
                .as(run.results().get(0).message())
                .isTrue();
        await(client, jarJob, JobStatus.JOB_FINISH);
        assertThat(JarJobTestJars.lines(counts)).containsExactlyInAnyOrder("0=3", "1=4", "2=3");

        // All three ran in the one session this client deployed.
        Map<String, ApplicationReport> apps = running();
        assertThat(apps).hasSize(1);
        ApplicationReport session = apps.values().iterator().next();
        assertThat(session.getName()).isEqualTo("LakeJob Flink session");
        assertThat(session.getApplicationType()).isEqualTo("Apache Flink");
        String address = session.getHost() + ":" + session.getRpcPort();
        for (long id : new long[] {first, second, jarJob}) {
            SqlExecutionResult data = client.flink().jobData(String.valueOf(id));
            assertThat(data.jobManagerAddress()).isEqualTo(address);
            assertThat(StatementSetTest.state(URI.create("http://" + address), data.jobId()))
                    .isEqualTo("FINISHED");
        }
    }

    /**
     * Keys 1, 2, 3, ... (to 100 000, longer than the test) once each at 200 a second into files, checkpointed every second: a stop with a
     * savepoint mid-stream, a resume from it, and a second stop leave exactly 1..M in the committed
     * files, M growing, no key missing or twice.
     */
    @Test
    void anUnboundedJobStopsWithASavepointAndResumesWithNothingLostOrRepeated() throws Exception {
        Path out = tmp.resolve("sequence");
        String sql = "CREATE TABLE Gen (k BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '200',"
                + " 'fields.k.kind' = 'sequence', 'fields.k.start' = '1', 'fields.k.end' = '100000');\n"
                + "CREATE TABLE Keys (k BIGINT) WITH ('connector' = 'filesystem', 'path' = '" + out.toUri()
                + "', 'format' = 'csv', 'sink.rolling-policy.rollover-interval' = '1 s',"
                + " 'sink.rolling-policy.check-interval' = '1 s');\n"
                + "INSERT INTO Keys SELECT k FROM Gen";
        long id = client.jobs()
                .createSqlJob(j -> j.name("yarn_sequence")
                        .parallelNumber(1)
                        .checkpointEnabled(true)
                        .checkpointInterval(1)
                        .obsBucket("lakejob-checkpoints")
                        .sqlBody(sql))
                .job()
                .jobId();
        client.jobs().run(id);
        await(client, id, JobStatus.JOB_RUNNING);
        Await.until("rows committed", WAIT, () -> count(out) > 0);

        FlinkJobsBatchResponse stop = client.jobs().stop(id, true);
        assertThat(stop.results().get(0).isSuccess())
                .as(stop.results().get(0).message())
                .isTrue();
        String savepoint = await(client, id, JobStatus.JOB_CANCEL_SUCCESS).savepointPath();
        assertThat(Path.of(URI.create(savepoint)).resolve("_metadata")).isRegularFile();
        long afterStop = assertOneToM(out);

        client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true));
        await(client, id, JobStatus.JOB_RUNNING);
        Await.until("rows after the resume", WAIT, () -> count(out) > afterStop + 200);
        client.jobs().stop(id, true);
        await(client, id, JobStatus.JOB_CANCEL_SUCCESS);
        long afterResume = assertOneToM(out);
        assertThat(afterResume).isGreaterThan(afterStop + 200);
    }

    private static long count(Path out) {
        try {
            return lines(out).size();
        } catch (Exception e) {
            return 0;
        }
    }

    /** Asserts the committed keys are exactly 1..M, and returns M. */
    private static long assertOneToM(Path out) throws Exception {
        List<Long> keys = lines(out).stream().map(Long::valueOf).sorted().toList();
        assertThat(keys).isNotEmpty();
        assertThat(keys)
                .as("keys 1..M, none lost or repeated")
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, keys.size()).boxed().toList());
        return keys.size();
    }

    @Test
    void theDinkyYarnSessionBodyRunsInTheSessionAtItsAddress() throws Exception {
        if (running().isEmpty()) {
            // The session comes with the client's first job.
            await(
                    client,
                    sqlJob(
                            client,
                            "yarn_first",
                            "CREATE TABLE B (n INT) WITH ('connector' = 'blackhole');\n" + "INSERT INTO B VALUES (1)"),
                    JobStatus.JOB_FINISH);
        }
        String address = sessionAddress();
        Map<String, Object> replace = new HashMap<>();
        replace.put("address", address);
        // No HDFS here: the seed's savepoint is on its author's cluster.
        replace.put("savePointPath", null);
        SqlExecutionResult r =
                client.flink().executeSql(DinkyBodies.executeSql(DinkyBodies.body("executeSql-yarn-session", replace)));
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(r.jobName()).isEqualTo("openapitest");
        assertThat(r.jobManagerAddress()).isEqualTo(address);
        assertThat(running()).hasSize(1);
        assertThat(StatementSetTest.awaitState(URI.create("http://" + address), r.jobId(), "RUNNING"))
                .isEqualTo("RUNNING");
        // The client learns of the state at its next look at the cluster.
        assertThat(YarnApplicationTest.awaitStatus(client, r.jobId(), FlinkJobStatus.RUNNING))
                .isEqualTo(FlinkJobStatus.RUNNING);

        client.flink().savepoint(r.jobId(), SavepointType.CANCEL);
        assertThat(StatementSetTest.awaitState(URI.create("http://" + address), r.jobId(), "CANCELED"))
                .isEqualTo("CANCELED");
        assertThat(YarnApplicationTest.awaitStatus(client, r.jobId(), FlinkJobStatus.CANCELED))
                .isEqualTo(FlinkJobStatus.CANCELED);
    }

    @Test
    void theYarnSchedulersQueuesAreListedBesideTheClientsOwn() {
        List<Queue> queues = client.queues().list(q -> {}).queues();
        assertThat(queues).extracting(Queue::queueName).contains("default", "yarn_default");
        Queue yarnDefault = queues.stream()
                .filter(q -> q.queueName().equals("yarn_default"))
                .findFirst()
                .orElseThrow();
        assertThat(yarnDefault.labels()).contains("yarn.queue=default", "yarn.state=RUNNING", "yarn.capacity=1.0");
        assertThat(yarnDefault.cuSpec()).isEqualTo(100);
        assertThat(yarnDefault.owner()).isEqualTo("yarn");
        assertThat(client.queues().get("yarn_default").queue().labels()).isEqualTo(yarnDefault.labels());
    }
}
