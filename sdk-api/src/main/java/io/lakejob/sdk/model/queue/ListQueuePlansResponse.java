package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListQueuePlans} (reference 6.7).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param plans the queue's scaling plans; never {@code null}
 */
public record ListQueuePlansResponse(Boolean isSuccess, String message, List<QueuePlan> plans)
        implements Page<QueuePlan> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param plans the plans
     */
    public ListQueuePlansResponse {
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    @Override
    public List<QueuePlan> items() {
        return plans;
    }

    @Override
    public OptionalLong totalCount() {
        return OptionalLong.of(plans.size());
    }
}
