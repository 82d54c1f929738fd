package io.lakejob.sdk.testing;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.spi.Capabilities;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.spi.Transport;
import io.lakejob.sdk.spi.TransportProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A transport for tests of the API layer: records every operation and request it receives and
 * answers with responses scripted per operation. Supports every catalogued operation unless
 * told otherwise.
 */
public final class RecordingTransport implements Transport {
    /** One recorded call. */
    public record Call(Operation<?, ?> operation, Object request) {}

    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Function<Object, Object>> answers = new HashMap<>();
    private volatile Capabilities capabilities = Capabilities.of("recording", Operations.all());
    private volatile boolean closed;
    private volatile ClientConfiguration configuration;

    /**
     * Scripts the answer for an operation.
     *
     * @param op the operation
     * @param answer computes the response from the request
     * @param <Q> request type
     * @param <R> response type
     * @return this transport
     */
    @SuppressWarnings("unchecked")
    public <Q, R> RecordingTransport answer(Operation<Q, R> op, Function<Q, R> answer) {
        answers.put(op.name(), (Function<Object, Object>) answer);
        return this;
    }

    /**
     * Restricts the supported operations.
     *
     * @param ops the supported operations
     * @return this transport
     */
    public RecordingTransport supportOnly(List<Operation<?, ?>> ops) {
        capabilities = Capabilities.of("recording", ops);
        return this;
    }

    /** @return the calls so far */
    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** @return the last call */
    public Call lastCall() {
        List<Call> c = calls();
        if (c.isEmpty()) {
            throw new AssertionError("no call was made");
        }
        return c.get(c.size() - 1);
    }

    /** @return whether close() was called */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <Q, R> R execute(Operation<Q, R> operation, Q request) {
        calls.add(new Call(operation, request));
        Function<Object, Object> a = answers.get(operation.name());
        if (a == null) {
            throw new AssertionError("no scripted answer for " + operation.name());
        }
        return (R) a.apply(request);
    }

    @Override
    public void close() {
        closed = true;
    }

    /**
     * A client over this transport.
     *
     * @return a client whose transport is this one
     */
    public LakeJobClient client() {
        return LakeJobClient.builder()
                .endpoint("test:recording")
                .transport(provider())
                .build();
    }

    /** @return the configuration of the last client created on this transport, or {@code null} */
    public ClientConfiguration configuration() {
        return configuration;
    }

    /**
     * A provider handing out this transport (and remembering the client's configuration).
     *
     * @return the provider
     */
    public TransportProvider provider() {
        RecordingTransport self = this;
        return new TransportProvider() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public boolean isCompatibleWith(String endpoint) {
                return endpoint.startsWith("test:");
            }

            @Override
            public String describe() {
                return "test transport";
            }

            @Override
            public Transport create(ClientConfiguration c) {
                self.configuration = c;
                return self;
            }
        };
    }
}
