package io.lakejob.sdk.flink.internal.targets.kubernetes;

import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.targets.ClusterState;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.apache.flink.client.deployment.ClusterRetrieveException;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.client.program.ClusterClientProvider;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.kubernetes.KubernetesClusterClientFactory;
import org.apache.flink.kubernetes.KubernetesClusterDescriptor;
import org.apache.flink.kubernetes.kubeclient.Endpoint;
import org.apache.flink.kubernetes.kubeclient.Fabric8FlinkKubeClient;
import org.apache.flink.kubernetes.kubeclient.FlinkKubeClient;
import org.apache.flink.kubernetes.kubeclient.FlinkKubeClientFactory;
import org.apache.flink.kubernetes.shaded.io.fabric8.kubernetes.api.model.apps.Deployment;
import org.apache.flink.kubernetes.shaded.io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import org.apache.flink.util.ExceptionUtils;
import org.apache.flink.util.FlinkException;

/**
 * One Kubernetes target's way to its API server and clusters, through flink-kubernetes only: the
 * Deployment a cluster id names (does the cluster exist), its REST endpoint as Flink resolves it
 * from the {@code <id>-rest} Service (or the target's {@code address}, a port-forward), Flink's
 * REST clients for it, and kill. Clients are made on first use (reading the kubeconfig file) and
 * closed with the target; nothing here reads or prints the kubeconfig's contents.
 */
final class KubeApi implements AutoCloseable {
    private final TargetSettings settings;
    private final Configuration conf;
    private final String namespace;
    private final Map<String, ClusterClientProvider<String>> providers = new ConcurrentHashMap<>();
    private NamespacedKubernetesClient kube;
    private FlinkKubeClient flinkKube;
    private KubernetesClusterDescriptor descriptor;
    private boolean closed;

    /**
     * Prepares the access; nothing is read or contacted yet.
     *
     * @param settings the target's settings (checked)
     * @param clusterId the cluster id Flink's clients are configured with (a session's id, or any
     *     valid id for an application target: the calls here name the cluster they mean)
     */
    KubeApi(TargetSettings settings, String clusterId) {
        this.settings = settings;
        this.conf = KubeSettings.flinkConfiguration(settings, clusterId);
        this.namespace = KubeSettings.namespace(settings);
    }

    /** @return the namespace clusters live in */
    String namespace() {
        return namespace;
    }

    /** @return a copy of the base Flink configuration (without a deployment's job keys) */
    Configuration configuration() {
        return new Configuration(conf);
    }

    private synchronized NamespacedKubernetesClient kube() {
        if (closed) {
            throw new IllegalStateException("the " + settings.kind() + " target is closed");
        }
        if (kube == null) {
            kube = FlinkKubeClientFactory.getInstance().createFabric8ioKubernetesClient(conf);
        }
        return kube;
    }

