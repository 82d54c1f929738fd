package io.lakejob.sdk.cloud;

import io.lakejob.sdk.auth.CredentialsProvider;
import io.lakejob.sdk.auth.DefaultCredentialsChain;
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
 * allowed, {@code http://}) endpoints. Needs a project id and credentials: a client given no
 * credentials uses the {@link DefaultCredentialsChain} (system properties, environment variables,
 * profile files), and its project id too when it was given none; the chain is asked once when the
 * transport is created, so that missing credentials fail {@code build()} with the list of places
 * looked in. Properties: see {@link CloudOptions}; an unknown {@code cloud.} key is refused when
 * the transport is created.
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
        configuration = withDefaults(configuration);
        boolean allowInsecure = Boolean.parseBoolean(configuration
                .property(CloudOptions.ALLOW_INSECURE_HTTP, "false")
                .trim());
        Endpoint endpoint = Endpoint.parse(configuration.endpoint(), allowInsecure);
        int maxConnections = maxConnections(configuration);
        return new RestTransport(configuration, endpoint, maxConnections);
    }

    /**
     * The configuration with the default chain's credentials and project id where the client was
     * given none. Explicit credentials never meet a project id from the environment.
     */
    static ClientConfiguration withDefaults(ClientConfiguration configuration) {
        CredentialsProvider provider = configuration.credentialsProvider();
        DefaultCredentialsChain chain = provider instanceof DefaultCredentialsChain d ? d : null;
        if (provider == null) {
            chain = DefaultCredentialsChain.create();
            provider = chain;
        }
        if (chain != null) {
            // Fails now, listing where it looked, rather than at the first call.
            chain.resolve();
        }
        String projectId = configuration.projectId();
        if ((projectId == null || projectId.isBlank()) && chain != null) {
            projectId = chain.projectId().orElse(null);
            if (projectId != null && !projectId.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new ConfigurationException("The project id found by the default credential chain must be "
                        + "1-64 letters, digits, '-' or '_'; looked in "
                        + chain.lookedIn(DefaultCredentialsChain.Setting.PROJECT_ID));
            }
        }
        if (projectId == null || projectId.isBlank()) {
            throw new ConfigurationException(
                    "The cloud transport needs a project id: LakeJobClient.builder().projectId(...)"
                            + (chain == null
                                    ? ""
                                    : "; none was found in the default chain either: "
                                            + chain.lookedIn(DefaultCredentialsChain.Setting.PROJECT_ID)));
        }
        if (projectId.equals(configuration.projectId()) && provider == configuration.credentialsProvider()) {
            return configuration;
        }
        return configuration.withProjectAndCredentials(projectId, provider);
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
