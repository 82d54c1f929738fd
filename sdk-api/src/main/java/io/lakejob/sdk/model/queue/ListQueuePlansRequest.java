package io.lakejob.sdk.model.queue;

/**
 * Lists a queue's timed scaling plans (reference 6.7). Not paged.
 *
 * @param queueName the queue; the reference allows several comma-separated queue names
 */
public record ListQueuePlansRequest(String queueName) {
    /**
     * Validates the request.
     *
     * @param queueName the queue
     */
    public ListQueuePlansRequest {
        QueuePlanRules.queueNames(queueName);
    }

    /**
     * A request for the named queue.
     *
     * @param queueName the queue
     * @return the request
     */
    public static ListQueuePlansRequest of(String queueName) {
        return new ListQueuePlansRequest(queueName);
    }
}
