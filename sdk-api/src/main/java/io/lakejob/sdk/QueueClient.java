package io.lakejob.sdk;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import io.lakejob.sdk.model.queue.CreateQueueResponse;
import io.lakejob.sdk.model.queue.DeleteQueueRequest;
import io.lakejob.sdk.model.queue.GetQueueRequest;
import io.lakejob.sdk.model.queue.GetQueueResponse;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import io.lakejob.sdk.model.queue.ListQueuesResponse;
import io.lakejob.sdk.model.queue.Queue;
import io.lakejob.sdk.model.queue.QueueActionRequest;
import io.lakejob.sdk.model.queue.QueueActionResponse;
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
}
