package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.internal.Validate;
import java.util.List;

/**
 * Deletes several timed scaling plans of a queue at once (reference 6.8).
 *
 * @param queueName the queue; the reference allows several comma-separated queue names
 * @param planIds the plans to delete (see {@code ListQueuePlans}); at least one, each positive
 */
public record BatchDeleteQueuePlansRequest(String queueName, List<Long> planIds) {
    /**
     * Validates the request.
     *
     * @param queueName the queue
     * @param planIds the plans
     */
    public BatchDeleteQueuePlansRequest {
        QueuePlanRules.queueNames(queueName);
        planIds = Validate.list("plan_ids", Validate.required("plan_ids", planIds));
        Validate.size("plan_ids", planIds, 1, Integer.MAX_VALUE);
        for (Long id : planIds) {
            QueuePlanRules.planId("plan_ids", id);
        }
    }

    /**
     * A request for the given plans.
     *
     * @param queueName the queue
     * @param planIds the plans
     * @return the request
     */
    public static BatchDeleteQueuePlansRequest of(String queueName, List<Long> planIds) {
        return new BatchDeleteQueuePlansRequest(queueName, planIds);
    }

    /**
     * A request for the given plans.
     *
     * @param queueName the queue
     * @param planIds the plans
     * @return the request
     */
    public static BatchDeleteQueuePlansRequest of(String queueName, long... planIds) {
        return new BatchDeleteQueuePlansRequest(
                queueName,
                planIds == null
                        ? null
                        : java.util.Arrays.stream(planIds).boxed().toList());
    }
}
