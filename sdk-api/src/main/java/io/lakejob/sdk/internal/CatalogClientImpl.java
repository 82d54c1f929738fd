package io.lakejob.sdk.internal;

import io.lakejob.sdk.CatalogClient;

/** Implements {@link CatalogClient} on an {@link Invoker}. */
public final class CatalogClientImpl implements CatalogClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public CatalogClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }
}
