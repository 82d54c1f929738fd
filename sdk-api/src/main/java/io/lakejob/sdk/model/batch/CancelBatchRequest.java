package io.lakejob.sdk.model.batch;

/**
 * Cancels a batch job (reference 10.1.2). Jobs that already succeeded or failed cannot be cancelled.
 *
 * @param batchId the job's id, as returned by {@code CreateBatch}
 */
public record CancelBatchRequest(String batchId) {
    /**
     * Validates the request.
     *
     * @param batchId the job's id
     */
    public CancelBatchRequest {
        BatchRules.batchId(batchId);
    }

    /**
     * A request for the given job.
     *
     * @param batchId the job's id
     * @return the request
     */
    public static CancelBatchRequest of(String batchId) {
        return new CancelBatchRequest(batchId);
    }
}
