package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.flink.userjob.CountJob;
import io.lakejob.sdk.flink.userjob.LineFileSink;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.flink.FlinkJobStatus;
import io.lakejob.sdk.model.flink.GatewayConfig;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.JobStatus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dinky's executeJar on a session target: the user jar's main method builds the job on the client
 * and the job runs on the target's cluster; a jar the client cannot read is refused before anything
 * runs. (Application mode, where the jar runs in the new cluster, is tested with the YARN and
 * Kubernetes targets.)
 */
@ExtendWith(LakeJobFlinkExtension.class)
class ExecuteJarTest {
    @TempDir
    Path tmp;

    @Test
    void aLocalJarRunsOnTheEmbeddedClusterAndItsJobIsFollowed(LakeJobClient client) throws Exception {
        Path jar = JarJobTestJars.jarOf(
                tmp.resolve("count.jar"), CountJob.class.getName(), CountJob.class, LineFileSink.class);
        Path out = tmp.resolve("out");
        SqlExecutionResult r = client.flink().executeJar(j -> j.type(ExecutionTarget.LOCAL)
                .jobName("execute_jar_count")
                .gatewayConfig(GatewayConfig.builder()
                        .appConfig(jar.toString(), null, out.toString(), "5")
                        .putFlinkConfiguration("parallelism.default", "1")
                        .build()));
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(r.jobId()).hasSize(32);
        assertThat(r.jobName()).isEqualTo("execute_jar_count");

        long id = client
                .jobs()
                .listAll(io.lakejob.sdk.model.job.ListFlinkJobsRequest.builder().build())
                .stream()
                .filter(j -> "execute_jar_count".equals(j.name()))
                .findFirst()
                .orElseThrow()
                .jobId();
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(2));
        assertThat(JarJobTestJars.lines(out)).containsExactlyInAnyOrder("0=1", "1=2", "2=2");
        assertThat(client.flink().jobData(r.jobId()).status()).isEqualTo(FlinkJobStatus.FINISHED);
    }

    @Test
    void aJarTheClientCannotReadIsRefusedBeforeAnythingRuns(LakeJobClient client) {
        assertThatThrownBy(() -> client.flink().executeJar(j -> j.type(ExecutionTarget.LOCAL)
                        .gatewayConfig(GatewayConfig.builder()
                                .appConfig("hdfs:///flink/jars/app.jar", "com.app.Main")
                                .build())))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("userJarPath")
                .hasMessageContaining("application targets");
        assertThatThrownBy(() -> client.flink().executeJar(j -> j.type(ExecutionTarget.LOCAL)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("gatewayConfig.appConfig.userJarPath");
    }
}
