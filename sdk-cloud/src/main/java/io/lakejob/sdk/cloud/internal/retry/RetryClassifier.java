package io.lakejob.sdk.cloud.internal.retry;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sorts the failure of one attempt into the classes of the retry table (docs: reliability.md)
 * and says whether the class is retried for an operation. Decisions use the HTTP status and the
 * service's {@code error_code}:
 *
 * <table>
 * <caption>Retry classes</caption>
 * <tr><th>class</th><th>what</th><th>retried for</th></tr>
 * <tr><td>{@link Kind#NOT_SENT}</td><td>connect refused or timed out, pool lease timeout, unknown
 *     host</td><td>every operation</td></tr>
 * <tr><td>{@link Kind#AMBIGUOUS}</td><td>reset, no answer, read timeout, malformed chunk, garbage</td>
 *     <td>idempotent operations; others end with {@link OutcomeUnknownException}</td></tr>
 * <tr><td>{@link Kind#THROTTLED}</td><td>HTTP 429; HTTP 413 with a {@code Retry-After}</td>
 *     <td>every operation (the request was refused, not run)</td></tr>
 * <tr><td>{@link Kind#SERVER_TRANSIENT}</td><td>HTTP 500, 502, 504, 408; {@code DLI.0999} at any
 *     status (it arrives as HTTP 400)</td><td>reads (GET)</td></tr>
 * <tr><td>{@link Kind#UNAVAILABLE}</td><td>HTTP 503</td><td>reads, when
 *     {@link RetryPolicy#retryOn503()}</td></tr>
 * <tr><td>{@link Kind#LOCAL_REJECTED}</td><td>the client's own circuit breaker is open or its rate
 *     limiter gave no permit</td><td>never (it would defeat them)</td></tr>
 * <tr><td>{@link Kind#PERMANENT}</td><td>other 4xx, documented permanent {@code DLI.*} codes at any
 *     status, validation, outcome unknown</td><td>never</td></tr>
 * </table>
 *
 * <p>Authentication (401 with a token provider) and clock skew (AK/SK signing rejected for its
 * time) are recovered once inside the attempt, before this classification.
 */
public final class RetryClassifier {
    /** The failure classes. */
    public enum Kind {
        /** The request certainly did not leave. */
        NOT_SENT,
        /** The request may have reached the service; no usable answer came back. */
        AMBIGUOUS,
        /** The service refused the request for load (429, or 413 with {@code Retry-After}). */
        THROTTLED,
        /** A transient server-side failure (500, 502, 504, 408, {@code DLI.0999}). */
        SERVER_TRANSIENT,
        /** HTTP 503. */
        UNAVAILABLE,
        /** The client's own circuit breaker or rate limiter refused the attempt. */
        LOCAL_REJECTED,
        /** Not worth repeating. */
        PERMANENT
    }

    /**
     * PUT operations whose effect adds up when repeated (6.5 restart, scale out, scale in): an
     * ambiguous failure of one of them is an outcome-unknown error, like a POST.
     */
    static final Set<String> NON_IDEMPOTENT_PUTS = Set.of("QueueAction");

    /** Documented {@code error_code}s that mean a retry cannot help, whatever the status. */
    static final Set<String> PERMANENT_CODES = Set.of(
            "DLI.0001",
            "DLI.0002",
            "DLI.0003",
            "DLI.0004",
            "DLI.0005",
            "DLI.0006",
            "DLI.0007",
            "DLI.0008",
            "DLI.0009",
            "DLI.0011",
            "DLI.0012",
            "DLI.0013",
            "DLI.0014",
            "DLI.0015",
            "DLI.0016",
            "DLI.0018",
            "DLI.0023",
            "DLI.0100",
            "DLI.1028",
            "DLI.12004");

    /** Codes of transient service failures, whatever the status. */
    static final Set<String> TRANSIENT_CODES = Set.of("DLI.0999");

    private static final Pattern CLOCK_SKEW =
            Pattern.compile("(?i)skew|x-sdk-date|clock|time ?stamp|(request|signing|signature) (time|date)"
                    + "|(date|time)[^.]{0,40}(expired|invalid|out of range|too (old|far|early|late)|differ)"
                    + "|expired[^.]{0,20}(date|time)");

    private final RetryPolicy policy;

    /**
     * Creates a classifier for a policy.
     *
     * @param policy the policy (for {@link RetryPolicy#retryOn503()})
     */
    public RetryClassifier(RetryPolicy policy) {
        this.policy = policy;
    }

    /**
     * Whether repeating the operation after it may have run could repeat its effect: every POST,
     * and the PUTs in {@link #NON_IDEMPOTENT_PUTS}.
     *
     * @param operation the operation
     * @return {@code true} for creates, submits and additive actions
     */
    public static boolean nonIdempotent(Operation<?, ?> operation) {
        return !operation.idempotent() || NON_IDEMPOTENT_PUTS.contains(operation.name());
    }

    /**
     * The class of one attempt's failure.
     *
     * @param failure the failure
     * @param retryAfterPresent whether the answer carried a {@code Retry-After} header
     * @return the class
     */
    public static Kind classify(LakeJobException failure, boolean retryAfterPresent) {
        if (failure instanceof OutcomeUnknownException) {
            return Kind.PERMANENT;
        }
        if (failure instanceof TransportException) {
            Throwable cause = failure.getCause();
            if (cause instanceof CallNotPermittedException || cause instanceof RequestNotPermitted) {
                return Kind.LOCAL_REJECTED;
            }
            if (!failure.retryable()) {
                return Kind.PERMANENT;
            }
            return Failures.notSent(cause) ? Kind.NOT_SENT : Kind.AMBIGUOUS;
        }
        if (failure instanceof ServiceException se) {
            int status = se.statusCode();
            String code = se.errorCode();
            if (status == 429 || (status == 413 && retryAfterPresent)) {
                return Kind.THROTTLED;
            }
            if (code != null && TRANSIENT_CODES.contains(code)) {
                return Kind.SERVER_TRANSIENT;
            }
            if (code != null && PERMANENT_CODES.contains(code)) {
                return Kind.PERMANENT;
            }
            if (status == 503) {
                return Kind.UNAVAILABLE;
            }
            if (status == 500 || status == 502 || status == 504 || status == 408) {
                return Kind.SERVER_TRANSIENT;
            }
            return Kind.PERMANENT;
        }
        return Kind.PERMANENT;
    }

    /**
     * Whether a failure class is retried for an operation.
     *
     * @param operation the operation
     * @param kind the class
     * @return {@code true} if another attempt may be made
     */
    public boolean retried(Operation<?, ?> operation, Kind kind) {
        boolean read = operation.method() == HttpMethod.GET;
        return switch (kind) {
            case NOT_SENT, THROTTLED -> true;
            case AMBIGUOUS -> !nonIdempotent(operation);
            case SERVER_TRANSIENT -> read;
            case UNAVAILABLE -> read && policy.retryOn503();
            case LOCAL_REJECTED, PERMANENT -> false;
        };
    }

    /**
     * Whether a failure counts against the service's health in the circuit breaker: transport
     * failures and 5xx/408 answers do; throttling, client errors and local rejections do not.
     *
     * @param failure the failure
     * @return {@code true} to record it as a failure
     */
    public static boolean unhealthy(Throwable failure) {
        if (failure instanceof OutcomeUnknownException) {
            return true;
        }
        if (!(failure instanceof LakeJobException e)) {
            return false;
        }
        Kind k = classify(e, false);
        return k == Kind.NOT_SENT || k == Kind.AMBIGUOUS || k == Kind.SERVER_TRANSIENT || k == Kind.UNAVAILABLE;
    }

    /**
     * Whether an answer says the signature's time is too far from the gateway's (HTTP 401 or 403
     * with a message about the request time, date or clock skew).
     *
     * @param e the service error
     * @return {@code true} for a clock-skew rejection
     */
    public static boolean clockSkew(ServiceException e) {
        if (e.statusCode() != 401 && e.statusCode() != 403) {
            return false;
        }
        String msg = e.errorMessage();
        return msg != null && CLOCK_SKEW.matcher(msg).find();
    }
}
