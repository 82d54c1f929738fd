package io.lakejob.sdk.model.batch;

/**
 * Reads a batch job's details (reference 10.1.4).
 *
 * @param batchId the job's id, as returned by {@code CreateBatch}
 */
public record GetBatchRequest(String batchId) {
    /**
     * Validates the request.
     *
     * @param batchId the job's id
     */
    public GetBatchRequest {
        BatchRules.batchId(batchId);
    }

    /**
     * A request for the given job.
     *
     * @param batchId the job's id
     * @return the request
     */
    public static GetBatchRequest of(String batchId) {
        return new GetBatchRequest(batchId);
    }
}
