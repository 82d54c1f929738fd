package io.lakejob.sdk.model.job;

/**
 * Deletes a Flink job in any status (reference 9.11, {@code DELETE /v1.0/{project_id}/streaming/jobs/{job_id}}).
 * The job's records are kept.
 *
 * @param jobId the job; positive
 */
public record DeleteFlinkJobRequest(long jobId) {
    /**
     * Validates the request.
     *
     * @param jobId the job
     */
    public DeleteFlinkJobRequest {
        JobRules.jobId("job_id", jobId);
    }

    /**
     * A request for the given job.
     *
     * @param jobId the job
     * @return the request
     */
    public static DeleteFlinkJobRequest of(long jobId) {
        return new DeleteFlinkJobRequest(jobId);
    }
}
