package io.lakejob.sdk.flink.internal.targets.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.flink.internal.running.app.SqlRunnerMain;
import io.lakejob.sdk.flink.internal.targets.ApplicationSpec;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.flink.GatewayConfig;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.StatementSet;
import org.apache.flink.table.api.TableEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kubernetes-application against a mock Kubernetes API server: Dinky's executeJar with a user jar
 * in the image, a Flink SQL job on a queue run by the SDK's SQL runner from the image, the objects
 * Flink creates for them (image, resources, pod template, jar, main class, arguments, fixed job id),
 * a LoadBalancer endpoint pending until its Service gets an address, a stop before the job started,
 * a deployment deleted behind the SDK's back, one deployment per run however often it is retried,
 * and refusals before any request.
 *
 * <p>No pod runs against the mock, so no JobManager runs the application's main class. Where the
 * test follows a job to RUNNING, it plays the JobManager's part: a Flink cluster in this JVM at the
 * address the test writes into the LoadBalancer Service's status, running the statements decoded
 * from the program arguments in the application's ConfigMap, under the job id found there.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class KubernetesApplicationTest {
    private static final String NS = "jobs";
    private static final String IMAGE = "registry.example/flink-app:1.20.1";
    private static final String RUNNER = "local:///opt/flink/usrlib/lakejob-sql-runner.jar";
    private static final String TICKS =
            "CREATE TABLE t (n BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '5');\n"
                    + "CREATE TABLE s (n BIGINT) WITH ('connector' = 'blackhole');\n"
                    + "INSERT INTO s SELECT n FROM t";

    @TempDir
    static Path tmp;

    static KubeMock kube;
    static JobManagerStandIn jobManager;

    @BeforeAll
    static void start() throws Exception {
        kube = KubeMock.start(tmp);
        jobManager = JobManagerStandIn.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (jobManager != null) {
            jobManager.close();
        }
        if (kube != null) {
            kube.close();
        }
    }

    private static LakeJobClientBuilder client(String target) {
        return LakeJobClient.builder()
                .endpoint("flink:local")
                .property("flink.targets." + target + ".type", "kubernetes-application")
                .property(
                        "flink.targets." + target + ".kubeConfig",
                        kube.kubeConfig().toString())
                .property("flink.targets." + target + ".namespace", NS)
                .property("flink.targets." + target + ".image", IMAGE);
    }

    private static long sqlJobOnQueue(LakeJobClient c, String target, String name) {
        String queue = name + "_q";
        c.queues().create(q -> q.queueName(queue).cuCount(16).labels(List.of("flink.target=" + target)));
        long id = c.jobs()
                .createSqlJob(j -> j.name(name).queueName(queue).sqlBody(TICKS))
                .job()
                .jobId();
        c.jobs().run(id);
        return id;
    }

    private static FlinkJobDetail detail(LakeJobClient c, long id) {
        return c.jobs().get(id).jobDetail();
    }

    private static FlinkJobDetail awaitDesc(LakeJobClient c, long id, String part) {
        return KubeMock.await(
                "job " + id + " saying '" + part + "'",
                Duration.ofMinutes(1),
                () -> detail(c, id),
                d -> d.statusDesc() != null && d.statusDesc().contains(part));
    }

    /**
     * Dinky's executeJar in application mode: the user jar is in the image ({@code local://}); the
     * request's kubernetesConfig brings the kubeconfig as YAML text (written to an owner-only file)
     * and a JobManager pod template. A stop before the job started deletes the application.
     */
    @Test
    void executeJarDeploysTheUserJarFromTheImageAndAStopBeforeItStartsDeletesIt() throws Exception {
        String kubeconfigText = Files.readString(kube.kubeConfig());
        String template = new String(
                KubernetesApplicationTest.class
                        .getResourceAsStream("/kubernetes/pod-template.yaml")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        try (LakeJobClient c = LakeJobClient.builder()
                .endpoint("flink:local")
                .property("flink.targets.apps.type", "kubernetes-application")
                .property("flink.targets.apps.image", IMAGE)
                .property("flink.targets.apps.serviceAccount", "app-runner")
                .property("flink.targets.apps.jobManagerCpu", "1.5")
                .property("flink.targets.apps.jobManagerMemory", "2048m")
                .build()) {
            SqlExecutionResult r = c.flink().executeJar(j -> j.type(ExecutionTarget.KUBERNETES_APPLICATION)
                    .jobName("k8s_jar")
                    .gatewayConfig(GatewayConfig.builder()
                            .appConfig("local:///opt/flink/usrlib/app.jar", "com.example.App", "--in", "s3://b/in")
                            .putFlinkConfiguration("parallelism.default", "2")
                            .kubernetesConfig(new GatewayConfig.KubernetesConfig(
                                    Map.of("kubernetes.namespace", NS), kubeconfigText, null, template, null))
                            .build()));
            assertThat(r.success()).as(r.error()).isTrue();
            String clusterId = "lakejob-" + r.jobId();
            long id = c.jobs().listAll(ListFlinkJobsRequest.builder().build()).stream()
                    .filter(j -> "k8s_jar".equals(j.name()))
                    .findFirst()
                    .orElseThrow()
                    .jobId();
            FlinkJobDetail waiting = awaitDesc(c, id, "deployed");
            assertThat(waiting.status()).isEqualTo(JobStatus.JOB_SUBMITTING);

            Deployment d = kube.deployment(NS, clusterId);
            assertThat(d).as("Deployment " + clusterId).isNotNull();
            var pod = d.getSpec().getTemplate();
            assertThat(pod.getMetadata().getLabels()).containsEntry("team", "data-platform");
            assertThat(pod.getSpec().getServiceAccountName()).isEqualTo("app-runner");
            var main = pod.getSpec().getContainers().stream()
                    .filter(x -> x.getName().equals("flink-main-container"))
                    .findFirst()
                    .orElseThrow();
            assertThat(main.getImage()).isEqualTo(IMAGE);
            assertThat(main.getResources().getRequests().get("cpu").toString()).isEqualTo("1.5");
            assertThat(main.getResources().getRequests().get("memory").toString())
                    .isEqualTo("2048Mi");
            Map<String, Object> conf = kube.flinkConfig(NS, clusterId);
            assertThat(conf)
                    .containsEntry("execution.target", "kubernetes-application")
                    .containsEntry("kubernetes.cluster-id", clusterId)
                    .containsEntry("$internal.application.main", "com.example.App")
                    .containsEntry("$internal.pipeline.job-id", r.jobId())
                    .containsEntry("pipeline.name", "k8s_jar")
                    .containsEntry("parallelism.default", "2");
            assertThat(list(conf.get("pipeline.jars"))).containsExactly("local:///opt/flink/usrlib/app.jar");
            assertThat(list(conf.get("$internal.application.program-args"))).containsExactly("--in", "s3://b/in");
            // The inline kubeconfig went to an owner-only file: its token is in no object, message or record.
            assertThat(String.valueOf(conf)).doesNotContain(KubeMock.TOKEN);
            assertThat(waiting.statusDesc()).doesNotContain(KubeMock.TOKEN);

            c.jobs().stop(id, false);
            c.jobs().waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, Duration.ofMinutes(1));
            KubeMock.await(
                    "the application deleted", Duration.ofMinutes(1), () -> kube.deployment(NS, clusterId) == null);
        }
    }

    /**
     * A Flink SQL job on a queue whose target is kubernetes-application: the SDK's SQL runner from the
     * image runs it. Its LoadBalancer endpoint is pending (a state, not an error) until the Service
     * gets an address; then the job is followed to RUNNING and stopped like any other.
     */
    @Test
    void aSqlJobRunsTheSdksRunnerFromTheImageAndIsFollowedOnceItsEndpointResolves() throws Exception {
        try (LakeJobClient c = client("lb")
                .property("flink.targets.lb.sqlRunnerJar", RUNNER)
                .property("flink.targets.lb.restServiceType", "LoadBalancer")
                // The Service's port: where the stand-in JobManager listens, once the status names its host.
                .property("flink.targets.lb.conf.rest.port", String.valueOf(jobManager.port()))
                .build()) {
            long id = sqlJobOnQueue(c, "lb", "sql_on_k8s");
            FlinkJobDetail pending = awaitDesc(c, id, "endpoint pending");
            assertThat(pending.status()).isEqualTo(JobStatus.JOB_SUBMITTING);
            String fid = c.flink().jobData(String.valueOf(id)).jobId();
            String clusterId = "lakejob-" + fid;
            assertThat(pending.statusDesc()).contains(clusterId + "-rest");

            Map<String, Object> conf = kube.flinkConfig(NS, clusterId);
            assertThat(conf)
                    .containsEntry("$internal.application.main", SqlRunnerMain.class.getName())
                    .containsEntry("$internal.pipeline.job-id", fid);
            assertThat(list(conf.get("pipeline.jars"))).containsExactly(RUNNER);
            List<String> statements = statements(list(conf.get("$internal.application.program-args")));
            assertThat(statements).hasSize(3);
            assertThat(statements.get(2)).startsWith("INSERT INTO s");

            kube.client()
                    .services()
                    .inNamespace(NS)
                    .withName(clusterId + "-rest")
                    .editStatus(s -> new ServiceBuilder(s)
                            .editOrNewStatus()
                            .withNewLoadBalancer()
                            .addNewIngress()
                            .withIp("127.0.0.1")
                            .endIngress()
                            .endLoadBalancer()
                            .endStatus()
                            .build());
            awaitDesc(c, id, "has not started the job yet");

            // The JobManager's part: the runner's statements, under the application's job id.
            runAsTheJobManagerWould(statements, fid, "sql_on_k8s");
            c.jobs().waitUntil(id, JobStatus.JOB_RUNNING, Duration.ofMinutes(1));
            assertThat(jobManager.state(fid)).isEqualTo("RUNNING");

            c.jobs().stop(id, false);
            c.jobs().waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, Duration.ofMinutes(1));
            KubeMock.await("the job CANCELED", Duration.ofMinutes(1), () -> "CANCELED".equals(jobManager.state(fid)));
        }
    }

    @Test
    void aSqlJobWithoutTheRunnerJarSaysWhereToPutItAndDeploysNothing() {
        try (LakeJobClient c = client("norunner").build()) {
            int deployments = kube.client()
                    .apps()
                    .deployments()
                    .inNamespace(NS)
                    .list()
                    .getItems()
                    .size();
            long id = sqlJobOnQueue(c, "norunner", "no_runner");
            FlinkJobDetail d = c.jobs()
                    .waitUntil(id, JobStatus.JOB_SUBMIT_FAIL, Duration.ofMinutes(1))
                    .jobDetail();
            assertThat(d.statusDesc())
                    .contains("sqlRunnerJar")
                    .contains("io.lakejob:lakejob-sdk-flink:<version>:jar:sql-runner")
                    .contains("kubernetes.artifacts.local-upload-enabled");
            assertThat(kube.client().apps().deployments().inNamespace(NS).list().getItems())
                    .hasSize(deployments);
        }
    }

    @Test
    void theClientsRunnerJarIsUploadedWhenFlinkUploadsLocalArtifacts() throws Exception {
        Path uploads = Files.createDirectories(tmp.resolve("uploads"));
        try (LakeJobClient c = client("upload")
                .property("flink.targets.upload.conf.kubernetes.artifacts.local-upload-enabled", "true")
                .property(
                        "flink.targets.upload.conf.kubernetes.artifacts.local-upload-target",
                        uploads.toUri().toString())
                .build()) {
            long id = sqlJobOnQueue(c, "upload", "uploaded_runner");
            awaitDesc(c, id, "deployed");
            String fid = c.flink().jobData(String.valueOf(id)).jobId();
            List<String> jars = list(kube.flinkConfig(NS, "lakejob-" + fid).get("pipeline.jars"));
            assertThat(jars).hasSize(1);
            Path uploaded = Path.of(URI.create(jars.get(0)));
            assertThat(uploaded.getParent()).isEqualTo(uploads);
            assertThat(uploaded.getFileName().toString()).matches("lakejob-sql-runner-[0-9a-f]{12}\\.jar");
            try (JarFile jar = new JarFile(uploaded.toFile())) {
                assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                        .isEqualTo(SqlRunnerMain.class.getName());
            }
            c.jobs().stop(id, false);
            c.jobs().waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, Duration.ofMinutes(1));
        }
    }

    @Test
    void anApplicationDeletedBehindTheSdksBackEndsItsJobNamingTheDeployment() {
        try (LakeJobClient c = client("gone")
                .property("flink.targets.gone.sqlRunnerJar", RUNNER)
                .build()) {
            long id = sqlJobOnQueue(c, "gone", "deleted_app");
            awaitDesc(c, id, "deployed");
            String clusterId =
                    "lakejob-" + c.flink().jobData(String.valueOf(id)).jobId();
            assertThat(kube.deployment(NS, clusterId)).isNotNull();

            kube.client()
                    .apps()
                    .deployments()
                    .inNamespace(NS)
                    .withName(clusterId)
                    .delete();

            FlinkJobDetail d = c.jobs()
                    .waitUntil(id, JobStatus.JOB_RUNNING_EXCEPTION, Duration.ofMinutes(1))
                    .jobDetail();
            assertThat(d.statusDesc())
                    .contains("is gone")
                    .contains("Deployment " + clusterId + " no longer exists in namespace " + NS);
        }
    }

    @Test
    void closingTheClientDeletesAnApplicationWhoseJobHasNotStarted() {
        String clusterId;
        try (LakeJobClient c = client("closing")
                .property("flink.targets.closing.sqlRunnerJar", RUNNER)
                .build()) {
            long id = sqlJobOnQueue(c, "closing", "closed_early");
            awaitDesc(c, id, "deployed");
            clusterId = "lakejob-" + c.flink().jobData(String.valueOf(id)).jobId();
            assertThat(kube.deployment(NS, clusterId)).isNotNull();
        }
        assertThat(kube.deployment(NS, clusterId))
                .as("Deployment " + clusterId + " after close")
                .isNull();
    }

    @Test
    void aRetriedDeployOfOneRunMakesNoSecondApplication() {
        TargetSettings s = settings(Map.of("kubernetes.container.image.ref", IMAGE));
        ApplicationSpec run1 = new ApplicationSpec(
                RUNNER, "com.example.App", List.of("a"), "00000000000000070000000100000002", "retried", Map.of());
        try (DeploymentTarget t = new KubernetesTargetFactory().create(s, null)) {
            int before = kube.client()
                    .apps()
                    .deployments()
                    .inNamespace(NS)
                    .list()
                    .getItems()
                    .size();
            String first = t.deployApplication(run1);
            String again = t.deployApplication(run1);
            assertThat(first).isEqualTo(again).isEqualTo("lakejob-00000000000000070000000100000002");
            assertThat(kube.client().apps().deployments().inNamespace(NS).list().getItems())
                    .hasSize(before + 1);
            String run2 = t.deployApplication(new ApplicationSpec(
                    RUNNER, "com.example.App", List.of("a"), "00000000000000070000000100000003", "retried", Map.of()));
            assertThat(run2).isNotEqualTo(first);
            t.kill(first);
            t.kill(run2);
            assertThat(kube.deployment(NS, first)).isNull();
        }
    }

    @Test
    void settingsThatCannotWorkAreRefusedBeforeAnyRequest() {
        KubernetesTargetFactory f = new KubernetesTargetFactory();
        int before = kube.requests();
        assertThatThrownBy(() -> f.check(settings(Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("image");
        assertThatThrownBy(() -> f.check(settings(Map.of("kubernetes.container.image.ref", IMAGE))
                        .withClusterId("mine")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("lakejob-<Flink job id>");
        assertThatThrownBy(() -> f.check(settings(Map.of("kubernetes.container.image.ref", IMAGE))
                        .withAddress("127.0.0.1:8081")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("kubernetes-session");
        assertThatThrownBy(() -> f.check(settings(Map.of(
                        "kubernetes.container.image.ref", IMAGE, "kubernetes.rest-service.exposed.type", "Ingress"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("LoadBalancer");
        assertThatThrownBy(() -> f.check(settings(
                        Map.of("kubernetes.container.image.ref", IMAGE, "kubernetes.jobmanager.cpu.amount", "lots"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("kubernetes.jobmanager.cpu.amount");
        assertThatThrownBy(() -> f.check(settings(Map.of(
                        "kubernetes.container.image.ref",
                        IMAGE,
                        "lakejob.kubernetes.sql-runner-jar",
                        "/opt/runner.jar"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("local://");
        try (DeploymentTarget t = f.create(settings(Map.of("kubernetes.container.image.ref", IMAGE)), null)) {
            assertThatThrownBy(() -> t.deployApplication(new ApplicationSpec(
                            "/home/me/app.jar",
                            "com.example.App",
                            List.of(),
                            "00000000000000080000000100000001",
                            "x",
                            Map.of())))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("local:///path/in/image.jar");
        }
        assertThat(kube.requests()).as("requests to the API server").isEqualTo(before);
    }

    private static TargetSettings settings(Map<String, String> conf) {
        Map<String, String> c = new LinkedHashMap<>(conf);
        c.put("kubernetes.namespace", NS);
        return new TargetSettings(
                TargetKind.KUBERNETES_APPLICATION,
                "the test",
                null,
                null,
                null,
                null,
                null,
                kube.kubeConfig().toString(),
                null,
                null,
                null,
                c);
    }

    /** A list option as Flink writes it into config.yaml (a YAML list, or {@code a;b}). */
    private static List<String> list(Object value) {
        if (value instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            l.forEach(x -> out.add(String.valueOf(x)));
            return out;
        }
        return value == null ? List.of() : List.of(String.valueOf(value).split(";"));
    }

    /** The statements in the SQL runner's arguments ({@code --streaming --sql <base64> ...}). */
    private static List<String> statements(List<String> args) {
        assertThat(args.get(0)).isEqualTo("--streaming");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < args.size(); i += 2) {
            assertThat(args.get(i)).isEqualTo("--sql");
            out.add(new String(Base64.getDecoder().decode(args.get(i + 1)), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** What the application's JobManager does with the runner's arguments, on the stand-in cluster. */
    private static void runAsTheJobManagerWould(List<String> statements, String fid, String name) {
        Configuration conf = new Configuration();
        conf.setString("execution.target", "remote");
        conf.setString("rest.address", "127.0.0.1");
        conf.setString("rest.port", String.valueOf(jobManager.port()));
        conf.setString("$internal.pipeline.job-id", fid);
        conf.setString("pipeline.name", name);
        TableEnvironment env = TableEnvironment.create(EnvironmentSettings.newInstance()
                .withConfiguration(conf)
                .inStreamingMode()
                .build());
        StatementSet set = env.createStatementSet();
        for (String s : statements) {
            if (s.startsWith("INSERT")) {
                set.addInsertSql(s);
            } else {
                env.executeSql(s);
            }
        }
        set.execute();
    }
}
