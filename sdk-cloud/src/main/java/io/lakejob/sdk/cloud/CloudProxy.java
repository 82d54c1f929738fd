package io.lakejob.sdk.cloud;

import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.exception.ValidationException;

/**
 * An HTTP proxy for the cloud transport, optionally with credentials. The password is a secret:
 * {@link #toString()} never shows it.
 *
 * <pre>{@code
 * LakeJobClientBuilder b = LakeJobClient.builder().endpoint(...);
 * CloudProxy.of("proxy.corp", 3128).withCredentials("svc", password).applyTo(b);
 * }</pre>
 *
 * @param host the proxy host name
 * @param port the proxy port, 1-65535
 * @param username the user name, or {@code null} when the proxy needs none
 * @param password the password, or {@code null}
 */
public record CloudProxy(String host, int port, String username, String password) {
    /**
     * Validates the settings.
     *
     * @param host the proxy host name
     * @param port the proxy port
     * @param username the user name, or {@code null}
     * @param password the password, or {@code null}
     */
    public CloudProxy {
        if (host == null || !host.matches("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]+\\]")) {
            throw new ValidationException("proxy.host", "must be a host name or address");
        }
        if (port < 1 || port > 65535) {
            throw new ValidationException("proxy.port", "must be between 1 and 65535, was " + port);
        }
        if ((username == null) != (password == null)) {
            throw new ValidationException("proxy.username", "user name and password go together");
        }
    }

    /**
     * A proxy without credentials.
     *
     * @param host the host
     * @param port the port
     * @return the proxy
     */
    public static CloudProxy of(String host, int port) {
        return new CloudProxy(host, port, null, null);
    }

    /**
     * A copy with credentials.
     *
     * @param user the user name
     * @param secret the password
     * @return the proxy
     */
    public CloudProxy withCredentials(String user, String secret) {
        return new CloudProxy(host, port, user, secret);
    }

    /**
     * Sets this proxy on a client builder (the {@link CloudOptions} proxy properties).
     *
     * @param builder the builder
     * @return the builder
     */
    public LakeJobClientBuilder applyTo(LakeJobClientBuilder builder) {
        builder.property(CloudOptions.PROXY_HOST, host).property(CloudOptions.PROXY_PORT, Integer.toString(port));
        if (username != null) {
            builder.property(CloudOptions.PROXY_USERNAME, username).property(CloudOptions.PROXY_PASSWORD, password);
        }
        return builder;
    }

    @Override
    public String toString() {
        return "CloudProxy[" + host + ":" + port + (username == null ? "" : ", user=" + username + ", password=***")
                + "]";
    }
}
