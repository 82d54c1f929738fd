package io.lakejob.sdk.internal;

import io.lakejob.sdk.QueueClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.queue.BatchDeleteQueuePlansRequest;
import io.lakejob.sdk.model.queue.CreateQueuePlanRequest;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import io.lakejob.sdk.model.queue.CreateQueueResponse;
import io.lakejob.sdk.model.queue.DeleteQueuePlanRequest;
import io.lakejob.sdk.model.queue.DeleteQueueRequest;
import io.lakejob.sdk.model.queue.GetQueueRequest;
import io.lakejob.sdk.model.queue.GetQueueResponse;
import io.lakejob.sdk.model.queue.ListQueuePlansRequest;
import io.lakejob.sdk.model.queue.ListQueuePlansResponse;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import io.lakejob.sdk.model.queue.ListQueuesResponse;
import io.lakejob.sdk.model.queue.QueueActionRequest;
import io.lakejob.sdk.model.queue.QueueActionResponse;
import io.lakejob.sdk.model.queue.UpdateQueuePlanRequest;
import io.lakejob.sdk.model.queue.UpdateQueuePlanResponse;
import io.lakejob.sdk.spi.QueueOperations;

/** Implements {@link QueueClient} on an {@link Invoker}. */
public final class QueueClientImpl implements QueueClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public QueueClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public CreateQueueResponse create(CreateQueueRequest request) {
        return invoker.invoke(QueueOperations.CREATE_QUEUE, request);
    }

    @Override
    public BasicResponse delete(DeleteQueueRequest request) {
        return invoker.invoke(QueueOperations.DELETE_QUEUE, request);
    }

    @Override
    public ListQueuesResponse list(ListQueuesRequest request) {
        return invoker.invoke(QueueOperations.LIST_QUEUES, request);
    }

    @Override
    public GetQueueResponse get(GetQueueRequest request) {
        return invoker.invoke(QueueOperations.GET_QUEUE, request);
    }

    @Override
    public QueueActionResponse action(QueueActionRequest request) {
        return invoker.invoke(QueueOperations.QUEUE_ACTION, request);
    }

    @Override
    public BasicResponse createPlan(CreateQueuePlanRequest request) {
        return invoker.invoke(QueueOperations.CREATE_QUEUE_PLAN, request);
    }

    @Override
    public ListQueuePlansResponse listPlans(ListQueuePlansRequest request) {
        return invoker.invoke(QueueOperations.LIST_QUEUE_PLANS, request);
    }

    @Override
    public BasicResponse deletePlans(BatchDeleteQueuePlansRequest request) {
        return invoker.invoke(QueueOperations.BATCH_DELETE_QUEUE_PLANS, request);
    }

    @Override
    public BasicResponse deletePlan(DeleteQueuePlanRequest request) {
        return invoker.invoke(QueueOperations.DELETE_QUEUE_PLAN, request);
    }

    @Override
    public UpdateQueuePlanResponse updatePlan(UpdateQueuePlanRequest request) {
        return invoker.invoke(QueueOperations.UPDATE_QUEUE_PLAN, request);
    }
}
