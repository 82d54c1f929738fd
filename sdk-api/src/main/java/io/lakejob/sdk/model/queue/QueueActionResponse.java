package io.lakejob.sdk.model.queue;

/**
 * The answer to {@code QueueAction} (reference 6.5).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param jobId the restart job's id, when a forced restart was requested
 * @param queueName the scaled queue's name
 * @param result the scaling result
 */
public record QueueActionResponse(Boolean isSuccess, String message, String jobId, String queueName, Boolean result) {}
