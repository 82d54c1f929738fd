package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.internal.Validate;
import java.util.regex.Pattern;

/**
 * Reads the status and collected results of a job (Dinky {@code getJobData}).
 *
 * <p>The job is named either by its Flink job id (32 lower-case hexadecimal digits) or by the
 * platform's own job id (the decimal id of a Flink SQL job created with
 * {@code JobClient.createSqlJob}), so results of a platform job can be read without knowing
 * which Flink job ran it.
 *
 * @param jobId a Flink job id (32 hex digits) or a platform job id (decimal)
 */
public record GetJobDataRequest(String jobId) {
    private static final Pattern PLATFORM_ID = Pattern.compile("[1-9][0-9]{0,18}");

    /**
     * Validates the request.
     *
     * @param jobId a Flink job id or a platform job id
     */
    public GetJobDataRequest {
        Validate.required("jobId", jobId);
        if (!PLATFORM_ID.matcher(jobId).matches()) {
            FlinkChecks.jobId("jobId", jobId);
        } else {
            try {
                Long.parseLong(jobId);
            } catch (NumberFormatException e) {
                throw new io.lakejob.sdk.exception.ValidationException(
                        "jobId", "a platform job id must fit in a long, was " + jobId);
            }
        }
    }

    /**
     * A request for the given job.
     *
     * @param jobId a Flink job id (32 hex digits) or a platform job id (decimal)
     * @return the request
     */
    public static GetJobDataRequest of(String jobId) {
        return new GetJobDataRequest(jobId);
    }

    /**
     * A request for a platform job.
     *
     * @param platformJobId the id returned when the job was created
     * @return the request
     */
    public static GetJobDataRequest ofPlatformJob(long platformJobId) {
        if (platformJobId <= 0) {
            throw new io.lakejob.sdk.exception.ValidationException("jobId", "must be positive, was " + platformJobId);
        }
        return new GetJobDataRequest(Long.toString(platformJobId));
    }
}
