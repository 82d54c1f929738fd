package io.lakejob.sdk.internal;

import io.lakejob.sdk.ConnectionClient;

/** Implements {@link ConnectionClient} on an {@link Invoker}. */
public final class ConnectionClientImpl implements ConnectionClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public ConnectionClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }
}
