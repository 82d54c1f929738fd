package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.metadata.MetadataSaver;
import io.lakejob.sdk.flink.internal.metadata.MetadataStore;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.flink.internal.targets.Targets;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.job.FlinkJobSettings;
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
import io.lakejob.sdk.model.queue.QueueAction;
import io.lakejob.sdk.model.queue.QueueActionRequest;
import io.lakejob.sdk.model.queue.QueueActionResponse;
import io.lakejob.sdk.model.queue.QueueOrder;
import io.lakejob.sdk.model.queue.QueuePlan;
import io.lakejob.sdk.model.queue.QueueType;
import io.lakejob.sdk.model.queue.UpdateQueuePlanRequest;
import io.lakejob.sdk.model.queue.UpdateQueuePlanResponse;
import io.lakejob.sdk.spi.QueueOperations;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Queues as named execution targets. A queue called {@code default} always exists and stands for
 * the client's cluster; its CU count is the cluster's slot count. Names are case-insensitive
 * (stored lower case, as the service does). A queue created with the label
 * {@code flink.address=host:port} points at that session cluster's REST endpoint: its jobs run
 * there. A queue's CU count caps the parallelism of its jobs (one CU, one slot); scaling changes
 * it. Scaling plans are stored and listed (they are not executed on a schedule).
 */
public final class QueueHandlers {
    public static final String DEFAULT_QUEUE = "default";

    private final Clock clock;
    private final Targets targets;
    private final Predicate<String> inUse;
    private final Map<String, Queue> queues = new ConcurrentHashMap<>();
    private final Map<String, Map<Long, QueuePlan>> plans = new ConcurrentHashMap<>();
    private final AtomicLong planIds = new AtomicLong();
    private MetadataSaver saver = MetadataSaver.NONE;

