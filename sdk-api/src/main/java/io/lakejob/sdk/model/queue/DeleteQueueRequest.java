package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.internal.Validate;

/**
 * Deletes a queue (reference 6.2). The service refuses while the queue runs a job.
 *
 * @param queueName the queue to delete
 */
public record DeleteQueueRequest(String queueName) {
    /**
     * Validates the request.
     *
     * @param queueName the queue to delete
     */
    public DeleteQueueRequest {
        Validate.pathSegment(
                "queue_name", Validate.queueName("queue_name", Validate.required("queue_name", queueName)));
    }

    /**
     * A request for the named queue.
     *
     * @param queueName the queue
     * @return the request
     */
    public static DeleteQueueRequest of(String queueName) {
        return new DeleteQueueRequest(queueName);
    }
}
