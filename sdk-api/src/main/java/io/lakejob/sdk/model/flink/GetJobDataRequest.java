package io.lakejob.sdk.model.flink;

/**
 * Reads the status and collected results of a Flink job (Dinky {@code getJobData}).
 *
 * @param jobId the Flink job id: 32 lower-case hexadecimal digits
 */
public record GetJobDataRequest(String jobId) {
    /**
     * Validates the request.
     *
     * @param jobId the Flink job id
     */
    public GetJobDataRequest {
        FlinkChecks.jobId("jobId", jobId);
    }

    /**
     * A request for the given job.
     *
     * @param jobId the Flink job id
     * @return the request
     */
    public static GetJobDataRequest of(String jobId) {
        return new GetJobDataRequest(jobId);
    }
}
