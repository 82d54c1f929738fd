package io.lakejob.sdk.cloud;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of the cloud transport's properties, set with
 * {@code LakeJobClient.builder().property(key, value)}.
 *
 * <p>Every key starting with {@value #PREFIX} must be one of these ({@link #keys()}): a misspelled
 * one ({@code cloud.proxy.hots}) fails the client's {@code build()} with a
 * {@link io.lakejob.sdk.exception.ConfigurationException} naming it, the key it was probably meant
 * to be and every known key. Keys of other transports ({@code flink.*}) are left alone.
 */
public final class CloudOptions {
    /** The prefix of every cloud transport property. */
    public static final String PREFIX = "cloud.";

    /**
     * {@code true} allows plain {@code http://} endpoints on hosts other than the loopback
     * interface (default {@code false}). Loopback endpoints ({@code localhost}, {@code 127.0.0.0/8},
     * {@code ::1}) are always allowed, since their traffic never leaves the machine. Anything else
     * would send signatures and tokens in clear text.
     */
    public static final String ALLOW_INSECURE_HTTP = "cloud.allowInsecureHttp";

    /**
     * {@code true} (the default) builds the transport's JSON mapper on a short-lived background
     * daemon thread while the client is being built and its first request is prepared, signed and
     * sent, so that the first answer does not wait for it; only when the JVM has more than one
     * processor, and once per JVM. {@code false} builds it on the calling thread at the first
     * answer. Nothing else runs on that thread, and a failure there is ignored (the first answer
     * then builds the mapper itself).
     */
    public static final String PREINITIALIZE = "cloud.preinitialize";

    /** The largest number of pooled connections, in all and per host (default {@code 64}). */
    public static final String MAX_CONNECTIONS = "cloud.maxConnections";

    /** The default of {@link #MAX_CONNECTIONS}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    /**
     * {@code true} puts a resilience4j circuit breaker around every attempt (default
     * {@code false}). Transport failures and HTTP 5xx/408 answers count as failures; once the
     * failure rate over the last {@link #CIRCUIT_BREAKER_SLIDING_WINDOW_SIZE} attempts reaches
     * {@link #CIRCUIT_BREAKER_FAILURE_RATE_THRESHOLD}, calls fail at once with a
     * {@code TransportException} ("not sent", no I/O) for {@link #CIRCUIT_BREAKER_WAIT_IN_OPEN_STATE}.
     * The pipeline is {@code Retry(CircuitBreaker(RateLimiter(attempt)))}.
     */
    public static final String CIRCUIT_BREAKER_ENABLED = "cloud.circuitBreaker.enabled";

    /** The failure rate, in percent, that opens the circuit breaker (default {@code 50}). */
    public static final String CIRCUIT_BREAKER_FAILURE_RATE_THRESHOLD = "cloud.circuitBreaker.failureRateThreshold";

    /** How many recent attempts the circuit breaker judges (default {@code 20}). */
    public static final String CIRCUIT_BREAKER_SLIDING_WINDOW_SIZE = "cloud.circuitBreaker.slidingWindowSize";

    /**
     * The fewest attempts before the circuit breaker may open (default {@code 10}, at most the
     * window size).
     */
    public static final String CIRCUIT_BREAKER_MINIMUM_CALLS = "cloud.circuitBreaker.minimumCalls";

    /**
     * How long the circuit breaker stays open before it lets trial calls through (milliseconds or
     * an ISO-8601 duration; default {@code PT30S}).
     */
    public static final String CIRCUIT_BREAKER_WAIT_IN_OPEN_STATE = "cloud.circuitBreaker.waitInOpenState";

    /**
     * Turns on a client-side resilience4j rate limiter: at most this many attempts (retries
     * included) per second from this client (default: no limit).
     */
    public static final String RATE_LIMITER_PERMITS_PER_SECOND = "cloud.rateLimiter.permitsPerSecond";

    /**
     * How long an attempt waits for a rate-limiter permit before it fails, not sent, with a
     * {@code TransportException} (milliseconds or an ISO-8601 duration; default {@code PT5S}).
     */
    public static final String RATE_LIMITER_TIMEOUT = "cloud.rateLimiter.timeout";

    /** An HTTP proxy's host name; all requests go through it (default: no proxy). */
    public static final String PROXY_HOST = "cloud.proxy.host";

    /** The HTTP proxy's port (default {@code 8080}). */
    public static final String PROXY_PORT = "cloud.proxy.port";

    /** The proxy user name, when the proxy asks for authentication. */
    public static final String PROXY_USERNAME = "cloud.proxy.username";

    /** The proxy password. A secret: never printed or logged. */
    public static final String PROXY_PASSWORD = "cloud.proxy.password";

    /**
     * A trust store file (PKCS12 or JKS) whose certificates the TLS connection trusts instead of
     * the JVM's default ones. Certificate and host name verification stay on: there is no option
     * to turn them off.
     */
    public static final String TLS_TRUST_STORE = "cloud.tls.trustStore";

    /** The trust store's password, if it has one. A secret: never printed or logged. */
    public static final String TLS_TRUST_STORE_PASSWORD = "cloud.tls.trustStorePassword";

    private static final Set<String> KEYS = collectKeys();

    private CloudOptions() {}

    /**
     * Every property key the cloud transport reads.
     *
     * @return the keys, sorted
     */
    public static Set<String> keys() {
        return KEYS;
    }

    private static Set<String> collectKeys() {
        TreeSet<String> keys = new TreeSet<>();
        for (Field f : CloudOptions.class.getFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
                try {
                    String v = (String) f.get(null);
                    if (v.startsWith(PREFIX) && !v.equals(PREFIX)) {
                        keys.add(v);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableSortedSet(keys);
    }
}