    private synchronized FlinkKubeClient flinkKube() {
        if (flinkKube == null) {
            flinkKube = new Fabric8FlinkKubeClient(conf, kube(), Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "lakejob-kubernetes-io");
                t.setDaemon(true);
                return t;
            }));
        }
        return flinkKube;
    }

    private synchronized KubernetesClusterDescriptor descriptor() {
        if (closed) {
            throw new IllegalStateException("the " + settings.kind() + " target is closed");
        }
        if (descriptor == null) {
            descriptor = new KubernetesClusterClientFactory().createClusterDescriptor(new Configuration(conf));
        }
        return descriptor;
    }

    /**
     * The JobManager Deployment of a cluster.
     *
     * @param clusterId the cluster
     * @return it, or {@code null} when it does not exist
     */
    Deployment deployment(String clusterId) {
        return kube().apps()
                .deployments()
                .inNamespace(namespace)
                .withName(clusterId)
                .get();
    }

    /**
     * Whether a cluster's JobManager Deployment exists.
     *
     * @param clusterId the cluster
     * @return whether it exists
     */
    boolean exists(String clusterId) {
        Deployment d = deployment(clusterId);
        return d != null && d.getMetadata().getDeletionTimestamp() == null;
    }

    /**
     * What Kubernetes says of a cluster: {@code GONE} when its Deployment does not exist (deleted,
     * killed) or is being deleted, {@code STARTING} while no JobManager replica is ready, {@code
     * ALIVE} otherwise, {@code UNKNOWN} when the API server cannot be asked.
     *
     * @param clusterId the cluster
     * @return its state
     */
    ClusterState state(String clusterId) {
        Deployment d;
        try {
            d = deployment(clusterId);
        } catch (RuntimeException e) {
            return new ClusterState(
                    ClusterState.Phase.UNKNOWN,
                    null,
                    "Kubernetes could not be asked for Deployment " + clusterId + " in namespace " + namespace + ": "
                            + SqlJobRunner.rootMessage(e));
        }
        if (d == null) {
            return new ClusterState(
                    ClusterState.Phase.GONE,
                    null,
                    "its Deployment " + clusterId + " no longer exists in namespace " + namespace
                            + " (deleted, or the cluster was killed)");
        }
        if (d.getMetadata().getDeletionTimestamp() != null) {
            return new ClusterState(
                    ClusterState.Phase.GONE,
                    null,
                    "its Deployment " + clusterId + " in namespace " + namespace + " is being deleted");
        }
        Integer ready = d.getStatus() == null ? null : d.getStatus().getReadyReplicas();
        return ready != null && ready > 0
                ? ClusterState.ALIVE
                : new ClusterState(
                        ClusterState.Phase.STARTING,
                        null,
                        "Deployment " + clusterId + " in namespace " + namespace + " has no ready JobManager yet");
    }

    /**
     * Whether the {@code <id>-rest} Service of a cluster exists.
     *
     * @param clusterId the cluster
     * @return whether it exists
     */
    boolean restServiceExists(String clusterId) {
        return flinkKube().getService(clusterId + "-rest").isPresent();
    }

    /**
     * The REST address of a cluster, resolved now: the target's {@code address} when it has one,
     * else what Flink reads from the {@code <id>-rest} Service (a ClusterIP's in-cluster name, a
     * NodePort's node address, a LoadBalancer's ingress).
     *
     * @param clusterId the cluster
     * @return the address
     * @throws ServiceException DLI.0012 when the endpoint is still pending (a LoadBalancer without
     *     ingress yet), or the cluster is gone
     */
    URI restAddress(String clusterId) {
        if (settings.address() != null) {
            return URI.create("http://" + settings.address());
        }
        Optional<Endpoint> e = flinkKube().getRestEndpoint(clusterId);
        if (e.isPresent()) {
            return URI.create(
                    "http://" + hostForUri(e.get().getAddress()) + ":" + e.get().getPort());
        }
        throw pendingOrGone(clusterId);
    }

    /**
     * Why a cluster has no REST endpoint.
     *
     * @param clusterId the cluster
     * @return DLI.0012 saying whether the endpoint is pending or the cluster gone
     */
    ServiceException pendingOrGone(String clusterId) {
        if (!restServiceExists(clusterId) || !exists(clusterId)) {
            return LocalErrors.unavailable("Kubernetes cluster " + clusterId + " in namespace " + namespace
                    + " is gone: its Deployment or its Service " + clusterId + "-rest no longer exists");
        }
        return LocalErrors.unavailable(pendingMessage(clusterId));
    }

    /**
     * What a cluster whose endpoint is not assigned yet is waiting for.
     *
     * @param clusterId the cluster
     * @return the description
     */
    String pendingMessage(String clusterId) {
        return "deployed, endpoint pending: Service " + clusterId + "-rest in namespace " + namespace
                + " has no external address yet (" + conf.getString(KubeSettings.EXPOSED_TYPE, "ClusterIP")
                + "); asked again on every call";
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /**
     * Whether a failure of Flink's deploy or retrieve only says that the REST endpoint is not
     * assigned yet (Flink's {@code ClusterRetrieveException} "Could not get the rest endpoint").
     *
     * @param e the failure
     * @return whether it is that
     */
    static boolean isEndpointPending(Throwable e) {
        return ExceptionUtils.findThrowable(e, ClusterRetrieveException.class)
                .map(r -> String.valueOf(r.getMessage()).contains("rest endpoint"))
                .orElse(false);
    }

    /**
     * Flink's REST clients for a cluster, a new one per call (Flink's job client closes each after
     * use): at the target's {@code address} when given, else where Flink's descriptor finds the
     * cluster ({@code retrieve}), resolved again until it is found once.
     *
     * @param clusterId the cluster
     * @return the provider; its clients throw while the endpoint is pending
     */
    ClusterClientProvider<String> clients(String clusterId) {
        if (settings.address() != null) {
            Configuration c = new Configuration(conf);
            URI a = restAddress(clusterId);
            c.set(RestOptions.ADDRESS, a.getHost());
            c.set(RestOptions.PORT, a.getPort());
            return () -> {
                try {
                    return new RestClusterClient<>(c, clusterId);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot create a Flink REST client for " + a, e);
                }
            };
        }
        return () -> {
            ClusterClientProvider<String> p = providers.get(clusterId);
            if (p == null) {
                p = descriptor().retrieve(clusterId);
                providers.put(clusterId, p);
            }
            ClusterClient<String> client = p.getClusterClient();
            return client;
        };
    }

    /**
     * Deletes a cluster's JobManager Deployment with Flink's {@code killCluster}; Kubernetes's
     * garbage collector then deletes what the Deployment owns (its ConfigMaps, Services and the
     * TaskManager pods).
     *
     * @param clusterId the cluster
     * @throws FlinkException when Kubernetes refused
     */
    void kill(String clusterId) throws FlinkException {
        providers.remove(clusterId);
        descriptor().killCluster(clusterId);
    }

    @Override
    public synchronized void close() {
        closed = true;
        providers.clear();
        RuntimeException failure = null;
        if (descriptor != null) {
            descriptor.close();
        }
        if (flinkKube != null) {
            try {
                flinkKube.close();
            } catch (RuntimeException e) {
                failure = e;
            }
        } else if (kube != null) {
            kube.close();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
