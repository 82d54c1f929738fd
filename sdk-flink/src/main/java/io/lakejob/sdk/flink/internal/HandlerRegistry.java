package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.spi.Operation;
import java.util.function.Function;

/** Where handler groups register the operations they implement. */
public interface HandlerRegistry {
    /**
     * Registers a handler.
     *
     * @param op the operation
     * @param handler its implementation
     * @param <Q> request type
     * @param <R> response type
     */
    <Q, R> void handle(Operation<Q, R> op, Function<Q, R> handler);
}
