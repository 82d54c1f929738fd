package io.lakejob.sdk.model.batch;

/**
 * The answer to {@code CancelBatch} (reference 10.1.2).
 *
 * @param msg {@code deleted} when the job was cancelled
 */
public record CancelBatchResponse(String msg) {}
