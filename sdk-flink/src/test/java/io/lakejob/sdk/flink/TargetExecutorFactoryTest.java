package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.flink.internal.FlinkSettings;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.TargetContext;
import io.lakejob.sdk.flink.internal.targets.TargetExecutorFactory;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.flink.internal.targets.local.LocalTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.PipelineOptionsInternal;
import org.apache.flink.core.execution.JobClient;
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
 * The SDK's executor: a Table API job with {@code execution.target=lakejob-target} goes to the
 * deployment target its configuration names; for the embedded cluster that is an in-memory
 * submission (same fixed job id, visible to the cluster's REST API) with a direct job client. Its
 * own one-slot cluster, because the test is about how jobs reach a cluster.
 */
class TargetExecutorFactoryTest {
    private static DeploymentTarget target;
    private static String id;

    @BeforeAll
    static void start() {
        TargetContext context = new TargetContext(
                new FlinkSettings(1, 1, MemorySize.parse("64m"), 10, null, 10, Duration.ofMinutes(1)),
                Clock.systemUTC(),
                null);
        target = new LocalTarget.Factory().create(TargetSettings.local(), context);
        id = TargetExecutorFactory.register(target);
    }

    @AfterAll
    static void stop() {
        TargetExecutorFactory.unregister(id);
        assertThat(TargetExecutorFactory.target(id)).isNull();
        target.close();
    }

    private static TableEnvironment env(String targetId, JobID fixedId) {
        Configuration conf = new Configuration();
        TargetExecutorFactory.configure(conf, targetId);
        conf.set(PipelineOptionsInternal.PIPELINE_FIXED_JOB_ID, fixedId.toHexString());
        conf.setString("parallelism.default", "1");
        return TableEnvironment.create(EnvironmentSettings.newInstance()
                .withConfiguration(conf)
                .inStreamingMode()
                .build());
    }

    @Test
    void aQueryRunsOnTheNamedTargetWithItsFixedJobIdAndReturnsItsRows() throws Exception {
        assertThat(TargetExecutorFactory.target(id)).isSameAs(target);
        JobID jobId = new JobID(4242L, 1L);
        TableEnvironment tEnv = env(id, jobId);
        tEnv.executeSql("CREATE TABLE Seq (n INT) WITH ('connector' = 'datagen', 'fields.n.kind' = 'sequence',"
                + " 'fields.n.start' = '1', 'fields.n.end' = '100')");
        TableResult result = tEnv.executeSql("SELECT n * 2 FROM Seq WHERE n > 90");
        JobClient client = result.getJobClient().orElseThrow();
        assertThat(client).isInstanceOf(MiniClusterJobClient.class);
        assertThat(client.getJobID()).isEqualTo(jobId);
        assertThat(TargetExecutorFactory.takeClusterId(id, jobId)).isEqualTo(TargetSettings.EMBEDDED);

        List<Integer> rows = new ArrayList<>();
        try (CloseableIterator<Row> it = result.collect()) {
            it.forEachRemaining(r -> rows.add((Integer) r.getField(0)));
        }
        assertThat(rows).containsExactlyInAnyOrder(182, 184, 186, 188, 190, 192, 194, 196, 198, 200);
        // The cluster itself ran it: its REST API knows the job under the fixed id.
        client.getJobExecutionResult().get();
        assertThat(target.status(new JobRef(TargetSettings.local(), TargetSettings.EMBEDDED, jobId.toHexString())))
                .isEqualTo("FINISHED");
    }

    @Test
    void aJobForAnUnregisteredTargetFailsNamingIt() {
        TableEnvironment tEnv = env("no-such-target", new JobID());
        tEnv.executeSql("CREATE TABLE T (n INT) WITH ('connector' = 'datagen', 'number-of-rows' = '1')");
        assertThatThrownBy(() -> tEnv.executeSql("SELECT n FROM T").await())
                .hasStackTraceContaining("No LakeJob deployment target is registered as no-such-target");
    }
}
