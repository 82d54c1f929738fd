package io.lakejob.sdk;

import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.CredentialsProvider;
import io.lakejob.sdk.auth.DefaultCredentialsChain;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.internal.DefaultLakeJobClient;
import io.lakejob.sdk.internal.TransportLoader;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.TransportProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds a {@link LakeJobClient}. Not thread-safe; the built client is frozen and does not see
 * later changes to the builder. Contradictory settings fail in {@link #build()} with a message
 * naming both.
 */
public final class LakeJobClientBuilder {
    /** The default connect timeout: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The default read timeout: 60 s. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    /** The default call deadline, retries included: 5 minutes. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(5);

    private static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern USER_AGENT = Pattern.compile("[\\x21-\\x7e][\\x20-\\x7e]{0,127}");

    private String endpoint;
    private String projectId;
    private Credentials credentials;
    private CredentialsProvider credentialsProvider;
    private String transportName;
    private TransportProvider transportProvider;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy;
    private Clock clock;
    private String userAgentSuffix;
    private final Map<String, String> properties = new LinkedHashMap<>();

    LakeJobClientBuilder() {}

    /**
     * Sets the endpoint: {@code https://...} for a DLI-compatible service, {@code flink:local}
     * for an embedded Flink cluster, {@code flink:standalone://host:port} for a session cluster.
     *
     * <p>Without one, and without {@link #credentials credentials} (or with a
     * {@link DefaultCredentialsChain} as {@link #credentialsProvider provider}), the endpoint is
     * {@link DefaultCredentialsChain#endpoint()}: a {@code lakejob.endpoint} / {@code LAKEJOB_ENDPOINT}
     * / profile setting, or the DLI endpoint of a {@code lakejob.region} / {@code LAKEJOB_REGION} /
     * profile region.
     *
     * @param endpoint the endpoint (required unless found as above)
     * @return this builder
     */
    public LakeJobClientBuilder endpoint(String endpoint) {
        this.endpoint = endpoint;
        return this;
    }

    /**
     * Sets the project id that fills {@code {project_id}} in every path (required by the cloud
     * transport). Without one, the cloud transport takes the
     * {@link DefaultCredentialsChain#projectId() default chain's} when the credentials come from that
     * chain too (no credentials given, or the chain as provider).
     *
     * @param projectId the project id
     * @return this builder
     */
    public LakeJobClientBuilder projectId(String projectId) {
        this.projectId = projectId;
        return this;
    }

    /**
     * Sets fixed credentials. Without credentials or a {@link #credentialsProvider provider}, the
     * cloud transport uses the {@link DefaultCredentialsChain} (system properties, environment
     * variables, then profile files).
     *
     * @param credentials AK/SK, token or token provider credentials
     * @return this builder
     */
    public LakeJobClientBuilder credentials(Credentials credentials) {
        this.credentials = credentials;
        return this;
    }

    /**
     * Sets a provider asked for the credentials of every attempt, so that they can change while the
     * client runs (rotation): a {@link DefaultCredentialsChain} (for example with a profile of
     * your choice), or your own. Contradicts {@link #credentials(Credentials)}.
     *
     * @param provider the provider
     * @return this builder
     */
    public LakeJobClientBuilder credentialsProvider(CredentialsProvider provider) {
        this.credentialsProvider = provider;
        return this;
    }

    /**
     * Selects a transport by name instead of by endpoint ({@code cloud}, {@code flink}).
     *
     * @param name the provider's name
     * @return this builder
     */
    public LakeJobClientBuilder transport(String name) {
        this.transportName = name;
        return this;
    }

    /**
     * Uses the given transport provider instead of discovering one.
     *
     * @param provider the provider
     * @return this builder
     */
    public LakeJobClientBuilder transport(TransportProvider provider) {
        this.transportProvider = provider;
        return this;
    }

    /**
     * Sets the connect timeout (default 10 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public LakeJobClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    /**
     * Sets how long to wait for one response (default 60 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public LakeJobClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    /**
     * Sets the deadline of one call, retries included (default 5 minutes).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public LakeJobClientBuilder callTimeout(Duration timeout) {
        this.callTimeout = timeout;
        return this;
    }

    /**
     * Sets the retry policy (default {@link RetryPolicy#standard()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public LakeJobClientBuilder retryPolicy(RetryPolicy policy) {
        this.retryPolicy = policy;
        return this;
    }

    /**
     * Sets the clock used for signing, deadlines and waiters (default the UTC system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public LakeJobClientBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * Appends text to the SDK's user agent.
     *
     * @param suffix printable ASCII, at most 128 characters
     * @return this builder
     */
    public LakeJobClientBuilder userAgentSuffix(String suffix) {
        this.userAgentSuffix = suffix;
        return this;
    }

    /**
     * Sets a transport-specific property (see each transport's documentation).
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public LakeJobClientBuilder property(String key, String value) {
        properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Validates the settings, finds the transport and builds the client.
     *
     * @return a new client, to be closed by the caller
     * @throws ConfigurationException when a setting is missing or contradicts another, or no
     *     single transport serves the endpoint
     */
    public LakeJobClient build() {
        if (credentials != null && credentialsProvider != null) {
            throw new ConfigurationException("credentials(...) and credentialsProvider(...) were both set: choose one");
        }
        CredentialsProvider provider = credentialsProvider != null ? credentialsProvider : credentials;
        String endpoint = this.endpoint;
        if (endpoint == null || endpoint.isBlank()) {
            // Settings from the environment only go with credentials from it: explicit credentials
            // never meet an endpoint the environment chose.
            DefaultCredentialsChain chain = provider == null
                    ? DefaultCredentialsChain.create()
                    : provider instanceof DefaultCredentialsChain d ? d : null;
            endpoint = chain == null ? null : chain.endpoint().orElse(null);
            if (endpoint == null) {
                throw new ConfigurationException(
                        "endpoint is required, for example https://dli.cn-north-4.myhuaweicloud.com or flink:local"
                                + (chain == null
                                        ? ""
                                        : "; none was found in the default chain either: "
                                                + chain.lookedIn(DefaultCredentialsChain.Setting.ENDPOINT)));
            }
            provider = chain;
        }
        if (transportName != null && transportProvider != null) {
            throw new ConfigurationException(
                    "transport(String) and transport(TransportProvider) were both set: choose one");
        }
        if (projectId != null && !PROJECT_ID.matcher(projectId).matches()) {
            throw new ConfigurationException("projectId must be 1-64 letters, digits, '-' or '_'");
        }
        if (userAgentSuffix != null && !USER_AGENT.matcher(userAgentSuffix).matches()) {
            throw new ConfigurationException("userAgentSuffix must be 1-128 printable ASCII characters");
        }
        Duration connect = positive("connectTimeout", connectTimeout, DEFAULT_CONNECT_TIMEOUT);
        Duration read = positive("readTimeout", readTimeout, DEFAULT_READ_TIMEOUT);
        Duration call = positive("callTimeout", callTimeout, DEFAULT_CALL_TIMEOUT);
        if (connect.compareTo(call) > 0) {
            throw new ConfigurationException("connectTimeout (" + connect + ") is longer than callTimeout (" + call
                    + "): no call could connect");
        }
        if (read.compareTo(call) > 0 && readTimeout != null && callTimeout != null) {
            throw new ConfigurationException("readTimeout (" + read + ") is longer than callTimeout (" + call
                    + "): the read timeout could never fire");
        }
        ClientConfiguration config = new ClientConfiguration(
                endpoint.trim(),
                projectId,
                credentials,
                connect,
                read.compareTo(call) > 0 ? call : read,
                call,
                retryPolicy == null ? RetryPolicy.standard() : retryPolicy,
                clock == null ? Clock.systemUTC() : clock,
                userAgentSuffix,
                properties,
                provider);
        TransportProvider transport = transportProvider != null
                ? transportProvider
                : TransportLoader.find(config.endpoint(), transportName, TransportLoader.installed());
        return new DefaultLakeJobClient(config, transport.create(config));
    }

    private static Duration positive(String name, Duration value, Duration dflt) {
        if (value == null) {
            return dflt;
        }
        if (value.isNegative() || value.isZero()) {
            throw new ConfigurationException(name + " must be positive, was " + value);
        }
        return value;
    }
}
