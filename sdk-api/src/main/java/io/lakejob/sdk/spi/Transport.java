package io.lakejob.sdk.spi;

import java.util.Optional;

/**
 * Executes operations against one world: a REST service, an embedded Flink cluster, a
 * standalone cluster... Implementations are thread-safe. The client checks
 * {@link #supports} before calling {@link #execute}, so a transport only sees operations it
 * declared.
 */
public interface Transport extends AutoCloseable {
    /**
     * The transport's name, for example {@code cloud} or {@code flink}.
     *
     * @return the name
     */
    String name();

    /**
     * The operations this transport carries out.
     *
     * @return the capabilities
     */
    Capabilities capabilities();

    /**
     * Whether this transport carries out the operation; the client asks before every call. The
     * default asks {@link #capabilities()}; a transport that can answer without building its whole
     * list (which may load every operation's classes) overrides it, with the same answer.
     *
     * @param operation the operation
     * @return {@code true} if {@link #capabilities()} lists it
     */
    default boolean supports(Operation<?, ?> operation) {
        return capabilities().supports(operation);
    }

    /**
     * Executes one operation.
     *
     * @param operation the operation
     * @param request its validated request, never {@code null}
     * @param <Q> request type
     * @param <R> response type
     * @return the response, never {@code null}
     * @throws io.lakejob.sdk.exception.LakeJobException (or a subtype) on any failure
     */
    <Q, R> R execute(Operation<Q, R> operation, Q request);

    /**
     * What tells waiters of the given client group when a job's status changes, if this transport
     * can: waits then end when the job does instead of at the next poll. The default has none, and
     * waiters poll with back-off.
     *
     * @param group the client group whose waiter asks ({@link OperationGroup#FLINK_JOBS},
     *     {@link OperationGroup#SQL_JOBS} or {@link OperationGroup#BATCHES})
     * @return the notifier, or empty
     */
    default Optional<StatusNotifier> statusNotifier(OperationGroup group) {
        return Optional.empty();
    }

    /** Releases every thread, connection and cluster the transport started. Idempotent. */
    @Override
    void close();
}
