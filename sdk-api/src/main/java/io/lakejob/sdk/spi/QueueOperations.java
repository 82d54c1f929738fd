package io.lakejob.sdk.spi;

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

/** The queue operations (reference chapter 6). */
public final class QueueOperations {
    private QueueOperations() {}

    /** 6.1 Create a queue. */
    public static final Operation<CreateQueueRequest, CreateQueueResponse> CREATE_QUEUE = Operation.rest(
            "CreateQueue",
            "6.1",
            OperationGroup.QUEUES,
            HttpMethod.POST,
            "/v1.0/{project_id}/queues",
            CreateQueueRequest.class,
            CreateQueueResponse.class);

    /** 6.2 Delete a queue. */
    public static final Operation<DeleteQueueRequest, BasicResponse> DELETE_QUEUE = Operation.rest(
            "DeleteQueue",
            "6.2",
            OperationGroup.QUEUES,
            HttpMethod.DELETE,
            "/v1.0/{project_id}/queues/{queue_name}",
            DeleteQueueRequest.class,
            BasicResponse.class);

    /** 6.3 List queues. */
    public static final Operation<ListQueuesRequest, ListQueuesResponse> LIST_QUEUES = Operation.rest(
            "ListQueues",
            "6.3",
            OperationGroup.QUEUES,
            HttpMethod.GET,
            "/v1.0/{project_id}/queues",
            ListQueuesRequest.class,
            ListQueuesResponse.class);

    /** 6.4 Describe a queue. */
    public static final Operation<GetQueueRequest, GetQueueResponse> GET_QUEUE = Operation.rest(
            "GetQueue",
            "6.4",
            OperationGroup.QUEUES,
            HttpMethod.GET,
            "/v1.0/{project_id}/queues/{queue_name}",
            GetQueueRequest.class,
            GetQueueResponse.class);

    /** 6.5 Restart, scale out or scale in a queue. */
    public static final Operation<QueueActionRequest, QueueActionResponse> QUEUE_ACTION = Operation.rest(
            "QueueAction",
            "6.5",
            OperationGroup.QUEUES,
            HttpMethod.PUT,
            "/v1.0/{project_id}/queues/{queue_name}/action",
            QueueActionRequest.class,
            QueueActionResponse.class);

    /** 6.6 Create a timed scaling plan for a queue. */
    public static final Operation<CreateQueuePlanRequest, BasicResponse> CREATE_QUEUE_PLAN = Operation.rest(
            "CreateQueuePlan",
            "6.6",
            OperationGroup.QUEUES,
            HttpMethod.POST,
            "/v1/{project_id}/queues/{queue_name}/plans",
            CreateQueuePlanRequest.class,
            BasicResponse.class);

    /** 6.7 List a queue's timed scaling plans. */
    public static final Operation<ListQueuePlansRequest, ListQueuePlansResponse> LIST_QUEUE_PLANS = Operation.rest(
            "ListQueuePlans",
            "6.7",
            OperationGroup.QUEUES,
            HttpMethod.GET,
            "/v1/{project_id}/queues/{queue_name}/plans",
            ListQueuePlansRequest.class,
            ListQueuePlansResponse.class);

    /** 6.8 Delete several timed scaling plans of a queue. */
    public static final Operation<BatchDeleteQueuePlansRequest, BasicResponse> BATCH_DELETE_QUEUE_PLANS =
            Operation.rest(
                    "BatchDeleteQueuePlans",
                    "6.8",
                    OperationGroup.QUEUES,
                    HttpMethod.POST,
                    "/v1/{project_id}/queues/{queue_name}/plans/batch-delete",
                    BatchDeleteQueuePlansRequest.class,
                    BasicResponse.class);

    /** 6.9 Delete one timed scaling plan of a queue. */
    public static final Operation<DeleteQueuePlanRequest, BasicResponse> DELETE_QUEUE_PLAN = Operation.rest(
            "DeleteQueuePlan",
            "6.9",
            OperationGroup.QUEUES,
            HttpMethod.DELETE,
            "/v1/{project_id}/queues/{queue_name}/plans/{plan_id}",
            DeleteQueuePlanRequest.class,
            BasicResponse.class);

    /** 6.10 Change a timed scaling plan of a queue. */
    public static final Operation<UpdateQueuePlanRequest, UpdateQueuePlanResponse> UPDATE_QUEUE_PLAN = Operation.rest(
            "UpdateQueuePlan",
            "6.10",
            OperationGroup.QUEUES,
            HttpMethod.PUT,
            "/v1/{project_id}/queues/{queue_name}/plans/{plan_id}",
            UpdateQueuePlanRequest.class,
            UpdateQueuePlanResponse.class);
}
