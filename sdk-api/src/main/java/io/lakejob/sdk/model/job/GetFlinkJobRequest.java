package io.lakejob.sdk.model.job;

/**
 * Reads one Flink job's details (reference 9.8, {@code GET /v1.0/{project_id}/streaming/jobs/{job_id}}).
 *
 * @param jobId the job; positive
 */
public record GetFlinkJobRequest(long jobId) {
    /**
     * Validates the request.
     *
     * @param jobId the job
     */
    public GetFlinkJobRequest {
        JobRules.jobId("job_id", jobId);
    }

    /**
     * A request for the given job.
     *
     * @param jobId the job
     * @return the request
     */
    public static GetFlinkJobRequest of(long jobId) {
        return new GetFlinkJobRequest(jobId);
    }
}
