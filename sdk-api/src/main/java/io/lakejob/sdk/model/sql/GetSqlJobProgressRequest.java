package io.lakejob.sdk.model.sql;

/**
 * Reads a SQL job's progress and its running Spark jobs (reference 7.3.11).
 *
 * @param jobId the job id ({@code job_id}); a URL path segment
 */
public record GetSqlJobProgressRequest(String jobId) {
    /**
     * Validates the request.
     *
     * @param jobId the job id ({@code job_id}); a URL path segment
     */
    public GetSqlJobProgressRequest {
        SqlValidation.jobId(jobId);
    }

    /**
     * A request for the given job.
     *
     * @param jobId the job id
     * @return the request
     */
    public static GetSqlJobProgressRequest of(String jobId) {
        return new GetSqlJobProgressRequest(jobId);
    }
}
