package io.lakejob.sdk.spi;

import java.util.Optional;

/**
 * Tells waiters when a job's status may have changed, so that a wait ends when the job does rather
 * than at its next poll. Optional for transports ({@link Transport#statusNotifier}): one that learns
 * of status changes itself (for example because it runs the jobs in this JVM) offers it; one that
 * could only find out by asking (a REST service) does not, and waiters poll it.
 *
 * <p>A notification is a hint, not a status: the waiter reads the status again through the group's
 * ordinary status operation, so listeners, targets and errors are the same as when polling. The
 * waiter keeps polling at its poll interval as a safety net.
 */
@FunctionalInterface
public interface StatusNotifier {
    /**
     * Starts telling {@code onChange} whenever the status of a job may have changed.
     *
     * <p>{@code onChange} may run on any thread (typically one of the transport's own, possibly
     * while the transport holds a lock of the job), more than once per change, or without a change;
     * it returns quickly and never blocks. It must be called for every change that happens after
     * this method returns.
     *
     * @param jobId the job's id as the group's status operation takes it: a Flink job's id in decimal,
     *     a SQL job's or a batch's id
     * @param onChange what to run after each change
     * @return the subscription, which the waiter closes when the wait ends; empty when the transport
     *     cannot tell changes of this job (for example it does not know it), and the waiter polls
     */
    Optional<StatusSubscription> subscribe(String jobId, Runnable onChange);
}
