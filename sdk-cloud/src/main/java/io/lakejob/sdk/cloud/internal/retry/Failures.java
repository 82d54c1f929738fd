package io.lakejob.sdk.cloud.internal.retry;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.spi.Operation;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/**
 * Classifies I/O failures of one attempt: before sending (safe to repeat for any method) or after
 * (ambiguous: the service may have acted on the request).
 */
public final class Failures {
    private Failures() {}

    /**
     * Whether the failure happened before any byte of the request left: no connection (refused,
     * connect timeout, no route), no pooled connection within the lease timeout, unknown host, or
     * a failed TLS handshake.
     *
     * @param e the failure
     * @return {@code true} if the request was certainly not sent
     */
    static boolean notSent(Throwable e) {
        return e instanceof ConnectException
                || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException
                || e instanceof ConnectionRequestTimeoutException
                || e instanceof SSLHandshakeException;
    }

    /**
     * Whether the failure is a pool lease timeout (no connection became free in time).
     *
     * @param e the failure
     * @return {@code true} for {@link ConnectionRequestTimeoutException}
     */
    public static boolean poolTimeout(Throwable e) {
        return e instanceof ConnectionRequestTimeoutException;
    }

    /**
     * Translates an I/O failure of one attempt.
     *
     * @param operation the operation
     * @param target the host (and port) the attempt went to
     * @param e the failure
     * @param clientToken the client token sent with the request, or {@code null}
     * @return a {@link TransportException} (retryable unless TLS failed) when the request was not
     *     sent or the operation is idempotent; for a request that may have taken effect and is not
     *     idempotent ({@link RetryClassifier#nonIdempotent}), an {@link OutcomeUnknownException}
     *     carrying the client token
     */
    public static LakeJobException translate(
            Operation<?, ?> operation, String target, IOException e, String clientToken) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (notSent(e)) {
            boolean retryable = !(e instanceof SSLHandshakeException);
            return new TransportException(
                    operation.name() + " was not sent: could not reach " + target + " (" + what + ")", e, retryable);
        }
        if (RetryClassifier.nonIdempotent(operation)) {
            return new OutcomeUnknownException(operation.name(), clientToken, e);
        }
        return new TransportException(
                operation.name() + " got no complete answer from " + target + " (" + what + ")", e, true);
    }
}
