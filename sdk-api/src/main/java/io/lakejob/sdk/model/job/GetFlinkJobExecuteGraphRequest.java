package io.lakejob.sdk.model.job;

/**
 * Reads a Flink job's execution plan (reference 9.9,
 * {@code GET /v1.0/{project_id}/streaming/jobs/{job_id}/execute-graph}).
 *
 * @param jobId the job; positive
 */
public record GetFlinkJobExecuteGraphRequest(long jobId) {
    /**
     * Validates the request.
     *
     * @param jobId the job
     */
    public GetFlinkJobExecuteGraphRequest {
        JobRules.jobId("job_id", jobId);
    }

    /**
     * A request for the given job.
     *
     * @param jobId the job
     * @return the request
     */
    public static GetFlinkJobExecuteGraphRequest of(long jobId) {
        return new GetFlinkJobExecuteGraphRequest(jobId);
    }
}
