package io.lakejob.sdk;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.batch.Batch;
import io.lakejob.sdk.model.batch.BatchState;
import io.lakejob.sdk.model.batch.CancelBatchRequest;
import io.lakejob.sdk.model.batch.CancelBatchResponse;
import io.lakejob.sdk.model.batch.CreateBatchRequest;
import io.lakejob.sdk.model.batch.GetBatchLogRequest;
import io.lakejob.sdk.model.batch.GetBatchLogResponse;
import io.lakejob.sdk.model.batch.GetBatchRequest;
import io.lakejob.sdk.model.batch.GetBatchStateRequest;
import io.lakejob.sdk.model.batch.GetBatchStateResponse;
import io.lakejob.sdk.model.batch.ListBatchesRequest;
import io.lakejob.sdk.model.batch.ListBatchesResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Spark batch jobs (reference chapter 10). Thread-safe.
 *
 * <p>A job is {@linkplain #create(CreateBatchRequest) created}, then its state moves through
 * {@code starting}, {@code running} (and {@code recovering} on retries) to {@code success} or
 * {@code dead}; {@link #waitUntil(String, Set, WaitOptions, StatusListener)} polls it.
 */
public interface BatchClient {
    /** The page size {@link #listAll(ListBatchesRequest)} uses when the request sets none. */
    int DEFAULT_PAGE_SIZE = 100;

    /**
     * Creates a batch job (10.1.1, {@code POST /v2.0/{project_id}/batches}).
     *
     * @param request the request
     * @return the new job
     */
    Batch create(CreateBatchRequest request);

    /**
     * Creates a batch job (10.1.1), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the new job
     */
    default Batch create(Consumer<CreateBatchRequest.Builder> request) {
        CreateBatchRequest.Builder b = CreateBatchRequest.builder();
        request.accept(b);
        return create(b.build());
    }

    /**
     * Cancels a batch job (10.1.2, {@code DELETE /v2.0/{project_id}/batches/{batch_id}}). Jobs that
     * already succeeded or failed cannot be cancelled.
     *
     * @param request the request
     * @return the answer, {@code deleted} on success
     */
    CancelBatchResponse cancel(CancelBatchRequest request);

    /**
     * Cancels a batch job by id (10.1.2).
     *
     * @param batchId the job's id
     * @return the answer
     */
    default CancelBatchResponse cancel(String batchId) {
        return cancel(CancelBatchRequest.of(batchId));
    }

    /**
     * Lists batch jobs, one page (10.1.3, {@code GET /v2.0/{project_id}/batches}).
     *
     * @param request the filters and paging
     * @return one page
     */
    ListBatchesResponse list(ListBatchesRequest request);

    /**
     * Lists batch jobs, one page (10.1.3), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page
     */
    default ListBatchesResponse list(Consumer<ListBatchesRequest.Builder> request) {
        ListBatchesRequest.Builder b = ListBatchesRequest.builder();
        request.accept(b);
        return list(b.build());
    }

    /**
     * Every batch job matching the filters, fetched page by page with {@code from}/{@code size}
     * ({@code size} of the request, or {@value #DEFAULT_PAGE_SIZE}).
     *
     * @param request the filters; its {@code from} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<Batch> listAll(ListBatchesRequest request) {
        int size = request.size() == null ? DEFAULT_PAGE_SIZE : request.size();
        return PagedIterable.byOffset(
                size, offset -> list(request.toBuilder().size(size).from(offset).build()));
    }

    /**
     * Reads a batch job's details (10.1.4, {@code GET /v2.0/{project_id}/batches/{batch_id}}).
     *
     * @param request the request
     * @return the job
     */
    Batch get(GetBatchRequest request);

    /**
     * Reads a batch job's details by id (10.1.4).
     *
     * @param batchId the job's id
     * @return the job
     */
    default Batch get(String batchId) {
        return get(GetBatchRequest.of(batchId));
    }

    /**
     * Reads a batch job's state (10.1.5, {@code GET /v2.0/{project_id}/batches/{batch_id}/state}).
     *
     * @param request the request
     * @return the state
     */
    GetBatchStateResponse state(GetBatchStateRequest request);

    /**
     * Reads a batch job's state by id (10.1.5).
     *
     * @param batchId the job's id
     * @return the state
     */
    default GetBatchStateResponse state(String batchId) {
        return state(GetBatchStateRequest.of(batchId));
    }

    /**
     * Reads a batch job's back-end log (10.1.6, {@code GET /v2.0/{project_id}/batches/{batch_id}/log}).
     *
     * @param request the request
     * @return the log lines
     */
    GetBatchLogResponse log(GetBatchLogRequest request);

    /**
     * Reads a batch job's back-end log (10.1.6), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the log lines
     */
    default GetBatchLogResponse log(Consumer<GetBatchLogRequest.Builder> request) {
        GetBatchLogRequest.Builder b = GetBatchLogRequest.builder();
        request.accept(b);
        return log(b.build());
    }

    /**
     * Reads the last lines of a batch job's log with the service's defaults (10.1.6).
     *
     * @param batchId the job's id
     * @return the log lines
     */
    default GetBatchLogResponse log(String batchId) {
        return log(GetBatchLogRequest.of(batchId));
    }

    /**
     * Polls the job's state (10.1.5) until it is one of the targets. Polling starts at the options'
     * first interval and backs off to their poll interval (on a transport that tells of state
     * changes, the wait ends as soon as the job does and the interval is only a safety net).
     *
     * @param batchId the job's id
     * @param targets the states that end the wait; at least one
     * @param options timeout and poll interval
     * @param listener sees every state change, including the first state read, and every read
     *     ({@link StatusListener#onPoll}); may be {@code null}
     * @return the state answer that showed a target state
     * @throws io.lakejob.sdk.exception.JobStateException when the job reaches a {@link BatchState#TERMINAL}
     *     state outside the targets
     * @throws io.lakejob.sdk.exception.LakeJobTimeoutException when the timeout passes first
     */
    GetBatchStateResponse waitUntil(
            String batchId, Set<BatchState> targets, WaitOptions options, StatusListener<BatchState> listener);

    /**
     * Polls the job's state (10.1.5) until it reaches the target state.
     *
     * @param batchId the job's id
     * @param target the state that ends the wait
     * @param timeout the longest the wait may take
     * @return the state answer that showed the target state
     * @throws io.lakejob.sdk.exception.JobStateException when the job reaches another terminal state
     * @throws io.lakejob.sdk.exception.LakeJobTimeoutException when the timeout passes first
     */
    default GetBatchStateResponse waitUntil(String batchId, BatchState target, Duration timeout) {
        return waitUntil(batchId, target == null ? Set.of() : Set.of(target), timeout);
    }

    /**
     * Polls the job's state (10.1.5) until it is one of the targets.
     *
     * @param batchId the job's id
     * @param targets the states that end the wait; at least one
     * @param timeout the longest the wait may take
     * @return the state answer that showed a target state
     * @throws io.lakejob.sdk.exception.JobStateException when the job reaches a terminal state outside the targets
     * @throws io.lakejob.sdk.exception.LakeJobTimeoutException when the timeout passes first
     */
    default GetBatchStateResponse waitUntil(String batchId, Set<BatchState> targets, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new ValidationException("timeout", "must be a positive duration, was " + timeout);
        }
        return waitUntil(batchId, targets, WaitOptions.timeout(timeout), null);
    }

    /**
     * Waits like {@link #waitUntil(String, Set, WaitOptions, StatusListener)}, without holding a
     * thread: the reads run on the client's wait scheduler (a few daemon threads shared by all its
     * waits, stopped when the client closes).
     *
     * <p>Every failure comes through the future, never as an exception of this call: invalid
     * arguments ({@link ValidationException}), a terminal state outside the targets ({@link
     * io.lakejob.sdk.exception.JobStateException}), the timeout ({@link
     * io.lakejob.sdk.exception.LakeJobTimeoutException}), a failed read, or the client closing ({@link
     * io.lakejob.sdk.exception.LakeJobException}). Cancelling the returned future stops the wait.
     * Dependent stages without an executor run on the scheduler's threads: do not block in them.
     *
     * @param batchId the job's id
     * @param targets the states that end the wait; at least one
     * @param options timeout and poll interval
     * @param listener sees every change and every read, on the scheduler's thread; may be {@code null}
     * @return completes with the state answer that showed a target state
     */
    default CompletableFuture<GetBatchStateResponse> waitUntilAsync(
            String batchId, Set<BatchState> targets, WaitOptions options, StatusListener<BatchState> listener) {
        return CompletableFuture.failedFuture(new io.lakejob.sdk.exception.NotSupportedException(
                "waitUntilAsync", getClass().getName(), "this BatchClient implementation has no asynchronous waits"));
    }

    /**
     * Waits asynchronously until the job reaches the target state, with the default polling (see
     * {@link #waitUntilAsync(String, Set, WaitOptions, StatusListener)}).
     *
     * @param batchId the job's id
     * @param target the state that ends the wait
     * @param timeout the longest the wait may take
     * @return completes with the state answer that showed the target state
     */
    default CompletableFuture<GetBatchStateResponse> waitUntilAsync(
            String batchId, BatchState target, Duration timeout) {
        return waitUntilAsync(batchId, target == null ? Set.of() : Set.of(target), timeout);
    }

    /**
     * Waits asynchronously until the job's state is one of the targets, with the default polling (see
     * {@link #waitUntilAsync(String, Set, WaitOptions, StatusListener)}).
     *
     * @param batchId the job's id
     * @param targets the states that end the wait; at least one
     * @param timeout the longest the wait may take
     * @return completes with the state answer that showed a target state
     */
    default CompletableFuture<GetBatchStateResponse> waitUntilAsync(
            String batchId, Set<BatchState> targets, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            return CompletableFuture.failedFuture(
                    new ValidationException("timeout", "must be a positive duration, was " + timeout));
        }
        return waitUntilAsync(batchId, targets, WaitOptions.timeout(timeout), null);
    }
}
