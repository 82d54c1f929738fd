package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * The transport's one JSON mapper: snake_case names, unknown properties ignored, {@code "true"}
 * and {@code "false"} strings read as booleans, a single value read as a one-element array,
 * nulls left out when writing. Strict where leniency would change a value or hide damage: a body
 * is one JSON document with nothing after it, and a floating-point number where an integer is
 * expected fails rather than being truncated. Thread-safe.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    /** Reads one value cut out of a document into a tree. */
    private static final ObjectReader NESTED_TREE = MAPPER.reader();

    private Json() {}

    private static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // An answer is exactly one JSON document: content after it (garbage, a second
                // document) fails the read, on the tree path and the direct path alike.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A float where an integer is documented (job_id: 1.5) fails instead of truncating.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        return mapper;
    }

    /**
     * Parses a body into a tree.
     *
     * @param body the bytes
     * @return the tree; a missing node for an empty body
     * @throws IOException when the body is not JSON
     */
    public static JsonNode parse(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    /**
     * Reads a body straight into a wire type.
     *
     * @param body the bytes
     * @param type the wire type
     * @param <T> the type
     * @return the value, {@code null} for a JSON {@code null}
     * @throws IOException when the body is not JSON of that shape
     */
    public static <T> T read(byte[] body, Class<T> type) throws IOException {
        return MAPPER.readValue(body, type);
    }

    /**
     * Reads one JSON value, the bytes {@code [offset, offset + length)} of a document, into a tree.
     *
     * @param bytes the document
     * @param offset where the value starts
     * @param length its length
     * @return the tree
     * @throws IOException when the bytes are not one JSON value
     */
    static JsonNode tree(byte[] bytes, int offset, int length) throws IOException {
        return NESTED_TREE.readTree(bytes, offset, length);
    }

    /**
     * Binds a tree to a wire type.
     *
     * @param tree the tree
     * @param type the wire type
     * @param <T> the type
     * @return the value
     * @throws JsonProcessingException when the tree does not fit the type
     */
    public static <T> T bind(JsonNode tree, Class<T> type) throws JsonProcessingException {
        return MAPPER.treeToValue(tree, type);
    }

    /**
     * Writes a value as JSON bytes.
     *
     * @param value a map, list or wire value
     * @return UTF-8 JSON
     */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a request body as JSON", e);
        }
    }
}
