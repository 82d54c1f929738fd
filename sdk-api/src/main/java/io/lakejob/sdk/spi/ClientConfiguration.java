package io.lakejob.sdk.spi;

import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.CredentialsProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The frozen settings of a client, handed to the transport that serves it.
 *
 * @param endpoint the endpoint, for example {@code https://dli.cn-north-4.myhuaweicloud.com} or {@code flink:local}
 * @param projectId the project id, or {@code null} (the Flink transport needs none)
 * @param credentials the fixed credentials, or {@code null} when a provider or nothing was given
 *     (the Flink transport needs none)
 * @param connectTimeout the connect timeout
 * @param readTimeout the timeout for one response to arrive
 * @param callTimeout the deadline of one call, retries included
 * @param retryPolicy the retry policy
 * @param clock the clock for signing, deadlines and waiters
 * @param userAgentSuffix appended to the SDK's user agent, or {@code null}
 * @param properties transport-specific settings (keys documented by each transport)
 * @param credentialsProvider supplies the credentials of each attempt: the fixed {@code credentials}
 *     when those were given, the builder's provider, or {@code null} when the client was given
 *     none (the REST transport then uses the {@link io.lakejob.sdk.auth.DefaultCredentialsChain})
 */
public record ClientConfiguration(
        String endpoint,
        String projectId,
        Credentials credentials,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        RetryPolicy retryPolicy,
        Clock clock,
        String userAgentSuffix,
        Map<String, String> properties,
        CredentialsProvider credentialsProvider) {

    /**
     * Copies the properties.
     *
     * @param endpoint the endpoint
     * @param projectId the project id
     * @param credentials the credentials
     * @param connectTimeout the connect timeout
     * @param readTimeout the read timeout
     * @param callTimeout the call deadline
     * @param retryPolicy the retry policy
     * @param clock the clock
     * @param userAgentSuffix the user agent suffix
     * @param properties transport-specific settings
     * @param credentialsProvider the credentials provider, or {@code null}
     */
    public ClientConfiguration {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        if (credentialsProvider == null) {
            credentialsProvider = credentials;
        } else if (credentials == null && credentialsProvider instanceof Credentials fixed) {
            credentials = fixed;
        }
    }

    /**
     * A configuration with fixed credentials (or none), as before providers existed.
     *
     * @param endpoint the endpoint
     * @param projectId the project id
     * @param credentials the credentials, or {@code null}
     * @param connectTimeout the connect timeout
     * @param readTimeout the read timeout
     * @param callTimeout the call deadline
     * @param retryPolicy the retry policy
     * @param clock the clock
     * @param userAgentSuffix the user agent suffix
     * @param properties transport-specific settings
     */
    public ClientConfiguration(
            String endpoint,
            String projectId,
            Credentials credentials,
            Duration connectTimeout,
            Duration readTimeout,
            Duration callTimeout,
            RetryPolicy retryPolicy,
            Clock clock,
            String userAgentSuffix,
            Map<String, String> properties) {
        this(
                endpoint,
                projectId,
                credentials,
                connectTimeout,
                readTimeout,
                callTimeout,
                retryPolicy,
                clock,
                userAgentSuffix,
                properties,
                null);
    }

    /**
     * A copy with another project id and credentials provider (a transport filling in what the
     * client was not given, for example from the {@link io.lakejob.sdk.auth.DefaultCredentialsChain}).
     *
     * @param newProjectId the project id
     * @param provider the credentials provider
     * @return the copy
     */
    public ClientConfiguration withProjectAndCredentials(String newProjectId, CredentialsProvider provider) {
        return new ClientConfiguration(
                endpoint,
                newProjectId,
                provider instanceof Credentials fixed ? fixed : null,
                connectTimeout,
                readTimeout,
                callTimeout,
                retryPolicy,
                clock,
                userAgentSuffix,
                properties,
                provider);
    }

    /**
     * A transport-specific setting.
     *
     * @param key the key
     * @param defaultValue the value when unset
     * @return the value
     */
    public String property(String key, String defaultValue) {
        return properties.getOrDefault(key, defaultValue);
    }

    @Override
    public String toString() {
        // Records print every component; credentials print themselves without secrets, and
        // properties may hold passwords, so only their keys are shown.
        return "ClientConfiguration[endpoint=" + endpoint + ", projectId=" + projectId + ", credentials="
                + printable(credentials != null ? credentials : credentialsProvider) + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout + ", retryPolicy=" + retryPolicy + ", userAgentSuffix="
                + userAgentSuffix + ", properties=" + properties.keySet() + "]";
    }

    /** The SDK's credentials types print without secrets; a provider of the user's prints its class only. */
    private static String printable(CredentialsProvider p) {
        if (p == null || p instanceof Credentials || p instanceof io.lakejob.sdk.auth.DefaultCredentialsChain) {
            return String.valueOf(p);
        }
        return p.getClass().getName();
    }
}
