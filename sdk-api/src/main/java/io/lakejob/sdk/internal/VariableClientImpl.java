package io.lakejob.sdk.internal;

import io.lakejob.sdk.VariableClient;

/** Implements {@link VariableClient} on an {@link Invoker}. */
public final class VariableClientImpl implements VariableClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public VariableClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }
}
