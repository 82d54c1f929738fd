package io.lakejob.sdk.cloud;

import io.lakejob.sdk.cloud.internal.Endpoint;
import io.lakejob.sdk.cloud.internal.RestTransport;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.KnownProperties;
import io.lakejob.sdk.spi.Transport;
import io.lakejob.sdk.spi.TransportProvider;
import java.util.Locale;

/**
 * The REST transport for DLI-compatible services, selected for {@code https://} (and, where
 * allowed, {@code http://}) endpoints. Needs a project id and credentials. Properties: see
 * {@link CloudOptions}; an unknown {@code cloud.} key is refused when the transport is created.
 */
public final class CloudTransportProvider implements TransportProvider {
    /** The provider's name. */
    public static final String NAME = "cloud";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public CloudTransportProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isCompatibleWith(String endpoint) {
        if (endpoint == null) {
            return false;
        }
        String e = endpoint.trim().toLowerCase(Locale.ROOT);
        return e.startsWith("https://") || e.startsWith("http://");
    }

    @Override
    public String describe() {
        return "io.lakejob:lakejob-sdk-cloud for https://host[:port][/base-path] endpoints (http:// to loopback, "
                + "or anywhere with " + CloudOptions.ALLOW_INSECURE_HTTP + "=true)";
    }

    @Override
    public Transport create(ClientConfiguration configuration) {
        io.lakejob.sdk.cloud.internal.HttpClientVersion.check();
        if (configuration == null) {
            throw new ConfigurationException("The cloud transport needs a client configuration");
        }
        KnownProperties.check(CloudOptions.PREFIX, CloudOptions.keys(), configuration);
        if (configuration.projectId() == null || configuration.projectId().isBlank()) {
            throw new ConfigurationException(
                    "The cloud transport needs a project id: LakeJobClient.builder().projectId(...)");
        }
        if (configuration.credentials() == null) {
            throw new ConfigurationException("The cloud transport needs credentials: "
                    + "LakeJobClient.builder().credentials(Credentials.akSk(...) or Credentials.token(...))");
        }
        boolean allowInsecure = Boolean.parseBoolean(configuration
                .property(CloudOptions.ALLOW_INSECURE_HTTP, "false")
                .trim());
        Endpoint endpoint = Endpoint.parse(configuration.endpoint(), allowInsecure);
        int maxConnections = maxConnections(configuration);
        return new RestTransport(configuration, endpoint, maxConnections);
    }

    private static int maxConnections(ClientConfiguration configuration) {
        String raw = configuration.property(
                CloudOptions.MAX_CONNECTIONS, Integer.toString(CloudOptions.DEFAULT_MAX_CONNECTIONS));
        try {
            int n = Integer.parseInt(raw.trim());
            if (n < 1 || n > 10_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(
                    CloudOptions.MAX_CONNECTIONS + " must be a whole number between 1 and 10000, was '" + raw + "'");
        }
    }
}
