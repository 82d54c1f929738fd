package io.lakejob.sdk.internal;

import io.lakejob.sdk.PermissionClient;

/** Implements {@link PermissionClient} on an {@link Invoker}. */
public final class PermissionClientImpl implements PermissionClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public PermissionClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }
}
