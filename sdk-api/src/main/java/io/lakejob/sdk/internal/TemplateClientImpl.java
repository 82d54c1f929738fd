package io.lakejob.sdk.internal;

import io.lakejob.sdk.TemplateClient;

/** Implements {@link TemplateClient} on an {@link Invoker}. */
public final class TemplateClientImpl implements TemplateClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public TemplateClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }
}
