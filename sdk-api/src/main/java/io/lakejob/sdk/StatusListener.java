package io.lakejob.sdk;

import io.lakejob.sdk.exception.ValidationException;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Sees what a wait observes: every status change ({@link #onChange}, including the first status
 * read) and, if it overrides {@link #onPoll}, every read with the time spent and the time to the
 * next read.
 *
 * <p>A synchronous {@code waitUntil} calls the listener on the waiting thread; an asynchronous
 * {@code waitUntilAsync} calls it on the client's wait scheduler thread, so it should return
 * quickly. An exception thrown by the listener ends the wait with that exception.
 *
 * @param <S> the status type
 */
@FunctionalInterface
public interface StatusListener<S> {
    /**
     * Called once per observed change.
     *
     * @param previous the status before, or {@code null} for the first observation
     * @param current the status now
     * @param at when it was observed, by the client's clock
     */
    void onChange(S previous, S current, Instant at);

    /**
     * Called after every status read, changed or not, after {@link #onChange} when the status
     * changed. Does nothing unless overridden.
     *
     * @param progress the read: status, how long the wait has taken, when the next read comes
     */
    default void onPoll(WaitProgress<S> progress) {}

    /**
     * A listener that sees every read and ignores changes as such.
     *
     * @param onPoll receives every read
     * @param <S> the status type
     * @return the listener
     * @throws ValidationException when {@code onPoll} is {@code null}
     */
    static <S> StatusListener<S> onEveryPoll(Consumer<? super WaitProgress<S>> onPoll) {
        if (onPoll == null) {
            throw new ValidationException("onPoll", "is required");
        }
        return new StatusListener<>() {
            @Override
            public void onChange(S previous, S current, Instant at) {}

            @Override
            public void onPoll(WaitProgress<S> progress) {
                onPoll.accept(progress);
            }
        };
    }
}
