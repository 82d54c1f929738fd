package io.lakejob.sdk.model.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.BatchClient;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.DefaultLakeJobClient;
import io.lakejob.sdk.spi.BatchOperations;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchClientTest {

    /** A clock moved only by the fake sleeper. */
    static final class FakeClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private static final String ID = "0a324461-d9d9-45da-a52a-3b3c7a3d809e";

    private final RecordingTransport transport = new RecordingTransport();
    private final FakeClock clock = new FakeClock();
    private final List<Duration> sleeps = new ArrayList<>();

    private BatchClient fakeTimeClient() {
        ClientConfiguration config = new ClientConfiguration(
                "test:recording",
                null,
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                RetryPolicy.standard(),
                clock,
                null,
                Map.of());
        return new DefaultLakeJobClient(config, transport, d -> {
                    sleeps.add(d);
                    clock.advance(d);
                })
                .batches();
    }

    private void script(String... states) {
        Deque<String> q = new ArrayDeque<>(List.of(states));
        transport.answer(
                BatchOperations.GET_BATCH_STATE,
                r -> new GetBatchStateResponse(r.batchId(), BatchState.of(q.size() > 1 ? q.poll() : q.peek())));
    }

    @Test
    void operationsCarryTheReferenceBinding() {
        Map<Operation<?, ?>, String> paths = Map.of(
                BatchOperations.CREATE_BATCH, "POST /v2.0/{project_id}/batches",
                BatchOperations.CANCEL_BATCH, "DELETE /v2.0/{project_id}/batches/{batch_id}",
                BatchOperations.LIST_BATCHES, "GET /v2.0/{project_id}/batches",
                BatchOperations.GET_BATCH, "GET /v2.0/{project_id}/batches/{batch_id}",
                BatchOperations.GET_BATCH_STATE, "GET /v2.0/{project_id}/batches/{batch_id}/state",
                BatchOperations.GET_BATCH_LOG, "GET /v2.0/{project_id}/batches/{batch_id}/log");
        paths.forEach((op, binding) -> {
            assertThat(op.method() + " " + op.pathTemplate()).isEqualTo(binding);
            assertThat(op.group()).isEqualTo(OperationGroup.BATCHES);
            assertThat(Operations.byName(op.name())).containsSame(op);
        });
        assertThat(BatchOperations.CREATE_BATCH.name()).isEqualTo("CreateBatch");
        assertThat(BatchOperations.GET_BATCH_LOG.section()).isEqualTo("10.1.6");
        assertThat(BatchOperations.CANCEL_BATCH.method()).isEqualTo(HttpMethod.DELETE);
    }

    @Test
    void clientSendsTheRightOperations() {
        Batch created = Batch.builder()
                .id(ID)
                .state(BatchState.STARTING)
                .scType(ScType.CUSTOMIZED)
                .build();
        transport
                .answer(BatchOperations.CREATE_BATCH, r -> created)
                .answer(BatchOperations.CANCEL_BATCH, r -> new CancelBatchResponse("deleted"))
                .answer(
                        BatchOperations.GET_BATCH,
                        r -> Batch.builder().id(r.batchId()).build())
                .answer(
                        BatchOperations.GET_BATCH_STATE,
                        r -> new GetBatchStateResponse(r.batchId(), BatchState.SUCCESS))
                .answer(
                        BatchOperations.GET_BATCH_LOG,
                        r -> new GetBatchLogResponse(r.batchId(), 0, 3L, List.of("log")));
        try (LakeJobClient client = transport.client()) {
            assertThat(client.batches()
                            .create(b -> b.file("app.jar").className("Main").queue("test")))
                    .isSameAs(created);
            assertThat(transport.lastCall().operation()).isSameAs(BatchOperations.CREATE_BATCH);
            assertThat(transport.lastCall().request())
                    .isEqualTo(CreateBatchRequest.builder()
                            .file("app.jar")
                            .className("Main")
                            .queue("test")
                            .build());

            CreateBatchRequest example = BatchRequestsTest.example1011().build();
            client.batches().create(example);
            assertThat(transport.lastCall().request()).isSameAs(example);

            assertThat(client.batches().cancel(ID).msg()).isEqualTo("deleted");
            assertThat(transport.lastCall().operation()).isSameAs(BatchOperations.CANCEL_BATCH);
            assertThat(transport.lastCall().request()).isEqualTo(CancelBatchRequest.of(ID));

            assertThat(client.batches().get(ID).id()).isEqualTo(ID);
            assertThat(transport.lastCall().request()).isEqualTo(GetBatchRequest.of(ID));

            assertThat(client.batches().state(ID).state()).isSameAs(BatchState.SUCCESS);
            assertThat(transport.lastCall().request()).isEqualTo(GetBatchStateRequest.of(ID));

            assertThat(client.batches().log(ID).log()).containsExactly("log");
            client.batches().log(b -> b.batchId(ID).type("driver").index(1).size(50));
            assertThat(transport.lastCall().operation()).isSameAs(BatchOperations.GET_BATCH_LOG);
            assertThat(transport.lastCall().request())
                    .isEqualTo(GetBatchLogRequest.builder()
                            .batchId(ID)
                            .type("driver")
                            .index(1)
                            .size(50)
                            .build());
        }
    }

    @Test
    void invalidRequestsNeverReachTheTransport() {
        try (LakeJobClient client = transport.client()) {
            assertThatThrownBy(() -> client.batches().create(b -> b.file("app.jar")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                            .isEqualTo("class_name"));
            assertThatThrownBy(() -> client.batches().cancel("../x"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                            .isEqualTo("batch_id"));
            assertThat(transport.calls()).isEmpty();
        }
    }

    @Test
    void listAllFollowsOffsetsUntilTheTotal() {
        List<Batch> all = IntStream.range(0, 7)
                .mapToObj(i -> Batch.builder().id("b" + i).build())
                .collect(Collectors.toList());
        transport.answer(BatchOperations.LIST_BATCHES, r -> {
            int from = r.from();
            return new ListBatchesResponse(from, 7, all.subList(Math.min(from, 7), Math.min(from + r.size(), 7)), null);
        });
        try (LakeJobClient client = transport.client()) {
            List<String> ids =
                    client
                            .batches()
                            .listAll(ListBatchesRequest.builder()
                                    .queueName("test")
                                    .size(3)
                                    .from(99)
                                    .build())
                            .stream()
                            .map(Batch::id)
                            .collect(Collectors.toList());
            assertThat(ids).containsExactly("b0", "b1", "b2", "b3", "b4", "b5", "b6");
            assertThat(transport.calls())
                    .extracting(c -> ((ListBatchesRequest) c.request()).from())
                    .containsExactly(0, 3, 6);
            assertThat(transport.calls()).allSatisfy(c -> assertThat(((ListBatchesRequest) c.request()).queueName())
                    .isEqualTo("test"));
        }
    }

    @Test
    void listAllStopsAtAnExactlyFullLastPageUsingTheTotal() {
        List<Batch> all = IntStream.range(0, 6)
                .mapToObj(i -> Batch.builder().id("b" + i).build())
                .collect(Collectors.toList());
        transport.answer(
                BatchOperations.LIST_BATCHES,
                r -> new ListBatchesResponse(
                        r.from(), 6, all.subList(Math.min(r.from(), 6), Math.min(r.from() + r.size(), 6)), null));
        try (LakeJobClient client = transport.client()) {
            assertThat(client.batches()
                            .listAll(ListBatchesRequest.builder().size(3).build()))
                    .hasSize(6);
            assertThat(transport.calls()).hasSize(2);
            assertThat(client.batches().list(b -> b.size(3).from(3)).sessions()).hasSize(3);
        }
    }

    @Test
    void listAllUsesTheDefaultPageSize() {
        transport.answer(BatchOperations.LIST_BATCHES, r -> new ListBatchesResponse(r.from(), 0, List.of(), null));
        try (LakeJobClient client = transport.client()) {
            assertThat(client.batches().listAll(ListBatchesRequest.all())).isEmpty();
            assertThat(((ListBatchesRequest) transport.lastCall().request()).size())
                    .isEqualTo(BatchClient.DEFAULT_PAGE_SIZE);
        }
    }

    @Test
    void waitUntilReportsEveryChangeAndReturnsAtTheTarget() {
        script("starting", "starting", "running", "recovering", "running", "Success");
        List<String> seen = new ArrayList<>();
        GetBatchStateResponse r = fakeTimeClient()
                .waitUntil(
                        ID,
                        Set.of(BatchState.SUCCESS),
                        new WaitOptions(Duration.ofMinutes(5), Duration.ofSeconds(10)),
                        (prev, cur, at) -> seen.add(prev + "->" + cur));
        assertThat(r.state()).isSameAs(BatchState.SUCCESS);
        assertThat(seen)
                .containsExactly(
                        "null->starting",
                        "starting->running",
                        "running->recovering",
                        "recovering->running",
                        "running->success");
        assertThat(sleeps).hasSize(5).allMatch(d -> d.equals(Duration.ofSeconds(10)));
        assertThat(transport.calls()).allSatisfy(c -> {
            assertThat(c.operation()).isSameAs(BatchOperations.GET_BATCH_STATE);
            assertThat(c.request()).isEqualTo(GetBatchStateRequest.of(ID));
        });
    }

    @Test
    void waitUntilForRunningReturnsBeforeTheEnd() {
        script("starting", "running", "success");
        assertThat(fakeTimeClient()
                        .waitUntil(ID, BatchState.RUNNING, Duration.ofMinutes(1))
                        .state())
                .isSameAs(BatchState.RUNNING);
        assertThat(transport.calls()).hasSize(2);
    }

    @Test
    void deadJobEndsTheWaitWithJobStateException() {
        script("starting", "running", "dead");
        assertThatThrownBy(() -> fakeTimeClient().waitUntil(ID, Set.of(BatchState.SUCCESS), Duration.ofMinutes(1)))
                .isInstanceOfSatisfying(JobStateException.class, e -> {
                    assertThat(e.jobId()).isEqualTo(ID);
                    assertThat(e.status()).isEqualTo("dead");
                });
    }

    @Test
    void waitingForAnyTerminalStateAcceptsDead() {
        script("running", "dead");
        assertThat(fakeTimeClient()
                        .waitUntil(ID, BatchState.TERMINAL, Duration.ofMinutes(1))
                        .state())
                .isSameAs(BatchState.DEAD);
    }

    @Test
    void waitUntilTimesOut() {
        script("starting");
        assertThatThrownBy(() -> fakeTimeClient()
                        .waitUntil(
                                ID,
                                Set.of(BatchState.SUCCESS),
                                new WaitOptions(Duration.ofSeconds(25), Duration.ofSeconds(10)),
                                null))
                .isInstanceOf(LakeJobTimeoutException.class);
        // never sleeps past the deadline: 10 + 10 + 5
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    @Test
    void waitUntilRejectsBadArgumentsBeforePolling() {
        BatchClient c = fakeTimeClient();
        assertThatThrownBy(() -> c.waitUntil("a/b", Set.of(BatchState.SUCCESS), Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("batch_id"));
        assertThatThrownBy(() -> c.waitUntil(ID, Set.of(), Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("targets"));
        assertThatThrownBy(() -> c.waitUntil(ID, (BatchState) null, Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("targets"));
        assertThatThrownBy(() -> c.waitUntil(ID, BatchState.SUCCESS, null))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("timeout"));
        assertThatThrownBy(() -> c.waitUntil(ID, Set.of(BatchState.SUCCESS), (WaitOptions) null, null))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("options"));
        assertThat(transport.calls()).isEmpty();
    }
}
