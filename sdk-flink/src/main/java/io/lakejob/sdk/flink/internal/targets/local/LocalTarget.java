package io.lakejob.sdk.flink.internal.targets.local;

import io.lakejob.sdk.flink.internal.FlinkSettings;
import io.lakejob.sdk.flink.internal.targets.ClusterState;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.Savepoints;
import io.lakejob.sdk.flink.internal.targets.TargetContext;
import io.lakejob.sdk.flink.internal.targets.TargetFactory;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobID;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterJobClient;

/**
 * The client's embedded cluster as a target: a MiniCluster of this JVM, started at the first job,
 * stopped when the client closes (with {@code flink.local.shared=true}, the JVM's shared cluster
 * for the same settings, stopped when the last client holding it closes). Jobs are handed over in memory (no REST round trip) and followed
 * through a {@link MiniClusterJobClient}, which learns of a job's end, a query's rows and a cancel
 * straight from the cluster. Savepoints and cancel learn their outcome from the cluster's own
 * futures too ({@link LocalJobControl}); the rest of job control uses its REST API on loopback.
 */
public final class LocalTarget implements DeploymentTarget {
    private final TargetSettings settings;
    private final EmbeddedCluster cluster;
    private final SharedClusters.Lease lease;
    private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
    private final LocalJobControl control;

    /** Makes the local target (one per client). */
    public static final class Factory implements TargetFactory {
        @Override
        public Set<TargetKind> kinds() {
            return Set.of(TargetKind.LOCAL);
        }

        @Override
        public DeploymentTarget create(TargetSettings settings, TargetContext context) {
            return new LocalTarget(settings, context.settings());
        }
    }

    LocalTarget(TargetSettings settings, FlinkSettings s) {
        this.settings = settings;
        if (s.sharedLocalCluster()) {
            this.lease = SharedClusters.acquire(s);
            this.cluster = lease.cluster();
        } else {
            this.lease = null;
            this.cluster = new EmbeddedCluster(
                    s.taskManagers(),
                    s.slotsPerTaskManager(),
                    s.managedMemory(),
                    s.archiveMaxJobs(),
                    s.archiveExpiration());
        }
        this.control = new LocalJobControl(cluster);
    }

    /** @return how many clients of this JVM hold a shared embedded cluster ({@code flink.local.shared}) */
    public static int sharedClusterHolders() {
        return SharedClusters.holders();
    }

    /** @return whether this target holds the JVM's shared cluster rather than one of its own */
    public boolean shared() {
        return lease != null;
    }

    /** @return the total task slots of the embedded cluster */
    public int totalSlots() {
        return cluster.totalSlots();
    }

    @Override
    public TargetSettings settings() {
        return settings;
    }

    @Override
    public String open() {
        cluster.miniCluster();
        return TargetSettings.EMBEDDED;
    }

    @Override
    public CompletableFuture<String> openAsync() {
        return cluster.startAsync().thenApply(started -> TargetSettings.EMBEDDED);
    }

    @Override
    public CompletableFuture<Submitted> submit(JobGraph graph, ClassLoader userCodeClassLoader) {
        MiniCluster mc = cluster.miniCluster();
        return mc.submitJob(graph)
                .thenApply(result ->
                        new Submitted(TargetSettings.EMBEDDED, client(mc, result.getJobID(), userCodeClassLoader)));
    }

    private static JobClient client(MiniCluster mc, JobID id, ClassLoader cl) {
        return new MiniClusterJobClient(id, mc, cl, MiniClusterJobClient.JobFinalizationBehavior.NOTHING);
    }

    @Override
    public JobClient attach(JobRef job, ClassLoader userCodeClassLoader) {
        return client(cluster.miniCluster(), JobID.fromHexString(job.flinkJobId()), userCodeClassLoader);
    }

    @Override
    public URI restAddress(String clusterId) {
        return cluster.restAddress();
    }

    @Override
    public ClusterState clusterState(String clusterId) {
        return ClusterState.ALIVE;
    }

    @Override
    public Savepoints.Outcome triggerSavepoint(JobRef job, String directory, String triggerId, Duration timeout) {
        return control.savepoint(job, rest(job.clusterId()).savepoints(timeout), directory, triggerId, timeout, false);
    }

    @Override
    public Savepoints.Outcome stopWithSavepoint(JobRef job, String directory, String triggerId, Duration timeout) {
        return control.savepoint(job, rest(job.clusterId()).savepoints(timeout), directory, triggerId, timeout, true);
    }

    @Override
    public Savepoints.Outcome awaitSavepoint(JobRef job, String triggerId, boolean stop, Duration timeout) {
        Savepoints.Outcome o = control.await(job, triggerId, stop, timeout);
        return o != null ? o : DeploymentTarget.super.awaitSavepoint(job, triggerId, stop, timeout);
    }

    @Override
    public String cancel(JobRef job, Duration timeout) {
        return control.cancel(job, timeout);
    }

    @Override
    public void close() {
        if (lease != null) {
            if (released.compareAndSet(false, true)) {
                lease.release();
            }
        } else {
            cluster.close();
        }
    }
}
