package io.lakejob.sdk.model.job;

/**
 * The state of a newly created Flink job ({@code job} of the 9.2 and 9.4 answers, tables 9-9 and 9-20).
 *
 * @param jobId the job id
 * @param statusName the current status, usually {@code job_init}; may be {@code null}
 * @param statusDesc the status description, with the cause and advice for an error; may be {@code null}
 */
public record CreatedFlinkJob(long jobId, JobStatus statusName, String statusDesc) {}
