package io.lakejob.sdk.model.queue;

/**
 * The answer to {@code UpdateQueuePlan} (reference 6.10).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param queueName the queue whose plan was changed
 * @param planId the changed plan's id, as text (the reference documents a string that may hold
 *     several comma-separated ids; its example sends a number)
 */
public record UpdateQueuePlanResponse(Boolean isSuccess, String message, String queueName, String planId) {}
