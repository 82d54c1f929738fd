package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.ExtensibleEnum;
import io.lakejob.sdk.spi.Operation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An {@link OperationCodec} assembled from small functions, so each operation's mapping reads
 * as a few lines.
 *
 * @param <Q> the request type
 * @param <R> the response type
 */
public final class RestCodec<Q, R> implements OperationCodec<Q, R> {
    /**
     * Reads a response body.
     *
     * @param <R> the response type
     */
    @FunctionalInterface
    public interface Decoder<R> {
        /**
         * Reads the body.
         *
         * @param body the parsed body
         * @return the response
         * @throws JsonProcessingException when the body does not fit
         */
        R decode(JsonNode body) throws JsonProcessingException;
    }

    /**
     * Maps a wire value to the response.
     *
     * @param <W> the wire type
     * @param <R> the response type
     */
    @FunctionalInterface
    public interface WireMapper<W, R> {
        /**
         * Maps the wire value.
         *
         * @param wire the wire value read from the answer
         * @return the response
         * @throws JsonProcessingException when the value does not fit
         */
        R map(W wire) throws JsonProcessingException;
    }

    private final Operation<Q, R> operation;
    private final Function<Q, Map<String, String>> path;
    private final BiConsumer<Q, Query> query;
    private final Function<Q, Object> body;
    private final Decoder<R> decoder;
    private final Direct<?, R> direct;
    private final boolean acceptsEmptyBody;

    /** A successful answer read straight into a wire type that carries {@code is_success}. */
    private record Direct<W extends WireResult, R>(Class<W> type, WireMapper<W, R> mapper) {
        R read(byte[] body) throws IOException {
            W wire = WireReader.read(body, type);
            if (wire == null || Boolean.FALSE.equals(wire.isSuccess())) {
                return null;
            }
            return mapper.map(wire);
        }
    }

    private RestCodec(Builder<Q, R> b) {
        this.acceptsEmptyBody = b.acceptsEmptyBody;
        this.operation = b.operation;
        this.path = b.path;
        this.query = b.query;
        this.body = b.body;
        this.decoder = Objects.requireNonNull(b.decoder, "decoder");
        this.direct = b.direct;
    }

    /**
     * Starts a codec for an operation.
     *
     * @param operation the operation
     * @param <Q> the request type
     * @param <R> the response type
     * @return a builder
     */
    public static <Q, R> Builder<Q, R> of(Operation<Q, R> operation) {
        return new Builder<>(operation);
    }

    @Override
    public Operation<Q, R> operation() {
        return operation;
    }

    @Override
    public Map<String, String> pathParameters(Q request) {
        return path.apply(request);
    }

    @Override
    public List<Map.Entry<String, String>> queryParameters(Q request) {
        Query q = new Query();
        query.accept(request, q);
        return q.pairs();
    }

    @Override
    public Object body(Q request) {
        return body.apply(request);
    }

    @Override
    public R decode(JsonNode tree) throws JsonProcessingException {
        return decoder.decode(tree);
    }

    @Override
    public R decodeDirect(byte[] body) throws IOException {
        return direct == null ? null : direct.read(body);
    }

    /**
     * The wire type a successful answer is read into directly, or {@code null} (for tests).
     *
     * @return the wire type
     */
    Class<?> directType() {
        return direct == null ? null : direct.type();
    }

    @Override
    public boolean acceptsEmptyBody() {
        return acceptsEmptyBody;
    }

    /** Collects query parameters, leaving out unset ones. */
    public static final class Query {
        private final List<Map.Entry<String, String>> pairs = new ArrayList<>();

        Query() {}

        /**
         * Adds a parameter unless the value is {@code null}; enumerations are sent as their wire
         * value, booleans as {@code true}/{@code false}.
         *
         * @param name the reference's exact name
         * @param value the value or {@code null}
         * @return this
         */
        public Query add(String name, Object value) {
            if (value != null) {
                pairs.add(Map.entry(name, value instanceof ExtensibleEnum e ? e.value() : String.valueOf(value)));
            }
            return this;
        }

        List<Map.Entry<String, String>> pairs() {
            return Collections.unmodifiableList(pairs);
        }
    }

    /**
     * Builds a {@link RestCodec}.
     *
     * @param <Q> the request type
     * @param <R> the response type
     */
    public static final class Builder<Q, R> {
        private final Operation<Q, R> operation;
        private Function<Q, Map<String, String>> path = r -> Map.of();
        private BiConsumer<Q, Query> query = (r, q) -> {};
        private Function<Q, Object> body = r -> null;
        private Decoder<R> decoder;
        private Direct<?, R> direct;
        private boolean acceptsEmptyBody;

        private Builder(Operation<Q, R> operation) {
            this.operation = Objects.requireNonNull(operation, "operation");
            if (!operation.hasRestBinding()) {
                throw new IllegalArgumentException(operation.name() + " has no REST binding");
            }
        }

        /**
         * Sets the path parameters.
         *
         * @param path request to raw values by template name
         * @return this
         */
        public Builder<Q, R> path(Function<Q, Map<String, String>> path) {
            this.path = path;
            return this;
        }

        /**
         * Sets the query parameters.
         *
         * @param query adds the request's parameters
         * @return this
         */
        public Builder<Q, R> query(BiConsumer<Q, Query> query) {
            this.query = query;
            return this;
        }

        /**
         * Sets the body.
         *
         * @param body request to a JSON value (see {@link JsonBody})
         * @return this
         */
        public Builder<Q, R> body(Function<Q, Object> body) {
            this.body = body;
            return this;
        }

        /**
         * Sets the response reader.
         *
         * @param decoder reads a successful body
         * @return this
         */
        public Builder<Q, R> decode(Decoder<R> decoder) {
            this.decoder = decoder;
            this.direct = null;
            return this;
        }

        /**
         * Sets the response reader as a wire type and its mapping. When the wire type carries
         * {@code is_success} ({@link WireResult}), a successful answer is read straight into it
         * (one pass over the bytes); otherwise, and for every answer that is not plainly a success,
         * through the parsed tree like {@link #decode}.
         *
         * @param wire the wire type the body binds to
         * @param mapper maps the wire value to the response
         * @param <W> the wire type
         * @return this
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <W> Builder<Q, R> decodeAs(Class<W> wire, WireMapper<W, R> mapper) {
            this.decoder = body -> mapper.map(Json.bind(body, wire));
            this.direct =
                    WireResult.class.isAssignableFrom(wire) ? new Direct((Class) wire, (WireMapper) mapper) : null;
            return this;
        }

        /**
         * Accepts a successful answer without a body (decoded as {@code {}}), for operations
         * whose reference documents no response body.
         *
         * @return this
         */
        public Builder<Q, R> emptyBodyOnSuccess() {
            this.acceptsEmptyBody = true;
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return the codec
         */
        public RestCodec<Q, R> build() {
            return new RestCodec<>(this);
        }
    }
}
