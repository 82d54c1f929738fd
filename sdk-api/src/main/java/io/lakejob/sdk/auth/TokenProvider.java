package io.lakejob.sdk.auth;

/**
 * Supplies a token that may expire, for example one obtained from IAM with a password.
 * Implementations must be thread-safe and should cache: the SDK calls {@link #token()} for
 * every request.
 */
public interface TokenProvider {
    /**
     * A currently valid token.
     *
     * @return the token
     */
    Token token();

    /**
     * Tells the provider the service rejected a token (HTTP 401), so the next {@link #token()}
     * must fetch a new one. The default does nothing.
     *
     * @param rejected the token that was rejected
     */
    default void invalidate(Token rejected) {}
}
