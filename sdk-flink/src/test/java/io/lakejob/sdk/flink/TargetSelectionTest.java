package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request is carried out where it asks, or refused before anything happens: a kind this build
 * cannot deploy to is a {@link NotSupportedException} naming it, an unreachable cluster fails at once
 * with the connection's cause (and the job record says so), and a queue or endpoint naming a target
 * the client does not know is refused when it is configured.
 */
@ExtendWith(LakeJobFlinkExtension.class)
class TargetSelectionTest {
    private static final String ORDERS =
            "CREATE TABLE T (n INT) WITH ('connector' = 'datagen', 'number-of-rows' = '3');\n"
                    + "CREATE TABLE S (n INT) WITH ('connector' = 'blackhole');\n"
                    + "INSERT INTO S SELECT n FROM T";

    @ParameterizedTest
    @ValueSource(strings = {"mesos", "yarn-cluster", "local-cluster"})
    void aKindThisBuildCannotDeployToIsRefusedBeforeAnyJobExists(String type, LakeJobClient client) {
        long jobsBefore = client.jobs().listAll(ListFlinkJobsRequest.builder().build()).stream()
                .count();
        assertThatThrownBy(() -> client.flink()
                        .executeSql(ExecuteSqlRequest.builder()
                                .type(ExecutionTarget.of(type))
                                .statement(ORDERS)
                                .build()))
                .isInstanceOf(NotSupportedException.class)
                .hasMessageContaining(type);
        // Nothing was recorded, nothing ran on the embedded cluster instead.
        assertThat(client.jobs().listAll(ListFlinkJobsRequest.builder().build()).stream()
                        .count())
                .isEqualTo(jobsBefore);
    }

    @Test
    void typeLocalWithAnAddressIsAContradictionNotAGuess(LakeJobClient client) {
        assertThatThrownBy(() -> client.flink()
                        .executeSql(ExecuteSqlRequest.builder()
                                .type(ExecutionTarget.LOCAL)
                                .address("127.0.0.1:8081")
                                .statement(ORDERS)
                                .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("address");
    }

    @Test
    void typeStandaloneWithoutAnAddressSaysWhatIsMissing(LakeJobClient client) {
        assertThatThrownBy(() -> client.flink()
                        .executeSql(ExecuteSqlRequest.builder()
                                .type(ExecutionTarget.STANDALONE)
                                .statement(ORDERS)
                                .build()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("REST address");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anUnreachableClusterFailsAtOnceWithTheConnectionCauseAndTheJobSaysSo(LakeJobClient client) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // The call timeout is far longer than the test's bound: only failing fast passes.
        try (LakeJobClient patient = LakeJobClient.builder()
                .endpoint("flink:local")
                .callTimeout(Duration.ofMinutes(10))
                .build()) {
            SqlExecutionResult r = patient.flink()
                    .executeSql(ExecuteSqlRequest.builder()
                            .type(ExecutionTarget.STANDALONE)
                            .address("127.0.0.1:" + port)
                            .statement(ORDERS)
                            .build());
            assertThat(r.success()).isFalse();
            assertThat(r.error()).contains("127.0.0.1:" + port).containsIgnoringCase("connect");
            long id = patient.jobs().listAll(ListFlinkJobsRequest.builder().build()).stream()
                    .filter(j -> j.name() != null && j.name().startsWith("lakejob-sql-"))
                    .findFirst()
                    .orElseThrow()
                    .jobId();
            var job = patient.jobs().get(id).jobDetail();
            assertThat(job.status()).isEqualTo(JobStatus.JOB_SUBMIT_FAIL);
            assertThat(job.statusDesc()).containsIgnoringCase("connect");
        }
    }

    @Test
    void aQueueLabelNamingAnUnknownTargetIsRefusedWhenTheQueueIsCreated(LakeJobClient client) {
        assertThatThrownBy(() -> client.queues()
                        .create(q ->
                                q.queueName("nowhere_q").cuCount(16).labels(java.util.List.of("flink.target=nope"))))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("flink.target=nope")
                .hasMessageContaining("flink.targets.nope.type");
    }

    @Test
    void aQueuePointingAtATargetWhoseSettingsCannotWorkRefusesTheRunBeforeAnythingHappens() {
        try (LakeJobClient c = LakeJobClient.builder()
                .endpoint("flink:local")
                .property("flink.targets.etl.type", "yarn-application")
                .property("flink.targets.etl.hadoopConfigPath", "/nonexistent/hadoop-conf")
                .build()) {
            c.queues().create(q -> q.queueName("etl_q").cuCount(16).labels(java.util.List.of("flink.target=etl")));
            long id = c.jobs()
                    .createSqlJob(j -> j.name("to_yarn").queueName("etl_q").sqlBody(ORDERS))
                    .job()
                    .jobId();
            assertThatThrownBy(() -> c.jobs().run(id))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("/nonexistent/hadoop-conf");
            assertThat(c.jobs().get(id).jobDetail().status()).isEqualTo(JobStatus.JOB_INIT);
        }
    }

    @Test
    void endpointsNameTheSevenKindsAndNothingElse() {
        assertThatThrownBy(() -> LakeJobClient.builder().endpoint("flink:yarn").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("flink:yarn-session[://<cluster id>]")
                .hasMessageContaining("flink:standalone://host:port");
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("flink:yarn-per-job://app_1")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("deploys one per job");
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("flink:local")
                        .property("flink.target.hadoopConfPath", "/etc/hadoop")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("flink.target.hadoopConfPath")
                .hasMessageContaining("hadoopConfigPath");
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("flink:local")
                        .property("flink.targets.etl.address", "h:1")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("flink.targets.etl.type");
    }
}
