package io.lakejob.sdk;

import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobRequest;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.RunFlinkJobsRequest;
import io.lakejob.sdk.model.job.StopFlinkJobsRequest;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Flink SQL and jar jobs (reference chapter 9). Thread-safe.
 *
 * <p>Typical flow (reference 4.4): create a job, {@link #run(long...) run} it, then
 * {@link #waitUntil(long, JobStatus, Duration) wait} for {@code job_running}.
 */
public interface JobClient {
    /**
     * Creates a Flink SQL job (9.2, {@code POST /v1.0/{project_id}/streaming/sql-jobs}).
     *
     * @param request the request
     * @return the answer, with the new job's id
     */
    CreateFlinkJobResponse createSqlJob(CreateFlinkSqlJobRequest request);

    /**
     * Creates a Flink SQL job (9.2), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer, with the new job's id
     */
    default CreateFlinkJobResponse createSqlJob(Consumer<CreateFlinkSqlJobRequest.Builder> request) {
        CreateFlinkSqlJobRequest.Builder b = CreateFlinkSqlJobRequest.builder();
        request.accept(b);
        return createSqlJob(b.build());
    }

    /**
     * Runs Flink jobs (9.6, {@code POST /v1.0/{project_id}/streaming/jobs/run}).
     *
     * @param request the request
     * @return one result per job
     */
    FlinkJobsBatchResponse run(RunFlinkJobsRequest request);

    /**
     * Runs Flink jobs (9.6), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one result per job
     */
    default FlinkJobsBatchResponse run(Consumer<RunFlinkJobsRequest.Builder> request) {
        RunFlinkJobsRequest.Builder b = RunFlinkJobsRequest.builder();
        request.accept(b);
        return run(b.build());
    }

    /**
     * Runs the given Flink jobs without resuming from a savepoint (9.6).
     *
     * @param jobIds the jobs; at least one
     * @return one result per job
     */
    default FlinkJobsBatchResponse run(long... jobIds) {
        return run(RunFlinkJobsRequest.of(jobIds));
    }

    /**
     * Reads one Flink job's details (9.8, {@code GET /v1.0/{project_id}/streaming/jobs/{job_id}}).
     *
     * @param request the request
     * @return the job's details
     */
    GetFlinkJobResponse get(GetFlinkJobRequest request);

    /**
     * Reads one Flink job's details (9.8).
     *
     * @param jobId the job
     * @return the job's details
     */
    default GetFlinkJobResponse get(long jobId) {
        return get(GetFlinkJobRequest.of(jobId));
    }

    /**
     * Stops running Flink jobs (9.10, {@code POST /v1.0/{project_id}/streaming/jobs/stop}).
     *
     * @param request the request
     * @return one result per job
     */
    FlinkJobsBatchResponse stop(StopFlinkJobsRequest request);

    /**
     * Stops running Flink jobs (9.10), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one result per job
     */
    default FlinkJobsBatchResponse stop(Consumer<StopFlinkJobsRequest.Builder> request) {
        StopFlinkJobsRequest.Builder b = StopFlinkJobsRequest.builder();
        request.accept(b);
        return stop(b.build());
    }

    /**
     * Stops one Flink job (9.10).
     *
     * @param jobId the job
     * @param triggerSavepoint whether a savepoint is created first
     * @return the result
     */
    default FlinkJobsBatchResponse stop(long jobId, boolean triggerSavepoint) {
        return stop(StopFlinkJobsRequest.builder()
                .addJobIds(jobId)
                .triggerSavepoint(triggerSavepoint)
                .build());
    }

    /**
     * Polls the job's details (9.8) until its status is one of the targets.
     *
     * @param jobId the job
     * @param targets the statuses that end the wait; at least one
     * @param options timeout and poll interval
     * @param listener sees every status change, including the first status read; may be {@code null}
     * @return the details that showed a target status
     * @throws io.lakejob.sdk.exception.JobStateException when the job reaches a {@link JobStatus#TERMINAL}
     *     status outside the targets
     * @throws io.lakejob.sdk.exception.LakeJobTimeoutException when the timeout passes first
     */
    GetFlinkJobResponse waitUntil(
            long jobId, Set<JobStatus> targets, WaitOptions options, StatusListener<JobStatus> listener);

    /**
     * Polls the job's details (9.8) until it reaches the target status.
     *
     * @param jobId the job
     * @param target the status that ends the wait
     * @param timeout the longest the wait may take
     * @return the details that showed the target status
     * @throws io.lakejob.sdk.exception.JobStateException when the job reaches another terminal status
     * @throws io.lakejob.sdk.exception.LakeJobTimeoutException when the timeout passes first
     */
    default GetFlinkJobResponse waitUntil(long jobId, JobStatus target, Duration timeout) {
        return waitUntil(jobId, Set.of(target), WaitOptions.timeout(timeout), null);
    }

    /**
     * Polls the job's details (9.8) until its status is one of the targets.
     *
     * @param jobId the job
     * @param targets the statuses that end the wait; at least one
     * @param timeout the longest the wait may take
     * @return the details that showed a target status
     * @throws io.lakejob.sdk.exception.JobStateException when the job reaches a terminal status outside the targets
     * @throws io.lakejob.sdk.exception.LakeJobTimeoutException when the timeout passes first
     */
    default GetFlinkJobResponse waitUntil(long jobId, Set<JobStatus> targets, Duration timeout) {
        return waitUntil(jobId, targets, WaitOptions.timeout(timeout), null);
    }
}
