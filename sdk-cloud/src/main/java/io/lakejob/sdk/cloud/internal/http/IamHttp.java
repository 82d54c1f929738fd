package io.lakejob.sdk.cloud.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.auth.SignableRequest;
import io.lakejob.sdk.cloud.internal.codec.Json;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small client for the IAM endpoint (tokens, projects) over the JDK's {@link HttpClient}: HTTP/1.1,
 * no redirects (a password or token never follows one), no cookies, no retries. Failures become
 * the SDK's typed errors; nothing it logs or throws contains a password or a token. Thread-safe.
 */
public final class IamHttp {
    private static final Logger LOG = LoggerFactory.getLogger(IamHttp.class);

    /** The header IAM puts a new token in. */
    public static final String SUBJECT_TOKEN_HEADER = "X-Subject-Token";

    /** The largest IAM answer read (a token body with its catalogue is some tens of KiB). */
    static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

    private final Endpoint endpoint;
    private final Duration readTimeout;
    private final HttpClient client;

    /**
     * One IAM answer.
     *
     * @param status the HTTP status
     * @param subjectToken the {@code X-Subject-Token} header, or {@code null}
     * @param requestId the {@code X-Request-Id} header, or {@code null}
     * @param body the body bytes, empty when there were none
     */
    public record Answer(int status, String subjectToken, String requestId, byte[] body) {
        /**
         * Checks the answer.
         *
         * @param status the HTTP status
         * @param subjectToken the {@code X-Subject-Token} header, or {@code null}
         * @param requestId the {@code X-Request-Id} header, or {@code null}
         * @param body the body bytes
         */
        public Answer {
            body = body == null ? new byte[0] : body;
        }

        /**
         * Whether the status is 2xx.
         *
         * @return {@code true} for a success
         */
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return "Answer[status=" + status + ", subjectToken=" + (subjectToken == null ? "none" : "***")
                    + ", requestId=" + requestId + ", body=" + body.length + " bytes]";
        }
    }

    /**
     * Creates a client for one IAM endpoint.
     *
     * @param endpoint the validated IAM endpoint
     * @param connectTimeout the connect timeout
     * @param readTimeout the time to wait for a complete answer
     */
    public IamHttp(Endpoint endpoint, Duration connectTimeout, Duration readTimeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .build();
    }

    /**
     * The endpoint this client talks to.
     *
     * @return the endpoint
     */
    public Endpoint endpoint() {
        return endpoint;
    }

    /**
     * Sends one request.
     *
     * @param what a short name of the call for messages, for example {@code "IAM token request"}
     * @param method {@code GET} or {@code POST}
     * @param path raw path segments below the endpoint
     * @param query raw query parameters (encoded here), in order
     * @param headers extra headers (never logged)
     * @param body the JSON body, or {@code null}
     * @return the answer, whatever its status
     * @throws TransportException when no complete answer arrived
     */
    public Answer send(
            String what,
            String method,
            String[] path,
            Map<String, String> query,
            Map<String, String> headers,
            byte[] body) {
        StringBuilder url = new StringBuilder(endpoint.url(path));
        char sep = '?';
        for (Map.Entry<String, String> q : query.entrySet()) {
            url.append(sep)
                    .append(SignableRequest.percentEncode(q.getKey()))
                    .append('=')
                    .append(SignableRequest.percentEncode(q.getValue()));
            sep = '&';
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.toString()))
                .timeout(readTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", UserAgent.of(null));
        headers.forEach(b::header);
        if (body != null) {
            b.header("Content-Type", "application/json;charset=UTF-8");
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        HttpResponse<InputStream> response;
        byte[] bytes;
        try {
            response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            // At most one byte past the limit is read; closing the stream then drops the rest
            // with the connection.
            try (InputStream in = response.body()) {
                bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
            }
        } catch (IOException e) {
            LOG.debug(
                    "{} to {} failed after {} ms: {}",
                    what,
                    endpoint.host(),
                    millis(start),
                    e.getClass().getSimpleName());
            boolean notSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
            throw new TransportException(
                    what + (notSent ? " was not sent: could not reach " : " got no complete answer from ")
                            + endpoint.host() + " (" + e.getClass().getSimpleName() + ")",
                    e,
                    true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LakeJobException(what + " was interrupted", e);
        }
        if (bytes.length > MAX_ANSWER_BYTES) {
            throw new ServiceException(
                    response.statusCode(),
                    null,
                    what + ": the answer is larger than " + MAX_ANSWER_BYTES + " bytes",
                    response.headers().firstValue("X-Request-Id").orElse(null),
                    false);
        }
        Answer answer = new Answer(
                response.statusCode(),
                response.headers().firstValue(SUBJECT_TOKEN_HEADER).orElse(null),
                response.headers().firstValue("X-Request-Id").orElse(null),
                bytes);
        LOG.debug(
                "{} {} -> HTTP {} in {} ms, request id {}",
                what,
                method,
                answer.status(),
                millis(start),
                answer.requestId());
        return answer;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Parses an answer's body as JSON.
     *
     * @param answer the answer
     * @return the tree, or {@code null} when the body is empty or not a JSON object
     */
    public static JsonNode tree(Answer answer) {
        if (answer.body().length == 0) {
            return null;
        }
        try {
            JsonNode tree = Json.parse(answer.body());
            return tree != null && tree.isObject() ? tree : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The typed error for a failed IAM answer. Reads both IAM's
     * {@code {"error": {"code", "message"}}} and the gateway's {@code {"error_code", "error_msg"}}
     * forms; unreadable bodies give a generic message. Any of the given secrets that the service
     * echoed is masked.
     *
     * @param what a short name of the call
     * @param answer the answer
     * @param secrets texts that must not appear in the message (password, tokens); nulls ignored
     * @return the error
     */
    public static ServiceException error(String what, Answer answer, String... secrets) {
        JsonNode tree = tree(answer);
        String code = null;
        String message = null;
        if (tree != null) {
            JsonNode inner = tree.get("error");
            JsonNode source = inner != null && inner.isObject() ? inner : tree;
            code = text(source, "error_code", "code");
            message = text(source, "error_msg", "message", "error_message", "title");
            if (code == null && source != tree) {
                code = text(tree, "error_code", "code");
            }
            if (message == null && source != tree) {
                message = text(tree, "error_msg", "message");
            }
        }
        if (message == null) {
            message = answer.body().length == 0 ? "empty response body" : "no readable error details";
        }
        message = redact(message, secrets);
        code = code == null ? null : redact(code, secrets);
        int status = answer.status();
        boolean retryable = status == 408 || status == 429 || status >= 500;
        return new ServiceException(
                status, code, what + " failed: " + message, redact(answer.requestId(), secrets), retryable);
    }

    private static String text(JsonNode tree, String... names) {
        for (String n : names) {
            JsonNode v = tree.get(n);
            if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    /**
     * Masks every occurrence of each secret with {@code ***}.
     *
     * @param text the text, may be {@code null}
     * @param secrets the secrets; {@code null} and empty ones are ignored
     * @return the masked text, or {@code null}
     */
    public static String redact(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            if (s != null && !s.isEmpty()) {
                out = out.replace(s, "***");
            }
        }
        return out;
    }
}
