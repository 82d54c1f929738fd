package io.lakejob.sdk.flink.internal.targets.kubernetes;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.targets.ApplicationSpec;
import io.lakejob.sdk.flink.internal.targets.ClusterState;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.FlinkRest;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.RestClusters;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.ClusterSpecification;
import org.apache.flink.client.deployment.application.ApplicationConfiguration;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.PipelineOptionsInternal;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.kubernetes.KubernetesClusterClientFactory;
import org.apache.flink.kubernetes.KubernetesClusterDescriptor;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.util.FlinkException;

/**
 * Flink's application mode on Kubernetes: each job run gets its own cluster, deployed with Flink's
 * {@code KubernetesClusterDescriptor.deployApplicationCluster}, whose JobManager runs the job's main
 * class from a jar in the image ({@code local://}) or at a URI the cluster reads. The cluster id is
 * {@code lakejob-<Flink job id>}: derived from the platform job, its run and the client, so a retried
 * deploy of one run finds the Deployment it made instead of making a second one.
 *
 * <p>Flink returns from the deploy once the Kubernetes objects exist; the JobManager pod starts
 * later, and a LoadBalancer's address may come later still. {@link #awaitApplication} polls the
 * Deployment, the endpoint and Flink's REST API until the run's job is known there, saying what it
 * waits for ({@code deployed, endpoint pending: ...}); a Deployment that disappears meanwhile ends
 * the wait with an error naming it.
 */
final class KubernetesApplicationTarget implements DeploymentTarget {
    /** The cluster id Flink's shared clients are configured with; calls always name their cluster. */
    private static final String CLIENT_CLUSTER_ID = "lakejob-client";

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private final TargetSettings settings;
    private final KubeApi api;

    KubernetesApplicationTarget(TargetSettings settings) {
        this.settings = settings;
        this.api = new KubeApi(settings, CLIENT_CLUSTER_ID);
    }

