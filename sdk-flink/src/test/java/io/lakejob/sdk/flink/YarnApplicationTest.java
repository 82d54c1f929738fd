package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.userjob.CountJob;
import io.lakejob.sdk.flink.userjob.LineFileSink;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.flink.FlinkJobStatus;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.JobStatus;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code yarn-per-job} and {@code yarn-application} targets on an in-JVM YARN cluster ({@link
 * MiniYarn}): each job gets its own YARN application. Per-job runs the Dinky seed's yarn-per-job
 * {@code executeSql} body; application mode runs a SQL job through the SDK's SQL runner (nothing of
 * the SDK on the cluster's class path) and the seed's yarn-application {@code executeJar} body with a
 * user jar. One unbounded application then goes through what platforms lose jobs to, in order: its
 * JobManager's container is killed and YARN starts a second attempt at a new address (the job stays
 * running), its client closes (the application keeps running, {@code flink.close.clusters=keep}),
 * the next client on the same metadata directory re-attaches the job, and an operator kills the
 * application through YARN (the job ends {@code job_running_exception} with YARN's reason).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YarnApplicationTest {
    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    static Path tmp;

    static MiniYarn yarn;
    static LakeJobClient client;

    /** The unbounded application that the ordered tests share. */
    static String appId;

    static String flinkJobId;
    static String addressAfterFailover;

    @BeforeAll
    static void start() throws Exception {
        yarn = MiniYarn.start(tmp.resolve("yarn"));
        client = client("flink:yarn-application", "keep");
    }

    static LakeJobClient client(String endpoint, String onClose) {
        return client(endpoint, onClose, "metadata");
    }

    /** A client whose metadata folder is its own: a second live client on one folder only reads it. */
    static LakeJobClient client(String endpoint, String onClose, String metadataFolder) {
        return LakeJobClient.builder()
                .endpoint(endpoint)
                .property("flink.target.flinkConfigPath", yarn.flinkConf().toString())
                .property("flink.target.hadoopConfigPath", yarn.hadoopConf().toString())
                .property(FlinkOptions.SAVEPOINT_DIR, tmp.resolve("savepoints").toString())
                .property(FlinkOptions.METADATA_DIR, tmp.resolve(metadataFolder).toString())
                .property(FlinkOptions.CLOSE_CLUSTERS, onClose)
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

    /** The one YARN application of that name, once it runs. */
    static ApplicationReport application(String name) {
        return Await.until(
                        "a running YARN application named " + name,
                        WAIT,
                        () -> yarn.running().stream()
                                .filter(r -> r.getName().equals(name))
                                .toList(),
                        l -> l.size() == 1)
                .get(0);
    }

    static FlinkJobStatus awaitStatus(LakeJobClient c, String jobId, FlinkJobStatus status) {
        return Await.until(
                        "job " + jobId + " " + status, WAIT, () -> c.flink().jobData(jobId), d -> d.status() == status)
                .status();
    }

    @Test
    @Order(1)
    void theDinkyYarnPerJobBodyRunsInItsOwnApplicationAndCloseWithKillEndsIt() throws Exception {
        if (io.lakejob.sdk.flink.testcompat.TestCompat.FLINK_MAJOR >= 2) {
            theDinkyYarnPerJobBodyIsRefusedOnFlink2BeforeAnythingIsDeployed();
            return;
        }
        LakeJobClient perJob = client("flink:yarn-per-job", "kill", "metadata-per-job");
        String id;
        String application;
        try {
            SqlExecutionResult r = perJob.flink().executeSql(seedsPerJobBody());
            assertThat(r.success()).as(r.error()).isTrue();
            id = r.jobId();
            ApplicationReport app = application("openapitest");
            application = app.getApplicationId().toString();
            assertThat(r.jobManagerAddress()).isEqualTo(app.getHost() + ":" + app.getRpcPort());
            assertThat(StatementSetTest.awaitState(URI.create("http://" + r.jobManagerAddress()), id, "RUNNING"))
                    .isEqualTo("RUNNING");
            // The client learns of the state at its next look at the cluster.
            assertThat(awaitStatus(perJob, id, FlinkJobStatus.RUNNING)).isEqualTo(FlinkJobStatus.RUNNING);
        } finally {
            perJob.close();
        }
        // flink.close.clusters=kill: the client's close cancelled the job and ended its application.
        String app = application;
        Await.until(
                "the per-job application ended",
                WAIT,
                () -> yarn.report(app).getFinalApplicationStatus() != FinalApplicationStatus.UNDEFINED);
        assertThat(yarn.report(app).getFinalApplicationStatus()).isEqualTo(FinalApplicationStatus.KILLED);
        Await.until("the per-job containers gone", WAIT, () -> MiniYarn.containerProcesses(app)
                .isEmpty());
        assertThat(id).isNotNull();
    }

    /** The Dinky seed's yarn-per-job executeSql body, pointed at the mini cluster's configuration. */
    private static ExecuteSqlRequest seedsPerJobBody() throws Exception {
        Map<String, Object> replace = new HashMap<>();
        replace.put(
                "gatewayConfig.clusterConfig.flinkConfigPath", yarn.flinkConf().toString());
        replace.put(
                "gatewayConfig.clusterConfig.yarnConfigPath", yarn.hadoopConf().toString());
        // No HDFS here: Flink's own jars come from the class path, and the savepoint was the author's.
        replace.put("gatewayConfig.clusterConfig.flinkLibPath", null);
        replace.put("savePointPath", null);
        return DinkyBodies.executeSql(DinkyBodies.body("executeSql-yarn-per-job", replace));
    }

    /** Flink 2 has no per-job clusters: the seed's body is refused, naming the mode to use, and YARN sees nothing. */
    private static void theDinkyYarnPerJobBodyIsRefusedOnFlink2BeforeAnythingIsDeployed() throws Exception {
        int applicationsBefore = yarn.client().getApplications().size();
        try (LakeJobClient perJob = client("flink:yarn-application", "kill", "metadata-per-job")) {
            ExecuteSqlRequest body = seedsPerJobBody();
            assertThatThrownBy(() -> perJob.flink().executeSql(body))
                    .isInstanceOf(io.lakejob.sdk.exception.NotSupportedException.class)
                    .hasMessageContaining("yarn-per-job")
                    .hasMessageContaining("use yarn-application");
        }
        assertThat(yarn.client().getApplications()).hasSize(applicationsBefore);
    }

    @Test
    @Order(2)
    void aSqlJobRunsAsAnApplicationThroughTheSqlRunnerToItsEnd() throws Exception {
        assertThat(MiniYarn.containerClassPath())
                .as("the containers' class path has Flink and Hadoop, not the SDK")
                .anySatisfy(e -> assertThat(e).contains("flink-table-planner-loader"))
                .noneSatisfy(e -> assertThat(e).contains("lakejob"))
                .allSatisfy(e -> assertThat(e).endsWith(".jar"));
        Path out = tmp.resolve("app-numbers");
        long id = YarnSessionTest.sqlJob(
                client,
                "yarn_app_numbers",
                "CREATE TABLE Gen (n INT) WITH ('connector' = 'datagen', 'fields.n.kind' = 'sequence',"
                        + " 'fields.n.start' = '1', 'fields.n.end' = '50');\n"
                        + "CREATE TABLE Numbers (n INT) WITH ('connector' = 'filesystem', 'path' = '"
                        + out.toUri() + "', 'format' = 'csv');\n"
                        + "INSERT INTO Numbers SELECT n FROM Gen");
        String app = application("yarn_app_numbers").getApplicationId().toString();
        YarnSessionTest.await(client, id, JobStatus.JOB_FINISH);
        assertThat(YarnSessionTest.lines(out).stream().map(Integer::valueOf).sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        Await.until(
                "the application ended",
                WAIT,
                () -> yarn.report(app).getFinalApplicationStatus() != FinalApplicationStatus.UNDEFINED);
        assertThat(yarn.report(app).getFinalApplicationStatus()).isEqualTo(FinalApplicationStatus.SUCCEEDED);
    }

    @Test
    @Order(3)
    void theDinkyExecuteJarBodyRunsAUserJarAsAnApplication(@TempDir Path jars) throws Exception {
        Path jar = JarJobTestJars.jarOf(
                jars.resolve("count.jar"), CountJob.class.getName(), CountJob.class, LineFileSink.class);
        Path out = tmp.resolve("app-counts");
        Map<String, Object> replace = new HashMap<>();
        replace.put(
                "gatewayConfig.clusterConfig.flinkConfigPath", yarn.flinkConf().toString());
        replace.put(
                "gatewayConfig.clusterConfig.yarnConfigPath", yarn.hadoopConf().toString());
        replace.put("gatewayConfig.clusterConfig.flinkLibPath", null);
        replace.put("gatewayConfig.appConfig.userJarPath", jar.toString());
        replace.put("gatewayConfig.appConfig.userJarParas", List.of(out.toString(), "10"));
        replace.put("gatewayConfig.appConfig.userJarMainAppClass", CountJob.class.getName());
        replace.put("savePointPath", null);
        SqlExecutionResult r = client.flink()
                .executeJar(DinkyBodies.executeJar(DinkyBodies.body("executeJar-yarn-application", replace)));
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(r.jobName()).isEqualTo("openapitest");
        assertThat(awaitStatus(client, r.jobId(), FlinkJobStatus.FINISHED)).isEqualTo(FlinkJobStatus.FINISHED);
        assertThat(JarJobTestJars.lines(out)).containsExactlyInAnyOrder("0=3", "1=4", "2=3");
    }

    @Test
    @Order(4)
    void aJobManagerFailoverKeepsTheJobRunningAtTheNewAttemptsAddress() throws Exception {
        SqlExecutionResult r = client.flink()
                .executeSql(ExecuteSqlRequest.builder()
                        .type(ExecutionTarget.YARN_APPLICATION)
                        .jobName("yarn_failover")
                        .statement(
                                "CREATE TABLE Gen (k BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '50');\n"
                                        + "CREATE TABLE Sink (k BIGINT) WITH ('connector' = 'blackhole');\n"
                                        + "INSERT INTO Sink SELECT k FROM Gen")
                        .putConfiguration("yarn.application-attempts", "2")
                        .build());
        assertThat(r.success()).as(r.error()).isTrue();
        flinkJobId = r.jobId();
        ApplicationReport before = application("yarn_failover");
        appId = before.getApplicationId().toString();
        String first = before.getHost() + ":" + before.getRpcPort();
        assertThat(r.jobManagerAddress()).isEqualTo(first);
        assertThat(StatementSetTest.awaitState(URI.create("http://" + first), flinkJobId, "RUNNING"))
                .isEqualTo("RUNNING");

        ProcessHandle jobManager = MiniYarn.jobManagerProcess(appId).orElseThrow();
        jobManager.destroyForcibly();
        ApplicationReport after = Await.until(
                "a second attempt of " + appId + " with a JobManager",
                WAIT,
                () -> {
                    // Never failed, finished or lost while YARN brings the JobManager back (the new
                    // JobManager shows it INITIALIZING while it restores, as Flink reports).
                    assertThat(client.flink().jobData(flinkJobId).status().isTerminal())
                            .as("the job ended during the failover")
                            .isFalse();
                    return yarn.report(appId);
                },
                rep -> rep.getCurrentApplicationAttemptId().getAttemptId() == 2 && rep.getRpcPort() > 0);
        addressAfterFailover = after.getHost() + ":" + after.getRpcPort();
        assertThat(addressAfterFailover).isNotEqualTo(first);
        Await.until("the job RUNNING again at " + addressAfterFailover, WAIT, () -> {
            FlinkJobStatus seen = client.flink().jobData(flinkJobId).status();
            assertThat(seen.isTerminal())
                    .as("the job ended during the failover")
                    .isFalse();
            try {
                return seen == FlinkJobStatus.RUNNING
                        && StatementSetTest.state(URI.create("http://" + addressAfterFailover), flinkJobId)
                                .equals("RUNNING");
            } catch (Exception e) {
                return false;
            }
        });
        SqlExecutionResult now = client.flink().jobData(flinkJobId);
        assertThat(now.status()).isEqualTo(FlinkJobStatus.RUNNING);
        assertThat(now.jobManagerAddress()).isEqualTo(addressAfterFailover);
    }

    @Test
    @Order(5)
    void closingTheClientKeepsTheApplicationAndTheNextClientReattachesItsJob() throws Exception {
        assertThat(appId).as("the failover test ran").isNotNull();
        client.close();
        assertThat(yarn.report(appId).getFinalApplicationStatus()).isEqualTo(FinalApplicationStatus.UNDEFINED);
        assertThat(StatementSetTest.state(URI.create("http://" + addressAfterFailover), flinkJobId))
                .isEqualTo("RUNNING");

        client = client("flink:yarn-application", "keep");
        SqlExecutionResult data = client.flink().jobData(flinkJobId);
        assertThat(data.status()).isEqualTo(FlinkJobStatus.RUNNING);
        assertThat(data.jobManagerAddress()).isEqualTo(addressAfterFailover);
        assertThat(client.jobs().list(l -> {}).items())
                .anySatisfy(j ->
                        assertThat(j.statusDesc()).startsWith("re-attached:").contains(appId));
    }

    @Test
    @Order(6)
    void anApplicationKilledThroughYarnEndsItsJobWithTheReason() {
        assertThat(appId).as("the failover test ran").isNotNull();
        long t0 = System.nanoTime();
        yarn.kill(appId);
        SqlExecutionResult ended = Await.until(
                "the job of the killed application ended",
                WAIT,
                () -> client.flink().jobData(flinkJobId),
                d -> d.status() != FlinkJobStatus.RUNNING);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("YARN kill to job_running_exception: " + millis + " ms");
        assertThat(ended.status()).isEqualTo(FlinkJobStatus.FAILED);
        assertThat(ended.error())
                .contains("killed outside this client")
                .contains(appId)
                .contains("KILLED");
        assertThat(client.jobs().list(l -> {}).items())
                .anySatisfy(j -> assertThat(j.status()).isEqualTo(JobStatus.JOB_RUNNING_EXCEPTION));
    }
}
