package io.lakejob.sdk;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.sql.CancelSqlJobRequest;
import io.lakejob.sdk.model.sql.CheckSqlRequest;
import io.lakejob.sdk.model.sql.CheckSqlResponse;
import io.lakejob.sdk.model.sql.ExportSqlJobResultRequest;
import io.lakejob.sdk.model.sql.ExportTableRequest;
import io.lakejob.sdk.model.sql.GetSqlJobDetailRequest;
import io.lakejob.sdk.model.sql.GetSqlJobDetailResponse;
import io.lakejob.sdk.model.sql.GetSqlJobProgressRequest;
import io.lakejob.sdk.model.sql.GetSqlJobProgressResponse;
import io.lakejob.sdk.model.sql.GetSqlJobStatusRequest;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.ImportTableRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsResponse;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultRequest;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultResponse;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.model.sql.SqlJobStartedResponse;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import io.lakejob.sdk.model.sql.SubmitSqlJobResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * SQL statement jobs: submit, status, detail, preview, cancel, check, import and export (reference chapter 7.3). Thread-safe.
 *
 * <p>A typical flow (reference 4.2): {@link #submit(String, String)} a statement, wait for it with
 * {@link #waitUntilFinished(String, Duration)}, then {@link #preview(String)} or
 * {@link #exportResult(ExportSqlJobResultRequest)} the result of a {@code QUERY} job.
 */
public interface SqlJobClient {
    /**
     * Imports OBS data into a table (7.3.1, {@code POST /v1.0/{project_id}/jobs/import-table}). Asynchronous.
     *
     * @param request the request
     * @return the id of the import job
     */
    SqlJobStartedResponse importTable(ImportTableRequest request);

    /**
     * Imports OBS data into a table (7.3.1), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the id of the import job
     */
    default SqlJobStartedResponse importTable(Consumer<ImportTableRequest.Builder> request) {
        ImportTableRequest.Builder b = ImportTableRequest.builder();
        request.accept(b);
        return importTable(b.build());
    }

    /**
     * Exports a table to an OBS folder (7.3.2, {@code POST /v1.0/{project_id}/jobs/export-table}). Asynchronous.
     *
     * @param request the request
     * @return the id of the export job
     */
    SqlJobStartedResponse exportTable(ExportTableRequest request);

    /**
     * Exports a table to an OBS folder (7.3.2), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the id of the export job
     */
    default SqlJobStartedResponse exportTable(Consumer<ExportTableRequest.Builder> request) {
        ExportTableRequest.Builder b = ExportTableRequest.builder();
        request.accept(b);
        return exportTable(b.build());
    }

    /**
     * Submits a SQL statement (7.3.3, {@code POST /v1.0/{project_id}/jobs/submit-job}).
     *
     * @param request the request
     * @return the new job's id and type, and for DDL statements their result
     */
    SubmitSqlJobResponse submit(SubmitSqlJobRequest request);

    /**
     * Submits a SQL statement (7.3.3), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the new job's id and type, and for DDL statements their result
     */
    default SubmitSqlJobResponse submit(Consumer<SubmitSqlJobRequest.Builder> request) {
        SubmitSqlJobRequest.Builder b = SubmitSqlJobRequest.builder();
        request.accept(b);
        return submit(b.build());
    }

    /**
     * Submits a SQL statement to a queue (7.3.3).
     *
     * @param sql the statement
     * @param queueName the queue, or {@code null} for the service's default
     * @return the new job's id and type, and for DDL statements their result
     */
    default SubmitSqlJobResponse submit(String sql, String queueName) {
        return submit(SubmitSqlJobRequest.of(sql, queueName));
    }

    /**
     * Cancels a SQL job (7.3.4, {@code DELETE /v1.0/{project_id}/jobs/{job_id}}). A finished or failed job cannot be cancelled.
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse cancel(CancelSqlJobRequest request);

    /**
     * Cancels a SQL job by id (7.3.4).
     *
     * @param jobId the job id
     * @return the answer
     */
    default BasicResponse cancel(String jobId) {
        return cancel(CancelSqlJobRequest.of(jobId));
    }

    /**
     * Lists SQL jobs, one page (7.3.5, {@code GET /v1.0/{project_id}/jobs}).
     *
     * @param request the filters and paging
     * @return one page and the total count
     */
    ListSqlJobsResponse list(ListSqlJobsRequest request);

    /**
     * Lists SQL jobs, one page (7.3.5), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page and the total count
     */
    default ListSqlJobsResponse list(Consumer<ListSqlJobsRequest.Builder> request) {
        ListSqlJobsRequest.Builder b = ListSqlJobsRequest.builder();
        request.accept(b);
        return list(b.build());
    }

    /**
     * Every SQL job matching the filters, fetched page by page ({@code page-size} of the request, or 100).
     *
     * @param request the filters; its {@code current-page} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<SqlJob> listAll(ListSqlJobsRequest request) {
        int size = request.pageSize() == null ? 100 : request.pageSize();
        return PagedIterable.byPageNumber(
                size,
                page -> list(
                        request.toBuilder().pageSize(size).currentPage(page).build()));
    }

    /**
     * Every SQL job matching the filters, fetched page by page, configuring the filters in place.
     *
     * @param request configures a fresh builder; its {@code current-page} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<SqlJob> listAll(Consumer<ListSqlJobsRequest.Builder> request) {
        ListSqlJobsRequest.Builder b = ListSqlJobsRequest.builder();
        request.accept(b);
        return listAll(b.build());
    }

    /**
     * Previews a query job's result (7.3.6, {@code GET /v1.0/{project_id}/jobs/{job_id}/preview}):
     * at most the first 1000 rows; the operation is not paged.
     *
     * @param request the request
     * @return the schema and rows
     */
    PreviewSqlJobResultResponse preview(PreviewSqlJobResultRequest request);

    /**
     * Previews a query job's result (7.3.6), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the schema and rows
     */
    default PreviewSqlJobResultResponse preview(Consumer<PreviewSqlJobResultRequest.Builder> request) {
        PreviewSqlJobResultRequest.Builder b = PreviewSqlJobResultRequest.builder();
        request.accept(b);
        return preview(b.build());
    }

    /**
     * Previews the first 1000 rows of a query job's result (7.3.6).
     *
     * @param jobId the job id
     * @return the schema and rows
     */
    default PreviewSqlJobResultResponse preview(String jobId) {
        return preview(PreviewSqlJobResultRequest.of(jobId));
    }

    /**
     * Reads a SQL job's status (7.3.7, {@code GET /v1.0/{project_id}/jobs/{job_id}/status}).
     *
     * @param request the request
     * @return the status and statistics
     */
    GetSqlJobStatusResponse status(GetSqlJobStatusRequest request);

    /**
     * Reads a SQL job's status by id (7.3.7).
     *
     * @param jobId the job id
     * @return the status and statistics
     */
    default GetSqlJobStatusResponse status(String jobId) {
        return status(GetSqlJobStatusRequest.of(jobId));
    }

    /**
     * Reads a SQL job's details (7.3.8, {@code GET /v1.0/{project_id}/jobs/{job_id}/detail}).
     *
     * @param request the request
     * @return the details
     */
    GetSqlJobDetailResponse detail(GetSqlJobDetailRequest request);

    /**
     * Reads a SQL job's details by id (7.3.8).
     *
     * @param jobId the job id
     * @return the details
     */
    default GetSqlJobDetailResponse detail(String jobId) {
        return detail(GetSqlJobDetailRequest.of(jobId));
    }

    /**
     * Checks SQL syntax without running the statement (7.3.9, {@code POST /v1.0/{project_id}/jobs/check-sql}).
     *
     * @param request the request
     * @return whether the statement is valid, and its job type
     */
    CheckSqlResponse checkSql(CheckSqlRequest request);

    /**
     * Checks SQL syntax (7.3.9).
     *
     * @param sql the statement
     * @param currentdb the database the statement refers to, or {@code null}
     * @return whether the statement is valid, and its job type
     */
    default CheckSqlResponse checkSql(String sql, String currentdb) {
        return checkSql(CheckSqlRequest.of(sql, currentdb));
    }

    /**
     * Exports a query job's result to an OBS folder (7.3.10, {@code POST /v1.0/{project_id}/jobs/{job_id}/export-result}).
     * Asynchronous.
     *
     * @param request the request
     * @return the id of the export job
     */
    SqlJobStartedResponse exportResult(ExportSqlJobResultRequest request);

    /**
     * Exports a query job's result (7.3.10), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the id of the export job
     */
    default SqlJobStartedResponse exportResult(Consumer<ExportSqlJobResultRequest.Builder> request) {
        ExportSqlJobResultRequest.Builder b = ExportSqlJobResultRequest.builder();
        request.accept(b);
        return exportResult(b.build());
    }

    /**
     * Reads a SQL job's progress (7.3.11, {@code GET /v1/{project_id}/jobs/{job_id}/progress}).
     *
     * @param request the request
     * @return the progress and the running Spark jobs
     */
    GetSqlJobProgressResponse progress(GetSqlJobProgressRequest request);

    /**
     * Reads a SQL job's progress by id (7.3.11).
     *
     * @param jobId the job id
     * @return the progress and the running Spark jobs
     */
    default GetSqlJobProgressResponse progress(String jobId) {
        return progress(GetSqlJobProgressRequest.of(jobId));
    }

    /**
     * Polls the job's status (7.3.7) until it reaches one of the targets. On a transport that tells
     * of status changes (the Flink transport) the wait ends as soon as the job does, and the poll
     * interval is only a safety net; otherwise polling starts at the options' first interval and
     * backs off to their poll interval.
     *
     * @param jobId the job id
     * @param targets the statuses that end the wait; not empty
     * @param options timeout and poll interval
     * @param listener sees every status change, including the first status read, and every read
     *     ({@link StatusListener#onPoll}), or {@code null}
     * @return the status response that reached a target
     * @throws io.lakejob.sdk.exception.JobStateException when the job reaches a terminal status
     *     ({@code FINISHED}, {@code FAILED}, {@code CANCELLED}) outside the targets; the message
     *     includes the service's message when the status response has one
     * @throws io.lakejob.sdk.exception.LakeJobTimeoutException when the timeout passes first
     */
    GetSqlJobStatusResponse waitUntil(
            String jobId, Set<SqlJobStatus> targets, WaitOptions options, StatusListener<SqlJobStatus> listener);

    /**
     * Polls the job's status until it reaches the target, with the default poll interval.
     *
     * @param jobId the job id
     * @param target the status that ends the wait
     * @param timeout the longest the wait may take
     * @return the status response that reached the target
     */
    default GetSqlJobStatusResponse waitUntil(String jobId, SqlJobStatus target, Duration timeout) {
        if (target == null) {
            throw new io.lakejob.sdk.exception.ValidationException("status", "a target status is required");
        }
        if (timeout == null) {
            throw new io.lakejob.sdk.exception.ValidationException("timeout", "is required");
        }
        return waitUntil(jobId, Set.of(target), WaitOptions.timeout(timeout), null);
    }

    /**
     * Polls the job's status until it is {@code FINISHED}, with the default poll interval.
     *
     * @param jobId the job id
     * @param timeout the longest the wait may take
     * @return the final status response
     * @throws io.lakejob.sdk.exception.JobStateException when the job fails or is cancelled
     */
    default GetSqlJobStatusResponse waitUntilFinished(String jobId, Duration timeout) {
        return waitUntil(jobId, SqlJobStatus.FINISHED, timeout);
    }

    /**
     * Waits like {@link #waitUntil(String, Set, WaitOptions, StatusListener)}, without holding a
     * thread: the reads run on the client's wait scheduler (a few daemon threads shared by all its
     * waits, stopped when the client closes), and a transport that tells of status changes completes
     * the future as soon as the job reaches a target.
     *
     * <p>Every failure comes through the future, never as an exception of this call: invalid
     * arguments ({@link io.lakejob.sdk.exception.ValidationException}), a terminal status outside the
     * targets ({@link io.lakejob.sdk.exception.JobStateException}, with the service's message), the
     * timeout ({@link io.lakejob.sdk.exception.LakeJobTimeoutException}), a failed read, or the client
     * closing ({@link io.lakejob.sdk.exception.LakeJobException}). Cancelling the returned future stops
     * the wait. Dependent stages without an executor run on the scheduler's threads: do not block in
     * them.
     *
     * @param jobId the job id
     * @param targets the statuses that end the wait; not empty
     * @param options timeout and poll interval
     * @param listener sees every change and every read, on the scheduler's thread, or {@code null}
     * @return completes with the status response that reached a target
     */
    default CompletableFuture<GetSqlJobStatusResponse> waitUntilAsync(
            String jobId, Set<SqlJobStatus> targets, WaitOptions options, StatusListener<SqlJobStatus> listener) {
        return CompletableFuture.failedFuture(new io.lakejob.sdk.exception.NotSupportedException(
                "waitUntilAsync", getClass().getName(), "this SqlJobClient implementation has no asynchronous waits"));
    }

    /**
     * Waits asynchronously until the job reaches the target, with the default polling (see
     * {@link #waitUntilAsync(String, Set, WaitOptions, StatusListener)}).
     *
     * @param jobId the job id
     * @param target the status that ends the wait
     * @param timeout the longest the wait may take
     * @return completes with the status response that reached the target
     */
    default CompletableFuture<GetSqlJobStatusResponse> waitUntilAsync(
            String jobId, SqlJobStatus target, Duration timeout) {
        if (target == null) {
            return CompletableFuture.failedFuture(
                    new io.lakejob.sdk.exception.ValidationException("status", "a target status is required"));
        }
        WaitOptions options;
        try {
            if (timeout == null) {
                throw new io.lakejob.sdk.exception.ValidationException("timeout", "is required");
            }
            options = WaitOptions.timeout(timeout);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return waitUntilAsync(jobId, Set.of(target), options, null);
    }

    /**
     * Waits asynchronously until the job is {@code FINISHED}, with the default polling.
     *
     * @param jobId the job id
     * @param timeout the longest the wait may take
     * @return completes with the final status response; exceptionally with a {@link
     *     io.lakejob.sdk.exception.JobStateException} when the job fails or is cancelled
     */
    default CompletableFuture<GetSqlJobStatusResponse> waitUntilFinishedAsync(String jobId, Duration timeout) {
        return waitUntilAsync(jobId, SqlJobStatus.FINISHED, timeout);
    }
}
