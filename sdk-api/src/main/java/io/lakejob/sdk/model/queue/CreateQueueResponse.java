package io.lakejob.sdk.model.queue;

/**
 * The answer to {@code CreateQueue} (reference 6.1).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message; may be empty
 * @param queueName the name of the new queue, lower-cased by the service
 */
public record CreateQueueResponse(Boolean isSuccess, String message, String queueName) {}
