package io.lakejob.sdk.spi;

import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The frozen settings of a client, handed to the transport that serves it.
 *
 * @param endpoint the endpoint, for example {@code https://dli.cn-north-4.myhuaweicloud.com} or {@code flink:local}
 * @param projectId the project id, or {@code null} (the Flink transport needs none)
 * @param credentials the credentials, or {@code null} (the Flink transport needs none)
 * @param connectTimeout the connect timeout
 * @param readTimeout the timeout for one response to arrive
 * @param callTimeout the deadline of one call, retries included
 * @param retryPolicy the retry policy
 * @param clock the clock for signing, deadlines and waiters
 * @param userAgentSuffix appended to the SDK's user agent, or {@code null}
 * @param properties transport-specific settings (keys documented by each transport)
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
        Map<String, String> properties) {

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
     */
    public ClientConfiguration {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
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
                + credentials + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout + ", retryPolicy=" + retryPolicy + ", userAgentSuffix="
                + userAgentSuffix + ", properties=" + properties.keySet() + "]";
    }
}
