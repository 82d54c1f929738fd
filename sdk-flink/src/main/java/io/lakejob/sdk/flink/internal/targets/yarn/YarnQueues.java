package io.lakejob.sdk.flink.internal.targets.yarn;

import io.lakejob.sdk.model.queue.Queue;
import io.lakejob.sdk.model.queue.QueueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.yarn.api.records.QueueInfo;

/**
 * A YARN scheduler's queues as the API's queues, listed by {@code QueueClient} beside the client's
 * own queues when the client's endpoint is a YARN target. The mapping:
 *
 * <ul>
 *   <li>{@code queueName}: {@value #PREFIX} and YARN's queue name, every character other than a
 *       letter, digit or {@code _} as {@code _} ({@code yarn_default}); a queue of the client with the
 *       same name is the one {@code get} returns;
 *   <li>{@code queueType} {@code general}, {@code owner} {@code yarn}, {@code resourceType} {@code
 *       yarn-queue}, {@code isRestarting} {@code false};
 *   <li>{@code cuSpec}: YARN's capacity, in percent of the parent queue (rounded);
 *   <li>{@code cuCount}: YARN's used capacity ({@code currentCapacity}), in percent of the queue's own
 *       capacity (rounded; above 100 when the queue uses idle capacity of others);
 *   <li>{@code cuScaleOutLimit}: YARN's maximum capacity, in percent of the parent queue;
 *   <li>{@code labels}: the exact values, machine-readable, comma-separated: {@code yarn.queue=<name>},
 *       {@code yarn.state=<RUNNING|STOPPED|DRAINING>}, {@code yarn.capacity=<0..1>}, {@code
 *       yarn.usedCapacity=<fraction of capacity>}, {@code yarn.maximumCapacity=<0..1>};
 *   <li>{@code description}: the same in words.
 * </ul>
 *
 * A YARN queue is read-only through the client: it cannot be created, scaled or deleted here. Jobs
 * go to a YARN queue with the Flink key {@code yarn.application.queue} of their target.
 */
final class YarnQueues {
    /** The prefix of a YARN queue's name in the API. */
    static final String PREFIX = "yarn_";

    private YarnQueues() {}

    /**
     * Maps YARN's queues.
     *
     * @param queues what {@code YarnClient.getAllQueues()} returned
     * @return the API's queues, in YARN's order
     */
    static List<Queue> map(List<QueueInfo> queues) {
        List<Queue> out = new ArrayList<>();
        for (QueueInfo q : queues) {
            String state =
                    q.getQueueState() == null ? "UNKNOWN" : q.getQueueState().name();
            float capacity = q.getCapacity();
            float used = q.getCurrentCapacity();
            float max = q.getMaximumCapacity();
            out.add(Queue.builder()
                    .queueName(PREFIX + q.getQueueName().replaceAll("[^A-Za-z0-9_]", "_"))
                    .description(String.format(
                            Locale.ROOT,
                            "YARN scheduler queue %s: %s, capacity %.1f%% of its parent, used %.1f%% of its capacity,"
                                    + " maximum %.1f%%",
                            q.getQueueName(),
                            state,
                            capacity * 100,
                            used * 100,
                            max * 100))
                    .owner("yarn")
                    .queueType(QueueType.GENERAL)
                    .resourceType("yarn-queue")
                    .cuSpec(Math.round(capacity * 100))
                    .cuCount(Math.round(used * 100))
                    .cuScaleOutLimit(Math.round(max * 100))
                    .isRestarting(false)
                    .labels(String.join(
                            ",",
                            "yarn.queue=" + q.getQueueName(),
                            "yarn.state=" + state,
                            "yarn.capacity=" + capacity,
                            "yarn.usedCapacity=" + used,
                            "yarn.maximumCapacity=" + max))
                    .build());
        }
        return out;
    }
}
