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
     * The name of the transport's own request/response log (not a property): at DEBUG one line per
     * request (method, path and query, operation, attempt, headers, body size) and one per answer
     * (status, time, request id, headers, body size) or failure; at TRACE also each body, up to
     * 16 KiB of it (bodies over 1 MiB are not shown). Redacted, so it can be used where HttpClient's
     * {@code org.apache.hc.client5.http.wire} and {@code .headers} loggers must not (the transport
     * warns once when either is at DEBUG): header values are shown only for harmless headers
     * ({@code Authorization} keeps its access key and signed header names, not its signature;
     * {@code X-Auth-Token}, {@code X-Security-Token}, {@code X-Subject-Token} print as {@code ***});
     * in bodies, values of fields named like passwords, secrets, tokens, credentials or private
     * keys, {@code var_value} unless its object says {@code is_sensitive: false}, {@code key=value}
     * settings and quoted SQL options ({@code 'password' = '...'}) with such keys print as
     * {@code ***}, and so does every value of the credentials in use wherever it appears.
     */
    public static final String WIRE_LOGGER = "io.lakejob.sdk.cloud.wire";

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

    /**
     * The largest answer body the transport reads, in bytes; a number, optionally with a binary
     * suffix {@code k}, {@code m} or {@code g} ({@code KiB}, {@code MiB}, {@code GiB} too), from 1 KiB
     * to 2047 MiB (default {@value #DEFAULT_MAX_RESPONSE_BYTES}, 64 MiB).
     *
     * <p>An answer larger than this ends its call at once, without reading the rest: a read (and an
     * error answer) fails with a {@code ServiceException} that keeps the HTTP status and names the
     * limit and this property; a create or submit answered 2xx fails with an
     * {@code OutcomeUnknownException} carrying its client token (the service acted on it, but its
     * answer was not read). The connection is closed, not returned to the pool. The limit counts
     * the body as it is after decompression, so a small compressed answer cannot expand past it.
     * A declared {@code Content-Length} over the limit is refused before anything is read.
     *
     * <p>Why 64 MiB: the largest answers the DLI reference documents are pages of at most 100 jobs
     * or templates (9.7, 11.x; page size 100) whose {@code sql_body} may hold up to 1 Mi characters
     * each, and the first 1000 rows of a SQL job's result (7.3 preview). Typical pages are a few
     * hundred kilobytes; 64 MiB holds a full page of jobs averaging over 600 KiB of SQL each, or
     * 1000 result rows of 64 KiB each, with room to spare, while keeping what one call can make the
     * JVM hold (the bytes, then the parsed form: about three times the body) well below a typical
     * heap. Larger answers are possible only at the extremes (100 jobs near the 1 Mi-character SQL
     * limit): page with a smaller {@code limit}, or raise this value.
     */
    public static final String MAX_RESPONSE_BYTES = "cloud.maxResponseBytes";

    /** The default of {@link #MAX_RESPONSE_BYTES}: 64 MiB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

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

    /**
     * An HTTP proxy's host name; all requests go through it. Without it, the JVM's proxy system
     * properties ({@code https.proxyHost}/{@code https.proxyPort}, {@code http.proxyHost}/
     * {@code http.proxyPort}, {@code http.nonProxyHosts}) and then the environment
     * ({@code HTTPS_PROXY}, {@code HTTP_PROXY}, {@code NO_PROXY}, lower-case spellings too, with
     * {@code user:password@} in the URL) are honoured; see {@link #PROXY_USE_SYSTEM_PROPERTIES} and
     * {@link #PROXY_USE_ENVIRONMENT}. With none of them: a direct connection.
     */
    public static final String PROXY_HOST = "cloud.proxy.host";

    /**
     * {@code false} ignores the JVM's proxy system properties (default {@code true}). They are used
     * only when {@link #PROXY_HOST} is not set, and before the environment: {@code https.proxyHost}
     * and {@code https.proxyPort} (default 443) for {@code https://} endpoints, {@code http.proxyHost}
     * and {@code http.proxyPort} (default 80) for {@code http://} ones, except for hosts matching
     * {@code http.nonProxyHosts} ({@code |}-separated, {@code *} at either end; when unset, as in the
     * JDK, {@code localhost|127.*|[::1]}).
     */
    public static final String PROXY_USE_SYSTEM_PROPERTIES = "cloud.proxy.useSystemProperties";

    /**
     * {@code false} ignores the proxy environment variables (default {@code true}). They are used only
     * when neither {@link #PROXY_HOST} nor the JVM's system properties name a proxy:
     * {@code HTTPS_PROXY} (or {@code https_proxy}) for {@code https://} endpoints, {@code HTTP_PROXY}
     * (or {@code http_proxy}) for {@code http://} ones, an {@code http://[user:password@]host[:port]}
     * URL whose password is treated as a secret; never for loopback hosts nor for hosts matching
     * {@code NO_PROXY} (or {@code no_proxy}: comma-separated names, each matching its subdomains too,
     * optionally {@code :port}; {@code *} for all). An unusable value ({@code socks5://}, a malformed
     * URL) is skipped with a warning naming the variable, never its value.
     */
    public static final String PROXY_USE_ENVIRONMENT = "cloud.proxy.useEnvironment";

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
