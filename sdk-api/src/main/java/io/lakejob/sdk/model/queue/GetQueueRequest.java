package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.internal.Validate;

/**
 * Reads one queue's details (reference 6.4).
 *
 * @param queueName the queue
 */
public record GetQueueRequest(String queueName) {
    /**
     * Validates the request.
     *
     * @param queueName the queue
     */
    public GetQueueRequest {
        Validate.pathSegment(
                "queue_name", Validate.queueName("queue_name", Validate.required("queue_name", queueName)));
    }

    /**
     * A request for the named queue.
     *
     * @param queueName the queue
     * @return the request
     */
    public static GetQueueRequest of(String queueName) {
        return new GetQueueRequest(queueName);
    }
}
