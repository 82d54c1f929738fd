package io.lakejob.sdk.model.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.QueueOperations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"q", "queue_1", "Q1", "a_", "1a"})
    void acceptsValidQueueNames(String name) {
        assertThat(CreateQueueRequest.builder()
                        .queueName(name)
                        .cuCount(16)
                        .build()
                        .queueName())
                .isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_q", "123", "a-b", "a b", "a/b", "队列", "../x"})
    void rejectsInvalidQueueNames(String name) {
        assertThatThrownBy(() ->
                        CreateQueueRequest.builder().queueName(name).cuCount(16).build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("queue_name"));
    }

    @Test
    void queueNameLengthIsLimitedTo128() {
        String ok = "q".repeat(128);
        assertThat(CreateQueueRequest.builder()
                        .queueName(ok)
                        .cuCount(16)
                        .build()
                        .queueName())
                .hasSize(128);
        assertThatThrownBy(() -> CreateQueueRequest.builder()
                        .queueName(ok + "q")
                        .cuCount(16)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("queue_name"));
    }

    @Test
    void requiresQueueNameAndCuCount() {
        assertThatThrownBy(() -> CreateQueueRequest.builder().cuCount(16).build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("queue_name"));
        assertThatThrownBy(() -> CreateQueueRequest.builder().queueName("q").build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("cu_count"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 8, 32, 128, 512, -16})
    void rejectsUndocumentedCuCounts(int cu) {
        assertThatThrownBy(() ->
                        CreateQueueRequest.builder().queueName("q").cuCount(cu).build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("cu_count"));
    }

    @Test
    void toBuilderRoundTripsAndListsAreImmutable() {
        CreateQueueRequest r = CreateQueueRequest.builder()
                .queueName("q1")
                .cuCount(64)
                .queueType(QueueType.GENERAL)
                .description("d")
                .resourceMode(1)
                .labels(List.of("multi_az=2"))
                .addTag("k", "v")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThatThrownBy(() -> r.labels().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.toBuilder().resourceMode(2).build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("resource_mode"));
    }

    @Test
    void unknownQueueTypeIsKeptNotFatal() {
        QueueType spark = QueueType.of("spark");
        assertThat(spark.isKnown()).isFalse();
        assertThat(spark.value()).isEqualTo("spark");
        assertThat(QueueType.of("GENERAL")).isSameAs(QueueType.GENERAL);
    }

    @Test
    void scalingNeedsMultiplesOf16AndMatchingAction() {
        assertThat(QueueActionRequest.scaleOut("q", 32).cuCount()).isEqualTo(32);
        assertThatThrownBy(() -> QueueActionRequest.scaleOut("q", 20))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("cu_count"));
        assertThatThrownBy(() -> QueueActionRequest.builder()
                        .queueName("q")
                        .action(QueueAction.RESTART)
                        .cuCount(16)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("cu_count"));
        assertThatThrownBy(() -> QueueActionRequest.builder().queueName("q").build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("action"));
        assertThatThrownBy(() -> QueueActionRequest.builder()
                        .queueName("q")
                        .action(QueueAction.of("explode"))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("action"));
    }

    @Test
    void clientSendsTheRightOperations() {
        RecordingTransport t = new RecordingTransport()
                .answer(QueueOperations.CREATE_QUEUE, r -> new CreateQueueResponse(true, "", r.queueName()))
                .answer(QueueOperations.DELETE_QUEUE, r -> BasicResponse.success(""));
        try (LakeJobClient client = t.client()) {
            assertThat(client.queues()
                            .create(q -> q.queueName("etl").cuCount(16))
                            .queueName())
                    .isEqualTo("etl");
            assertThat(t.lastCall().operation()).isSameAs(QueueOperations.CREATE_QUEUE);
            client.queues().delete("etl");
            assertThat(t.lastCall().request()).isEqualTo(DeleteQueueRequest.of("etl"));
        }
        assertThat(t.isClosed()).isTrue();
    }

    @Test
    void listAllFollowsPagesUntilAShortPage() {
        List<Queue> all = IntStream.range(0, 7)
                .mapToObj(i -> Queue.builder().queueName("q" + i).build())
                .collect(Collectors.toList());
        RecordingTransport t = new RecordingTransport().answer(QueueOperations.LIST_QUEUES, r -> {
            int from = (r.currentPage() - 1) * r.pageSize();
            return new ListQueuesResponse(true, "", all.subList(Math.min(from, 7), Math.min(from + r.pageSize(), 7)));
        });
        try (LakeJobClient client = t.client()) {
            List<String> names = client
                    .queues()
                    .listAll(ListQueuesRequest.builder().pageSize(3).build())
                    .stream()
                    .map(Queue::queueName)
                    .collect(Collectors.toList());
            assertThat(names).containsExactly("q0", "q1", "q2", "q3", "q4", "q5", "q6");
            assertThat(t.calls()).hasSize(3);
        }
    }
}
