package io.lakejob.sdk.internal;

import io.lakejob.sdk.BatchClient;

/** Implements {@link BatchClient} on an {@link Invoker}. */
public final class BatchClientImpl implements BatchClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public BatchClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }
}
