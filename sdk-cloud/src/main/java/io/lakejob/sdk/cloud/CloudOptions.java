package io.lakejob.sdk.cloud;

/**
 * The keys of the cloud transport's properties, set with
 * {@code LakeJobClient.builder().property(key, value)}.
 */
public final class CloudOptions {
    /**
     * {@code true} allows plain {@code http://} endpoints on hosts other than the loopback
     * interface (default {@code false}). Loopback endpoints ({@code localhost}, {@code 127.0.0.0/8},
     * {@code ::1}) are always allowed, since their traffic never leaves the machine. Anything else
     * would send signatures and tokens in clear text.
     */
    public static final String ALLOW_INSECURE_HTTP = "cloud.allowInsecureHttp";

    /** The largest number of pooled connections, in all and per host (default {@code 64}). */
    public static final String MAX_CONNECTIONS = "cloud.maxConnections";

    /** The default of {@link #MAX_CONNECTIONS}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    private CloudOptions() {}
}
