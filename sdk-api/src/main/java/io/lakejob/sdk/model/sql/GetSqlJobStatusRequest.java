package io.lakejob.sdk.model.sql;

/**
 * Reads a SQL job's status (reference 7.3.7).
 *
 * @param jobId the job id ({@code job_id}); a URL path segment
 */
public record GetSqlJobStatusRequest(String jobId) {
    /**
     * Validates the request.
     *
     * @param jobId the job id ({@code job_id}); a URL path segment
     */
    public GetSqlJobStatusRequest {
        SqlValidation.jobId(jobId);
    }

    /**
     * A request for the given job.
     *
     * @param jobId the job id
     * @return the request
     */
    public static GetSqlJobStatusRequest of(String jobId) {
        return new GetSqlJobStatusRequest(jobId);
    }
}
