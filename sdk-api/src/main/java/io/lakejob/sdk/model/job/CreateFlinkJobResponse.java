package io.lakejob.sdk.model.job;

import io.lakejob.sdk.exception.LakeJobException;

/**
 * The answer to {@code CreateFlinkSqlJob} (reference 9.2) and {@code CreateFlinkJarJob} (9.4).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message; may be empty
 * @param job the new job's id and status, or {@code null} if the service sent none
 */
public record CreateFlinkJobResponse(Boolean isSuccess, String message, CreatedFlinkJob job) {
    /**
     * The new job's id ({@code job.job_id}).
     *
     * @return the id
     * @throws LakeJobException when the answer carries no job
     */
    public long jobId() {
        if (job == null) {
            throw new LakeJobException("The create answer carries no job: " + message);
        }
        return job.jobId();
    }

    /**
     * The new job's status ({@code job.status_name}).
     *
     * @return the status, or {@code null} when the answer carries none
     */
    public JobStatus status() {
        return job == null ? null : job.statusName();
    }
}
