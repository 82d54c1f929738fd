package io.lakejob.sdk.spi;

/** A waiter's interest in one job's status changes ({@link StatusNotifier#subscribe}). */
@FunctionalInterface
public interface StatusSubscription extends AutoCloseable {
    /** Stops the notifications; idempotent, never throws. */
    @Override
    void close();
}
