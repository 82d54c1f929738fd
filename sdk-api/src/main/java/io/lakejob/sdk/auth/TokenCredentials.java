package io.lakejob.sdk.auth;

import io.lakejob.sdk.exception.ValidationException;
import java.util.regex.Pattern;

/** A fixed token sent in one request header. The token is never printed. */
public final class TokenCredentials implements Credentials {
    /** The header the DLI service reads the token from. */
    public static final String DEFAULT_HEADER = "X-Auth-Token";

    static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final String token;
    private final String headerName;

    TokenCredentials(String token, String headerName) {
        this.token = checkToken(token);
        this.headerName = checkHeader(headerName);
    }

    static String checkToken(String token) {
        if (token == null || token.isBlank()) {
            throw new ValidationException("token", "is required");
        }
        if (token.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new ValidationException("token", "must not contain line breaks");
        }
        return token;
    }

    static String checkHeader(String headerName) {
        if (headerName == null || !HEADER_NAME.matcher(headerName).matches()) {
            throw new ValidationException("header_name", "must be a valid HTTP header name");
        }
        return headerName;
    }

    /**
     * The token. Handle with care: never log it.
     *
     * @return the token
     */
    public String token() {
        return token;
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
        return new TokenSigner(() -> token, headerName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenCredentials c && c.token.equals(token) && c.headerName.equals(headerName);
    }

    @Override
    public int hashCode() {
        return token.hashCode() * 31 + headerName.hashCode();
    }

    @Override
    public String toString() {
        return "TokenCredentials[header=" + headerName + ", token=***]";
    }
}
