package io.lakejob.sdk.auth;

import io.lakejob.sdk.exception.ValidationException;
import java.util.Objects;

/**
 * Access key / secret key credentials, optionally temporary (with a security token). The secret
 * key and the security token are never printed. Each value may hold only visible ASCII characters
 * ({@code !} to {@code ~}): a control character, space or non-ASCII character (a pasted line break,
 * a non-breaking space) fails with a {@link ValidationException} naming the field, never the value.
 */
public final class AkSkCredentials implements Credentials {
    private final String accessKey;
    private final String secretKey;
    private final String securityToken;

    AkSkCredentials(String accessKey, String secretKey, String securityToken) {
        if (accessKey == null || accessKey.isBlank()) {
            throw new ValidationException("access_key", "is required");
        }
        if (secretKey == null || secretKey.isEmpty()) {
            throw new ValidationException("secret_key", "is required");
        }
        if (securityToken != null && securityToken.isBlank()) {
            throw new ValidationException("security_token", "must not be blank when given");
        }
        TokenCredentials.visibleAscii("access_key", accessKey);
        TokenCredentials.visibleAscii("secret_key", secretKey);
        if (securityToken != null) {
            TokenCredentials.visibleAscii("security_token", securityToken);
        }
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.securityToken = securityToken;
    }

    /**
     * The access key id. It is not a secret: it appears in every signed request.
     *
     * @return the access key
     */
    public String accessKey() {
        return accessKey;
    }

    /**
     * The secret key. Handle with care: never log it.
     *
     * @return the secret key
     */
    public String secretKey() {
        return secretKey;
    }

    /**
     * The security token of temporary credentials.
     *
     * @return the token, or {@code null} for permanent credentials
     */
    public String securityToken() {
        return securityToken;
    }

    @Override
    public Signer signer() {
        return new AkSkSigner(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AkSkCredentials c
                && c.accessKey.equals(accessKey)
                && c.secretKey.equals(secretKey)
                && Objects.equals(c.securityToken, securityToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKey, secretKey, securityToken);
    }

    @Override
    public String toString() {
        return "AkSkCredentials[accessKey=" + accessKey + ", secretKey=***"
                + (securityToken == null ? "" : ", securityToken=***") + "]";
    }
}
