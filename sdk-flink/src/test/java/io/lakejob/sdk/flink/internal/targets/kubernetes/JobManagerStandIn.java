package io.lakejob.sdk.flink.internal.targets.kubernetes;

import io.lakejob.sdk.flink.internal.targets.FlinkRest;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;

/**
 * A Flink cluster in the test JVM standing in for the JobManager a Kubernetes pod would run (no
 * pod runs against the mock API server): reached only over REST, at a port-forward or at the
 * address a patched Service status gives, so that jobs the SDK submits or follows there really run.
 */
final class JobManagerStandIn implements AutoCloseable {
    private final MiniCluster cluster;
    private final URI rest;

    private JobManagerStandIn(MiniCluster cluster, URI rest) {
        this.cluster = cluster;
        this.rest = rest;
    }

    /**
     * Starts one task manager with 4 slots, REST on 127.0.0.1 and an ephemeral port.
     *
     * @return the running cluster
     * @throws Exception when it does not start
     */
    static JobManagerStandIn start() throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.PORT, 0);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("64m"));
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(4)
                .build());
        cluster.start();
        try {
            return new JobManagerStandIn(cluster, cluster.getRestAddress().get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            cluster.closeAsync();
            throw e;
        }
    }

    /** @return the REST port */
    int port() {
        return rest.getPort();
    }

    /**
     * Flink's state of a job here.
     *
     * @param flinkJobId the job
     * @return its state, or {@code null} when the cluster does not know it
     */
    String state(String flinkJobId) {
        FlinkRest.Response r = new FlinkRest(rest, Duration.ofSeconds(10)).get("/jobs/" + flinkJobId);
        return r.ok() ? r.body().path("state").asText() : null;
    }

    /**
     * The largest parallelism of a job's vertices.
     *
     * @param flinkJobId the job
     * @return the parallelism
     */
    int maxParallelism(String flinkJobId) {
        FlinkRest.Response r = new FlinkRest(rest, Duration.ofSeconds(10)).get("/jobs/" + flinkJobId);
        int max = 0;
        for (var v : r.body().path("vertices")) {
            max = Math.max(max, v.path("parallelism").asInt());
        }
        return max;
    }

    /**
     * Cancels a job here if it still runs (clean-up).
     *
     * @param flinkJobId the job
     */
    void cancelQuietly(String flinkJobId) {
        try {
            cluster.cancelJob(JobID.fromHexString(flinkJobId)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Ended already.
        }
    }

    @Override
    public void close() throws Exception {
        cluster.closeAsync().get(60, TimeUnit.SECONDS);
    }
}
