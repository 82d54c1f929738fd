package io.lakejob.sdk.model.job;

/**
 * The answer to {@code GetFlinkJob} (reference 9.8).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message; may be empty
 * @param jobDetail the job's details, or {@code null} if the service sent none
 */
public record GetFlinkJobResponse(Boolean isSuccess, String message, FlinkJobDetail jobDetail) {
    /**
     * The job's status ({@code job_detail.status}).
     *
     * @return the status, or {@code null} when the answer carries none
     */
    public JobStatus status() {
        return jobDetail == null ? null : jobDetail.status();
    }
}
