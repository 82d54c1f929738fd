package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import io.lakejob.sdk.model.queue.CreateQueueResponse;
import io.lakejob.sdk.model.queue.DeleteQueueRequest;
import io.lakejob.sdk.model.queue.GetQueueRequest;
import io.lakejob.sdk.model.queue.GetQueueResponse;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import io.lakejob.sdk.model.queue.ListQueuesResponse;
import io.lakejob.sdk.model.queue.Queue;
import io.lakejob.sdk.model.queue.QueueOrder;
import io.lakejob.sdk.model.queue.QueueType;
import io.lakejob.sdk.spi.QueueOperations;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Queues as named execution targets. A queue called {@code default} always exists. Names are
 * case-insensitive (stored lower case, as the service does).
 */
final class QueueStore {
    static final String DEFAULT_QUEUE = "default";

    private final Clock clock;
    private final Predicate<String> inUse;
    private final Map<String, Queue> queues = new ConcurrentHashMap<>();

    QueueStore(Clock clock, Predicate<String> inUse, int defaultSlots) {
        this.clock = clock;
        this.inUse = inUse;
        queues.put(
                DEFAULT_QUEUE,
                Queue.builder()
                        .queueName(DEFAULT_QUEUE)
                        .description("The embedded or standalone cluster this client targets")
                        .owner("lakejob")
                        .createTime(clock.instant())
                        .queueType(QueueType.GENERAL)
                        .cuCount(Math.max(16, defaultSlots))
                        .resourceMode(0)
                        .isRestarting(false)
                        .build());
    }

    void register(HandlerRegistry t) {
        t.handle(QueueOperations.CREATE_QUEUE, this::create);
        t.handle(QueueOperations.DELETE_QUEUE, this::delete);
        t.handle(QueueOperations.LIST_QUEUES, this::list);
        t.handle(QueueOperations.GET_QUEUE, this::get);
    }

    Queue require(String name) {
        Queue q = queues.get(name.toLowerCase(Locale.ROOT));
        if (q == null) {
            throw LocalErrors.notFound("Queue " + name);
        }
        return q;
    }

    private CreateQueueResponse create(CreateQueueRequest r) {
        String name = r.queueName().toLowerCase(Locale.ROOT);
        Queue q = Queue.builder()
                .queueName(name)
                .description(r.description() == null ? "" : r.description())
                .owner("lakejob")
                .createTime(clock.instant())
                .queueType(r.queueType() == null ? QueueType.SQL : r.queueType())
                .cuCount(r.cuCount())
                .enterpriseProjectId(r.enterpriseProjectId())
                .platform(r.platform())
                .resourceMode(r.resourceMode())
                .isRestarting(false)
                .labels(r.labels().isEmpty() ? null : String.join(",", r.labels()))
                .cuSpec(r.cuCount())
                .build();
        if (queues.putIfAbsent(name, q) != null) {
            throw LocalErrors.exists("Queue " + name);
        }
        return new CreateQueueResponse(true, "", name);
    }

    private BasicResponse delete(DeleteQueueRequest r) {
        String name = r.queueName().toLowerCase(Locale.ROOT);
        require(name);
        if (DEFAULT_QUEUE.equals(name)) {
            throw LocalErrors.unavailable("The default queue cannot be deleted");
        }
        synchronized (this) {
            if (inUse.test(name)) {
                throw LocalErrors.unavailable("Queue " + name + " has running jobs and cannot be deleted");
            }
            queues.remove(name);
        }
        return BasicResponse.success("");
    }

    private ListQueuesResponse list(ListQueuesRequest r) {
        QueueType type = r.queueType() == null ? null : r.queueType();
        List<Queue> all = new ArrayList<>();
        for (Queue q : queues.values()) {
            if (type == null || QueueType.ALL.equals(type) || type.equals(q.queueType())) {
                all.add(q);
            }
        }
        Comparator<Queue> byName = Comparator.comparing(Queue::queueName);
        Comparator<Queue> byCu = Comparator.comparing(q -> q.cuCount() == null ? 0 : q.cuCount());
        QueueOrder order = r.order() == null ? QueueOrder.QUEUE_NAME_ASC : r.order();
        Comparator<Queue> cmp = order.equals(QueueOrder.QUEUE_NAME_DESC)
                ? byName.reversed()
                : order.equals(QueueOrder.CU_ASC)
                        ? byCu.thenComparing(byName)
                        : order.equals(QueueOrder.CU_DESC) ? byCu.reversed().thenComparing(byName) : byName;
        all.sort(cmp);
        if (r.pageSize() != null) {
            int page = r.currentPage() == null ? 1 : r.currentPage();
            long from = (long) (page - 1) * r.pageSize();
            all = from >= all.size()
                    ? List.of()
                    : all.subList((int) from, (int) Math.min(all.size(), from + r.pageSize()));
        }
        return new ListQueuesResponse(true, "", all);
    }

    private GetQueueResponse get(GetQueueRequest r) {
        return new GetQueueResponse(true, "", require(r.queueName()));
    }
}
