package io.lakejob.sdk.cloud.internal;

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

/** Classifies I/O failures: before sending (safe to repeat) or after (the outcome is unknown). */
final class Failures {
    private Failures() {}

    /**
     * Whether the failure happened before any byte of the request left: no connection, no
     * pooled connection, unknown host, failed TLS handshake.
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
     * Translates an I/O failure of one attempt.
     *
     * @param operation the operation
     * @param target the host (and port) the attempt went to
     * @param e the failure
     * @return a {@link TransportException} (retryable unless TLS failed), or, for a request that may
     *     have taken effect and is not idempotent, an {@link OutcomeUnknownException}
     */
    static LakeJobException translate(Operation<?, ?> operation, String target, IOException e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (notSent(e)) {
            boolean retryable = !(e instanceof SSLHandshakeException);
            return new TransportException(
                    operation.name() + " was not sent: could not reach " + target + " (" + what + ")", e, retryable);
        }
        if (!operation.idempotent()) {
            return new OutcomeUnknownException(operation.name(), null, e);
        }
        return new TransportException(
                operation.name() + " got no complete answer from " + target + " (" + what + ")", e, true);
    }
}
