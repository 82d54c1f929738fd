package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.spi.Operation;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The wire mapping of one operation: which request values fill the path template, which go to
 * the query (with the reference's exact names), what the JSON body is, and how a successful
 * response body becomes the response type. Stateless and thread-safe.
 *
 * @param <Q> the request type
 * @param <R> the response type
 */
public interface OperationCodec<Q, R> {
    /**
     * The operation this codec maps.
     *
     * @return the operation
     */
    Operation<Q, R> operation();

    /**
     * The raw values of the path template's parameters other than {@code project_id}, keyed by
     * the template's names (for example {@code queue_name}). Encoded once, later.
     *
     * @param request the request
     * @return the values
     */
    Map<String, String> pathParameters(Q request);

    /**
     * The raw query parameters, in order, with unset ones left out.
     *
     * @param request the request
     * @return name/value pairs
     */
    List<Map.Entry<String, String>> queryParameters(Q request);

    /**
     * The JSON body as maps, lists and scalars (nulls and empty lists left out), or {@code null}
     * when the request has no body.
     *
     * @param request the request
     * @return the body value or {@code null}
     */
    Object body(Q request);

    /**
     * Reads a successful response body (already checked for {@code is_success: false}).
     *
     * @param body the parsed body
     * @return the response, never {@code null}
     * @throws JsonProcessingException when the body does not have the documented form
     */
    R decode(JsonNode body) throws JsonProcessingException;

    /**
     * Reads a 2xx answer's body straight into the response, when this codec can and the body is
     * plainly a success; {@code null} sends the answer through {@link #decode} instead (also the
     * default). Any exception here does too: the general path then reports it.
     *
     * @param body the raw body of a 2xx answer
     * @return the response, or {@code null}
     * @throws IOException when the body does not fit the codec's wire type
     */
    default R decodeDirect(byte[] body) throws IOException {
        return null;
    }

    /**
     * Whether a successful answer may have no body (the reference documents none): it is then
     * decoded as an empty JSON object.
     *
     * @return {@code true} for such operations
     */
    default boolean acceptsEmptyBody() {
        return false;
    }
}
