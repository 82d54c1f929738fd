package io.lakejob.sdk.model.queue;

/**
 * The answer to {@code GetQueue} (reference 6.4).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param queue the queue's details
 */
public record GetQueueResponse(Boolean isSuccess, String message, Queue queue) {}
