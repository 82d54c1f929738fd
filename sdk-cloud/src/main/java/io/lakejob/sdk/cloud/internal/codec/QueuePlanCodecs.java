package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.queue.CreateQueuePlanRequest;
import io.lakejob.sdk.model.queue.ListQueuePlansResponse;
import io.lakejob.sdk.model.queue.QueuePlan;
import io.lakejob.sdk.model.queue.UpdateQueuePlanRequest;
import io.lakejob.sdk.model.queue.UpdateQueuePlanResponse;
import io.lakejob.sdk.model.queue.Weekday;
import io.lakejob.sdk.spi.QueueOperations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The wire mapping of the queue scaling plan operations, reference sections 6.6 to 6.10. */
final class QueuePlanCodecs {
    private QueuePlanCodecs() {}

    /**
     * The queue plan codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 6.6 POST /v1/{project_id}/queues/{queue_name}/plans
                RestCodec.of(QueueOperations.CREATE_QUEUE_PLAN)
                        .path(r -> Map.of("queue_name", r.queueName()))
                        .body(QueuePlanCodecs::createBody)
                        .decode(BasicAnswers::basic)
                        .build(),
                // 6.7 GET /v1/{project_id}/queues/{queue_name}/plans
                RestCodec.of(QueueOperations.LIST_QUEUE_PLANS)
                        .path(r -> Map.of("queue_name", r.queueName()))
                        .decodeAs(WirePlans.class, w -> {
                            List<QueuePlan> plans = new ArrayList<>();
                            if (w.plans() != null) {
                                for (WirePlan p : w.plans()) {
                                    if (p != null) {
                                        plans.add(p.toPlan());
                                    }
                                }
                            }
                            return new ListQueuePlansResponse(w.isSuccess(), w.message(), plans);
                        })
                        .build(),
                // 6.8 POST /v1/{project_id}/queues/{queue_name}/plans/batch-delete
                RestCodec.of(QueueOperations.BATCH_DELETE_QUEUE_PLANS)
                        .path(r -> Map.of("queue_name", r.queueName()))
                        .body(r ->
                                JsonBody.object().put("plan_ids", r.planIds()).toMap())
                        .decode(BasicAnswers::basic)
                        .build(),
                // 6.9 DELETE /v1/{project_id}/queues/{queue_name}/plans/{plan_id}
                RestCodec.of(QueueOperations.DELETE_QUEUE_PLAN)
                        .path(r -> Map.of("queue_name", r.queueName(), "plan_id", Long.toString(r.planId())))
                        .decode(BasicAnswers::basic)
                        .build(),
                // 6.10 PUT /v1/{project_id}/queues/{queue_name}/plans/{plan_id}; the answer's plan_id is
                // documented as a String but the example (and the official SDK) carry a number.
                RestCodec.of(QueueOperations.UPDATE_QUEUE_PLAN)
                        .path(r -> Map.of("queue_name", r.queueName(), "plan_id", Long.toString(r.planId())))
                        .body(QueuePlanCodecs::updateBody)
                        .decodeAs(WireUpdated.class, w -> {
                            return new UpdateQueuePlanResponse(
                                    w.isSuccess(), w.message(), w.queueName(), WireValues.text(w.planId()));
                        })
                        .build());
    }

    private static Object createBody(CreateQueuePlanRequest r) {
        return planBody(
                r.planName(),
                r.targetCu(),
                r.startHour(),
                r.startMinute(),
                r.repeatDay(),
                r.validDateBegin(),
                r.validDateEnd(),
                r.activate());
    }

    private static Object updateBody(UpdateQueuePlanRequest r) {
        return planBody(
                r.planName(),
                r.targetCu(),
                r.startHour(),
                r.startMinute(),
                r.repeatDay(),
                r.validDateBegin(),
                r.validDateEnd(),
                r.activate());
    }

    private static Object planBody(
            String planName,
            int targetCu,
            int startHour,
            int startMinute,
            List<Weekday> repeatDay,
            Instant validDateBegin,
            Instant validDateEnd,
            Boolean activate) {
        JsonBody b = JsonBody.object()
                .put("plan_name", planName)
                .put("target_cu", targetCu)
                .put("start_hour", startHour)
                .put("start_minute", startMinute);
        Map<String, Object> body = b.toMap();
        // Required; an empty list means "once, at the next start_hour:start_minute".
        body.put("repeat_day", WireValues.requiredArray(repeatDay));
        b.put("valid_date_begin", millis(validDateBegin))
                .put("valid_date_end", millis(validDateEnd))
                .put("activate", activate);
        return body;
    }

    private static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }

    record WirePlans(Boolean isSuccess, String message, List<WirePlan> plans) implements WireResult {}

    record WirePlan(
            Long id,
            @JsonAlias("planName") String planName,
            @JsonAlias("targetCu") Integer targetCu,
            @JsonAlias("startHour") Integer startHour,
            @JsonAlias("startMinute") Integer startMinute,
            @JsonAlias("repeatDay") JsonNode repeatDay,
            @JsonAlias("validDateBegin") Long validDateBegin,
            @JsonAlias("validDateEnd") Long validDateEnd,
            Boolean activate,
            @JsonAlias("lastExecuteTime") Long lastExecuteTime) {

        QueuePlan toPlan() {
            return QueuePlan.builder()
                    .id(id)
                    .planName(planName)
                    .targetCu(targetCu)
                    .startHour(startHour)
                    .startMinute(startMinute)
                    .repeatDay(WireValues.enums(repeatDay, Weekday::of))
                    .validDateBegin(WireValues.epochMillis(validDateBegin))
                    .validDateEnd(WireValues.epochMillis(validDateEnd))
                    .activate(activate)
                    .lastExecuteTime(WireValues.epochMillis(lastExecuteTime))
                    .build();
        }
    }

    record WireUpdated(
            Boolean isSuccess,
            String message,
            @JsonAlias("queueName") String queueName,
            @JsonAlias("planId") JsonNode planId)
            implements WireResult {}
}
