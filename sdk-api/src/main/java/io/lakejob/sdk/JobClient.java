package io.lakejob.sdk;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.job.BatchDeleteFlinkJobsRequest;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.DeleteFlinkJobRequest;
import io.lakejob.sdk.model.job.ExportFlinkJobsRequest;
import io.lakejob.sdk.model.job.ExportFlinkJobsResponse;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphRequest;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphResponse;
import io.lakejob.sdk.model.job.GetFlinkJobRequest;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.ImportFlinkJobsRequest;
import io.lakejob.sdk.model.job.ImportFlinkJobsResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import io.lakejob.sdk.model.job.ListFlinkJobsResponse;
import io.lakejob.sdk.model.job.ObsAuthorizeRequest;
import io.lakejob.sdk.model.job.RunFlinkJobsRequest;
import io.lakejob.sdk.model.job.StopFlinkJobsRequest;
import io.lakejob.sdk.model.job.UpdateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.UpdateFlinkJobResponse;
import io.lakejob.sdk.model.job.UpdateFlinkSqlJobRequest;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Flink SQL and jar jobs (reference chapter 9). Thread-safe.
 *
 * <p>Typical flow (reference 4.4): create a job, {@link #run(long...) run} it, then
 * {@link #waitUntil(long, JobStatus, Duration) wait} for {@code job_running}.
 */
public interface JobClient {
    /**
     * Grants DLI access to OBS buckets for checkpoints and logs (9.1, {@code POST /v1.0/{project_id}/dli/obs-authorize}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse obsAuthorize(ObsAuthorizeRequest request);

    /**
     * Grants DLI access to the given OBS buckets (9.1).
     *
     * @param obsBuckets the bucket names; at least one
     * @return the answer
     */
    default BasicResponse obsAuthorize(String... obsBuckets) {
        return obsAuthorize(ObsAuthorizeRequest.of(obsBuckets));
    }
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
     * Updates a Flink SQL job (9.3, {@code PUT /v1.0/{project_id}/streaming/sql-jobs/{job_id}}).
     *
     * @param request the request
     * @return the answer
     */
    UpdateFlinkJobResponse updateSqlJob(UpdateFlinkSqlJobRequest request);

    /**
     * Updates a Flink SQL job (9.3), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default UpdateFlinkJobResponse updateSqlJob(Consumer<UpdateFlinkSqlJobRequest.Builder> request) {
        UpdateFlinkSqlJobRequest.Builder b = UpdateFlinkSqlJobRequest.builder();
        request.accept(b);
        return updateSqlJob(b.build());
    }

    /**
     * Creates a Flink jar job (9.4, {@code POST /v1.0/{project_id}/streaming/flink-jobs}).
     *
     * @param request the request
     * @return the answer, with the new job's id
     */
    CreateFlinkJobResponse createJarJob(CreateFlinkJarJobRequest request);

    /**
     * Creates a Flink jar job (9.4), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default CreateFlinkJobResponse createJarJob(Consumer<CreateFlinkJarJobRequest.Builder> request) {
        CreateFlinkJarJobRequest.Builder b = CreateFlinkJarJobRequest.builder();
        request.accept(b);
        return createJarJob(b.build());
    }

    /**
     * Updates a Flink jar job (9.5, {@code PUT /v1.0/{project_id}/streaming/flink-jobs/{job_id}}).
     *
     * @param request the request
     * @return the answer
     */
    UpdateFlinkJobResponse updateJarJob(UpdateFlinkJarJobRequest request);

    /**
     * Updates a Flink jar job (9.5), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default UpdateFlinkJobResponse updateJarJob(Consumer<UpdateFlinkJarJobRequest.Builder> request) {
        UpdateFlinkJarJobRequest.Builder b = UpdateFlinkJarJobRequest.builder();
        request.accept(b);
        return updateJarJob(b.build());
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
     * Lists Flink jobs, one page (9.7, {@code GET /v1.0/{project_id}/streaming/jobs}).
     *
     * @param request the request
     * @return one page
     */
    ListFlinkJobsResponse list(ListFlinkJobsRequest request);

    /**
     * Lists Flink jobs, one page (9.7), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default ListFlinkJobsResponse list(Consumer<ListFlinkJobsRequest.Builder> request) {
        ListFlinkJobsRequest.Builder b = ListFlinkJobsRequest.builder();
        request.accept(b);
        return list(b.build());
    }

    /**
     * Every Flink job matching the filters, fetched page by page with {@code limit}/{@code offset}
     * (the request's {@code limit}, or 100).
     *
     * @param request the filters; its {@code offset} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<FlinkJob> listAll(ListFlinkJobsRequest request) {
        int size = request.limit() == null ? ListFlinkJobsRequest.MAX_LIMIT : request.limit();
        return PagedIterable.byOffset(
                size,
                offset -> list(request.toBuilder().limit(size).offset(offset).build()));
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
     * Reads a Flink job's execution plan (9.9, {@code GET /v1.0/{project_id}/streaming/jobs/{job_id}/execute-graph}).
     *
     * @param request the request
     * @return the execution plan summary
     */
    GetFlinkJobExecuteGraphResponse getExecuteGraph(GetFlinkJobExecuteGraphRequest request);

    /**
     * Reads a Flink job's execution plan (9.9).
     *
     * @param jobId the job
     * @return the execution plan summary
     */
    default GetFlinkJobExecuteGraphResponse getExecuteGraph(long jobId) {
        return getExecuteGraph(GetFlinkJobExecuteGraphRequest.of(jobId));
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
     * Deletes a Flink job in any status (9.11, {@code DELETE /v1.0/{project_id}/streaming/jobs/{job_id}}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse delete(DeleteFlinkJobRequest request);

    /**
     * Deletes a Flink job in any status (9.11).
     *
     * @param jobId the job
     * @return the answer
     */
    default BasicResponse delete(long jobId) {
        return delete(DeleteFlinkJobRequest.of(jobId));
    }

    /**
     * Deletes Flink jobs in any status (9.12, {@code POST /v1.0/{project_id}/streaming/jobs/delete}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse batchDelete(BatchDeleteFlinkJobsRequest request);

    /**
     * Deletes the given Flink jobs (9.12).
     *
     * @param jobIds the jobs; at least one
     * @return the answer
     */
    default BasicResponse batchDelete(long... jobIds) {
        return batchDelete(BatchDeleteFlinkJobsRequest.of(jobIds));
    }

    /**
     * Exports Flink jobs to OBS (9.13, {@code POST /v1.0/{project_id}/streaming/jobs/export}).
     *
     * @param request the request
     * @return the exported zip files
     */
    ExportFlinkJobsResponse exportJobs(ExportFlinkJobsRequest request);

    /**
     * Exports Flink jobs to OBS (9.13), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default ExportFlinkJobsResponse exportJobs(Consumer<ExportFlinkJobsRequest.Builder> request) {
        ExportFlinkJobsRequest.Builder b = ExportFlinkJobsRequest.builder();
        request.accept(b);
        return exportJobs(b.build());
    }

    /**
     * Imports Flink jobs from OBS (9.14, {@code POST /v1.0/{project_id}/streaming/jobs/import}).
     *
     * @param request the request
     * @return the imported jobs
     */
    ImportFlinkJobsResponse importJobs(ImportFlinkJobsRequest request);

    /**
     * Imports Flink jobs from an OBS zip file or folder (9.14).
     *
     * @param zipFile the zip file or folder
     * @param isCover whether imported jobs replace existing jobs of the same name
     * @return the imported jobs
     */
    default ImportFlinkJobsResponse importJobs(String zipFile, boolean isCover) {
        return importJobs(ImportFlinkJobsRequest.of(zipFile, isCover));
    }

    /**
     * Polls the job's details (9.8) until its status is one of the targets. On a transport that
     * tells of status changes (the Flink transport) the wait ends as soon as the job does, and the
     * poll interval is only a safety net; otherwise polling starts at the options' first interval and
     * backs off to their poll interval.
     *
     * @param jobId the job
     * @param targets the statuses that end the wait; at least one
     * @param options timeout and poll interval
     * @param listener sees every status change, including the first status read, and every read
     *     ({@link StatusListener#onPoll}); may be {@code null}
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

    /**
     * Waits like {@link #waitUntil(long, Set, WaitOptions, StatusListener)}, without holding a thread:
     * the reads run on the client's wait scheduler (a few daemon threads shared by all its waits,
     * stopped when the client closes), and a transport that tells of status changes completes the
     * future as soon as the job reaches a target.
     *
     * <p>Every failure comes through the future, never as an exception of this call: invalid
     * arguments ({@link io.lakejob.sdk.exception.ValidationException}), a terminal status outside the
     * targets ({@link io.lakejob.sdk.exception.JobStateException}), the timeout ({@link
     * io.lakejob.sdk.exception.LakeJobTimeoutException}), a failed read, or the client closing
     * ({@link io.lakejob.sdk.exception.LakeJobException}). {@code join()} wraps them in a {@link
     * java.util.concurrent.CompletionException}, {@code get()} in an {@link
     * java.util.concurrent.ExecutionException}. Cancelling the returned future stops the wait; no read
     * follows. Dependent stages without an executor run on the scheduler's threads: do not block in
     * them.
     *
     * @param jobId the job
     * @param targets the statuses that end the wait; at least one
     * @param options timeout and poll interval
     * @param listener sees every change and every read, on the scheduler's thread; may be {@code null}
     * @return completes with the details that showed a target status
     */
    default CompletableFuture<GetFlinkJobResponse> waitUntilAsync(
            long jobId, Set<JobStatus> targets, WaitOptions options, StatusListener<JobStatus> listener) {
        return CompletableFuture.failedFuture(new io.lakejob.sdk.exception.NotSupportedException(
                "waitUntilAsync", getClass().getName(), "this JobClient implementation has no asynchronous waits"));
    }

    /**
     * Waits asynchronously until the job reaches the target status, with the default polling (see
     * {@link #waitUntilAsync(long, Set, WaitOptions, StatusListener)}).
     *
     * @param jobId the job
     * @param target the status that ends the wait
     * @param timeout the longest the wait may take
     * @return completes with the details that showed the target status
     */
    default CompletableFuture<GetFlinkJobResponse> waitUntilAsync(long jobId, JobStatus target, Duration timeout) {
        if (target == null) {
            return CompletableFuture.failedFuture(
                    new io.lakejob.sdk.exception.ValidationException("targets", "a target status is required"));
        }
        return waitUntilAsync(jobId, Set.of(target), timeout);
    }

    /**
     * Waits asynchronously until the job's status is one of the targets, with the default polling
     * (see {@link #waitUntilAsync(long, Set, WaitOptions, StatusListener)}).
     *
     * @param jobId the job
     * @param targets the statuses that end the wait; at least one
     * @param timeout the longest the wait may take
     * @return completes with the details that showed a target status
     */
    default CompletableFuture<GetFlinkJobResponse> waitUntilAsync(
            long jobId, Set<JobStatus> targets, Duration timeout) {
        WaitOptions options;
        try {
            options = WaitOptions.timeout(timeout);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return waitUntilAsync(jobId, targets, options, null);
    }
}
