package io.lakejob.sdk.model.job;

import java.util.List;

/**
 * Deletes Flink jobs in any status (reference 9.12, {@code POST /v1.0/{project_id}/streaming/jobs/delete}).
 *
 * @param jobIds the jobs to delete: at least one, each positive
 */
public record BatchDeleteFlinkJobsRequest(List<Long> jobIds) {
    /**
     * Validates the request.
     *
     * @param jobIds the jobs to delete
     */
    public BatchDeleteFlinkJobsRequest {
        jobIds = JobRules.jobIds("job_ids", jobIds);
    }

    /**
     * A request deleting the given jobs.
     *
     * @param jobIds the jobs
     * @return the request
     */
    public static BatchDeleteFlinkJobsRequest of(long... jobIds) {
        return new BatchDeleteFlinkJobsRequest(
                java.util.Arrays.stream(jobIds).boxed().toList());
    }
}
