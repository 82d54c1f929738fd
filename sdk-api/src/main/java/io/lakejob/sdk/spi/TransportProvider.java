package io.lakejob.sdk.spi;

/**
 * Creates transports; found with {@link java.util.ServiceLoader} (file
 * {@code META-INF/services/io.lakejob.sdk.spi.TransportProvider}). The client picks the one
 * provider whose {@link #isCompatibleWith(String)} accepts the endpoint, unless the user named
 * one.
 */
public interface TransportProvider {
    /**
     * The provider's name, as users select it with {@code LakeJobClient.Builder#transport(String)}.
     *
     * @return the name, for example {@code cloud}
     */
    String name();

    /**
     * Whether this provider serves the endpoint, judged from its form alone (no I/O).
     *
     * @param endpoint the endpoint the user configured
     * @return {@code true} if it does
     */
    boolean isCompatibleWith(String endpoint);

    /**
     * Which module to add for endpoints like these, for error messages.
     *
     * @return a hint such as {@code io.lakejob:lakejob-sdk-cloud for https:// endpoints}
     */
    String describe();

    /**
     * Creates a transport for the configuration.
     *
     * @param configuration the frozen client configuration
     * @return a new transport, owned by the caller
     * @throws io.lakejob.sdk.exception.ConfigurationException when the configuration cannot work with this transport
     */
    Transport create(ClientConfiguration configuration);
}
