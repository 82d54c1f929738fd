package io.lakejob.sdk.auth;

import java.util.Objects;

/** Credentials backed by a {@link TokenProvider}; the token is fetched per request. */
public final class ProvidedTokenCredentials implements Credentials {
    private final TokenProvider provider;
    private final String headerName;

    ProvidedTokenCredentials(TokenProvider provider, String headerName) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.headerName = TokenCredentials.checkHeader(headerName);
    }

    /**
     * The provider.
     *
     * @return the provider
     */
    public TokenProvider provider() {
        return provider;
    }

    /**
     * The header that carries the token.
     *
     * @return the header name
     */
    public String headerName() {
        return headerName;
    }

    @Override
    public Signer signer() {
        return new TokenSigner(() -> provider.token().value(), headerName);
    }

    @Override
    public String toString() {
        return "ProvidedTokenCredentials[header=" + headerName + ", provider="
                + provider.getClass().getName() + "]";
    }
}
