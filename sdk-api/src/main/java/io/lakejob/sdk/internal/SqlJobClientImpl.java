package io.lakejob.sdk.internal;

import io.lakejob.sdk.SqlJobClient;

/** Implements {@link SqlJobClient} on an {@link Invoker}. */
public final class SqlJobClientImpl implements SqlJobClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public SqlJobClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }
}
