package io.lakejob.sdk.auth;

import java.time.Instant;
import java.util.Objects;

/** A token and when it expires. The value is never printed. */
public final class Token {
    private final String value;
    private final Instant expiresAt;

    /**
     * Creates a token.
     *
     * @param value the token text
     * @param expiresAt when it expires, or {@code null} if unknown
     */
    public Token(String value, Instant expiresAt) {
        this.value = Objects.requireNonNull(value, "value");
        this.expiresAt = expiresAt;
    }

    /**
     * The token text. Handle with care: never log it.
     *
     * @return the token
     */
    public String value() {
        return value;
    }

    /**
     * When the token expires.
     *
     * @return the expiry, or {@code null} if unknown
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.value.equals(value) && Objects.equals(t.expiresAt, expiresAt);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Token[value=***, expiresAt=" + expiresAt + "]";
    }
}
