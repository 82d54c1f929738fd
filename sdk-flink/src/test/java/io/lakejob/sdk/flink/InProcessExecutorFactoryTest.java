package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.flink.internal.target.local.InProcessExecutorFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.PipelineOptionsInternal;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.runtime.minicluster.MiniClusterJobClient;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-process executor: a Table API job with {@code execution.target=lakejob-embedded} runs on
 * the registered MiniCluster (same fixed job id, visible to the cluster) with a direct job client.
 * Its own one-slot cluster, because the test is about how jobs reach a cluster.
 */
class InProcessExecutorFactoryTest {
    private static MiniCluster cluster;
    private static URI rest;

    @BeforeAll
    static void start() throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.PORT, 0);
        cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(1)
                .build());
        cluster.start();
        rest = cluster.getRestAddress().get();
        InProcessExecutorFactory.register(rest, cluster);
    }

    @AfterAll
    static void stop() throws Exception {
        InProcessExecutorFactory.unregister(rest);
        assertThat(InProcessExecutorFactory.isRegistered(rest)).isFalse();
        cluster.close();
    }

    private static TableEnvironment env(URI address, JobID fixedId) {
        Configuration conf = new Configuration();
        conf.set(DeploymentOptions.TARGET, InProcessExecutorFactory.TARGET);
        conf.set(DeploymentOptions.ATTACHED, true);
        conf.set(RestOptions.ADDRESS, address.getHost());
        conf.set(RestOptions.PORT, address.getPort());
        conf.set(PipelineOptionsInternal.PIPELINE_FIXED_JOB_ID, fixedId.toHexString());
        conf.setString("parallelism.default", "1");
        return TableEnvironment.create(EnvironmentSettings.newInstance()
                .withConfiguration(conf)
                .inStreamingMode()
                .build());
    }

    @Test
    void aQueryRunsOnTheRegisteredClusterWithItsFixedJobIdAndReturnsItsRows() throws Exception {
        assertThat(InProcessExecutorFactory.isRegistered(rest)).isTrue();
        JobID id = new JobID(4242L, 1L);
        TableEnvironment tEnv = env(rest, id);
        tEnv.executeSql("CREATE TABLE Seq (n INT) WITH ('connector' = 'datagen', 'fields.n.kind' = 'sequence',"
                + " 'fields.n.start' = '1', 'fields.n.end' = '100')");
        TableResult result = tEnv.executeSql("SELECT n * 2 FROM Seq WHERE n > 90");
        JobClient client = result.getJobClient().orElseThrow();
        assertThat(client).isInstanceOf(MiniClusterJobClient.class);
        assertThat(client.getJobID()).isEqualTo(id);

        List<Integer> rows = new ArrayList<>();
        try (CloseableIterator<Row> it = result.collect()) {
            it.forEachRemaining(r -> rows.add((Integer) r.getField(0)));
        }
        assertThat(rows).containsExactlyInAnyOrder(182, 184, 186, 188, 190, 192, 194, 196, 198, 200);
        // The cluster itself ran it: its job result is there under the fixed id.
        assertThat(cluster.requestJobResult(id).get().isSuccess()).isTrue();
    }

    @Test
    void aJobForAnUnregisteredAddressFailsNamingIt() {
        URI elsewhere = URI.create("http://127.0.0.1:1");
        TableEnvironment tEnv = env(elsewhere, new JobID());
        tEnv.executeSql("CREATE TABLE T (n INT) WITH ('connector' = 'datagen', 'number-of-rows' = '1')");
        assertThatThrownBy(() -> tEnv.executeSql("SELECT n FROM T").await())
                .hasStackTraceContaining("No embedded Flink cluster is registered at 127.0.0.1:1");
    }
}
