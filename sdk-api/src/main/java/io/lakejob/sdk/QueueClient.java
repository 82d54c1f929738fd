package io.lakejob.sdk;

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
import io.lakejob.sdk.model.queue.Queue;
import io.lakejob.sdk.model.queue.QueueActionRequest;
import io.lakejob.sdk.model.queue.QueueActionResponse;
import io.lakejob.sdk.model.queue.QueuePlan;
import io.lakejob.sdk.model.queue.UpdateQueuePlanRequest;
import io.lakejob.sdk.model.queue.UpdateQueuePlanResponse;
import java.util.List;
import java.util.function.Consumer;

/**
 * Queues and their scaling plans (reference chapter 6). Thread-safe.
 *
 * <p>On the Flink transport a queue is a named execution target; see the transport's documentation.
 */
public interface QueueClient {
    /**
     * Creates a queue (6.1, {@code POST /v1.0/{project_id}/queues}).
     *
     * @param request the request
     * @return the answer
     */
    CreateQueueResponse create(CreateQueueRequest request);

    /**
     * Creates a queue (6.1), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default CreateQueueResponse create(Consumer<CreateQueueRequest.Builder> request) {
        CreateQueueRequest.Builder b = CreateQueueRequest.builder();
        request.accept(b);
        return create(b.build());
    }

    /**
     * Deletes a queue (6.2, {@code DELETE /v1.0/{project_id}/queues/{queue_name}}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse delete(DeleteQueueRequest request);

    /**
     * Deletes a queue by name (6.2).
     *
     * @param queueName the queue
     * @return the answer
     */
    default BasicResponse delete(String queueName) {
        return delete(DeleteQueueRequest.of(queueName));
    }

    /**
     * Lists queues, one page (6.3, {@code GET /v1.0/{project_id}/queues}).
     *
     * @param request the filters and paging
     * @return one page
     */
    ListQueuesResponse list(ListQueuesRequest request);

    /**
     * Lists queues, one page (6.3), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page
     */
    default ListQueuesResponse list(Consumer<ListQueuesRequest.Builder> request) {
        ListQueuesRequest.Builder b = ListQueuesRequest.builder();
        request.accept(b);
        return list(b.build());
    }

    /**
     * Every queue matching the filters, fetched page by page ({@code page-size} of the request, or 100).
     *
     * @param request the filters; its {@code current-page} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<Queue> listAll(ListQueuesRequest request) {
        int size = request.pageSize() == null ? 100 : request.pageSize();
        return PagedIterable.byPageNumber(
                size,
                page -> list(
                        request.toBuilder().pageSize(size).currentPage(page).build()));
    }

    /**
     * Reads one queue (6.4, {@code GET /v1.0/{project_id}/queues/{queue_name}}).
     *
     * @param request the request
     * @return the queue's details
     */
    GetQueueResponse get(GetQueueRequest request);

    /**
     * Reads one queue by name (6.4).
     *
     * @param queueName the queue
     * @return the queue's details
     */
    default GetQueueResponse get(String queueName) {
        return get(GetQueueRequest.of(queueName));
    }

    /**
     * Restarts, scales out or scales in a queue (6.5, {@code PUT /v1.0/{project_id}/queues/{queue_name}/action}).
     *
     * @param request the request
     * @return the answer
     */
    QueueActionResponse action(QueueActionRequest request);

    /**
     * Restarts, scales out or scales in a queue (6.5), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default QueueActionResponse action(Consumer<QueueActionRequest.Builder> request) {
        QueueActionRequest.Builder b = QueueActionRequest.builder();
        request.accept(b);
        return action(b.build());
    }

    /**
     * Creates a timed scaling plan for a queue (6.6, {@code POST /v1/{project_id}/queues/{queue_name}/plans}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse createPlan(CreateQueuePlanRequest request);

    /**
     * Creates a timed scaling plan for a queue (6.6), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse createPlan(Consumer<CreateQueuePlanRequest.Builder> request) {
        CreateQueuePlanRequest.Builder b = CreateQueuePlanRequest.builder();
        request.accept(b);
        return createPlan(b.build());
    }

    /**
     * Lists a queue's timed scaling plans (6.7, {@code GET /v1/{project_id}/queues/{queue_name}/plans}).
     *
     * @param request the request
     * @return every plan of the queue
     */
    ListQueuePlansResponse listPlans(ListQueuePlansRequest request);

    /**
     * Lists a queue's timed scaling plans by queue name (6.7).
     *
     * @param queueName the queue
     * @return every plan of the queue
     */
    default ListQueuePlansResponse listPlans(String queueName) {
        return listPlans(ListQueuePlansRequest.of(queueName));
    }

    /**
     * Every timed scaling plan of a queue (6.7 is not paged: one call returns them all).
     *
     * @param request the request
     * @return a lazy iterable
     */
    default PagedIterable<QueuePlan> listAllPlans(ListQueuePlansRequest request) {
        return PagedIterable.single(() -> listPlans(request));
    }

    /**
     * Every timed scaling plan of the named queue (6.7).
     *
     * @param queueName the queue
     * @return a lazy iterable
     */
    default PagedIterable<QueuePlan> listAllPlans(String queueName) {
        return listAllPlans(ListQueuePlansRequest.of(queueName));
    }

    /**
     * Deletes several timed scaling plans of a queue
     * (6.8, {@code POST /v1/{project_id}/queues/{queue_name}/plans/batch-delete}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse deletePlans(BatchDeleteQueuePlansRequest request);

    /**
     * Deletes several timed scaling plans of a queue (6.8).
     *
     * @param queueName the queue
     * @param planIds the plans, at least one
     * @return the answer
     */
    default BasicResponse deletePlans(String queueName, List<Long> planIds) {
        return deletePlans(BatchDeleteQueuePlansRequest.of(queueName, planIds));
    }

    /**
     * Deletes one timed scaling plan of a queue
     * (6.9, {@code DELETE /v1/{project_id}/queues/{queue_name}/plans/{plan_id}}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse deletePlan(DeleteQueuePlanRequest request);

    /**
     * Deletes one timed scaling plan of a queue (6.9).
     *
     * @param queueName the queue
     * @param planId the plan
     * @return the answer
     */
    default BasicResponse deletePlan(String queueName, long planId) {
        return deletePlan(DeleteQueuePlanRequest.of(queueName, planId));
    }

    /**
     * Changes a timed scaling plan of a queue
     * (6.10, {@code PUT /v1/{project_id}/queues/{queue_name}/plans/{plan_id}}).
     *
     * @param request the request
     * @return the answer
     */
    UpdateQueuePlanResponse updatePlan(UpdateQueuePlanRequest request);

    /**
     * Changes a timed scaling plan of a queue (6.10), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default UpdateQueuePlanResponse updatePlan(Consumer<UpdateQueuePlanRequest.Builder> request) {
        UpdateQueuePlanRequest.Builder b = UpdateQueuePlanRequest.builder();
        request.accept(b);
        return updatePlan(b.build());
    }
}
