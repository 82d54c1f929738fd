package io.lakejob.sdk.cloud.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.spi.Operation;
import java.io.IOException;
import java.util.Set;

/**
 * Turns an HTTP answer into a response or a {@link ServiceException}: a non-2xx status, or a 2xx
 * answer with {@code "is_success": false}, is an error carrying the status, {@code error_code},
 * {@code error_msg} (or {@code message}) and the request id; empty, HTML and malformed bodies
 * become typed errors too.
 */
final class Responses {
    private static final Set<Integer> TRANSIENT_STATUS = Set.of(408, 429, 500, 502, 503, 504);
    private static final Set<String> TRANSIENT_CODES = Set.of("DLI.0999");

    private Responses() {}

    /**
     * One HTTP answer.
     *
     * @param status the status code
     * @param requestId the {@code X-Request-Id} header, or {@code null}
     * @param body the body bytes, empty when there were none
     */
    record Raw(int status, String requestId, byte[] body) {}

    static <R> R read(Operation<?, R> operation, OperationCodec<?, R> codec, Raw raw) {
        if (raw.status() >= 200 && raw.status() < 300 && raw.body().length > 0) {
            try {
                R direct = codec.decodeDirect(raw.body());
                if (direct != null) {
                    return direct;
                }
            } catch (IOException | RuntimeException e) {
                // Not plainly a success of the expected shape: the general path below reads it
                // again and reports exactly what is wrong.
            }
        }
        JsonNode tree = null;
        String unreadable = null;
        if (isBlank(raw.body())) {
            unreadable = "empty response body";
        } else {
            try {
                tree = Json.parse(raw.body());
            } catch (IOException e) {
                unreadable =
                        looksLikeHtml(raw.body()) ? "non-JSON (HTML) response body" : "malformed JSON response body";
            }
            if (tree != null && !tree.isContainerNode()) {
                tree = null;
                unreadable = "response body is not a JSON object";
            }
        }
        int status = raw.status();
        String requestId = raw.requestId();
        if (status < 200 || status >= 300) {
            throw error(status, requestId, tree, unreadable);
        }
        if (tree == null && isBlank(raw.body()) && codec.acceptsEmptyBody()) {
            tree = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (tree == null) {
            throw new ServiceException(status, null, unreadable + " for " + operation.name(), requestId, false);
        }
        if (tree.isObject() && isFalse(tree.get("is_success"))) {
            throw error(status, requestId, tree, null);
        }
        try {
            R response = codec.decode(tree);
            if (response == null) {
                throw new ServiceException(status, null, "no response for " + operation.name(), requestId, false);
            }
            return response;
        } catch (JsonMappingException e) {
            throw new ServiceException(
                    status,
                    null,
                    "response body of " + operation.name() + " does not have the documented form"
                            + (e.getPath().isEmpty() ? "" : " at " + e.getPathReference()),
                    requestId,
                    false,
                    e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ServiceException se) {
                throw se;
            }
            throw new ServiceException(
                    status,
                    null,
                    "response body of " + operation.name() + " could not be read ("
                            + e.getClass().getSimpleName() + ")",
                    requestId,
                    false,
                    e);
        }
    }

    static ServiceException error(int status, String requestId, JsonNode tree, String unreadable) {
        String code = null;
        String message = null;
        if (tree != null && tree.isObject()) {
            code = text(tree, "error_code", "errorCode", "code");
            message = text(tree, "error_msg", "errorMsg", "message", "error_message");
            if (requestId == null) {
                requestId = text(tree, "request_id", "requestId");
            }
        }
        if (message == null) {
            message = unreadable != null
                    ? unreadable
                    : (status >= 200 && status < 300 ? "is_success is false" : "no error details");
        }
        boolean retryable = TRANSIENT_STATUS.contains(status) || (code != null && TRANSIENT_CODES.contains(code));
        return new ServiceException(status, code, message, requestId, retryable);
    }

    private static String text(JsonNode tree, String... names) {
        for (String n : names) {
            JsonNode v = tree.get(n);
            if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isEmpty()) {
                return v.asText();
            }
        }
        return null;
    }

    private static boolean isFalse(JsonNode v) {
        return v != null
                && ((v.isBoolean() && !v.booleanValue())
                        || (v.isTextual() && v.asText().trim().equalsIgnoreCase("false")));
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] body) {
        for (byte b : body) {
            if (b == ' '
                    || b == '\n'
                    || b == '\r'
                    || b == '\t'
                    || b == (byte) 0xEF
                    || b == (byte) 0xBB
                    || b == (byte) 0xBF) {
                continue;
            }
            return b == '<';
        }
        return false;
    }
}
