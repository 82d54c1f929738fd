package io.lakejob.sdk.cloud;

import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.exception.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * TLS trust for the cloud transport: a trust store (PKCS12 or JKS) whose certificates are
 * trusted instead of the JVM's defaults, for gateways with a private CA. Certificate and host
 * name verification always stay on. The password never prints.
 *
 * @param trustStore the trust store file
 * @param password its password, or {@code null}
 */
public record CloudTls(Path trustStore, String password) {
    /**
     * Validates the settings: the file must exist.
     *
     * @param trustStore the trust store file
     * @param password its password, or {@code null}
     */
    public CloudTls {
        if (trustStore == null || !Files.isRegularFile(trustStore)) {
            throw new ValidationException("tls.trustStore", "must be an existing trust store file");
        }
    }

    /**
     * Trust the certificates of a trust store.
     *
     * @param trustStore the file
     * @param password its password, or {@code null}
     * @return the settings
     */
    public static CloudTls trustStore(Path trustStore, String password) {
        return new CloudTls(trustStore, password);
    }

    /**
     * Sets this trust on a client builder (the {@link CloudOptions} TLS properties).
     *
     * @param builder the builder
     * @return the builder
     */
    public LakeJobClientBuilder applyTo(LakeJobClientBuilder builder) {
        builder.property(CloudOptions.TLS_TRUST_STORE, trustStore.toString());
        if (password != null) {
            builder.property(CloudOptions.TLS_TRUST_STORE_PASSWORD, password);
        }
        return builder;
    }

    @Override
    public String toString() {
        return "CloudTls[trustStore=" + trustStore + (password == null ? "" : ", password=***") + "]";
    }
}
