package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import io.lakejob.sdk.model.queue.CreateQueueResponse;
import io.lakejob.sdk.model.queue.GetQueueResponse;
import io.lakejob.sdk.model.queue.ListQueuesResponse;
import io.lakejob.sdk.model.queue.Queue;
import io.lakejob.sdk.model.queue.QueueActionRequest;
import io.lakejob.sdk.model.queue.QueueActionResponse;
import io.lakejob.sdk.model.queue.QueueType;
import io.lakejob.sdk.spi.QueueOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The wire mapping of the queue operations, reference sections 6.1 to 6.5. */
public final class QueueCodecs {
    private QueueCodecs() {}

    /**
     * The queue codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 6.1 POST /v1.0/{project_id}/queues
                RestCodec.of(QueueOperations.CREATE_QUEUE)
                        .body(QueueCodecs::createBody)
                        .decodeAs(WireCreated.class, w -> {
                            return new CreateQueueResponse(w.isSuccess(), w.message(), w.queueName());
                        })
                        .build(),
                // 6.2 DELETE /v1.0/{project_id}/queues/{queue_name}
                RestCodec.of(QueueOperations.DELETE_QUEUE)
                        .path(r -> Map.of("queue_name", r.queueName()))
                        .decode(BasicAnswers::basic)
                        .build(),
                // 6.3 GET /v1.0/{project_id}/queues
                RestCodec.of(QueueOperations.LIST_QUEUES)
                        .query((r, q) -> q.add("queue_type", r.queueType())
                                .add("with-priv", r.withPriv())
                                .add("page-size", r.pageSize())
                                .add("current-page", r.currentPage())
                                .add("order", r.order())
                                .add("tags", r.tags()))
                        .decodeAs(WireQueues.class, w -> {
                            List<Queue> queues = new ArrayList<>();
                            if (w.queues() != null) {
                                for (WireQueue q : w.queues()) {
                                    if (q != null) {
                                        queues.add(q.toQueue());
                                    }
                                }
                            }
                            return new ListQueuesResponse(w.isSuccess(), w.message(), queues);
                        })
                        .build(),
                // 6.4 GET /v1.0/{project_id}/queues/{queue_name}: the queue's fields sit beside
                // is_success, some in camelCase (queueName, queueType, cuCount).
                RestCodec.of(QueueOperations.GET_QUEUE)
                        .path(r -> Map.of("queue_name", r.queueName()))
                        .decode(body -> {
                            BasicAnswers.WireBasic basic = Json.bind(body, BasicAnswers.WireBasic.class);
                            JsonNode fields = body.path("queue").isObject() ? body.get("queue") : body;
                            Queue queue = Json.bind(fields, WireQueue.class).toQueue();
                            return new GetQueueResponse(basic.isSuccess(), basic.message(), queue);
                        })
                        .build(),
                // 6.5 PUT /v1.0/{project_id}/queues/{queue_name}/action
                RestCodec.of(QueueOperations.QUEUE_ACTION)
                        .path(r -> Map.of("queue_name", r.queueName()))
                        .body(QueueCodecs::actionBody)
                        .decodeAs(WireAction.class, w -> {
                            return new QueueActionResponse(
                                    w.isSuccess(), w.message(), w.jobId(), w.queueName(), w.result());
                        })
                        .build());
    }

    private static Object createBody(CreateQueueRequest r) {
        return JsonBody.object()
                .put("queue_name", r.queueName())
                .put("queue_type", r.queueType())
                .put("description", r.description())
                .put("cu_count", r.cuCount())
                .put("enterprise_project_id", r.enterpriseProjectId())
                .put("platform", r.platform())
                .put("resource_mode", r.resourceMode())
                .put("labels", r.labels())
                .put("tags", r.tags())
                .toMap();
    }

    private static Object actionBody(QueueActionRequest r) {
        return JsonBody.object()
                .put("action", r.action())
                .put("force", r.force())
                .put("cu_count", r.cuCount())
                .toMap();
    }

    record WireCreated(Boolean isSuccess, String message, @JsonAlias("queueName") String queueName)
            implements WireResult {}

    record WireAction(
            Boolean isSuccess,
            String message,
            @JsonAlias("jobId") String jobId,
            @JsonAlias("queueName") String queueName,
            Boolean result)
            implements WireResult {}

    record WireQueues(Boolean isSuccess, String message, List<WireQueue> queues) implements WireResult {}

    record WireQueue(
            @JsonAlias("queueName") String queueName,
            String description,
            String owner,
            @JsonAlias("createTime") Long createTime,
            @JsonAlias("queueType") String queueType,
            @JsonAlias("cuCount") Integer cuCount,
            @JsonAlias("resourceId") String resourceId,
            @JsonAlias("enterpriseProjectId") String enterpriseProjectId,
            @JsonAlias("cidrInVpc") String cidrInVpc,
            @JsonAlias({"cidr_in_mgmtsubnet", "cidrInMgntsubnet"}) String cidrInMgntsubnet,
            @JsonAlias("cidrInSubnet") String cidrInSubnet,
            @JsonAlias("resourceMode") Integer resourceMode,
            String platform,
            @JsonAlias("isRestarting") Boolean isRestarting,
            JsonNode labels,
            @JsonAlias("resourceType") String resourceType,
            @JsonAlias("cuSpec") Integer cuSpec,
            @JsonAlias("cuScaleOutLimit") Integer cuScaleOutLimit,
            @JsonAlias("cuScaleInLimit") Integer cuScaleInLimit) {

        Queue toQueue() {
            return Queue.builder()
                    .queueName(queueName)
                    .description(description)
                    .owner(owner)
                    .createTime(WireValues.epochMillis(createTime))
                    .queueType(WireValues.enumValue(queueType, QueueType::of))
                    .cuCount(cuCount)
                    .resourceId(resourceId)
                    .enterpriseProjectId(enterpriseProjectId)
                    .cidrInVpc(cidrInVpc)
                    .cidrInMgntsubnet(cidrInMgntsubnet)
                    .cidrInSubnet(cidrInSubnet)
                    .resourceMode(resourceMode)
                    .platform(platform)
                    .isRestarting(isRestarting)
                    .labels(WireValues.joinedText(labels))
                    .resourceType(resourceType)
                    .cuSpec(cuSpec)
                    .cuScaleOutLimit(cuScaleOutLimit)
                    .cuScaleInLimit(cuScaleInLimit)
                    .build();
        }
    }
}
