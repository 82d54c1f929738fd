package io.lakejob.sdk.flink.internal.targets.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.internal.targets.ClusterState;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kubernetes-session against a mock Kubernetes API server: deploy (the objects Flink creates, with
 * the image, resources and pod template asked for), attach by cluster id (nothing created), the
 * Dinky executeSql body with its field names, kill, a LoadBalancer endpoint pending until its
 * Service gets an address, refusals before any deploy, and a session deleted behind the SDK's back.
 *
 * <p>No pod runs against the mock: the session's JobManager is a Flink cluster in this JVM, reached
 * as a client outside Kubernetes reaches one, through a port-forward ({@link PortForward}, the
 * target's {@code address}) or at the address a LoadBalancer Service's status names.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class KubernetesSessionTest {
    private static final String NS = "flink";
    private static final String IMAGE = "registry.example/flink:1.20.1-lakejob";
    private static final String TICKS =
            "CREATE TABLE t (n BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '5');\n"
                    + "CREATE TABLE s (n BIGINT) WITH ('connector' = 'blackhole');\n"
                    + "INSERT INTO s SELECT n FROM t";

    @TempDir
    static Path tmp;

    static KubeMock kube;
    static JobManagerStandIn jobManager;
    static PortForward forward;

    @BeforeAll
    static void start() throws Exception {
        kube = KubeMock.start(tmp);
        jobManager = JobManagerStandIn.start();
        forward = PortForward.to(jobManager.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (forward != null) {
            forward.close();
        }
        if (jobManager != null) {
            jobManager.close();
        }
        if (kube != null) {
            kube.close();
        }
    }

    private static io.lakejob.sdk.LakeJobClientBuilder sessionClient(String clusterId) {
        return LakeJobClient.builder()
                .endpoint("flink:kubernetes-session://" + clusterId)
                .property("flink.target.kubeConfig", kube.kubeConfig().toString())
                .property("flink.target.namespace", NS);
    }

    @Test
    void aSessionIsDeployedWithTheImageResourcesAndPodTemplateAskedForAndRunsJobs() throws Exception {
        Path template = copy("pod-template.yaml");
        try (LakeJobClient client = sessionClient("sess-deploy")
                .property("flink.target.image", IMAGE)
                .property("flink.target.serviceAccount", "flink-runner")
                .property("flink.target.jobManagerCpu", "0.5")
                .property("flink.target.jobManagerMemory", "1024m")
                .property("flink.target.taskManagerCpu", "2")
                .property("flink.target.taskManagerMemory", "1536m")
                .property("flink.target.taskManagerSlots", "3")
                .property("flink.target.podTemplate", template.toString())
                .property("flink.target.address", forward.address())
                .build()) {
            assertThat(kube.deployment(NS, "sess-deploy")).isNull();
            long id = client.jobs()
                    .createSqlJob(j -> j.name("ticks_on_k8s").sqlBody(TICKS))
                    .job()
                    .jobId();
            client.jobs().run(id);
            client.jobs().waitUntil(id, JobStatus.JOB_RUNNING, Duration.ofMinutes(1));
            String fid = client.flink().jobData(String.valueOf(id)).jobId();
            KubeMock.await("the job RUNNING on the session's JobManager", Duration.ofMinutes(1), () -> "RUNNING"
                    .equals(jobManager.state(fid)));

            // What Flink's descriptor created for the session, as asked.
            Deployment d = kube.deployment(NS, "sess-deploy");
            assertThat(d).isNotNull();
            var pod = d.getSpec().getTemplate();
            assertThat(pod.getMetadata().getLabels()).containsEntry("team", "data-platform");
            assertThat(pod.getSpec().getServiceAccountName()).isEqualTo("flink-runner");
            assertThat(pod.getSpec().getContainers())
                    .extracting(Container::getName)
                    .containsExactlyInAnyOrder("flink-main-container", "log-shipper");
            Container main = pod.getSpec().getContainers().stream()
                    .filter(c -> c.getName().equals("flink-main-container"))
                    .findFirst()
                    .orElseThrow();
            assertThat(main.getImage()).isEqualTo(IMAGE);
            assertThat(main.getResources().getRequests().get("cpu").toString()).isEqualTo("0.5");
            assertThat(main.getResources().getRequests().get("memory").toString())
                    .isEqualTo("1024Mi");
            assertThat(main.getEnv()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("TEMPLATE_ENV"));
            assertThat(main.getArgs()).anySatisfy(a -> assertThat(a).contains("kubernetes-jobmanager.sh"));

            Map<String, Object> conf = kube.flinkConfig(NS, "sess-deploy");
            assertThat(conf)
                    .containsEntry("execution.target", "kubernetes-session")
                    .containsEntry("kubernetes.cluster-id", "sess-deploy")
                    .containsEntry("kubernetes.namespace", NS)
                    .containsEntry("kubernetes.taskmanager.cpu.amount", "2")
                    .containsEntry("taskmanager.memory.process.size", "1536m")
                    .containsEntry("taskmanager.numberOfTaskSlots", "3");
            assertThat(conf.keySet()).noneMatch(k -> k.startsWith("lakejob"));
            assertThat(kube.client()
                            .configMaps()
                            .inNamespace(NS)
                            .withName("pod-template-sess-deploy")
                            .get())
                    .as("the TaskManagers' pod template")
                    .isNotNull();
            assertThat(kube.client()
                            .services()
                            .inNamespace(NS)
                            .withName("sess-deploy")
                            .get())
                    .isNotNull();
            assertThat(kube.client()
                            .services()
                            .inNamespace(NS)
                            .withName("sess-deploy-rest")
                            .get())
                    .isNotNull();
            // The kubeconfig's credentials reach no object in the cluster.
            assertThat(kube.client().configMaps().inNamespace(NS).list().getItems())
                    .allSatisfy(cm -> assertThat(String.valueOf(cm.getData())).doesNotContain(KubeMock.TOKEN));

            client.jobs().stop(id, false);
            client.jobs().waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, Duration.ofMinutes(1));
            KubeMock.await("the job CANCELED on the JobManager", Duration.ofMinutes(1), () -> "CANCELED"
                    .equals(jobManager.state(fid)));
        }
    }

    /**
     * Dinky's executeSql in kubernetes-session mode, the body as the Dinky OpenAPI overview gives it
     * (a copy in the test resources), read field by field. Two values are the test's: {@code
     * address}, the port-forward to the session (the body's 127.0.0.1:8081 is the author's), and
     * {@code savePointPath}, left out because the body's HDFS savepoint does not exist here. The
     * session is an existing one, named by the client's target: it is attached to, nothing created.
     */
    @Test
    void dinkysKubernetesSessionBodyRunsOnTheSessionTheClientNames() throws Exception {
        kube.client()
                .apps()
                .deployments()
                .inNamespace(NS)
                .resource(new DeploymentBuilder()
                        .withNewMetadata()
                        .withName("sess-dinky")
                        .withNamespace(NS)
                        .endMetadata()
                        .withNewSpec()
                        .withReplicas(1)
                        .withNewSelector()
                        .addToMatchLabels("app", "sess-dinky")
                        .endSelector()
                        .withNewTemplate()
                        .withNewMetadata()
                        .addToLabels("app", "sess-dinky")
                        .endMetadata()
                        .withNewSpec()
                        .addNewContainer()
                        .withName("flink-main-container")
                        .withImage(IMAGE)
                        .endContainer()
                        .endSpec()
                        .endTemplate()
                        .endSpec()
                        .withNewStatus()
                        .withReplicas(1)
                        .withReadyReplicas(1)
                        .endStatus()
                        .build())
                .create();
        JsonNode body = new ObjectMapper()
                .readTree(getClass().getResourceAsStream("/kubernetes/dinky-executeSql-kubernetes-session.json"));
        Map<String, String> configuration = new LinkedHashMap<>();
        body.path("configuration")
                .fields()
                .forEachRemaining(
                        e -> configuration.put(e.getKey(), e.getValue().asText()));
        ExecuteSqlRequest request = ExecuteSqlRequest.builder()
                .type(ExecutionTarget.of(body.path("type").asText()))
                .address(forward.address()) // the body's: body.path("address"), the author's own port-forward
                .statement(body.path("statement").asText())
                .useResult(body.path("useResult").asBoolean())
                .useStatementSet(body.path("useStatementSet").asBoolean())
                .useChangeLog(body.path("useChangeLog").asBoolean())
                .useAutoCancel(body.path("useAutoCancel").asBoolean())
                .fragment(body.path("fragment").asBoolean())
                .maxRowNum(body.path("maxRowNum").asInt())
                .checkPoint(body.path("checkPoint").asLong())
                .parallelism(body.path("parallelism").asInt())
                .jobName(body.path("jobName").asText())
                .configuration(configuration)
                .build();
        assertThat(body.path("address").asText()).isEqualTo("127.0.0.1:8081");
        int requestsBefore = kube.requests();
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property("flink.targets.k8s.type", "kubernetes-session")
                .property("flink.targets.k8s.clusterId", "sess-dinky")
                .property("flink.targets.k8s.kubeConfig", kube.kubeConfig().toString())
                .property("flink.targets.k8s.namespace", NS)
                .build()) {
            SqlExecutionResult r = client.flink().executeSql(request);
            assertThat(r.success()).as(r.error()).isTrue();
            assertThat(r.jobName()).isEqualTo("openapitest");
            assertThat(r.jobId()).matches("[0-9a-f]{32}");
            assertThat(r.jobManagerAddress()).isEqualTo(forward.address());
            KubeMock.await("the Dinky job RUNNING on the session", Duration.ofMinutes(1), () -> "RUNNING"
                    .equals(jobManager.state(r.jobId())));
            // table.exec.resource.default-parallelism from the body's configuration took effect.
            assertThat(jobManager.maxParallelism(r.jobId())).isEqualTo(2);
            // Attached, not deployed: the SDK read the Deployment and created nothing.
            assertThat(kube.requests()).isGreaterThan(requestsBefore);
            assertThat(kube.client()
                            .configMaps()
                            .inNamespace(NS)
                            .withName("flink-config-sess-dinky")
                            .get())
                    .isNull();

            client.flink().savepoint(r.jobId(), SavepointType.CANCEL);
            KubeMock.await("the Dinky job CANCELED", Duration.ofMinutes(1), () -> "CANCELED"
                    .equals(jobManager.state(r.jobId())));
        }
    }

    @Test
    void aSessionIsRefusedBeforeAnyDeployWhenItsSettingsCannotWork() {
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property("flink.targets.k8s.type", "kubernetes-session")
                .property("flink.targets.k8s.kubeConfig", kube.kubeConfig().toString())
                .build()) {
            int before = kube.requests();
            assertThatThrownBy(() -> client.flink()
                            .executeSql(ExecuteSqlRequest.builder()
                                    .type(ExecutionTarget.KUBERNETES_SESSION)
                                    .statement(TICKS)
                                    .build()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("cluster id");
            assertThat(kube.requests()).as("no request before the refusal").isEqualTo(before);
        }
        try (LakeJobClient client = sessionClient("Bad_Id").build()) {
            assertThatThrownBy(() -> client.jobs()
                            .run(client.jobs()
                                    .createSqlJob(j -> j.name("bad_id").sqlBody(TICKS))
                                    .job()
                                    .jobId()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("Bad_Id")
                    .hasMessageContaining("lower-case");
        }
        // A session that does not exist and no image to deploy it: refused before anything is created.
        try (LakeJobClient client = sessionClient("sess-noimage").build()) {
            SqlExecutionResult r = client.flink()
                    .executeSql(ExecuteSqlRequest.builder().statement(TICKS).build());
            assertThat(r.success()).isFalse();
            assertThat(r.error()).contains("sess-noimage").contains("image");
            assertThat(kube.deployment(NS, "sess-noimage")).isNull();
        }
    }

    @Test
    void attachKillAndStateOfASessionByItsClusterId() throws Exception {
        TargetSettings settings = settings("sess-kill", Map.of("kubernetes.container.image.ref", IMAGE))
                .withAddress(forward.address());
        KubernetesTargetFactory factory = new KubernetesTargetFactory();
        factory.check(settings);
        try (DeploymentTarget deployer = factory.create(settings, null)) {
            assertThat(deployer.open()).isEqualTo("sess-kill");
        }
        assertThat(kube.deployment(NS, "sess-kill")).isNotNull();
        int deployments = kube.client()
                .apps()
                .deployments()
                .inNamespace(NS)
                .list()
                .getItems()
                .size();
        // A second target (another client) attaches to it by its id: nothing new is created.
        try (DeploymentTarget attached = factory.create(settings, null)) {
            assertThat(attached.open()).isEqualTo("sess-kill");
            assertThat(kube.client().apps().deployments().inNamespace(NS).list().getItems())
                    .hasSize(deployments);
            assertThat(attached.clusterState("sess-kill").isOver()).isFalse();
            assertThat(attached.restAddress("sess-kill").toString()).isEqualTo("http://" + forward.address());

            attached.kill("sess-kill");
            assertThat(kube.deployment(NS, "sess-kill")).isNull();
            ClusterState gone = attached.clusterState("sess-kill");
            assertThat(gone.phase()).isEqualTo(ClusterState.Phase.GONE);
            assertThat(gone.detail()).contains("Deployment sess-kill").contains(NS);
        }
    }

    @Test
    void aLoadBalancerEndpointIsPendingUntilItsServiceHasAnAddress() throws Exception {
        // The Service's port is rest.port: the stand-in JobManager's, at the address the status will give.
        TargetSettings settings = settings(
                "sess-lb",
                Map.of(
                        "kubernetes.container.image.ref",
                        IMAGE,
                        "kubernetes.rest-service.exposed.type",
                        "LoadBalancer",
                        "rest.port",
                        String.valueOf(jobManager.port())));
        try (DeploymentTarget target = new KubernetesTargetFactory().create(settings, null)) {
            CompletableFuture<String> open = CompletableFuture.supplyAsync(target::open);
            KubeMock.await(
                    "the session's rest Service",
                    Duration.ofMinutes(1),
                    () -> kube.client()
                                    .services()
                                    .inNamespace(NS)
                                    .withName("sess-lb-rest")
                                    .get()
                            != null);
            assertThatThrownBy(() -> target.restAddress("sess-lb"))
                    .isInstanceOf(ServiceException.class)
                    .hasMessageContaining("endpoint pending")
                    .hasMessageContaining("sess-lb-rest");
            assertThat(open).isNotDone();

            kube.client().services().inNamespace(NS).withName("sess-lb-rest").editStatus(s -> new ServiceBuilder(s)
                    .editOrNewStatus()
                    .withNewLoadBalancer()
                    .addNewIngress()
                    .withIp("127.0.0.1")
                    .endIngress()
                    .endLoadBalancer()
                    .endStatus()
                    .build());

            assertThat(open.get(1, TimeUnit.MINUTES)).isEqualTo("sess-lb");
            assertThat(target.restAddress("sess-lb").toString()).isEqualTo("http://127.0.0.1:" + jobManager.port());
        }
    }

    @Test
    void aSessionDeletedBehindTheSdksBackEndsItsJobNamingTheDeployment() throws Exception {
        PortForward own = PortForward.to(jobManager.port());
        String fid = null;
        try (LakeJobClient client = sessionClient("sess-gone")
                .property("flink.target.image", IMAGE)
                .property("flink.target.address", own.address())
                .build()) {
            long id = client.jobs()
                    .createSqlJob(j -> j.name("ticks_gone").sqlBody(TICKS))
                    .job()
                    .jobId();
            client.jobs().run(id);
            client.jobs().waitUntil(id, JobStatus.JOB_RUNNING, Duration.ofMinutes(1));
            fid = client.flink().jobData(String.valueOf(id)).jobId();

            // Someone deletes the session; its pod goes, and with it the port-forward.
            kube.client()
                    .apps()
                    .deployments()
                    .inNamespace(NS)
                    .withName("sess-gone")
                    .delete();
            own.close();

            var job = client.jobs()
                    .waitUntil(id, JobStatus.JOB_RUNNING_EXCEPTION, Duration.ofMinutes(1))
                    .jobDetail();
            assertThat(job.statusDesc())
                    .contains("is gone")
                    .contains("Deployment sess-gone no longer exists in namespace " + NS);
        } finally {
            own.close();
            if (fid != null) {
                jobManager.cancelQuietly(fid);
            }
        }
    }

    /**
     * A client JVM dies with a job running on the session; the next client on the same metadata
     * directory finds it still running there (the Deployment exists, Flink's REST API says RUNNING),
     * re-attaches and can stop it.
     */
    @Test
    void aJobLeftRunningByADeadClientIsReattachedByTheNextOne() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("metadata"));
        String[] args = {dir.toString(), kube.kubeConfig().toString(), NS, "sess-reattach", forward.address(), IMAGE};
        List<String> command = new java.util.ArrayList<>();
        command.add(System.getProperty("java.home") + "/bin/java");
        command.add("-Xmx1g");
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-"))
                .toList());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DyingKubernetesClientMain.class.getName());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String fid = null;
        try {
            StringBuilder seen = new StringBuilder();
            String ready = null;
            try (var out = new java.io.BufferedReader(
                    new java.io.InputStreamReader(child.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    if (line.startsWith("READY ")) {
                        ready = line;
                        break;
                    }
                }
                assertThat(ready).as(seen.toString()).isNotNull();
                child.destroyForcibly();
                assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
            }
            long id = Long.parseLong(ready.split(" ")[1]);
            fid = ready.split(" ")[2];
            assertThat(jobManager.state(fid)).isEqualTo("RUNNING");

            try (LakeJobClient next = DyingKubernetesClientMain.client(args).build()) {
                var job = next.jobs().get(id).jobDetail();
                assertThat(job.status()).isEqualTo(JobStatus.JOB_RUNNING);
                assertThat(job.statusDesc())
                        .startsWith("re-attached:")
                        .contains("kubernetes-session sess-reattach")
                        .contains("RUNNING");
                next.jobs().stop(id, false);
                next.jobs().waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, Duration.ofMinutes(1));
                String f = fid;
                KubeMock.await("the re-attached job CANCELED", Duration.ofMinutes(1), () -> "CANCELED"
                        .equals(jobManager.state(f)));
            }
            // The stored job names its target by settings and paths only: no credentials in the directory.
            try (var files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(f)).as(f.toString()).doesNotContain(KubeMock.TOKEN);
                }
            }
        } finally {
            child.destroyForcibly();
            if (fid != null) {
                jobManager.cancelQuietly(fid);
            }
        }
    }

    private static TargetSettings settings(String clusterId, Map<String, String> conf) {
        Map<String, String> c = new LinkedHashMap<>(conf);
        c.put("kubernetes.namespace", NS);
        return new TargetSettings(
                TargetKind.KUBERNETES_SESSION,
                "the test",
                null,
                clusterId,
                null,
                null,
                null,
                kube.kubeConfig().toString(),
                null,
                null,
                null,
                c);
    }

    static Path copy(String resource) throws Exception {
        Path f = tmp.resolve(resource);
        if (!Files.exists(f)) {
            try (var in = KubernetesSessionTest.class.getResourceAsStream("/kubernetes/" + resource)) {
                Files.copy(in, f);
            }
        }
        return f;
    }
}
