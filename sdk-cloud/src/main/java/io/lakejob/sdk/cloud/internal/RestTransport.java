package io.lakejob.sdk.cloud.internal;

import io.lakejob.sdk.ExecutionHook;
import io.lakejob.sdk.auth.AkSkCredentials;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.CredentialsProvider;
import io.lakejob.sdk.auth.ProvidedTokenCredentials;
import io.lakejob.sdk.auth.SignableRequest;
import io.lakejob.sdk.auth.Signer;
import io.lakejob.sdk.auth.Token;
import io.lakejob.sdk.auth.TokenCredentials;
import io.lakejob.sdk.auth.TokenSigner;
import io.lakejob.sdk.cloud.CloudOptions;
import io.lakejob.sdk.cloud.CloudTransportProvider;
import io.lakejob.sdk.cloud.internal.codec.Codecs;
import io.lakejob.sdk.cloud.internal.codec.Json;
import io.lakejob.sdk.cloud.internal.codec.JsonPreinit;
import io.lakejob.sdk.cloud.internal.codec.OperationCodec;
import io.lakejob.sdk.cloud.internal.codec.PathTemplate;
import io.lakejob.sdk.cloud.internal.codec.Responses;
import io.lakejob.sdk.cloud.internal.http.BoundedBody;
import io.lakejob.sdk.cloud.internal.http.CuttableRequest;
import io.lakejob.sdk.cloud.internal.http.Endpoint;
import io.lakejob.sdk.cloud.internal.http.LazyTls;
import io.lakejob.sdk.cloud.internal.http.SystemProxy;
import io.lakejob.sdk.cloud.internal.http.UserAgent;
import io.lakejob.sdk.cloud.internal.http.WireLog;
import io.lakejob.sdk.cloud.internal.retry.ClientTokens;
import io.lakejob.sdk.cloud.internal.retry.Failures;
import io.lakejob.sdk.cloud.internal.retry.Resilience;
import io.lakejob.sdk.cloud.internal.retry.RetryAfter;
import io.lakejob.sdk.cloud.internal.retry.RetryClassifier;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.spi.Capabilities;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.ExecutionHooks;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.Transport;
import java.io.File;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DLI REST API over one pooled HttpClient 5 classic client. Thread-safe.
 *
 * <p>The request pipeline of one call:
 * <ol>
 *   <li>encode the request once (codec), after adding a client token to creates and submits that
 *       can carry one ({@link ClientTokens}: {@code SubmitSqlJob} gets the tag
 *       {@code lakejob-client-token});</li>
 *   <li>{@link Resilience}: {@code Retry(CircuitBreaker(RateLimiter(attempt)))}, with the call
 *       deadline bounding every attempt and pause;</li>
 *   <li>each attempt signs afresh (new {@code X-Sdk-Date}, from the client's clock corrected by the
 *       skew learnt from the gateway) and sends exactly the signed request, with response and pool
 *       lease timeouts cut to the time left; an HTTP 401 with a token provider invalidates the
 *       token and repeats the attempt once; a clock-skew rejection of an AK/SK signature re-syncs
 *       from the answer's {@code Date} header and repeats it once;</li>
 *   <li>{@link RetryClassifier} decides whether a failed attempt is retried.</li>
 * </ol>
 * HttpClient's own retries and redirects are off, so nothing repeats a request behind the
 * pipeline's back and no credential header follows a redirect. TLS certificate and host name
 * verification are always on.
 */
