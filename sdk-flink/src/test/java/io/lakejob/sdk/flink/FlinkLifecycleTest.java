package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.model.job.JobStatus;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FlinkLifecycleTest {

    private static Set<String> flinkThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("flink-")
                        || n.startsWith("mini-cluster")
                        || n.startsWith("lakejob-flink")
                        || n.contains("jobmanager")
                        || n.contains("taskmanager"))
                .collect(Collectors.toSet());
    }

    @Test
    void clusterStartsLazilyAndCloseStopsIt() {
        Set<String> before = flinkThreads();
        LakeJobClient client = LakeJobClient.builder().endpoint("flink:local").build();
        // Building the client starts nothing.
        assertThat(flinkThreads()).isEqualTo(before);
        long id = client.jobs()
                .createSqlJob(j -> j.name("one")
                        .sqlBody("CREATE TABLE T (a INT) WITH "
                                + "('connector'='datagen','number-of-rows'='5'); SELECT COUNT(*) AS c FROM T"))
                .job()
                .jobId();
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(2));
        assertThat(client.flink().jobData(String.valueOf(id)).rows().get(0).get("c"))
                .isEqualTo(5L);
        client.close();
        client.close();
        assertThatThrownBy(() -> client.jobs().get(id))
                .isInstanceOf(LakeJobException.class)
                .hasMessageContaining("closed");
        assertThat(flinkThreads()).isSubsetOf(before);
    }

    @Test
    void unknownFlinkEndpointsAreRejectedAtBuild() {
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("flink:yarn-per-nothing")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("flink:local");
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("flink:local")
                        .property(FlinkOptions.LOCAL_SLOTS, "zero")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(FlinkOptions.LOCAL_SLOTS);
    }
}
