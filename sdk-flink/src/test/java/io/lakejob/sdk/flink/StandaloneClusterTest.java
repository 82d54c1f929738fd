package io.lakejob.sdk.flink;

import static io.lakejob.sdk.flink.StatementSetTest.jobIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.model.flink.SavepointResult;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.JobStatus;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone session cluster as the target: the test starts a Flink cluster with its own REST
 * endpoint on loopback (a MiniCluster, separate from any client), and a client built with
 * {@code flink:standalone://127.0.0.1:<port>} runs SQL there, takes savepoints and stops jobs
 * with one; a queue labelled with the cluster's address routes jobs to it.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedFlinkClient.class)
class StandaloneClusterTest {
    @TempDir
    static Path savepoints;

    static RestMiniCluster cluster;
    static URI rest;
    static LakeJobClient client;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = RestMiniCluster.start(4);
        rest = cluster.rest();
        client = LakeJobClient.builder()
                .endpoint("flink:standalone://127.0.0.1:" + rest.getPort())
                .property(FlinkOptions.SAVEPOINT_DIR, savepoints.toString())
                .build();
    }

    @AfterAll
    static void stopCluster() throws Exception {
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

    private static FlinkJobDetail await(long id, JobStatus target) {
        return client.jobs()
                .waitUntil(
                        id,
                        Set.of(target),
                        WaitOptions.timeout(Duration.ofMinutes(1)).withPollInterval(Duration.ofMillis(20)),
                        null)
                .jobDetail();
    }

    @Test
    void sqlRunsOnTheStandaloneCluster() throws Exception {
        SqlExecutionResult r = client.flink()
                .executeSql(s -> s.statement(String.format(FlinkLocalSqlJobTest.ORDERS, 100))
                        .useResult(true));

        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(r.jobManagerAddress()).isEqualTo("127.0.0.1:" + rest.getPort());
        assertThat(((Number) r.rows().get(0).get("numtotal")).longValue()).isEqualTo(10100L);
        assertThat(jobIds(rest)).contains(r.jobId());
        assertThat(StatementSetTest.awaitState(rest, r.jobId(), "FINISHED")).isEqualTo("FINISHED");
    }

    @Test
    void aSqlJobOnAQueueAtTheClusterTakesASavepointAndStopsWithOne() throws Exception {
        client.queues().create(q -> q.queueName("standalone_q")
                .cuCount(16)
                .labels(List.of("flink.address=127.0.0.1:" + rest.getPort())));
        long id = client.jobs()
                .createSqlJob(j -> j.name("standalone_counts")
                        .queueName("standalone_q")
                        .sqlBody(SavepointTest.COUNTS)
                        .parallelNumber(1))
                .job()
                .jobId();
        client.jobs().run(id);
        await(id, JobStatus.JOB_RUNNING);
        String fid = client.flink().jobData(String.valueOf(id)).jobId();
        assertThat(StatementSetTest.state(rest, fid)).isEqualTo("RUNNING");

        SavepointResult trigger = client.flink().savepoint(fid, SavepointType.TRIGGER);
        assertThat(Files.isRegularFile(
                        Path.of(URI.create(trigger.savepointPath())).resolve("_metadata")))
                .isTrue();
        assertThat(Path.of(URI.create(trigger.savepointPath())).getParent()).isEqualTo(savepoints.toRealPath());

        // The chapter-9 stop with trigger_savepoint, asked once: no retry loop is needed.
        FlinkJobsBatchResponse stop = client.jobs().stop(id, true);
        assertThat(stop.results().get(0).isSuccess())
                .as(stop.results().get(0).message())
                .isTrue();
        FlinkJobDetail d = await(id, JobStatus.JOB_CANCEL_SUCCESS);
        assertThat(d.savepointPath()).isNotEqualTo(trigger.savepointPath());
        assertThat(Files.isRegularFile(Path.of(URI.create(d.savepointPath())).resolve("_metadata")))
                .isTrue();
        assertThat(StatementSetTest.state(rest, fid)).isEqualTo("FINISHED");
    }

    @Test
    void anotherClientReachesTheClusterThroughTheRequestAddress(LakeJobClient shared) throws Exception {
        String address = "127.0.0.1:" + rest.getPort();
        SqlExecutionResult r = shared.flink()
                .executeSql(
                        s -> s.statement(SavepointTest.COUNTS).parallelism(1).address(address));

        assertThat(r.jobManagerAddress()).isEqualTo(address);
        assertThat(jobIds(rest)).contains(r.jobId());
        SavepointResult stop = shared.flink()
                .savepoint(s ->
                        s.jobId(r.jobId()).savePointType(SavepointType.STOP).address(address));
        assertThat(Files.isRegularFile(Path.of(URI.create(stop.savepointPath())).resolve("_metadata")))
                .isTrue();
        assertThat(StatementSetTest.state(rest, r.jobId())).isEqualTo("FINISHED");
    }

    @Test
    void aJarJobOnTheClusterStopsWithADinkySavepointAndResumesFromIt(@TempDir Path tmp) throws Exception {
        Path jar = JarJobTestJars.jarOf(
                tmp.resolve("ticks.jar"),
                io.lakejob.sdk.flink.userjob.TickJob.class.getName(),
                io.lakejob.sdk.flink.userjob.TickJob.class,
                io.lakejob.sdk.flink.userjob.LineFileSink.class);
        client.resources().uploadJars("standalone-ticks", List.of(jar.toString()));
        Path out = tmp.resolve("ticks");
        long id = client.jobs()
                .createJarJob(
                        j -> j.name("standalone_ticks").entrypoint("ticks.jar").entrypointArgs(out.toString()))
                .job()
                .jobId();
        client.jobs().run(id);
        await(id, JobStatus.JOB_RUNNING);
        String fid = client.flink().jobData(String.valueOf(id)).jobId();
        assertThat(jobIds(rest)).contains(fid);
        JarJobTestJars.await(
                "3 ticks",
                Duration.ofMinutes(1),
                () -> JarJobTestJars.lines(out).size() >= 3);

        SavepointResult stop = client.flink().savepoint(fid, SavepointType.STOP);

        assertThat(Files.isRegularFile(Path.of(URI.create(stop.savepointPath())).resolve("_metadata")))
                .isTrue();
        assertThat(StatementSetTest.state(rest, fid)).isEqualTo("FINISHED");
        assertThat(await(id, JobStatus.JOB_CANCEL_SUCCESS).savepointPath()).isEqualTo(stop.savepointPath());
        int before = JarJobTestJars.lines(out).size();

        client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true));
        await(id, JobStatus.JOB_RUNNING);
        String resumed = client.flink().jobData(String.valueOf(id)).jobId();
        JarJobTestJars.await(
                "2 more ticks",
                Duration.ofMinutes(1),
                () -> JarJobTestJars.lines(out).size() >= before + 2);
        client.flink().savepoint(resumed, SavepointType.CANCEL);
        // Restored, the source went on after its last number instead of starting again at 1.
        List<String> all = JarJobTestJars.lines(out);
        assertThat(all.subList(0, before + 2))
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, before + 2)
                        .mapToObj(String::valueOf)
                        .collect(java.util.stream.Collectors.toList()));
    }
}
