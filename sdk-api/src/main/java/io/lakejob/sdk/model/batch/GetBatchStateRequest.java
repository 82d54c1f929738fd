package io.lakejob.sdk.model.batch;

/**
 * Reads a batch job's state (reference 10.1.5).
 *
 * @param batchId the job's id, as returned by {@code CreateBatch}
 */
public record GetBatchStateRequest(String batchId) {
    /**
     * Validates the request.
     *
     * @param batchId the job's id
     */
    public GetBatchStateRequest {
        BatchRules.batchId(batchId);
    }

    /**
     * A request for the given job.
     *
     * @param batchId the job's id
     * @return the request
     */
    public static GetBatchStateRequest of(String batchId) {
        return new GetBatchStateRequest(batchId);
    }
}
