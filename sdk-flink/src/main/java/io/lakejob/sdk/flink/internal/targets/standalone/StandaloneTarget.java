package io.lakejob.sdk.flink.internal.targets.standalone;

import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.flink.internal.targets.ClusterState;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.FlinkRest;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.RestClusters;
import io.lakejob.sdk.flink.internal.targets.TargetContext;
import io.lakejob.sdk.flink.internal.targets.TargetFactory;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.StandaloneClusterId;
import org.apache.flink.client.program.ClusterClientProvider;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.jobgraph.JobGraph;

/**
 * A standalone session cluster somebody else runs, reached at its REST address ({@code host:port}):
 * the {@code flink:standalone://} endpoint, a queue labelled {@code flink.address=host:port}, or a
 * request's {@code address}. Jobs are submitted over REST with Flink's {@code RestClusterClient} and
 * followed by polling it; the cluster is not this client's to stop.
 */
public final class StandaloneTarget implements DeploymentTarget {
    /** How long {@link #open()} waits for the cluster to answer. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(10);

    private final TargetSettings settings;
    private final URI address;
    private volatile boolean reached;

    /** Makes standalone targets, one per address. */
    public static final class Factory implements TargetFactory {
        @Override
        public Set<TargetKind> kinds() {
            return Set.of(TargetKind.STANDALONE);
        }

        @Override
        public void check(TargetSettings settings) {
            if (settings.address() == null) {
                throw new io.lakejob.sdk.exception.ConfigurationException("A standalone Flink target needs the"
                        + " JobManager's REST address (host:port); " + settings.origin() + " gives none");
            }
        }

        @Override
        public DeploymentTarget create(TargetSettings settings, TargetContext context) {
            return new StandaloneTarget(settings);
        }
    }

    StandaloneTarget(TargetSettings settings) {
        this.settings = settings;
        this.address = URI.create("http://" + settings.address());
    }

    @Override
    public TargetSettings settings() {
        return settings;
    }

    @Override
    public String open() {
        if (!reached) {
            RestClusters.checkReachable(address, "the standalone Flink cluster", REACH_TIMEOUT);
            reached = true;
        }
        return settings.address();
    }

    @Override
    public CompletableFuture<Submitted> submit(JobGraph graph, ClassLoader userCodeClassLoader) {
        open();
        ClusterClientProvider<StandaloneClusterId> provider =
                RestClusters.provider(address, StandaloneClusterId.getInstance());
        return RestClusters.submit(provider, graph, userCodeClassLoader)
                .thenApply(client -> new Submitted(settings.address(), client));
    }

    @Override
    public JobClient attach(JobRef job, ClassLoader userCodeClassLoader) {
        return RestClusters.attach(
                RestClusters.provider(address, StandaloneClusterId.getInstance()),
                JobID.fromHexString(job.flinkJobId()),
                userCodeClassLoader);
    }

    @Override
    public URI restAddress(String clusterId) {
        return address;
    }

    @Override
    public ClusterState clusterState(String clusterId) {
        try {
            FlinkRest.Response r = new FlinkRest(address, REACH_TIMEOUT).get("/overview");
            return r.ok()
                    ? ClusterState.ALIVE
                    : new ClusterState(ClusterState.Phase.UNKNOWN, null, "HTTP " + r.status() + " from " + address);
        } catch (TransportException e) {
            return new ClusterState(ClusterState.Phase.UNKNOWN, null, e.getMessage());
        }
    }

    @Override
    public void close() {
        // Nothing held: REST clients are made per call, and the cluster is not ours.
    }
}
