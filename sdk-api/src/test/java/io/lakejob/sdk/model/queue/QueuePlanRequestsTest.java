package io.lakejob.sdk.model.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.spi.QueueOperations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueuePlanRequestsTest {

    /** The 6.6 request example of the reference. */
    private static CreateQueuePlanRequest.Builder example66() {
        return CreateQueuePlanRequest.builder()
                .queueName("queue1")
                .planName("plan_A")
                .targetCu(64)
                .startHour(20)
                .startMinute(30)
                .repeatDay(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.SUNDAY)
                .validDateBegin(Instant.ofEpochMilli(1590949800000L))
                .validDateEnd(Instant.ofEpochMilli(1591727400000L))
                .activate(true);
    }

    private static UpdateQueuePlanRequest.Builder example610() {
        return UpdateQueuePlanRequest.builder()
                .queueName("queue1")
                .planId(3)
                .planName("plan_Ad")
                .targetCu(64)
                .startHour(19)
                .startMinute(30)
                .repeatDay(Weekday.of("THURSDAY"), Weekday.of("friday"))
                .activate(false);
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    @Test
    void referenceExamplesAreValid() {
        CreateQueuePlanRequest c = example66().build();
        assertThat(c.repeatDay()).containsExactly(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.SUNDAY);
        assertThat(c.validDateBegin().toEpochMilli()).isEqualTo(1590949800000L);
        UpdateQueuePlanRequest u = example610().build();
        assertThat(u.repeatDay()).containsExactly(Weekday.THURSDAY, Weekday.FRIDAY);
        assertThat(u.planId()).isEqualTo(3L);
        assertThat(u.activate()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p", "plan_A", "1a", "a_", "P1"})
    void acceptsValidPlanNames(String name) {
        assertThat(example66().planName(name).build().planName()).isEqualTo(name);
        assertThat(example610().planName(name).build().planName()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "_plan", "123", "plan-a", "plan a", "计划", "a/b"})
    void rejectsInvalidPlanNames(String name) {
        assertField(() -> example66().planName(name).build(), "plan_name");
        assertField(() -> example610().planName(name).build(), "plan_name");
    }

    @Test
    void requiresEveryDocumentedRequiredField() {
        assertField(() -> example66().queueName(null).build(), "queue_name");
        assertField(() -> example66().planName(null).build(), "plan_name");
        assertField(
                () -> CreateQueuePlanRequest.builder()
                        .queueName("q")
                        .planName("p")
                        .startHour(1)
                        .startMinute(0)
                        .build(),
                "target_cu");
        assertField(
                () -> CreateQueuePlanRequest.builder()
                        .queueName("q")
                        .planName("p")
                        .targetCu(16)
                        .startMinute(0)
                        .build(),
                "start_hour");
        assertField(
                () -> CreateQueuePlanRequest.builder()
                        .queueName("q")
                        .planName("p")
                        .targetCu(16)
                        .startHour(0)
                        .build(),
                "start_minute");
        assertField(
                () -> UpdateQueuePlanRequest.builder()
                        .queueName("q")
                        .planName("p")
                        .targetCu(16)
                        .startHour(0)
                        .startMinute(0)
                        .build(),
                "plan_id");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 256, 1024})
    void acceptsTargetCuMultiplesOf16(int cu) {
        assertThat(example66().targetCu(cu).build().targetCu()).isEqualTo(cu);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -16, 8, 20, 33, 100})
    void rejectsOtherTargetCus(int cu) {
        assertField(() -> example66().targetCu(cu).build(), "target_cu");
        assertField(() -> example610().targetCu(cu).build(), "target_cu");
    }

    @Test
    void startTimeIsAValidClockTime() {
        assertThat(example66().startHour(0).startMinute(0).build().startHour()).isZero();
        assertThat(example66().startHour(23).startMinute(59).build().startMinute())
                .isEqualTo(59);
        // the reference's own 6.7 example lists plans starting at :15 and :25
        assertThat(example66().startMinute(15).build().startMinute()).isEqualTo(15);
        assertField(() -> example66().startHour(24).build(), "start_hour");
        assertField(() -> example66().startHour(-1).build(), "start_hour");
        assertField(() -> example66().startMinute(60).build(), "start_minute");
        assertField(() -> example610().startMinute(-1).build(), "start_minute");
    }

    @Test
    void repeatDaysAreWeekdaysAndMayBeEmpty() {
        assertThat(example66().repeatDay(List.of()).build().repeatDay()).isEmpty();
        assertThat(example66().repeatDay((List<Weekday>) null).build().repeatDay())
                .isEmpty();
        assertField(
                () -> example66()
                        .repeatDay(Weekday.of("MONDAY"), Weekday.of("FUNDAY"))
                        .build(),
                "repeat_day");
        assertField(
                () -> example610()
                        .repeatDay(Arrays.asList(Weekday.MONDAY, null))
                        .build(),
                "repeat_day");
        List<Weekday> days = new ArrayList<>(List.of(Weekday.MONDAY));
        CreateQueuePlanRequest r = example66().repeatDay(days).build();
        days.add(Weekday.FRIDAY);
        assertThat(r.repeatDay()).containsExactly(Weekday.MONDAY);
        assertThatThrownBy(() -> r.repeatDay().add(Weekday.SUNDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void weekdaysMatchCaseInsensitivelyAndKeepUnknownValues() {
        assertThat(Weekday.of("friday")).isSameAs(Weekday.FRIDAY);
        assertThat(Weekday.of("Sunday")).isSameAs(Weekday.SUNDAY);
        Weekday odd = Weekday.of("HOLIDAY");
        assertThat(odd.isKnown()).isFalse();
        assertThat(odd.value()).isEqualTo("HOLIDAY");
        assertThat(Weekday.knownValues()).hasSize(7);
        for (DayOfWeek d : DayOfWeek.values()) {
            assertThat(Weekday.of(d).toDayOfWeek()).isEqualTo(d);
        }
        assertThatThrownBy(odd::toDayOfWeek).isInstanceOf(IllegalStateException.class);
        assertField(() -> Weekday.of("  "), "repeat_day");
    }

    @Test
    void validityPeriodMustNotEndBeforeItBegins() {
        Instant begin = Instant.ofEpochMilli(1590949800000L);
        assertThat(example66().validDateEnd(begin).validDateBegin(begin).build().validDateEnd())
                .isEqualTo(begin);
        assertThat(example66().validDateBegin(null).build().validDateBegin()).isNull();
        assertThat(example66().validDateEnd(null).build().validDateEnd()).isNull();
        assertField(() -> example66().validDateEnd(begin.minusMillis(1)).build(), "valid_date_end");
        assertField(
                () -> example610()
                        .validDateBegin(begin)
                        .validDateEnd(begin.minusSeconds(60))
                        .build(),
                "valid_date_end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "%2e%2e", "q\r\nX: y", "..", "_q", "123", "q-1"})
    void rejectsUnsafeOrInvalidQueueNames(String name) {
        assertField(() -> example66().queueName(name).build(), "queue_name");
        assertField(() -> example610().queueName(name).build(), "queue_name");
        assertField(() -> ListQueuePlansRequest.of(name), "queue_name");
        assertField(() -> DeleteQueuePlanRequest.of(name, 1), "queue_name");
        assertField(() -> BatchDeleteQueuePlansRequest.of(name, 1L), "queue_name");
    }

    @Test
    void planOperationsAfterCreateAcceptCommaSeparatedQueueNames() {
        assertThat(ListQueuePlansRequest.of("q1,q2").queueName()).isEqualTo("q1,q2");
        assertThat(DeleteQueuePlanRequest.of("q1,q2", 8).planId()).isEqualTo(8);
        assertField(() -> ListQueuePlansRequest.of("q1,"), "queue_name");
        assertField(() -> ListQueuePlansRequest.of("q1,_q"), "queue_name");
        assertField(() -> ListQueuePlansRequest.of(""), "queue_name");
        // creation documents a single queue name
        assertField(() -> example66().queueName("q1,q2").build(), "queue_name");
        assertField(() -> example66().queueName("q".repeat(129)).build(), "queue_name");
    }

    @Test
    void planIdsArePositive() {
        assertField(() -> DeleteQueuePlanRequest.of("q", 0), "plan_id");
        assertField(() -> example610().planId(-3).build(), "plan_id");
        assertThat(BatchDeleteQueuePlansRequest.of("q", 3L, 4L).planIds()).containsExactly(3L, 4L);
        assertField(() -> BatchDeleteQueuePlansRequest.of("q", List.of()), "plan_ids");
        assertField(() -> BatchDeleteQueuePlansRequest.of("q", (List<Long>) null), "plan_ids");
        assertField(() -> BatchDeleteQueuePlansRequest.of("q", Arrays.asList(3L, null)), "plan_ids");
        assertField(() -> BatchDeleteQueuePlansRequest.of("q", 3L, 0L), "plan_ids");
    }

    @Test
    void toBuilderRoundTrips() {
        CreateQueuePlanRequest c = example66().build();
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(c.toBuilder().targetCu(32).build().targetCu()).isEqualTo(32);
        UpdateQueuePlanRequest u = example610().validDateBegin(Instant.EPOCH).build();
        assertThat(u.toBuilder().build()).isEqualTo(u);
        QueuePlan p = QueuePlan.builder()
                .id(1L)
                .planName("plan_Aa")
                .repeatDay(List.of(Weekday.MONDAY))
                .build();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(QueuePlan.builder().build().repeatDay()).isEmpty();
    }

    @Test
    void operationsAreCataloguedAsDocumented() {
        assertThat(QueueOperations.CREATE_QUEUE_PLAN.method()).isEqualTo(HttpMethod.POST);
        assertThat(QueueOperations.CREATE_QUEUE_PLAN.pathTemplate())
                .isEqualTo("/v1/{project_id}/queues/{queue_name}/plans");
        assertThat(QueueOperations.LIST_QUEUE_PLANS.method()).isEqualTo(HttpMethod.GET);
        assertThat(QueueOperations.BATCH_DELETE_QUEUE_PLANS.pathTemplate())
                .isEqualTo("/v1/{project_id}/queues/{queue_name}/plans/batch-delete");
        assertThat(QueueOperations.DELETE_QUEUE_PLAN.method()).isEqualTo(HttpMethod.DELETE);
        assertThat(QueueOperations.UPDATE_QUEUE_PLAN.method()).isEqualTo(HttpMethod.PUT);
        assertThat(QueueOperations.UPDATE_QUEUE_PLAN.pathTemplate())
                .isEqualTo("/v1/{project_id}/queues/{queue_name}/plans/{plan_id}");
        for (String name : List.of(
                "CreateQueuePlan", "ListQueuePlans", "BatchDeleteQueuePlans", "DeleteQueuePlan", "UpdateQueuePlan")) {
            assertThat(Operations.byName(name)).get().satisfies(op -> assertThat(op.group())
                    .isEqualTo(OperationGroup.QUEUES));
        }
        assertThat(QueueOperations.UPDATE_QUEUE_PLAN.section()).isEqualTo("6.10");
    }

    @Test
    void clientSendsTheRightOperations() {
        QueuePlan p1 =
                QueuePlan.builder().id(1L).planName("plan_Aa").targetCu(32).build();
        QueuePlan p6 =
                QueuePlan.builder().id(6L).planName("plan_Ab").targetCu(16).build();
        RecordingTransport t = new RecordingTransport()
                .answer(QueueOperations.CREATE_QUEUE_PLAN, r -> BasicResponse.success(""))
                .answer(QueueOperations.LIST_QUEUE_PLANS, r -> new ListQueuePlansResponse(true, "", List.of(p1, p6)))
                .answer(QueueOperations.BATCH_DELETE_QUEUE_PLANS, r -> BasicResponse.success(""))
                .answer(QueueOperations.DELETE_QUEUE_PLAN, r -> BasicResponse.success(""))
                .answer(
                        QueueOperations.UPDATE_QUEUE_PLAN,
                        r -> new UpdateQueuePlanResponse(true, "", r.queueName(), String.valueOf(r.planId())));
        try (LakeJobClient client = t.client()) {
            client.queues().createPlan(b -> b.queueName("queue1")
                    .planName("plan_A")
                    .targetCu(64)
                    .startHour(20)
                    .startMinute(30)
                    .repeatDay(Weekday.MONDAY));
            assertThat(t.lastCall().operation()).isSameAs(QueueOperations.CREATE_QUEUE_PLAN);
            assertThat(((CreateQueuePlanRequest) t.lastCall().request()).planName())
                    .isEqualTo("plan_A");

            client.queues().createPlan(example66().build());
            assertThat(t.lastCall().request()).isEqualTo(example66().build());

            assertThat(client.queues().listPlans("queue1").plans()).containsExactly(p1, p6);
            assertThat(t.lastCall().operation()).isSameAs(QueueOperations.LIST_QUEUE_PLANS);
            assertThat(t.lastCall().request()).isEqualTo(ListQueuePlansRequest.of("queue1"));

            client.queues().deletePlans("queue1", List.of(3L, 4L));
            assertThat(t.lastCall().operation()).isSameAs(QueueOperations.BATCH_DELETE_QUEUE_PLANS);
            assertThat(t.lastCall().request()).isEqualTo(BatchDeleteQueuePlansRequest.of("queue1", 3L, 4L));

            client.queues().deletePlan("queue1", 8);
            assertThat(t.lastCall().operation()).isSameAs(QueueOperations.DELETE_QUEUE_PLAN);
            assertThat(t.lastCall().request()).isEqualTo(DeleteQueuePlanRequest.of("queue1", 8));

            UpdateQueuePlanResponse u = client.queues().updatePlan(b -> b.queueName("queue1")
                    .planId(3)
                    .planName("plan_Ad")
                    .targetCu(64)
                    .startHour(19)
                    .startMinute(30)
                    .repeatDay(Weekday.THURSDAY, Weekday.FRIDAY)
                    .activate(false));
            assertThat(u.planId()).isEqualTo("3");
            assertThat(u.queueName()).isEqualTo("queue1");
            assertThat(t.lastCall().operation()).isSameAs(QueueOperations.UPDATE_QUEUE_PLAN);
            assertThat(t.lastCall().request()).isEqualTo(example610().build());
        }
    }

    @Test
    void invalidRequestsNeverReachTheTransport() {
        RecordingTransport t = new RecordingTransport();
        try (LakeJobClient client = t.client()) {
            assertField(
                    () -> client.queues().createPlan(b -> b.queueName("q")
                            .planName("p")
                            .targetCu(10)
                            .startHour(1)
                            .startMinute(0)),
                    "target_cu");
            assertField(() -> client.queues().deletePlan("../q", 1), "queue_name");
            assertThat(t.calls()).isEmpty();
        }
    }

    @Test
    void listAllPlansMakesOneCall() {
        List<QueuePlan> plans = List.of(
                QueuePlan.builder().id(1L).build(),
                QueuePlan.builder().id(6L).build(),
                QueuePlan.builder().id(7L).build());
        RecordingTransport t = new RecordingTransport()
                .answer(QueueOperations.LIST_QUEUE_PLANS, r -> new ListQueuePlansResponse(true, "", plans));
        try (LakeJobClient client = t.client()) {
            List<Long> ids = client.queues().listAllPlans("queue1").stream()
                    .map(QueuePlan::id)
                    .collect(Collectors.toList());
            assertThat(ids).containsExactly(1L, 6L, 7L);
            assertThat(t.calls()).hasSize(1);
        }
        ListQueuePlansResponse r = new ListQueuePlansResponse(true, "", null);
        assertThat(r.items()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "6.1-request.json",
                "6.1-response.json",
                "6.2-response.json",
                "6.3-response.json",
                "6.4-response.json",
                "6.5-request-restart.json",
                "6.5-request-scale.json",
                "6.5-response-restart.json",
                "6.5-response-restart-force.json",
                "6.5-response-scale.json",
                "6.6-request.json",
                "6.6-response.json",
                "6.7-response.json",
                "6.8-request.json",
                "6.8-response.json",
                "6.9-response.json",
                "6.10-request.json",
                "6.10-response.json"
            })
    void referenceExamplesAreBundled(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/lakejob/sdk/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(text).startsWith("{").endsWith("}");
        }
    }
}
