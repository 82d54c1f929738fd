package io.lakejob.sdk.model.queue;

/**
 * Deletes one timed scaling plan of a queue (reference 6.9).
 *
 * @param queueName the queue; the reference allows several comma-separated queue names
 * @param planId the plan to delete (see {@code ListQueuePlans}); positive
 */
public record DeleteQueuePlanRequest(String queueName, long planId) {
    /**
     * Validates the request.
     *
     * @param queueName the queue
     * @param planId the plan
     */
    public DeleteQueuePlanRequest {
        QueuePlanRules.queueNames(queueName);
        QueuePlanRules.planId("plan_id", planId);
    }

    /**
     * A request for one plan.
     *
     * @param queueName the queue
     * @param planId the plan
     * @return the request
     */
    public static DeleteQueuePlanRequest of(String queueName, long planId) {
        return new DeleteQueuePlanRequest(queueName, planId);
    }
}
