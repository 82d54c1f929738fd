package io.lakejob.sdk.internal;

import io.lakejob.sdk.ResourceClient;

/** Implements {@link ResourceClient} on an {@link Invoker}. */
public final class ResourceClientImpl implements ResourceClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public ResourceClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }
}
