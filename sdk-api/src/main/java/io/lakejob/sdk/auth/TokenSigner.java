package io.lakejob.sdk.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/** Adds a token header (by default {@code X-Auth-Token}) to each request. */
public final class TokenSigner implements Signer {
    private final Supplier<String> token;
    private final String headerName;

    /**
     * Creates a token signer.
     *
     * @param token supplies the current token on every call
     * @param headerName the header that carries it
     */
    public TokenSigner(Supplier<String> token, String headerName) {
        this.token = Objects.requireNonNull(token, "token");
        this.headerName = TokenCredentials.checkHeader(headerName);
    }

    /**
     * The header this signer sets.
     *
     * @return the header name
     */
    public String headerName() {
        return headerName;
    }

    @Override
    public SignableRequest sign(SignableRequest request, Instant now) {
        // Provider tokens are checked like fixed ones: never send a blank token or inject headers.
        return request.toBuilder()
                .header(headerName, TokenCredentials.checkToken(token.get()))
                .build();
    }

    @Override
    public String toString() {
        return "TokenSigner[header=" + headerName + "]";
    }
}
