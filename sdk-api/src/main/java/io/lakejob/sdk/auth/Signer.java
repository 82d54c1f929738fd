package io.lakejob.sdk.auth;

import java.time.Instant;

/**
 * Applies credentials to a request. Implementations are thread-safe and sign each attempt
 * afresh.
 */
@FunctionalInterface
public interface Signer {
    /**
     * Returns a copy of the request with the authentication headers added.
     *
     * @param request the request to sign
     * @param now the signing time (from the client's {@link java.time.Clock})
     * @return the signed request
     */
    SignableRequest sign(SignableRequest request, Instant now);
}