    public QueueHandlers(Clock clock, Predicate<String> inUse, int defaultSlots, Targets targets) {
        this.clock = clock;
        this.targets = targets;
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

    /**
     * The stored queues and plans.
     *
     * @param queues every queue, {@code default} included
     * @param plans each queue's scaling plans
     * @param lastPlanId the last plan id given out
     */
    record Doc(List<Queue> queues, Map<String, List<QueuePlan>> plans, long lastPlanId) {}

    /** Loads the queues an earlier client saved and saves every change. */
    public void persistIn(MetadataStore m) {
        saver = m.attach("queues", Doc.class, this::snapshot, this::restore);
    }

    private synchronized Doc snapshot() {
        Map<String, List<QueuePlan>> p = new java.util.TreeMap<>();
        plans.forEach((k, v) -> p.put(
                k,
                v.values().stream().sorted(Comparator.comparing(QueuePlan::id)).toList()));
        return new Doc(
                queues.values().stream()
                        .sorted(Comparator.comparing(Queue::queueName))
                        .toList(),
                p,
                planIds.get());
    }

    private synchronized void restore(Doc d) {
        d.queues().forEach(q -> queues.put(q.queueName(), q));
        d.plans().forEach((k, v) -> {
            Map<Long, QueuePlan> m = plans.computeIfAbsent(k, x -> new ConcurrentHashMap<>());
            v.forEach(plan -> m.put(plan.id(), plan));
        });
        planIds.accumulateAndGet(d.lastPlanId(), Math::max);
    }

    public void register(HandlerRegistry t) {
        t.handle(QueueOperations.CREATE_QUEUE, this::create);
        t.handle(QueueOperations.DELETE_QUEUE, this::delete);
        t.handle(QueueOperations.LIST_QUEUES, this::list);
        t.handle(QueueOperations.GET_QUEUE, this::get);
        t.handle(QueueOperations.QUEUE_ACTION, this::action);
        t.handle(QueueOperations.CREATE_QUEUE_PLAN, this::createPlan);
        t.handle(QueueOperations.LIST_QUEUE_PLANS, this::listPlans);
        t.handle(QueueOperations.BATCH_DELETE_QUEUE_PLANS, this::batchDeletePlans);
        t.handle(QueueOperations.DELETE_QUEUE_PLAN, this::deletePlan);
        t.handle(QueueOperations.UPDATE_QUEUE_PLAN, this::updatePlan);
    }

    /**
     * Where a queue's jobs run: the target its label {@code flink.target=<name>} names, the standalone
     * cluster of its label {@code flink.address=host:port}, else the client's own target (see {@link
     * Targets#forQueue}).
     *
     * @param name the queue
     * @return the target's settings
     */
    public TargetSettings target(String name) {
        Queue q = require(name);
        return targets.forQueue(q.queueName(), labels(q));
    }

    private static List<String> labels(Queue q) {
        return q.labels() == null || q.labels().isBlank()
                ? List.of()
                : List.of(q.labels().split(","));
    }

    /**
     * Checks a job's parallelism against its queue's CU count.
     *
     * @param name the queue
     * @param parallelism the job's parallelism
     */
    void checkCapacity(String name, int parallelism) {
        Queue q = require(name);
        if (q.cuCount() != null && parallelism > q.cuCount()) {
            throw LocalErrors.invalid(
                    FlinkJobSettings.Field.PARALLEL_NUMBER.wireName(),
                    "is " + parallelism + " but queue " + q.queueName() + " has " + q.cuCount()
                            + " CUs (one slot each); scale the queue out first");
        }
    }

    private QueueActionResponse action(QueueActionRequest r) {
        String name = r.queueName().toLowerCase(Locale.ROOT);
        Queue q = require(name);
        if (QueueAction.RESTART.equals(r.action())) {
            if (inUse.test(name) && !Boolean.TRUE.equals(r.force())) {
                throw LocalErrors.unavailable("Queue " + name + " has running jobs; restart with force=true");
            }
            return new QueueActionResponse(true, "Restart success", null, name, true);
        }
        int delta = r.cuCount() == null ? 16 : r.cuCount();
        int current = q.cuCount() == null ? 0 : q.cuCount();
        int target = QueueAction.SCALE_OUT.equals(r.action()) ? current + delta : current - delta;
        if (target < 16) {
            throw LocalErrors.invalid(
                    "cu_count",
                    "scaling in by " + delta + " would leave " + target + " CUs; a queue keeps at least 16");
        }
        queues.computeIfPresent(
                name, (k, old) -> old.toBuilder().cuCount(target).build());
        saver.save();
        return new QueueActionResponse(true, "", null, name, true);
    }

    private Map<Long, QueuePlan> plansOf(String queue) {
        String name = queue.toLowerCase(Locale.ROOT);
        require(name);
        return plans.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
    }

    private BasicResponse createPlan(CreateQueuePlanRequest r) {
        Map<Long, QueuePlan> p = plansOf(r.queueName());
        if (p.values().stream().anyMatch(x -> x.planName().equals(r.planName()))) {
            throw LocalErrors.exists("Plan " + r.planName() + " of queue " + r.queueName());
        }
        long id = planIds.incrementAndGet();
        p.put(
                id,
                QueuePlan.builder()
                        .id(id)
                        .planName(r.planName())
                        .targetCu(r.targetCu())
                        .startHour(r.startHour())
                        .startMinute(r.startMinute())
                        .repeatDay(r.repeatDay())
                        .validDateBegin(r.validDateBegin())
                        .validDateEnd(r.validDateEnd())
                        .activate(r.activate() == null ? Boolean.TRUE : r.activate())
                        .build());
        saver.save();
        return BasicResponse.success("");
    }

    private ListQueuePlansResponse listPlans(ListQueuePlansRequest r) {
        List<QueuePlan> out = new ArrayList<>(plansOf(r.queueName()).values());
        out.sort(Comparator.comparing(QueuePlan::id));
        return new ListQueuePlansResponse(true, "", out);
    }

    private BasicResponse batchDeletePlans(BatchDeleteQueuePlansRequest r) {
        Map<Long, QueuePlan> p = plansOf(r.queueName());
        for (Long id : r.planIds()) {
            if (!p.containsKey(id)) {
                throw LocalErrors.notFound("Plan " + id + " of queue " + r.queueName());
            }
        }
        r.planIds().forEach(p::remove);
        saver.save();
        return BasicResponse.success("");
    }

    private BasicResponse deletePlan(DeleteQueuePlanRequest r) {
        if (plansOf(r.queueName()).remove(r.planId()) == null) {
            throw LocalErrors.notFound("Plan " + r.planId() + " of queue " + r.queueName());
        }
        saver.save();
        return BasicResponse.success("");
    }

    private UpdateQueuePlanResponse updatePlan(UpdateQueuePlanRequest r) {
        QueuePlan updated = plansOf(r.queueName()).computeIfPresent(r.planId(), (k, old) -> old.toBuilder()
                .planName(r.planName())
                .targetCu(r.targetCu())
                .startHour(r.startHour())
                .startMinute(r.startMinute())
                .repeatDay(r.repeatDay())
                .validDateBegin(r.validDateBegin())
                .validDateEnd(r.validDateEnd())
                .activate(r.activate() == null ? old.activate() : r.activate())
                .build());
        if (updated == null) {
            throw LocalErrors.notFound("Plan " + r.planId() + " of queue " + r.queueName());
        }
        saver.save();
        return new UpdateQueuePlanResponse(true, "", r.queueName(), String.valueOf(r.planId()));
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
        try {
            // A label naming a target the client does not define is refused now, not at the first job.
            targets.forQueue(name, r.labels());
        } catch (io.lakejob.sdk.exception.ConfigurationException e) {
            throw LocalErrors.invalid("labels", e.getMessage());
        }
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
        saver.save();
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
            plans.remove(name);
        }
        saver.save();
        return BasicResponse.success("");
    }

    private ListQueuesResponse list(ListQueuesRequest r) {
        QueueType type = r.queueType() == null ? null : r.queueType();
        List<Queue> all = new ArrayList<>();
        List<Queue> listed = new ArrayList<>(queues.values());
        listed.addAll(schedulerQueues());
        for (Queue q : listed) {
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
        if (!queues.containsKey(r.queueName().toLowerCase(Locale.ROOT))) {
            for (Queue q : schedulerQueues()) {
                if (q.queueName().equalsIgnoreCase(r.queueName())) {
                    return new GetQueueResponse(true, "", q);
                }
            }
        }
        return new GetQueueResponse(true, "", require(r.queueName()));
    }

    /**
     * The queues of the resource manager the client's own target deploys to (a YARN scheduler's, see
     * {@link io.lakejob.sdk.flink.internal.targets.DeploymentTarget#schedulerQueues}); none for the
     * embedded and standalone clusters.
     */
    private List<Queue> schedulerQueues() {
        TargetSettings t = targets.clientDefault();
        if (t.kind().family() == io.lakejob.sdk.flink.internal.targets.TargetKind.Family.NONE) {
            return List.of();
        }
        return targets.clientTarget().schedulerQueues();
    }
}
