package io.lakejob.sdk.examples.bench;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;

/**
 * The expert anchor's cluster: one Flink {@link MiniCluster} started by hand once per JVM, shaped
 * like the {@code flink:local} client's embedded cluster in these benchmarks (1 task manager, 4
 * slots, 128 MB managed memory, REST on 127.0.0.1 at a free port), and Table API jobs submitted to
 * it the way Flink offers for a running cluster: {@code execution.target=remote} with the
 * cluster's REST address and port, {@code parallelism.default=1} (the quick start's parallelism,
 * which ours runs at).
 *
 * <p>Flink has no public executor that submits a {@code TableEnvironment}'s job to an existing
 * MiniCluster in process (its {@code local} executor starts a new MiniCluster per job; the
 * {@code embedded} executor of application mode is {@code @Internal} and needs the dispatcher
 * handed to it in code; the in-JVM submission of flink-test-utils' {@code TestStreamEnvironment}
 * is a test utility; ours is our own executor), so the remote executor over REST is the anchor.
 */
final class ExpertCluster implements AutoCloseable {
    private final MiniCluster cluster;
    private final Configuration tableConfiguration;

    /**
     * Starts the cluster.
     *
     * @throws Exception when the cluster does not start
     */
    ExpertCluster() throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.PORT, 0);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("128m"));
        cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(4)
                .build());
        cluster.start();
        URI rest = cluster.getRestAddress().get(60, TimeUnit.SECONDS);
        tableConfiguration = new Configuration();
        tableConfiguration.set(DeploymentOptions.TARGET, "remote");
        tableConfiguration.set(RestOptions.ADDRESS, rest.getHost());
        tableConfiguration.set(RestOptions.PORT, rest.getPort());
        tableConfiguration.set(CoreOptions.DEFAULT_PARALLELISM, 1);
    }

    /**
     * A new streaming {@code TableEnvironment} whose jobs go to this cluster at parallelism 1.
     *
     * @return the environment
     */
    TableEnvironment tableEnvironment() {
        return TableEnvironment.create(EnvironmentSettings.newInstance()
                .inStreamingMode()
                .withConfiguration(tableConfiguration)
                .build());
    }

    @Override
    public void close() throws Exception {
        cluster.closeAsync().get(60, TimeUnit.SECONDS);
    }
}
