package io.lakejob.sdk.internal;

import io.lakejob.sdk.FlinkClient;

/** Implements {@link FlinkClient} on an {@link Invoker}. */
public final class FlinkClientImpl implements FlinkClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public FlinkClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }
}
