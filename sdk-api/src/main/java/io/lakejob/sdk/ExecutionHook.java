package io.lakejob.sdk;

import io.lakejob.sdk.exception.LakeJobException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sees every attempt a client makes: for metrics, tracing or audit logs. Register one with
 * {@link LakeJobClientBuilder#addExecutionHook(ExecutionHook)}; the model is AWS SDK v2's
 * {@code ExecutionInterceptor} and {@code MetricPublisher}, without any third-party type.
 *
 * <p>Each attempt fires {@link #beforeSend} and then exactly one of {@link #afterResponse} (the
 * attempt succeeded) or {@link #onError} (it failed: an error answer, an I/O failure, an unreadable
 * answer). The REST transport fires them for every HTTP request it sends: a call retried twice
 * fires three times, each with its {@link Request#attempt() attempt number}, and so do the one-time
 * repeats after a rejected token or clock skew. The Flink transport fires them once per operation
 * (attempt 1, no HTTP method, path or headers, status 0). Nothing fires for a call refused before
 * any attempt (validation, a closed client, an operation the transport does not support, an open
 * circuit breaker).
 *
 * <p>Hooks run on the calling thread, in the order they were added, and must be quick and
 * thread-safe. An exception a hook throws is logged (once per hook class) and otherwise ignored: a
 * hook never fails a call. What a hook sees holds no secret: header values are redacted as in the
 * transport's wire log ({@code Authorization} keeps the access key and signed header names, token
 * headers print {@code ***}, only harmless headers show their values), and the SDK's exceptions
 * never carry one.
 */
public interface ExecutionHook {
    /**
     * An attempt is about to be sent.
     *
     * @param request a redacted view of it
     */
    default void beforeSend(Request request) {}

    /**
     * An attempt succeeded.
     *
     * @param response what came back
     */
    default void afterResponse(Response response) {}

    /**
     * An attempt failed. When the call is retried, another {@link #beforeSend} follows.
     *
     * @param failure what failed
     */
    default void onError(Failure failure) {}

    /**
     * A redacted view of one attempt before it is sent.
     *
     * @param transport the transport's name, for example {@code cloud} or {@code flink}
     * @param operation the operation's name, for example {@code GetQueue}
     * @param attempt 1 for the first request of a call, 2 for the next, ...
     * @param method the HTTP method, or {@code null} when the transport sends no HTTP request
     * @param path the path and query as sent (already filled and encoded), or {@code null}
     * @param headers the request headers with their values redacted; empty without HTTP
     */
    record Request(
            String transport, String operation, int attempt, String method, String path, Map<String, String> headers) {
        /**
         * Copies the headers.
         *
         * @param transport the transport's name
         * @param operation the operation's name
         * @param attempt the attempt number, from 1
         * @param method the HTTP method, or {@code null}
         * @param path the path and query, or {@code null}
         * @param headers the redacted headers
         */
        public Request {
            Objects.requireNonNull(transport, "transport");
            Objects.requireNonNull(operation, "operation");
            headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        }
    }

    /**
     * One attempt that succeeded.
     *
     * @param transport the transport's name
     * @param operation the operation's name
     * @param attempt the attempt number, from 1
     * @param statusCode the HTTP status, or 0 when the transport sends no HTTP request
     * @param requestId the service's request id ({@code X-Request-Id}), or {@code null}
     * @param duration how long this attempt took, from just before sending to the answer read
     * @param sinceCallStart how long the call has taken so far, earlier attempts and pauses between
     *     them included
     */
    record Response(
            String transport,
            String operation,
            int attempt,
            int statusCode,
            String requestId,
            Duration duration,
            Duration sinceCallStart) {}

    /**
     * One attempt that failed.
     *
     * @param transport the transport's name
     * @param operation the operation's name
     * @param attempt the attempt number, from 1
     * @param exception the SDK's typed exception: a {@link io.lakejob.sdk.exception.ServiceException}
     *     for an error answer (with its status, error code and request id), a
     *     {@link io.lakejob.sdk.exception.TransportException} for an I/O failure, ...
     * @param duration how long this attempt took
     * @param sinceCallStart how long the call has taken so far
     */
    record Failure(
            String transport,
            String operation,
            int attempt,
            LakeJobException exception,
            Duration duration,
            Duration sinceCallStart) {}
}
