package io.lakejob.sdk.internal;

import io.lakejob.sdk.JobClient;

/** Implements {@link JobClient} on an {@link Invoker}. */
public final class JobClientImpl implements JobClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public JobClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }
}
