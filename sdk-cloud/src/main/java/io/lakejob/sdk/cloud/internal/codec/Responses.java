package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.cloud.internal.retry.RetryClassifier;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
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
public final class Responses {
    private static final Set<Integer> TRANSIENT_STATUS = Set.of(408, 429, 500, 502, 503, 504);
    private static final Set<String> TRANSIENT_CODES = Set.of("DLI.0999");

    private Responses() {}

    /**
     * One HTTP answer.
     *
     * @param status the status code
     * @param requestId the {@code X-Request-Id} header, or {@code null}
     * @param body the body bytes, empty when there were none (or when the body was over the limit)
     * @param limit the limit the body was over ({@link io.lakejob.sdk.cloud.CloudOptions#MAX_RESPONSE_BYTES}),
     *     or -1 when the body was read
     * @param declared the body's declared length when it was over the limit, or -1
     */
    public record Raw(int status, String requestId, byte[] body, long limit, long declared) {
        /**
         * An answer whose body was read.
         *
         * @param status the status code
         * @param requestId the request id, or {@code null}
         * @param body the body bytes
         */
        public Raw(int status, String requestId, byte[] body) {
            this(status, requestId, body, -1, -1);
        }

        /**
         * An answer whose body was over the limit and not read.
         *
         * @param status the status code
         * @param requestId the request id, or {@code null}
         * @param limit the limit
         * @param declared the declared length, or -1
         * @return the answer
         */
        public static Raw oversize(int status, String requestId, long limit, long declared) {
            return new Raw(status, requestId, new byte[0], limit, declared);
        }

        public boolean oversize() {
            return limit >= 0;
        }
    }

    /**
     * Reads an answer.
     *
     * @param operation the operation
     * @param codec its codec
     * @param raw the answer
     * @param clientToken the client token sent with the request, or {@code null}
     * @return the response
     * @throws ServiceException for an error answer, or a success whose body cannot be read
     * @throws OutcomeUnknownException for a success whose body cannot be read, when the operation
     *     is not idempotent ({@link RetryClassifier#nonIdempotent}): it may have taken effect
     */
    public static <R> R read(Operation<?, R> operation, OperationCodec<?, R> codec, Raw raw, String clientToken) {
        try {
            return read(operation, codec, raw);
        } catch (ServiceException e) {
            throw unreadableSuccess(operation, e, clientToken);
        }
    }

    /**
     * A success whose body could not be read: for a create, submit or additive action, its outcome
     * is unknown (it may have taken effect); anything else stays the service error.
     */
    static LakeJobException unreadableSuccess(Operation<?, ?> operation, ServiceException e, String clientToken) {
        if (!(e instanceof UnreadableSuccess)) {
            return e;
        }
        ServiceException plain =
                new ServiceException(e.statusCode(), null, e.errorMessage(), e.requestId(), false, e.getCause());
        if (RetryClassifier.nonIdempotent(operation)) {
            return new OutcomeUnknownException(
                    operation.name(),
                    clientToken,
                    "the request was sent and answered HTTP " + e.statusCode() + ", but the answer could not be read ("
                            + e.errorMessage() + ")",
                    plain);
        }
        return plain;
    }

    /**
     * A 2xx answer whose body is not the documented JSON: the request may have taken effect. Never
     * leaves this class ({@link #unreadableSuccess} turns it into an SDK error).
     */
    static final class UnreadableSuccess extends ServiceException {
        private static final long serialVersionUID = 1L;

        UnreadableSuccess(int status, String message, String requestId, Throwable cause) {
            super(status, null, message, requestId, false, cause);
        }
    }

    static <R> R read(Operation<?, R> operation, OperationCodec<?, R> codec, Raw raw) {
        if (raw.oversize()) {
            String what = "response body" + (raw.declared() >= 0 ? " (Content-Length " + raw.declared() + ")" : "")
                    + " is larger than the limit of " + raw.limit() + " bytes ("
                    + io.lakejob.sdk.cloud.CloudOptions.MAX_RESPONSE_BYTES + "); not read";
            if (raw.status() >= 200 && raw.status() < 300) {
                throw new UnreadableSuccess(raw.status(), what + " for " + operation.name(), raw.requestId(), null);
            }
            throw error(raw.status(), raw.requestId(), null, what);
        }
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
                unreadable = looksLikeHtml(raw.body())
                        ? "non-JSON (HTML) response body"
                        : "malformed JSON response body, or content after it";
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
            throw new UnreadableSuccess(status, unreadable + " for " + operation.name(), requestId, null);
        }
        if (tree.isObject() && isFalse(tree.get("is_success"))) {
            throw error(status, requestId, tree, null);
        }
        try {
            R response = codec.decode(tree);
            if (response == null) {
                throw new UnreadableSuccess(status, "no response for " + operation.name(), requestId, null);
            }
            return response;
        } catch (JsonMappingException e) {
            throw new UnreadableSuccess(
                    status,
                    "response body of " + operation.name() + " does not have the documented form"
                            + (e.getPath().isEmpty() ? "" : " at " + e.getPathReference()),
                    requestId,
                    e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ServiceException se) {
                throw se;
            }
            throw new UnreadableSuccess(
                    status,
                    "response body of " + operation.name() + " could not be read ("
                            + e.getClass().getSimpleName() + ")",
                    requestId,
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
