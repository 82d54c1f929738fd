package io.lakejob.sdk.model.job;

/**
 * The answer to {@code GetFlinkJobExecuteGraph} (reference 9.9).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message; may be empty
 * @param executeGraph the execution plan summary, or {@code null} if the service sent none
 */
public record GetFlinkJobExecuteGraphResponse(Boolean isSuccess, String message, FlinkExecuteGraph executeGraph) {}
