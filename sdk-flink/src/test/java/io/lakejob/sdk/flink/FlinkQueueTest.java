package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.queue.QueueAction;
import io.lakejob.sdk.model.queue.QueuePlan;
import io.lakejob.sdk.model.queue.Weekday;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LakeJobFlinkExtension.class)
class FlinkQueueTest {
    static final String COUNT = "CREATE TABLE T (a INT) WITH ('connector'='datagen','number-of-rows'='3');\n"
            + "SELECT COUNT(*) AS c FROM T";

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void scalingChangesTheCuCountThatCapsParallelism(LakeJobClient client) {
        String q = unique("scale_");
        client.queues().create(c -> c.queueName(q).cuCount(16));
        long wide = client.jobs()
                .createSqlJob(j -> j.name(unique("wide-"))
                        .queueName(q)
                        .sqlBody(COUNT)
                        .cuNumber(10)
                        .parallelNumber(20))
                .jobId();
        assertThatThrownBy(() -> client.jobs().run(wide)).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("DLI.0001");
            assertThat(e.getMessage()).contains("parallel_number").contains("16 CUs");
        });
        client.queues().action(a -> a.queueName(q).action(QueueAction.SCALE_OUT).cuCount(16));
        assertThat(client.queues().get(q).queue().cuCount()).isEqualTo(32);
        assertThatThrownBy(() -> client.queues()
                        .action(a -> a.queueName(q).action(QueueAction.SCALE_IN).cuCount(32)))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0001"));
        client.queues().action(a -> a.queueName(q).action(QueueAction.SCALE_IN).cuCount(16));
        assertThat(client.queues().get(q).queue().cuCount()).isEqualTo(16);
        client.jobs().delete(wide);
        client.queues().delete(q);
    }

    @Test
    void scalingPlansAreStoredListedUpdatedAndDeleted(LakeJobClient client) {
        String q = unique("plans_");
        client.queues().create(c -> c.queueName(q).cuCount(16));
        Instant begin = Instant.parse("2026-01-01T00:00:00Z");
        client.queues().createPlan(p -> p.queueName(q)
                .planName("night")
                .targetCu(32)
                .startHour(22)
                .startMinute(0)
                .repeatDay(List.of(Weekday.MONDAY))
                .validDateBegin(begin)
                .validDateEnd(begin.plusSeconds(86400 * 30)));
        client.queues().createPlan(p -> p.queueName(q)
                .planName("day")
                .targetCu(16)
                .startHour(8)
                .startMinute(30)
                .repeatDay(List.of())
                .validDateBegin(begin)
                .validDateEnd(begin.plusSeconds(86400)));
        List<QueuePlan> plans = client.queues().listPlans(q).plans();
        assertThat(plans).extracting(QueuePlan::planName).containsExactly("night", "day");
        long night = plans.get(0).id();
        client.queues().updatePlan(u -> u.queueName(q)
                .planId(night)
                .planName("night")
                .targetCu(48)
                .startHour(23)
                .startMinute(0)
                .repeatDay(List.of(Weekday.FRIDAY))
                .validDateBegin(begin)
                .validDateEnd(begin.plusSeconds(60)));
        assertThat(client.queues().listPlans(q).plans().get(0).targetCu()).isEqualTo(48);
        client.queues().deletePlan(q, night);
        assertThat(client.queues().listPlans(q).plans())
                .extracting(QueuePlan::planName)
                .containsExactly("day");
        assertThatThrownBy(() -> client.queues().deletePlan(q, night))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));
        client.queues().delete(q);
    }

    @Test
    void aQueueCanPointAtAnotherSessionCluster(LakeJobClient client) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.PORT, 0);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("64m"));
        try (MiniCluster other = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(2)
                .build())) {
            other.start();
            URI rest = other.getRestAddress().get();
            String q = unique("remote_");
            client.queues()
                    .create(c ->
                            c.queueName(q).cuCount(16).labels(List.of("flink.address=127.0.0.1:" + rest.getPort())));
            long id = client.jobs()
                    .createSqlJob(j -> j.name(unique("there-")).queueName(q).sqlBody(COUNT))
                    .jobId();
            client.jobs().run(id);
            client.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(2));
            String flinkId = client.flink().jobData(String.valueOf(id)).jobId();
            String jobs = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(rest.resolve("/jobs/overview"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(jobs).contains(flinkId);
            assertThat(client.jobs().getExecuteGraph(id).executeGraph().state()).isEqualTo("FINISHED");
            client.jobs().delete(id);
            client.queues().delete(q);
        }
    }
}
