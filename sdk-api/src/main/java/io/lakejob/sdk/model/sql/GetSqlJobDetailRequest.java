package io.lakejob.sdk.model.sql;

/**
 * Reads a SQL job's details, such as the paths and formats of an import or export (reference 7.3.8).
 *
 * @param jobId the job id ({@code job_id}); a URL path segment
 */
public record GetSqlJobDetailRequest(String jobId) {
    /**
     * Validates the request.
     *
     * @param jobId the job id ({@code job_id}); a URL path segment
     */
    public GetSqlJobDetailRequest {
        SqlValidation.jobId(jobId);
    }

    /**
     * A request for the given job.
     *
     * @param jobId the job id
     * @return the request
     */
    public static GetSqlJobDetailRequest of(String jobId) {
        return new GetSqlJobDetailRequest(jobId);
    }
}