public final class RestTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(RestTransport.class);

    /** HttpClient's header wire log: prints {@code Authorization} and token headers at DEBUG. */
    static final String HEADER_LOGGER = "org.apache.hc.client5.http.headers";

    private static final AtomicBoolean HEADER_LOG_WARNED = new AtomicBoolean();

    /** HttpClient's wire log: prints every byte sent and received, tokens and bodies, at DEBUG. */
    static final String WIRE_LOGGER = "org.apache.hc.client5.http.wire";

    private static final AtomicBoolean WIRE_LOG_WARNED = new AtomicBoolean();

    /** The request id header of DLI answers. */
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final ClientConfiguration configuration;
    private final Endpoint endpoint;
    private final CredentialsProvider credentials;
    private volatile Signing signing;
    private final Clock clock;
    private final AtomicLong skewMillis = new AtomicLong();
    private final String userAgent;
    private final Codecs codecs;
    private final String hostHeader;
    private final String[] basePath;
    private final HttpHost target;
    private volatile Capabilities capabilities;
    private final Resilience resilience;
    private final Timeout connectTimeout;
    private final Timeout readTimeout;
    private final Duration longestTimeout;
    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient client;
    private final int maxResponseBytes;
    private final WireLog wireLog;
    private final LazyTls lazyTls;
    private final SystemProxy.Choice proxy;
    private final ExecutionHooks hooks;
    private final LongAdder poolTimeouts = new LongAdder();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** The unsigned requests of operations called without parameters, by operation. */
    private final Map<Operation<?, ?>, SignableRequest> unparameterized = new ConcurrentHashMap<>();

    /**
     * Creates the transport with every registered codec.
     *
     * @param configuration the client configuration (project id and credentials present)
     * @param endpoint the validated endpoint
     * @param maxConnections the pool size, in all and per host
     */
    public RestTransport(ClientConfiguration configuration, Endpoint endpoint, int maxConnections) {
        this(configuration, endpoint, maxConnections, Resilience.Sleeper.SYSTEM, Resilience.Ticker.SYSTEM);
    }

    /**
     * Creates the transport with every registered codec and the given time sources (tests use a
     * fake sleeper and ticker so that no test waits for real).
     *
     * @param configuration the client configuration (project id and credentials present)
     * @param endpoint the validated endpoint
     * @param maxConnections the pool size, in all and per host
     * @param sleeper pauses between attempts
     * @param ticker the monotonic clock of call deadlines
     */
    public RestTransport(
            ClientConfiguration configuration,
            Endpoint endpoint,
            int maxConnections,
            Resilience.Sleeper sleeper,
            Resilience.Ticker ticker) {
        this(configuration, endpoint, maxConnections, Codecs.lazy(), sleeper, ticker);
    }

    RestTransport(
            ClientConfiguration configuration,
            Endpoint endpoint,
            int maxConnections,
            Map<String, OperationCodec<?, ?>> codecs) {
        this(
                configuration,
                endpoint,
                maxConnections,
                Codecs.of(codecs),
                Resilience.Sleeper.SYSTEM,
                Resilience.Ticker.SYSTEM);
    }

    RestTransport(
            ClientConfiguration configuration,
            Endpoint endpoint,
            int maxConnections,
            Codecs codecs,
            Resilience.Sleeper sleeper,
            Resilience.Ticker ticker) {
        this(configuration, endpoint, maxConnections, codecs, sleeper, ticker, SystemProxy.Lookup.SYSTEM);
    }

    /**
     * Creates the transport reading the proxy system properties and environment variables from
     * the given lookup (tests).
     *
     * @param configuration the client configuration (project id and credentials present)
     * @param endpoint the validated endpoint
     * @param maxConnections the pool size, in all and per host
     * @param lookup where the proxy settings of the JVM and the environment are read
     */
    RestTransport(ClientConfiguration configuration, Endpoint endpoint, int maxConnections, SystemProxy.Lookup lookup) {
        this(
                configuration,
                endpoint,
                maxConnections,
                Codecs.lazy(),
                Resilience.Sleeper.SYSTEM,
                Resilience.Ticker.SYSTEM,
                lookup);
    }

    private RestTransport(
            ClientConfiguration configuration,
            Endpoint endpoint,
            int maxConnections,
            Codecs codecs,
            Resilience.Sleeper sleeper,
            Resilience.Ticker ticker,
            SystemProxy.Lookup lookup) {
        this.configuration = configuration;
        this.endpoint = endpoint;
        this.credentials = java.util.Objects.requireNonNull(configuration.credentialsProvider(), "credentials");
        this.hooks = configuration.hooks();
        this.clock = configuration.clock() == null ? Clock.systemUTC() : configuration.clock();
        this.userAgent = UserAgent.of(configuration.userAgentSuffix());
        this.basePath = endpoint.basePath().toArray(String[]::new);
        this.hostHeader = endpoint.port() < 0 ? endpoint.host() : endpoint.host() + ":" + endpoint.port();
        this.target = new HttpHost(endpoint.scheme(), endpoint.host(), endpoint.port());
        this.codecs = codecs;
        this.resilience = new Resilience(configuration, sleeper, ticker);
        this.connectTimeout = timeout(configuration.connectTimeout(), Duration.ofSeconds(10));
        this.readTimeout = timeout(configuration.readTimeout(), Duration.ofSeconds(60));
        this.longestTimeout =
                Duration.ofMillis(Math.max(connectTimeout.toMilliseconds(), readTimeout.toMilliseconds()));
        this.maxResponseBytes = BoundedBody.limit(configuration);
        this.proxy = SystemProxy.choose(configuration, endpoint, lookup).orElse(null);
        List<String> secrets = secrets(configuration);
        if (proxy != null) {
            secrets.add(proxy.password());
            LOG.debug("Requests to {} go through the proxy {}", endpoint.host(), proxy);
        }
        this.wireLog = new WireLog(secrets);
        warnIfHeadersAreLogged();
        JsonPreinit.start(configuration);
        PoolingHttpClientConnectionManagerBuilder pb = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeout)
                        .setSocketTimeout(readTimeout)
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                // Every request goes to one route (the endpoint), so the per-route limit is the
                // pool's limit; the lax pool enforces exactly that, with less locking per lease.
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX);
        SSLContext tls = trustStore(configuration);
        // Without a trust store of the user's, the JVM's default TLS set-up is built on the first
        // TLS connection rather than here: a plain-HTTP client never pays for it.
        this.lazyTls = tls == null ? LazyTls.systemDefault() : null;
        if (tls != null) {
            pb.setTlsSocketStrategy(ClientTlsStrategyBuilder.create()
                    .setSslContext(tls)
                    .setHostnameVerifier(HttpsSupport.getDefaultHostnameVerifier())
                    .buildClassic());
        } else {
            pb.setTlsSocketStrategy(lazyTls);
        }
        this.pool = pb.build();
        HttpClientBuilder hb = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connectTimeout)
                        .setResponseTimeout(readTimeout)
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                // Every request carries (and signs) this User-Agent already; setting it here also
                // spares HttpClient from reading its own version resource to build a default one.
                .setUserAgent(userAgent)
                .evictIdleConnections(TimeValue.ofMinutes(1));
        if (proxy != null) {
            proxy(proxy, hb);
        }
        this.client = hb.build();
    }

    /** The secret values of the configuration the wire log scrubs wherever they appear. */
    private static List<String> secrets(ClientConfiguration c) {
        List<String> out = new ArrayList<>();
        out.add(c.property(CloudOptions.PROXY_PASSWORD, null));
        out.add(c.property(CloudOptions.TLS_TRUST_STORE_PASSWORD, null));
        return out;
    }

    private static Timeout timeout(Duration d, Duration dflt) {
        return Timeout.ofMilliseconds((d == null ? dflt : d).toMillis());
    }

    private static void warnIfHeadersAreLogged() {
        if (LoggerFactory.getLogger(HEADER_LOGGER).isDebugEnabled() && HEADER_LOG_WARNED.compareAndSet(false, true)) {
            LOG.warn(
                    "The logger {} is enabled at DEBUG: it prints request headers, including Authorization, "
                            + "X-Auth-Token and X-Security-Token, in clear text. Set it to INFO or above, and use {} "
                            + "(redacted) instead.",
                    HEADER_LOGGER,
                    CloudOptions.WIRE_LOGGER);
        }
        if (LoggerFactory.getLogger(WIRE_LOGGER).isDebugEnabled() && WIRE_LOG_WARNED.compareAndSet(false, true)) {
            LOG.warn(
                    "The logger {} is enabled at DEBUG: it prints every byte sent and received, including "
                            + "X-Auth-Token, X-Security-Token and X-Subject-Token values and sensitive variable values, "
                            + "in clear text. Set it to INFO or above, and use {} (redacted) instead.",
                    WIRE_LOGGER,
                    CloudOptions.WIRE_LOGGER);
        }
    }

    private static void proxy(SystemProxy.Choice choice, HttpClientBuilder hb) {
        HttpHost proxy = new HttpHost("http", choice.host(), choice.port());
        hb.setProxy(proxy);
        String user = choice.username();
        if (user != null && !user.isBlank()) {
            String password = choice.password() == null ? "" : choice.password();
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    new AuthScope(proxy), new UsernamePasswordCredentials(user, password.toCharArray()));
            hb.setDefaultCredentialsProvider(credentials);
        }
    }

    private static SSLContext trustStore(ClientConfiguration c) {
        String path = c.property(CloudOptions.TLS_TRUST_STORE, null);
        if (path == null || path.isBlank()) {
            return null;
        }
        String password = c.property(CloudOptions.TLS_TRUST_STORE_PASSWORD, null);
        char[] pw = password == null ? null : password.toCharArray();
        try {
            KeyStore store = KeyStore.getInstance(new File(path.trim()), pw);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            // The message names the file, never the password.
            throw new ConfigurationException(CloudOptions.TLS_TRUST_STORE + " '" + path
                    + "' could not be loaded as a trust store (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String name() {
        return CloudTransportProvider.NAME;
    }

    @Override
    public Capabilities capabilities() {
        Capabilities c = capabilities;
        if (c == null) {
            // Built when asked for: the list walks the whole catalogue, which a call does not need.
            c = new Capabilities(CloudTransportProvider.NAME, codecs.names());
            capabilities = c;
        }
        return c;
    }

    @Override
    public boolean supports(Operation<?, ?> operation) {
        return codecs.supports(operation);
    }

    @Override
    public <Q, R> R execute(Operation<Q, R> operation, Q request) {
        if (closed.get()) {
            throw new LakeJobException("The cloud transport is closed; " + operation.name() + " was not sent");
        }
        OperationCodec<Q, R> codec = codec(operation);
        ClientTokens.Tokened<Q> tokened = ClientTokens.apply(operation, request);
        SignableRequest unsigned = prepare(codec, tokened.request());
        Sent sent = hooks.isEmpty() ? null : new Sent(System.nanoTime());
        return resilience.execute(operation, tokened.token(), call -> attempt(call, sent, operation, codec, unsigned));
    }

    /** For the execution hooks: the requests one call has sent so far, and when it started. */
    private static final class Sent {
        final long startNanos;
        int count;

        Sent(long startNanos) {
            this.startNanos = startNanos;
        }
    }

    private void hookRequest(Sent sent, Operation<?, ?> operation, SignableRequest signed, String pathAndQuery) {
        Map<String, String> redacted = new java.util.LinkedHashMap<>();
        signed.headers().forEach((k, v) -> redacted.put(k, WireLog.headerValue(k, v)));
        hooks.beforeSend(new ExecutionHook.Request(
                name(), operation.name(), sent.count, signed.method(), pathAndQuery, redacted));
    }

    private void hookResponse(Sent sent, Operation<?, ?> operation, long attemptStart, Responses.Raw raw) {
        if (sent != null) {
            long now = System.nanoTime();
            hooks.afterResponse(new ExecutionHook.Response(
                    name(),
                    operation.name(),
                    sent.count,
                    raw.status(),
                    raw.requestId(),
                    Duration.ofNanos(now - attemptStart),
                    Duration.ofNanos(now - sent.startNanos)));
        }
    }

    private void hookError(Sent sent, Operation<?, ?> operation, long attemptStart, LakeJobException e) {
        if (sent != null) {
            long now = System.nanoTime();
            hooks.onError(new ExecutionHook.Failure(
                    name(),
                    operation.name(),
                    sent.count,
                    e,
                    Duration.ofNanos(now - attemptStart),
                    Duration.ofNanos(now - sent.startNanos)));
        }
    }

    @SuppressWarnings("unchecked")
    private <Q, R> OperationCodec<Q, R> codec(Operation<Q, R> operation) {
        OperationCodec<?, ?> codec = codecs.get(operation);
        if (codec == null || codec.operation().requestType() != operation.requestType()) {
            throw new NotSupportedException(operation.name(), name());
        }
        return (OperationCodec<Q, R>) codec;
    }

    /**
     * The unsigned request for an operation: method, raw path (base path, then the template filled
     * with the project id and the request's path parameters), query, headers and body. A request
     * with no path parameter, query or body of its own (a list without filters, say) is the same
     * every time: it is made once per operation and reused (it is immutable).
     */
    <Q, R> SignableRequest prepare(OperationCodec<Q, R> codec, Q request) {
        Operation<Q, R> op = codec.operation();
        Map<String, String> params = codec.pathParameters(request);
        List<Map.Entry<String, String>> query = codec.queryParameters(request);
        Object body = codec.body(request);
        if (params.isEmpty() && query.isEmpty() && body == null) {
            SignableRequest known = unparameterized.get(op);
            if (known == null) {
                known = build(op, params, query, null);
                unparameterized.putIfAbsent(op, known);
            }
            return known;
        }
        return build(op, params, query, body);
    }

    private SignableRequest build(
            Operation<?, ?> op, Map<String, String> params, List<Map.Entry<String, String>> query, Object body) {
        String projectId = configuration.projectId();
        SignableRequest.Builder b = SignableRequest.builder()
                .method(op.method().name())
                .scheme(endpoint.scheme())
                .host(endpoint.host())
                .port(endpoint.port());
        b.addPathSegments(basePath);
        b.addPathSegments(
                PathTemplate.expand(op.pathTemplate(), name -> name.equals("project_id") ? projectId : params.get(name))
                        .toArray(String[]::new));
        for (Map.Entry<String, String> q : query) {
            b.addQuery(q.getKey(), q.getValue());
        }
        if (body != null) {
            b.body(Json.write(body));
        }
        return b.header("Content-Type", "application/json")
                .header("User-Agent", userAgent)
                .header("X-Project-Id", projectId)
                .header("Host", hostHeader)
                .build();
    }

    /** Credentials and the signer made for them, kept while the provider returns the same instance. */
    private record Signing(Credentials credentials, Signer signer) {}

    /** The credentials of this attempt, from the provider; a failing provider of the user's is a typed error. */
    private Credentials currentCredentials(Operation<?, ?> operation) {
        Credentials c;
        try {
            c = credentials.resolve();
        } catch (LakeJobException e) {
            throw e;
        } catch (RuntimeException e) {
            // Its message is not shown: a provider of the user's may put anything in it.
            throw new ConfigurationException(
                    "The credentials provider " + credentials.getClass().getName() + " failed ("
                            + e.getClass().getSimpleName() + "); " + operation.name() + " was not sent",
                    e);
        }
        if (c == null) {
            throw new ConfigurationException(
                    "The credentials provider " + credentials.getClass().getName() + " returned no credentials; "
                            + operation.name() + " was not sent");
        }
        return c;
    }

    private Signer signerFor(Credentials c) {
        Signing s = signing;
        if (s == null || s.credentials() != c) {
            s = new Signing(c, c.signer());
            signing = s;
        }
        return s.signer();
    }

    /** The values of these credentials the wire log scrubs (secret key, security token, token). */
    private static List<String> secretsOf(Credentials c, Token token) {
        List<String> out = new ArrayList<>(2);
        if (c instanceof AkSkCredentials k) {
            out.add(k.secretKey());
            out.add(k.securityToken());
        } else if (c instanceof TokenCredentials t) {
            out.add(t.token());
        }
        if (token != null) {
            out.add(token.value());
        }
        return out;
    }

    /** The signing time: the client's clock plus the skew learnt from the gateway. */
    private Instant signingTime() {
        return clock.instant().plusMillis(skewMillis.get());
    }

    /**
     * One attempt, with its one-time recoveries: a rejected provider token is invalidated and the
     * attempt repeated once; a clock-skew rejection re-syncs the signing clock and repeats once.
     */
    private <Q, R> R attempt(
            Resilience.Call call,
            Sent sent,
            Operation<Q, R> operation,
            OperationCodec<Q, R> codec,
            SignableRequest unsigned) {
        boolean refreshed = false;
        boolean resynced = false;
        while (true) {
            Credentials current = currentCredentials(operation);
            ProvidedTokenCredentials tokenProvider = current instanceof ProvidedTokenCredentials p ? p : null;
            Token token = null;
            SignableRequest signed;
            if (tokenProvider != null) {
                Token t = tokenProvider.provider().token();
                token = t;
                signed = new TokenSigner(t::value, tokenProvider.headerName()).sign(unsigned, signingTime());
            } else {
                signed = signerFor(current).sign(unsigned, signingTime());
            }
            long attemptStart = System.nanoTime();
            Answer answer;
            try {
                answer = send(call, sent, operation, signed, secretsOf(current, token));
            } catch (LakeJobException e) {
                hookError(sent, operation, attemptStart, e);
                throw e;
            }
            call.answered(answer.retryAfter(), answer.date());
            try {
                R response = Responses.read(operation, codec, answer.raw(), call.clientToken());
                hookResponse(sent, operation, attemptStart, answer.raw());
                return response;
            } catch (ServiceException e) {
                hookError(sent, operation, attemptStart, e);
                if (tokenProvider != null && e.statusCode() == 401 && !refreshed) {
                    refreshed = true;
                    LOG.debug("{}: HTTP 401, token invalidated; repeating once with a new token", operation.name());
                    tokenProvider.provider().invalidate(token);
                    continue;
                }
                if (e.statusCode() == 401 && !refreshed && !(credentials instanceof Credentials)) {
                    // Rotated credentials: ask the provider again at once, and repeat once if it has others.
                    refreshed = true;
                    credentials.invalidate(current);
                    Credentials fresh = currentCredentials(operation);
                    if (!fresh.equals(current)) {
                        LOG.debug("{}: HTTP 401, the provider has new credentials; repeating once", operation.name());
                        continue;
                    }
                }
                if (current instanceof AkSkCredentials
                        && !resynced
                        && RetryClassifier.clockSkew(e)
                        && resync(answer.date())) {
                    resynced = true;
                    continue;
                }
                throw e;
            } catch (LakeJobException e) {
                hookError(sent, operation, attemptStart, e);
                throw e;
            }
        }
    }

    private boolean resync(String date) {
        Instant server = RetryAfter.httpDate(date);
        if (server == null) {
            return false;
        }
        long offset = Duration.between(clock.instant(), server).toMillis();
        skewMillis.set(offset);
        LOG.warn(
                "The gateway rejected the request time; signing clock corrected by {} ms from its Date header", offset);
        return true;
    }

    /** One HTTP answer, the headers that steer retries, and all headers when the wire log is on. */
    private record Answer(Responses.Raw raw, String retryAfter, String date, List<Map.Entry<String, String>> headers) {}

    private static List<Map.Entry<String, String>> headers(Header[] headers) {
        List<Map.Entry<String, String>> out = new ArrayList<>(headers.length);
        for (Header h : headers) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(h.getName(), h.getValue()));
        }
        return out;
    }

    /** Carries an answer whose body was over the limit out of HttpClient's response handler. */
    private static final class Oversize extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Answer answer;

        Oversize(Answer answer) {
            super(null, null);
            this.answer = answer;
        }
    }

    private Answer send(
            Resilience.Call call,
            Sent sent,
            Operation<?, ?> operation,
            SignableRequest signed,
            List<String> attemptSecrets) {
        // The request line is the signed wire form verbatim: nothing re-parses or re-encodes it.
        String query = signed.encodedQuery();
        String pathAndQuery = query.isEmpty() ? signed.encodedPath() : signed.encodedPath() + "?" + query;
        CuttableRequest http = new CuttableRequest(signed.method(), target, pathAndQuery);
        boolean wire = WireLog.enabled();
        // The signed headers are unique by name (case-insensitively): each is added once.
        signed.headers().forEach(http::addHeader);
        byte[] body = signed.body();
        if (body.length > 0 || operation.method() == HttpMethod.POST || operation.method() == HttpMethod.PUT) {
            http.setEntity(new ByteArrayEntity(body, null));
        }
        HttpClientContext context = HttpClientContext.create();
        Duration left = resilience.remaining(call);
        if (left != null && left.compareTo(longestTimeout) < 0) {
            // The call deadline bounds this attempt too (when it is nearer than the timeouts).
            long ms = Math.max(1, left.toMillis());
            context.setRequestConfig(RequestConfig.custom()
                    .setConnectionRequestTimeout(Timeout.ofMilliseconds(Math.min(connectTimeout.toMilliseconds(), ms)))
                    .setResponseTimeout(Timeout.ofMilliseconds(Math.min(readTimeout.toMilliseconds(), ms)))
                    .setRedirectsEnabled(false)
                    .build());
        }
        if (wire) {
            wireLog.request(
                    operation.name(),
                    call.attempt(),
                    signed.method(),
                    pathAndQuery,
                    signed.headers(),
                    body,
                    attemptSecrets);
        }
        if (sent != null) {
            sent.count++;
            hookRequest(sent, operation, signed, pathAndQuery);
        }
        long start = System.nanoTime();
        Answer answer;
        try {
            answer = client.execute(target, http, context, response -> {
                String requestId = value(response.getFirstHeader(REQUEST_ID_HEADER));
                String retryAfter = value(response.getFirstHeader("Retry-After"));
                String date = value(response.getFirstHeader("Date"));
                List<Map.Entry<String, String>> headers = wire ? headers(response.getHeaders()) : List.of();
                try {
                    // Cancelling the request before refusing closes the connection at once: closing
                    // the body afterwards would otherwise read the rest of it to reuse the connection.
                    byte[] bytes = BoundedBody.read(response.getEntity(), maxResponseBytes, http::cancel);
                    return new Answer(
                            new Responses.Raw(response.getCode(), requestId, bytes), retryAfter, date, headers);
                } catch (BoundedBody.TooLarge tooLarge) {
                    throw new Oversize(new Answer(
                            Responses.Raw.oversize(response.getCode(), requestId, maxResponseBytes, tooLarge.declared),
                            retryAfter,
                            date,
                            headers));
                }
            });
        } catch (Oversize oversize) {
            // The answer's status and headers arrived; its body was not read.
            answer = oversize.answer;
        } catch (IOException e) {
            if (wire) {
                wireLog.failure(
                        operation.name(),
                        call.attempt(),
                        signed.method(),
                        pathAndQuery,
                        (System.nanoTime() - start) / 1_000_000,
                        e);
            }
            if (Failures.poolTimeout(e)) {
                poolTimeouts.increment();
            }
            LOG.debug(
                    "{} {} attempt {} failed after {} ms: {}",
                    operation.name(),
                    signed.method(),
                    call.attempt(),
                    (System.nanoTime() - start) / 1_000_000,
                    e.getClass().getSimpleName());
            throw Failures.translate(operation, signed.hostHeader(), e, call.clientToken());
        } catch (IllegalStateException e) {
            if (closed.get()) {
                throw new LakeJobException("The cloud transport was closed during " + operation.name(), e);
            }
            throw e;
        }
        if (wire) {
            wireLog.response(
                    operation.name(),
                    call.attempt(),
                    signed.method(),
                    pathAndQuery,
                    answer.raw().status(),
                    (System.nanoTime() - start) / 1_000_000,
                    answer.raw().requestId(),
                    answer.headers(),
                    answer.raw().body(),
                    answer.raw().oversize(),
                    attemptSecrets);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} {} attempt {} -> HTTP {} in {} ms, request id {}",
                    operation.name(),
                    signed.method(),
                    call.attempt(),
                    answer.raw().status(),
                    (System.nanoTime() - start) / 1_000_000,
                    answer.raw().requestId());
        }
        return answer;
    }

    private static String value(Header h) {
        return h == null ? null : h.getValue();
    }

    /**
     * The connection pool's totals (leased, available, pending, max).
     *
     * @return the pool statistics
     */
    public PoolStats poolStats() {
        return pool.getTotalStats();
    }

    /**
     * How many attempts found no pooled connection within the lease timeout.
     *
     * @return the count since creation
     */
    public long poolTimeouts() {
        return poolTimeouts.sum();
    }

    /**
     * The resilience layers (retry quota, retry metrics, circuit breaker, rate limiter).
     *
     * @return the layers
     */
    public Resilience resilience() {
        return resilience;
    }

    /**
     * Whether the default TLS strategy has been built (never, for a plain-HTTP endpoint; on the
     * first TLS connection otherwise); {@code false} also when a trust store was configured.
     *
     * @return whether the lazy default TLS set-up ran
     */
    public boolean defaultTlsBuilt() {
        return lazyTls != null && lazyTls.built();
    }

    /**
     * The correction applied to the signing clock after a clock-skew rejection.
     *
     * @return the offset (zero until a re-sync)
     */
    public Duration clockSkew() {
        return Duration.ofMillis(skewMillis.get());
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            client.close(CloseMode.GRACEFUL);
            pool.close(CloseMode.GRACEFUL);
        }
    }

    @Override
    public String toString() {
        return "RestTransport[endpoint=" + endpoint.scheme() + "://" + endpoint.host()
                + (endpoint.port() < 0 ? "" : ":" + endpoint.port()) + ", operations="
                + codecs.names().size() + ", closed=" + closed.get() + "]";
    }
}
