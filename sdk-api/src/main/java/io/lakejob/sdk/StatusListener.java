package io.lakejob.sdk;

import java.time.Instant;

/**
 * Sees every status change a waiter observes, including the first status read.
 *
 * @param <S> the status type
 */
@FunctionalInterface
public interface StatusListener<S> {
    /**
     * Called once per observed change, on the waiting thread.
     *
     * @param previous the status before, or {@code null} for the first observation
     * @param current the status now
     * @param at when it was observed, by the client's clock
     */
    void onChange(S previous, S current, Instant at);
}
