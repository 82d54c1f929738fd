package io.lakejob.sdk.internal;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.Transport;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs operations on the client's transport: rejects a missing request, a closed client and an
 * operation the transport does not support, all before any I/O. Owns the client's {@link Waits}.
 * Not part of the public API.
 */
public final class Invoker {
    private final ClientConfiguration configuration;
    private final Transport transport;
    private final Sleeper sleeper;
    private final Waits waits;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates an invoker.
     *
     * @param configuration the client configuration
     * @param transport the transport
     * @param sleeper pauses waiters
     */
    public Invoker(ClientConfiguration configuration, Transport transport, Sleeper sleeper) {
        this(configuration, transport, sleeper, WaitScheduler.daemon(WAIT_THREADS));
    }

    /**
     * Creates an invoker with a custom wait scheduler (tests).
     *
     * @param configuration the client configuration
     * @param transport the transport
     * @param sleeper pauses synchronous waiters
     * @param scheduler runs the polls of asynchronous waits; shut down when the client closes
     */
    public Invoker(ClientConfiguration configuration, Transport transport, Sleeper sleeper, WaitScheduler scheduler) {
        this.configuration = configuration;
        this.transport = transport;
        this.sleeper = sleeper;
        this.waits = new Waits(transport, configuration.clock(), sleeper, scheduler);
    }

    /** Threads of a client's wait scheduler (started at the first asynchronous wait). */
    static final int WAIT_THREADS = 2;

    /**
     * Executes an operation.
     *
     * @param operation the operation
     * @param request the request
     * @param <Q> request type
     * @param <R> response type
     * @return the response
     */
    public <Q, R> R invoke(Operation<Q, R> operation, Q request) {
        if (request == null) {
            throw new ValidationException("request", "is required for " + operation.name());
        }
        if (closed.get()) {
            throw new LakeJobException("The client is closed; " + operation.name() + " was not sent");
        }
        if (!transport.supports(operation)) {
            throw new NotSupportedException(operation.name(), transport.name());
        }
        R response = transport.execute(operation, request);
        if (response == null) {
            throw new LakeJobException(
                    "Transport " + transport.name() + " returned no response for " + operation.name());
        }
        return response;
    }

    /**
     * The client's clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return configuration.clock();
    }

    /**
     * Pauses waiters between polls.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * The client's waits, synchronous and asynchronous.
     *
     * @return the waits
     */
    public Waits waits() {
        return waits;
    }

    /**
     * The transport.
     *
     * @return the transport
     */
    public Transport transport() {
        return transport;
    }

    /**
     * Marks the invoker closed and ends its waits.
     *
     * @return {@code true} if this call closed it
     */
    boolean markClosed() {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        waits.close();
        return true;
    }
}
