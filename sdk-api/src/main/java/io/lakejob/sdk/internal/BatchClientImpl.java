package io.lakejob.sdk.internal;

import io.lakejob.sdk.BatchClient;
import io.lakejob.sdk.StatusListener;
import io.lakejob.sdk.WaitOptions;
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
import io.lakejob.sdk.spi.BatchOperations;
import io.lakejob.sdk.spi.OperationGroup;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Implements {@link BatchClient} on an {@link Invoker}. */
public final class BatchClientImpl implements BatchClient {
    private static final BatchState NO_STATE = BatchState.of("(no state)");

    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public BatchClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public Batch create(CreateBatchRequest request) {
        return invoker.invoke(BatchOperations.CREATE_BATCH, request);
    }

    @Override
    public CancelBatchResponse cancel(CancelBatchRequest request) {
        return invoker.invoke(BatchOperations.CANCEL_BATCH, request);
    }

    @Override
    public ListBatchesResponse list(ListBatchesRequest request) {
        return invoker.invoke(BatchOperations.LIST_BATCHES, request);
    }

    @Override
    public Batch get(GetBatchRequest request) {
        return invoker.invoke(BatchOperations.GET_BATCH, request);
    }

    @Override
    public GetBatchStateResponse state(GetBatchStateRequest request) {
        return invoker.invoke(BatchOperations.GET_BATCH_STATE, request);
    }

    @Override
    public GetBatchLogResponse log(GetBatchLogRequest request) {
        return invoker.invoke(BatchOperations.GET_BATCH_LOG, request);
    }

    @Override
    public GetBatchStateResponse waitUntil(
            String batchId, Set<BatchState> targets, WaitOptions options, StatusListener<BatchState> listener) {
        return invoker.waits().await(spec(batchId, targets, options, listener));
    }

    @Override
    public CompletableFuture<GetBatchStateResponse> waitUntilAsync(
            String batchId, Set<BatchState> targets, WaitOptions options, StatusListener<BatchState> listener) {
        Waiter.Spec<GetBatchStateResponse, BatchState> spec;
        try {
            spec = spec(batchId, targets, options, listener);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return invoker.waits().start(spec);
    }

    private Waiter.Spec<GetBatchStateResponse, BatchState> spec(
            String batchId, Set<BatchState> targets, WaitOptions options, StatusListener<BatchState> listener) {
        GetBatchStateRequest request = GetBatchStateRequest.of(batchId);
        if (targets == null || targets.isEmpty()) {
            throw new ValidationException("targets", "at least one target state is required");
        }
        for (BatchState t : targets) {
            if (t == null) {
                throw new ValidationException("targets", "must not contain null");
            }
        }
        if (options == null) {
            throw new ValidationException("options", "is required");
        }
        return new Waiter.Spec<>(
                batchId,
                OperationGroup.BATCHES,
                () -> state(request),
                r -> r.state() == null ? NO_STATE : r.state(),
                Set.copyOf(targets),
                BatchState.TERMINAL,
                options,
                listener,
                null);
    }
}
