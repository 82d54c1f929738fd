package io.lakejob.sdk.auth;

/**
 * How the client proves who it is. Create one with the static factories; implementations never
 * print a secret from {@code toString()}.
 *
 * <p>Fixed credentials are also a {@link CredentialsProvider} that always returns itself. For
 * credentials that change while the client runs, give the client builder a provider instead; with
 * none at all, the REST transport uses the {@link DefaultCredentialsChain}.
 */
public sealed interface Credentials extends CredentialsProvider
        permits AkSkCredentials, TokenCredentials, ProvidedTokenCredentials {

    /**
     * These credentials: fixed credentials never change.
     *
     * @return {@code this}
     */
    @Override
    default Credentials resolve() {
        return this;
    }

    /**
     * Permanent access key and secret key, signed with {@code SDK-HMAC-SHA256}.
     *
     * @param accessKey the access key id (AK)
     * @param secretKey the secret access key (SK)
     * @return the credentials
     */
    static AkSkCredentials akSk(String accessKey, String secretKey) {
        return new AkSkCredentials(accessKey, secretKey, null);
    }

    /**
     * Temporary access key and secret key with their security token (sent as the signed header
     * {@code X-Security-Token}).
     *
     * @param accessKey the access key id (AK)
     * @param secretKey the secret access key (SK)
     * @param securityToken the security token of the temporary credentials
     * @return the credentials
     */
    static AkSkCredentials akSk(String accessKey, String secretKey, String securityToken) {
        return new AkSkCredentials(accessKey, secretKey, securityToken);
    }

    /**
     * A fixed token sent in the {@code X-Auth-Token} header.
     *
     * @param token the token
     * @return the credentials
     */
    static TokenCredentials token(String token) {
        return new TokenCredentials(token, TokenCredentials.DEFAULT_HEADER);
    }

    /**
     * A fixed token sent in the given header (for example {@code token}, as DolphinScheduler
     * expects).
     *
     * @param token the token
     * @param headerName the header that carries it
     * @return the credentials
     */
    static TokenCredentials token(String token, String headerName) {
        return new TokenCredentials(token, headerName);
    }

    /**
     * A token fetched and refreshed by a provider, sent in the {@code X-Auth-Token} header.
     *
     * @param provider the provider
     * @return the credentials
     */
    static ProvidedTokenCredentials tokenProvider(TokenProvider provider) {
        return new ProvidedTokenCredentials(provider, TokenCredentials.DEFAULT_HEADER);
    }

    /**
     * A token fetched and refreshed by a provider, sent in the given header.
     *
     * @param provider the provider
     * @param headerName the header that carries the token
     * @return the credentials
     */
    static ProvidedTokenCredentials tokenProvider(TokenProvider provider, String headerName) {
        return new ProvidedTokenCredentials(provider, headerName);
    }

    /**
     * The signer that applies these credentials to a request.
     *
     * @return a signer
     */
    Signer signer();
}
