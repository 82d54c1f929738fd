package io.lakejob.sdk.spi;

/**
 * Executes operations against one world: a REST service, an embedded Flink cluster, a
 * standalone cluster... Implementations are thread-safe. The client checks
 * {@link #capabilities()} before calling {@link #execute}, so a transport only sees operations
 * it declared.
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

    /** Releases every thread, connection and cluster the transport started. Idempotent. */
    @Override
    void close();
}
