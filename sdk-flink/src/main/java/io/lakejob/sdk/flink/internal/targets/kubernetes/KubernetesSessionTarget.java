package io.lakejob.sdk.flink.internal.targets.kubernetes;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.targets.ClusterState;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.FlinkRest;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.RestClusters;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.ClusterSpecification;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.kubernetes.KubernetesClusterClientFactory;
import org.apache.flink.kubernetes.KubernetesClusterDescriptor;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.util.FlinkException;

/**
 * A Flink session cluster on Kubernetes, named by its cluster id ({@code kubernetes.cluster-id}):
 * {@link #open()} attaches to it when its JobManager Deployment exists and deploys it with Flink's
 * {@code KubernetesClusterDescriptor.deploySessionCluster} otherwise, then waits until its REST API
 * answers. Jobs planned on the client are submitted through Flink's REST client for the cluster as
 * the descriptor retrieves it, or at the target's {@code address} when one is given (a
 * port-forward, or a Dinky request's {@code address}). A session outlives the client: closing the
 * client leaves it running; {@link #kill} deletes it.
 */
final class KubernetesSessionTarget implements DeploymentTarget {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final TargetSettings settings;
    private final String clusterId;
    private final KubeApi api;
    private volatile boolean opened;

    KubernetesSessionTarget(TargetSettings settings) {
        this.settings = settings;
        this.clusterId = settings.clusterId();
        this.api = new KubeApi(settings, clusterId);
    }

    @Override
    public TargetSettings settings() {
        return settings;
    }

    @Override
    public synchronized String open() {
        if (opened) {
            return clusterId;
        }
        boolean deployed = false;
        if (!api.exists(clusterId)) {
            deploy();
            deployed = true;
        }
        awaitAnswer(deployed);
        opened = true;
        return clusterId;
    }

    private void deploy() {
        if (KubeSettings.image(settings.flinkConfiguration()) == null) {
            throw new ConfigurationException("The kubernetes-session " + clusterId + " does not exist in namespace "
                    + api.namespace() + " and " + settings.origin() + " names no image to deploy it with (image, or "
                    + KubeSettings.IMAGE + "); set one, or name an existing session");
        }
        Configuration conf = api.configuration();
        KubernetesClusterClientFactory factory = new KubernetesClusterClientFactory();
        ClusterSpecification spec = factory.getClusterSpecification(conf);
        try (KubernetesClusterDescriptor d = factory.createClusterDescriptor(conf)) {
            d.deploySessionCluster(spec);
        } catch (RuntimeException e) {
            // A LoadBalancer or NodePort endpoint that is not assigned yet: deployed, the wait below polls it.
            if (!KubeApi.isEndpointPending(e) || !api.exists(clusterId)) {
                throw deployFailure(e);
            }
        } catch (Exception e) {
            throw deployFailure(e);
        }
    }

    private TransportException deployFailure(Exception e) {
        return new TransportException(
                "Deploying the kubernetes-session " + clusterId + " in namespace " + api.namespace() + " failed: "
                        + SqlJobRunner.rootMessage(e),
                e,
                false);
    }

    /**
     * Waits until the session's REST API answers. A session that runs (a ready JobManager) and does
     * not answer fails at once with the cause; one that is starting (deployed now, or not ready yet,
     * or its endpoint pending) is polled until the start timeout; one whose Deployment disappears
     * fails naming it.
     */
    private void awaitAnswer(boolean deployedNow) {
        long deadline = System.nanoTime() + KubeSettings.startTimeout(settings).toNanos();
        long pause = 100;
        String last;
        while (true) {
            URI address = null;
            try {
                address = api.restAddress(clusterId);
                FlinkRest.Response r = new FlinkRest(address, PROBE_TIMEOUT).get("/overview");
                if (r.ok()) {
                    return;
                }
                last = "HTTP " + r.status() + " from " + address;
            } catch (ServiceException e) {
                last = e.errorMessage();
            } catch (RuntimeException e) {
                last = (address == null ? "" : address + ": ") + SqlJobRunner.rootMessage(e);
            }
            ClusterState state = api.state(clusterId);
            if (state.isOver()) {
                throw new TransportException(
                        "The kubernetes-session " + clusterId + " is gone: " + state.detail(), null, false);
            }
            boolean starting = deployedNow || state.phase() == ClusterState.Phase.STARTING;
            if (!starting) {
                throw new TransportException(
                        "Cannot reach the kubernetes-session " + clusterId + " in namespace " + api.namespace() + ": "
                                + last + hint(),
                        null,
                        false);
            }
            if (System.nanoTime() > deadline) {
                throw new TransportException(
                        "The kubernetes-session " + clusterId + " in namespace " + api.namespace()
                                + " did not answer within " + KubeSettings.startTimeout(settings) + " (startTimeout): "
                                + last + "; " + state.detail(),
                        null,
                        false);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LakeJobException("Interrupted while waiting for the kubernetes-session " + clusterId, e);
            }
            pause = Math.min(2000, pause * 2);
        }
    }

    /** What to do about a ClusterIP service that a client outside the cluster cannot reach. */
    private String hint() {
        String type = settings.flinkConfiguration().getOrDefault(KubeSettings.EXPOSED_TYPE, "ClusterIP");
        return settings.address() == null && type.endsWith("ClusterIP")
                ? " (a " + type + " Service is reachable inside the Kubernetes cluster only: from outside give the"
                        + " target an address, for example of a kubectl port-forward, or use restServiceType"
                        + " LoadBalancer or NodePort)"
                : "";
    }

    @Override
    public CompletableFuture<Submitted> submit(JobGraph graph, ClassLoader userCodeClassLoader) {
        open();
        return RestClusters.submit(api.clients(clusterId), graph, userCodeClassLoader)
                .thenApply(client -> new Submitted(clusterId, client));
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
    public synchronized void kill(String clusterId) {
        try {
            api.kill(clusterId);
        } catch (FlinkException e) {
            throw new TransportException(
                    "Killing the kubernetes-session " + clusterId + " failed: " + SqlJobRunner.rootMessage(e),
                    e,
                    false);
        }
        if (clusterId.equals(this.clusterId)) {
            opened = false;
        }
    }

    @Override
    public void close() {
        // The session keeps running: it is not this client's alone.
        api.close();
    }
}
