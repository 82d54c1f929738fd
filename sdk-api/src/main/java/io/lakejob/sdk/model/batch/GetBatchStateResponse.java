package io.lakejob.sdk.model.batch;

/**
 * The answer to {@code GetBatchState} (reference 10.1.5).
 *
 * @param id the job's id (a UUID)
 * @param state the job's state
 */
public record GetBatchStateResponse(String id, BatchState state) {}
