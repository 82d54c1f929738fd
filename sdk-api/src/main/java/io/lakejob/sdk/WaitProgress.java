package io.lakejob.sdk;

import java.time.Duration;
import java.time.Instant;

/**
 * One status read of a wait, as {@link StatusListener#onPoll} sees it: every read, whether or not
 * the status changed.
 *
 * @param jobId the id of the job (or batch) waited for
 * @param status the status this read found
 * @param poll which read of the wait this is, from 1
 * @param elapsed how long the wait has taken so far, by the client's clock
 * @param nextPoll how long until the next read at the latest, or {@code null} when this read ends the
 *     wait (the status is a target, another terminal status, or the timeout has passed). A transport
 *     that tells waiters of changes (see {@link io.lakejob.sdk.spi.StatusNotifier}) may prompt the next
 *     read earlier
 * @param notified whether this read was prompted by the transport telling of a change, rather than
 *     by the poll interval (or being the first read)
 * @param at when the status was read, by the client's clock
 * @param <S> the status type
 */
public record WaitProgress<S>(
        String jobId, S status, int poll, Duration elapsed, Duration nextPoll, boolean notified, Instant at) {

    /**
     * Whether this read ends the wait.
     *
     * @return {@code true} when no read follows
     */
    public boolean last() {
        return nextPoll == null;
    }
}
