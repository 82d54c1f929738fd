package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListQueues} (reference 6.3).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param queues the queues on this page; never {@code null}
 */
public record ListQueuesResponse(Boolean isSuccess, String message, List<Queue> queues) implements Page<Queue> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param queues the queues
     */
    public ListQueuesResponse {
        queues = queues == null ? List.of() : List.copyOf(queues);
    }

    @Override
    public List<Queue> items() {
        return queues;
    }

    @Override
    public OptionalLong totalCount() {
        return OptionalLong.empty();
    }
}
