package io.lakejob.sdk.model.sql;

/**
 * Cancels a submitted SQL job (reference 7.3.4). A finished or failed job cannot be cancelled.
 *
 * @param jobId the job id ({@code job_id}); a URL path segment
 */
public record CancelSqlJobRequest(String jobId) {
    /**
     * Validates the request.
     *
     * @param jobId the job id ({@code job_id}); a URL path segment
     */
    public CancelSqlJobRequest {
        SqlValidation.jobId(jobId);
    }

    /**
     * A request for the given job.
     *
     * @param jobId the job id
     * @return the request
     */
    public static CancelSqlJobRequest of(String jobId) {
        return new CancelSqlJobRequest(jobId);
    }
}
