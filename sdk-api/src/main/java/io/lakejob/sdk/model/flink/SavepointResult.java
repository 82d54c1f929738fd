package io.lakejob.sdk.model.flink;

/**
 * The outcome of {@code Savepoint}.
 *
 * @param savepointPath where the savepoint was written
 * @param jobId the Flink job id
 * @param savePointType the type that was requested
 * @param triggerId the trigger id Flink used (the client's, when one was given)
 */
public record SavepointResult(String savepointPath, String jobId, SavepointType savePointType, String triggerId) {}