    /**
     * The cluster id of a job run's application.
     *
     * @param flinkJobId the run's Flink job id
     * @return {@code lakejob-<flinkJobId>} (40 characters)
     */
    static String clusterIdOf(String flinkJobId) {
        return "lakejob-" + flinkJobId.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public TargetSettings settings() {
        return settings;
    }

    @Override
    public String open() {
        // Nothing to attach to before a job: each run deploys its own cluster.
        return null;
    }

    @Override
    public CompletableFuture<Submitted> submit(JobGraph graph, ClassLoader userCodeClassLoader) {
        throw new NotSupportedException(
                "submit job graph",
                "flink",
                "kubernetes-application runs the job's main class in its own cluster; jobs planned on the client go"
                        + " to kubernetes-session");
    }

    /**
     * The runner jar: the {@code sqlRunnerJar} setting (in the image, or a URI the cluster reads);
     * else, when Flink uploads the client's {@code local://} artifacts ({@code
     * kubernetes.artifacts.local-upload-enabled}), the client's copy under a name that changes with
     * its content (an upload never reuses another SDK version's runner).
     */
    @Override
    public String sqlRunnerJar(Path clientCopy) {
        String configured = settings.flinkConfiguration().get(KubeSettings.RUNNER_JAR);
        if (configured != null) {
            return configured;
        }
        if (KubeSettings.localUpload(settings)) {
            return "local://" + versioned(clientCopy).toAbsolutePath();
        }
        throw new ConfigurationException("A SQL job on the kubernetes-application target of " + settings.origin()
                + " runs the SDK's SQL runner in its JobManager, so the runner's jar must be where the cluster reads"
                + " it: copy the jar io.lakejob:lakejob-sdk-flink:<version>:jar:sql-runner into the image and set"
                + " sqlRunnerJar to its local:// path (for example local:///opt/flink/usrlib/lakejob-sql-runner.jar),"
                + " or let Flink upload the client's copy (kubernetes.artifacts.local-upload-enabled=true and"
                + " kubernetes.artifacts.local-upload-target)");
    }

    private static Path versioned(Path jar) {
        try {
            byte[] bytes = Files.readAllBytes(jar);
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 12);
            Path dir = jar.getParent().resolve("upload");
            Files.createDirectories(dir);
            Path out = dir.resolve("lakejob-sql-runner-" + hash + ".jar");
            if (!Files.exists(out)) {
                Files.write(out, bytes);
                out.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the SQL runner's jar for upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar as Flink's {@code pipeline.jars} takes it, or a refusal before anything is deployed. */
    private String jar(String jar) {
        String what = "kubernetes-application target of " + settings.origin();
        URI u;
        try {
            u = new URI(jar);
        } catch (java.net.URISyntaxException e) {
            u = null;
        }
        boolean localPath = u == null || u.getScheme() == null || u.getScheme().equalsIgnoreCase("file");
        if (localPath) {
            Path p = u != null && u.getScheme() != null ? Path.of(u) : Path.of(jar);
            if (KubeSettings.localUpload(settings) && Files.isRegularFile(p)) {
                // Flink uploads it to kubernetes.artifacts.local-upload-target before the deploy.
                return "local://" + p.toAbsolutePath();
            }
            throw new ConfigurationException("The " + what + " runs jars inside the image (local:///path/in/image.jar)"
                    + " or at a URI the cluster reads (https://, s3://, hdfs://), not the client's file " + jar
                    + " (unless kubernetes.artifacts.local-upload-enabled uploads it)");
        }
        KubeSettings.checkJarUri(what, "the jar", jar);
        return jar;
    }

    @Override
    public String deployApplication(ApplicationSpec app) {
        String clusterId = clusterIdOf(app.flinkJobId());
        String jar = jar(app.jar());
        if (api.exists(clusterId)) {
            // A retried deploy of the same run: its application exists already.
            return clusterId;
        }
        Configuration conf = KubeSettings.flinkConfiguration(settings, clusterId);
        app.configuration().forEach(conf::setString);
        conf.set(PipelineOptions.JARS, List.of(jar));
        conf.set(PipelineOptionsInternal.PIPELINE_FIXED_JOB_ID, app.flinkJobId());
        if (app.jobName() != null) {
            conf.set(PipelineOptions.NAME, app.jobName());
        }
        KubernetesClusterClientFactory factory = new KubernetesClusterClientFactory();
        ClusterSpecification spec = factory.getClusterSpecification(conf);
        ApplicationConfiguration application =
                new ApplicationConfiguration(app.args().toArray(new String[0]), app.mainClass());
        try (KubernetesClusterDescriptor d = factory.createClusterDescriptor(conf)) {
            d.deployApplicationCluster(spec, application);
        } catch (Exception e) {
            // Not yet an endpoint (LoadBalancer, NodePort): deployed, awaitApplication polls for it. A
            // deploy racing another for the same run: the Deployment exists. Anything else failed.
            if (!(KubeApi.isEndpointPending(e) || String.valueOf(e.getMessage()).contains("already exists"))
                    || !api.exists(clusterId)) {
                throw new TransportException(
                        "Deploying the kubernetes-application " + clusterId + " in namespace " + api.namespace()
                                + " failed: " + SqlJobRunner.rootMessage(e),
                        e,
                        false);
            }
        }
        return clusterId;
    }

    @Override
    public boolean awaitApplication(JobRef job, Consumer<String> progress, BooleanSupplier current)
            throws InterruptedException {
        String clusterId = job.clusterId();
        long pause = 100;
        while (true) {
            ClusterState state = api.state(clusterId);
            if (state.isOver()) {
                throw new LakeJobException("the cluster of " + job.describe() + " is gone: " + state.detail());
            }
            if (!current.getAsBoolean()) {
                return false;
            }
            String waiting;
            URI address = null;
            try {
                address = api.restAddress(clusterId);
                FlinkRest.Response r = new FlinkRest(address, PROBE_TIMEOUT).get("/jobs/" + job.flinkJobId());
                if (r.ok()) {
                    return true;
                }
                waiting = r.status() == 404
                        ? "deployed, the JobManager at " + address.getAuthority() + " has not started the job yet"
                        : "deployed, the JobManager at " + address.getAuthority() + " answered HTTP " + r.status();
            } catch (ServiceException e) {
                waiting = e.errorMessage();
            } catch (RuntimeException e) {
                waiting = "deployed, waiting for the JobManager"
                        + (address == null ? "" : " at " + address.getAuthority()) + " ("
                        + SqlJobRunner.rootMessage(e) + ")";
            }
            if (state.phase() != ClusterState.Phase.ALIVE && !state.detail().isEmpty()) {
                waiting = waiting + "; " + state.detail();
            }
            progress.accept(waiting);
            Thread.sleep(pause);
            pause = Math.min(MAX_PAUSE.toMillis(), pause * 2);
        }
    }

    @Override
    public JobClient attach(JobRef job, ClassLoader userCodeClassLoader) {
        JobID id = JobID.fromHexString(job.flinkJobId());
        return new LazyJobClient(id, () -> RestClusters.attach(api.clients(job.clusterId()), id, userCodeClassLoader));
    }

    @Override
    public URI restAddress(String clusterId) {
        return api.restAddress(clusterId);
    }

    @Override
    public ClusterState clusterState(String clusterId) {
        return api.state(clusterId);
    }

    @Override
    public void kill(String clusterId) {
        try {
            api.kill(clusterId);
        } catch (FlinkException e) {
            throw new TransportException(
                    "Killing the kubernetes-application " + clusterId + " failed: " + SqlJobRunner.rootMessage(e),
                    e,
                    false);
        }
    }

    @Override
    public void close() {
        // Applications are detached: they keep running (a job this client follows is cancelled by the
        // client's close like any other; see FlinkContext#close).
        api.close();
    }
}
