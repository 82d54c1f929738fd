package io.lakejob.sdk.flink;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;

/**
 * A MiniCluster in the test JVM with its REST endpoint on 127.0.0.1 and an ephemeral port: a
 * session cluster the SDK reaches only over REST ({@code flink:standalone://}, a queue's
 * {@code flink.address}), as it would a cluster of the user's. {@link FlinkProcessCluster} is the
 * same thing as separate processes.
 */
final class RestMiniCluster implements AutoCloseable {
    private final MiniCluster cluster;
    private final URI rest;

    private RestMiniCluster(MiniCluster cluster, URI rest) {
        this.cluster = cluster;
        this.rest = rest;
    }

    /**
     * Starts one task manager with the given slots (64 MB managed memory).
     *
     * @param slots the task slots
     * @return the running cluster
     * @throws Exception when it does not start within a minute
     */
    static RestMiniCluster start(int slots) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.PORT, 0);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("64m"));
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .build());
        cluster.start();
        try {
            return new RestMiniCluster(cluster, cluster.getRestAddress().get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            cluster.closeAsync();
            throw e;
        }
    }

    /** @return the REST address, {@code http://127.0.0.1:<port>} */
    URI rest() {
        return rest;
    }

    /** @return the Flink cluster (for tests that look inside it) */
    MiniCluster cluster() {
        return cluster;
    }

    @Override
    public void close() throws Exception {
        cluster.closeAsync().get(60, TimeUnit.SECONDS);
    }
}
