package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.flink.userjob.CountJob;
import io.lakejob.sdk.flink.userjob.LineFileSink;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.JobStatus;
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
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone target against a Flink session cluster of real, separate processes
 * ({@link FlinkProcessCluster}: a JobManager JVM and a TaskManager JVM) whose class path holds Flink
 * only, neither the SDK nor the tests: whatever a job needs beyond Flink must travel with it. The
 * SDK reaches the cluster through a {@code flink:standalone://127.0.0.1:<port>} client and through a
 * queue of the shared {@code flink:local} client labelled with the cluster's address. Each test
 * checks the effect on that cluster: its REST API lists the job, files its tasks wrote, a savepoint
 * on disk and the run restored from it.
 */
@ExtendWith(SharedFlinkClient.class)
class StandaloneProcessClusterTest {
    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    static Path tmp;

    static FlinkProcessCluster cluster;
    static LakeJobClient client;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = FlinkProcessCluster.start(tmp.resolve("cluster"), 4);
        client = LakeJobClient.builder()
                .endpoint("flink:standalone://" + cluster.address())
                .property(FlinkOptions.SAVEPOINT_DIR, tmp.resolve("savepoints").toString())
                .property(FlinkOptions.WAREHOUSE_DIR, tmp.resolve("warehouse").toString())
                .property(FlinkOptions.RESOURCES_DIR, tmp.resolve("resources").toString())
                .build();
    }

    @AfterAll
    static void stopCluster() {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    /** Waits for the job's status; on failure says why, with the cluster's logs. */
    private static FlinkJobDetail await(LakeJobClient c, long id, JobStatus target) {
        try {
            return c.jobs()
                    .waitUntil(
                            id, Set.of(target), WaitOptions.timeout(WAIT).withPollInterval(Duration.ofMillis(50)), null)
                    .jobDetail();
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "job " + id + " did not reach " + target + ": " + e.getMessage() + " ("
                            + c.jobs().get(id).jobDetail().statusDesc() + ")" + cluster.logs(),
                    e);
        }
    }

    /** The cluster's live job list: id to state. */
    private static Map<String, String> jobs() {
        Map<String, String> jobs = new HashMap<>();
        for (JsonNode j : cluster.get("/jobs").path("jobs")) {
            jobs.put(j.path("id").asText(), j.path("status").asText());
        }
        return jobs;
    }

    /** The state of the cluster's job of that name, once it reached the state. */
    private static String awaitJobNamed(String name, String state) {
        return Await.until(
                "a job named '" + name + "' " + state + " on the cluster",
                WAIT,
                () -> {
                    for (JsonNode j : cluster.get("/jobs/overview").path("jobs")) {
                        if (j.path("name").asText().equals(name)) {
                            return j.path("state").asText();
                        }
                    }
                    return "NONE";
                },
                state::equals);
    }

    private static List<String> lines(Path folder) throws Exception {
        List<String> all = new ArrayList<>();
        for (Path f : HeaderCsvTableTest.dataFiles(folder)) {
            all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
        return all;
    }

    @Test
    void theClusterIsTwoOtherJvmsWithoutTheSdkOnTheirClassPath() throws Exception {
        assertThat(cluster.pids())
                .doesNotContain(ProcessHandle.current().pid())
                .doesNotHaveDuplicates()
                .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                        .contains(true));
        assertThat(cluster.classPath())
                .anySatisfy(e -> assertThat(e).contains("flink-runtime-"))
                .anySatisfy(e -> assertThat(e).contains("flink-clients-"))
                .anySatisfy(e -> assertThat(e).contains("flink-csv-"))
                .allSatisfy(e -> {
                    assertThat(e).endsWith(".jar").doesNotContain("lakejob").doesNotContain("junit");
                    assertThat(Path.of(e)).isRegularFile();
                });
        // The SDK's classes in this JVM come from a place the cluster does not have.
        String sdk = Path.of(FlinkOptions.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        assertThat(cluster.classPath()).doesNotContain(sdk);
        assertThat(cluster.get("/taskmanagers").path("taskmanagers")).hasSize(1);
    }

    @Test
    void sqlJobsOnAQueueAtTheClusterRunThereAndAQuerysRowsComeBack(LakeJobClient shared) throws Exception {
        String queue = CatalogFlinkTest.unique("procq");
        shared.queues()
                .create(q -> q.queueName(queue).cuCount(16).labels(List.of("flink.address=" + cluster.address())));

        // datagen -> a filesystem sink in the temp dir, written by the cluster's task manager.
        Path out = tmp.resolve("numbers");
        long write = shared.jobs()
                .createSqlJob(j -> j.name("proc_numbers")
                        .queueName(queue)
                        .parallelNumber(1)
                        .sqlBody("CREATE TABLE Gen (n INT) WITH ('connector' = 'datagen',"
                                + " 'fields.n.kind' = 'sequence', 'fields.n.start' = '1', 'fields.n.end' = '50');\n"
                                + "CREATE TABLE Numbers (n INT) WITH ('connector' = 'filesystem', 'path' = '"
                                + out.toUri() + "', 'format' = 'csv');\n"
                                + "INSERT INTO Numbers SELECT n FROM Gen"))
                .job()
                .jobId();
        shared.jobs().run(write);
        await(shared, write, JobStatus.JOB_FINISH);
        String writeId = shared.flink().jobData(String.valueOf(write)).jobId();
        assertThat(jobs()).containsEntry(writeId, "FINISHED");
        assertThat(lines(out).stream().map(Integer::valueOf).sorted())
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());

        // A bounded query: its rows come back through the SDK from the cluster.
        long query = shared.jobs()
                .createSqlJob(j -> j.name("proc_orders")
                        .queueName(queue)
                        .parallelNumber(1)
                        .sqlBody(String.format(FlinkLocalSqlJobTest.ORDERS, 100)))
                .job()
                .jobId();
        shared.jobs().run(query);
        await(shared, query, JobStatus.JOB_FINISH);
        SqlExecutionResult data = shared.flink().jobData(String.valueOf(query));
        assertThat(data.jobManagerAddress()).isEqualTo(cluster.address());
        assertThat(jobs()).containsEntry(data.jobId(), "FINISHED");
        assertThat(data.rows()).singleElement().satisfies(row -> assertThat(((Number) row.get("numtotal")).longValue())
                .isEqualTo(10100L));
    }

    @Test
    void aJarJobRunsOnTheCluster(@TempDir Path jars) throws Exception {
        // The program's classes exist on the cluster only in the jar shipped with the job.
        Path jar = JarJobTestJars.jarOf(
                jars.resolve("count.jar"), CountJob.class.getName(), CountJob.class, LineFileSink.class);
        client.resources().uploadJars("proc-count", List.of(jar.toString()));
        Path out = tmp.resolve("counts");
        long id = client.jobs()
                .createJarJob(j -> j.name("proc_count_jar")
                        .entrypoint("proc-count/count.jar")
                        .entrypointArgs(out + " 10")
                        .parallelNumber(1))
                .job()
                .jobId();
        FlinkJobsBatchResponse run = client.jobs().run(id);
        assertThat(run.results().get(0).isSuccess())
                .as(run.results().get(0).message())
                .isTrue();

        await(client, id, JobStatus.JOB_FINISH);
        String fid = client.flink().jobData(String.valueOf(id)).jobId();
        assertThat(jobs()).containsEntry(fid, "FINISHED");
        // 1..10 by n % 3: {3,6,9}, {1,4,7,10}, {2,5,8}
        assertThat(JarJobTestJars.lines(out)).containsExactlyInAnyOrder("0=3", "1=4", "2=3");
    }

    @Test
    void anUnboundedSqlJobStopsWithASavepointOnDiskAndResumesFromIt() throws Exception {
        long id = client.jobs()
                .createSqlJob(
                        j -> j.name("proc_counts").sqlBody(SavepointTest.COUNTS).parallelNumber(1))
                .job()
                .jobId();
        client.jobs().run(id);
        await(client, id, JobStatus.JOB_RUNNING);
        String first = client.flink().jobData(String.valueOf(id)).jobId();
        assertThat(StatementSetTest.awaitState(cluster.rest(), first, "RUNNING"))
                .isEqualTo("RUNNING");

        FlinkJobsBatchResponse stop = client.jobs().stop(id, true);
        assertThat(stop.results().get(0).isSuccess())
                .as(stop.results().get(0).message())
                .isTrue();
        String savepoint = await(client, id, JobStatus.JOB_CANCEL_SUCCESS).savepointPath();
        // The JobManager process wrote the savepoint where the client asked.
        Path onDisk = Path.of(URI.create(savepoint));
        assertThat(onDisk.resolve("_metadata")).isRegularFile();
        assertThat(onDisk.getParent()).isEqualTo(tmp.resolve("savepoints").toRealPath());
        assertThat(StatementSetTest.state(cluster.rest(), first)).isEqualTo("FINISHED");

        client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true));
        await(client, id, JobStatus.JOB_RUNNING);
        String resumed = client.flink().jobData(String.valueOf(id)).jobId();
        assertThat(resumed).isNotEqualTo(first);
        StatementSetTest.assertRestoredFrom(cluster.rest(), resumed, savepoint);

        client.jobs().stop(id, false);
        await(client, id, JobStatus.JOB_CANCEL_SUCCESS);
        assertThat(StatementSetTest.awaitState(cluster.rest(), resumed, "CANCELED"))
                .isEqualTo("CANCELED");
    }

    @Test
    void aHeaderCsvTableIsReadAndWrittenByJobsOnTheCluster() throws Exception {
        // Through the catalog: SQL statement jobs (read, INSERT) on a with_column_header table.
        String db = CatalogFlinkTest.unique("prochdr");
        Path folder = HeaderCsvTableTest.headerTable(client, db);
        Files.writeString(folder.resolve("given.csv"), "id,name,note\n1,ann,x\n2,bob,y\n");

        String insert = HeaderCsvTableTest.run(client, db, "INSERT INTO t VALUES (3, 'cid', 'a, b')");
        assertThat(awaitJobNamed("sql " + insert, "FINISHED")).isEqualTo("FINISHED");
        String select = HeaderCsvTableTest.run(client, db, "SELECT id, name, note FROM t ORDER BY id");
        assertThat(awaitJobNamed("sql " + select, "FINISHED")).isEqualTo("FINISHED");
        assertThat(client.sql().preview(select).rows())
                .containsExactly(List.of(1, "ann", "x"), List.of(2, "bob", "y"), List.of(3, "cid", "a, b"));
        List<Path> written = HeaderCsvTableTest.dataFiles(folder).stream()
                .filter(f -> !f.getFileName().toString().equals("given.csv"))
                .toList();
        assertThat(written).isNotEmpty();
        for (Path f : written) {
            assertThat(Files.readAllLines(f)).first().isEqualTo("id,name,note");
        }

        // Through a Flink SQL job whose own DDL uses the format: header files in, header files out.
        Path copy = tmp.resolve("hdr-copy");
        long id = client.jobs()
                .createSqlJob(j -> j.name("proc_hdr_copy")
                        .parallelNumber(1)
                        .sqlBody("CREATE TABLE Src (id INT, name STRING, note STRING) WITH ('connector' = 'filesystem',"
                                + " 'path' = '" + folder.toUri() + "', 'format' = 'lakejob-csv');\n"
                                + "CREATE TABLE Dst (id INT, name STRING) WITH ('connector' = 'filesystem',"
                                + " 'path' = '" + copy.toUri() + "', 'format' = 'lakejob-csv');\n"
                                + "INSERT INTO Dst SELECT id * 10, name FROM Src"))
                .job()
                .jobId();
        client.jobs().run(id);
        await(client, id, JobStatus.JOB_FINISH);
        assertThat(jobs())
                .containsEntry(client.flink().jobData(String.valueOf(id)).jobId(), "FINISHED");
        List<Path> copied = HeaderCsvTableTest.dataFiles(copy);
        assertThat(copied).isNotEmpty();
        List<String> rows = new ArrayList<>();
        for (Path f : copied) {
            List<String> l = Files.readAllLines(f);
            assertThat(l).first().isEqualTo("id,name");
            rows.addAll(l.subList(1, l.size()));
        }
        assertThat(rows).containsExactlyInAnyOrder("10,ann", "20,bob", "30,cid");
    }
}
