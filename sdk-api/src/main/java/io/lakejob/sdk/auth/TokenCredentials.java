package io.lakejob.sdk.auth;

import io.lakejob.sdk.exception.ValidationException;
import java.util.regex.Pattern;

/**
 * A fixed token sent in one request header. The token is never printed; it may hold only visible
 * ASCII characters (a token from a {@link TokenProvider} is checked the same way when a request is
 * signed with it).
 */
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
        return visibleAscii("token", token);
    }

    /**
     * Refuses a secret or key with a character outside visible ASCII ({@code !} to {@code ~}):
     * control characters, spaces, DEL and anything non-ASCII, which HTTP would drop, fold or
     * re-encode (so the service would see another value than the one given), or which were pasted
     * by accident. The message names the field and the position, never the value.
     *
     * @param field the field name
     * @param value the value, not {@code null}
     * @return the value
     */
    static String visibleAscii(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                String what =
                        c == ' ' ? "a space" : c < 0x20 || c == 0x7f ? "a control character" : "a non-ASCII character";
                throw new ValidationException(
                        field,
                        "must contain only visible ASCII characters; found " + what + " at position " + (i + 1)
                                + " (check for a pasted line break, tab or non-breaking space)");
            }
        }
        return value;
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
