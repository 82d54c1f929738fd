package io.lakejob.sdk.cloud.internal;

import io.lakejob.sdk.auth.SignableRequest;
import io.lakejob.sdk.auth.Signer;
import io.lakejob.sdk.cloud.CloudTransportProvider;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.spi.Capabilities;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.Transport;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DLI REST API over one pooled HttpClient 5 classic client. Each attempt is signed afresh;
 * the request sent is exactly the request signed (same encoded path and query, same headers,
 * including {@code Host}). HttpClient's own retries and redirects are off: {@link SimpleRetry} is
 * the only retry layer. Thread-safe.
 */
public final class RestTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(RestTransport.class);

    /** The request id header of DLI answers. */
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final ClientConfiguration configuration;
    private final Endpoint endpoint;
    private final Signer signer;
    private final Clock clock;
    private final String userAgent;
    private final Map<String, OperationCodec<?, ?>> codecs;
    private final Capabilities capabilities;
    private final SimpleRetry retry;
    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient client;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates the transport with every registered codec.
     *
     * @param configuration the client configuration (project id and credentials present)
     * @param endpoint the validated endpoint
     * @param maxConnections the pool size, in all and per host
     */
    public RestTransport(ClientConfiguration configuration, Endpoint endpoint, int maxConnections) {
        this(configuration, endpoint, maxConnections, Codecs.all());
    }

    RestTransport(
            ClientConfiguration configuration,
            Endpoint endpoint,
            int maxConnections,
            Map<String, OperationCodec<?, ?>> codecs) {
        this.configuration = configuration;
        this.endpoint = endpoint;
        this.signer = configuration.credentials().signer();
        this.clock = configuration.clock() == null ? Clock.systemUTC() : configuration.clock();
        this.userAgent = UserAgent.of(configuration.userAgentSuffix());
        this.codecs = Map.copyOf(codecs);
        this.capabilities = new Capabilities(CloudTransportProvider.NAME, codecs.keySet());
        this.retry = new SimpleRetry(
                configuration.retryPolicy(), configuration.callTimeout(), d -> Thread.sleep(Math.max(1, d.toMillis())));
        Timeout connect = timeout(configuration.connectTimeout(), Duration.ofSeconds(10));
        Timeout read = timeout(configuration.readTimeout(), Duration.ofSeconds(60));
        this.pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(read)
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(read)
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofMinutes(1))
                .build();
    }

    private static Timeout timeout(Duration d, Duration dflt) {
        return Timeout.ofMilliseconds((d == null ? dflt : d).toMillis());
    }

    @Override
    public String name() {
        return CloudTransportProvider.NAME;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public <Q, R> R execute(Operation<Q, R> operation, Q request) {
        if (closed.get()) {
            throw new LakeJobException("The cloud transport is closed; " + operation.name() + " was not sent");
        }
        OperationCodec<Q, R> codec = codec(operation);
        SignableRequest unsigned = prepare(codec, request);
        return retry.call(operation, () -> attempt(operation, codec, unsigned));
    }

    @SuppressWarnings("unchecked")
    private <Q, R> OperationCodec<Q, R> codec(Operation<Q, R> operation) {
        OperationCodec<?, ?> codec = codecs.get(operation.name());
        if (codec == null || codec.operation().requestType() != operation.requestType()) {
            throw new NotSupportedException(operation.name(), name());
        }
        return (OperationCodec<Q, R>) codec;
    }

    /**
     * The unsigned request for an operation: method, raw path (base path, then the template filled
     * with the project id and the request's path parameters), query, headers and body.
     */
    <Q, R> SignableRequest prepare(OperationCodec<Q, R> codec, Q request) {
        Operation<Q, R> op = codec.operation();
        Map<String, String> params = new HashMap<>(codec.pathParameters(request));
        params.put("project_id", configuration.projectId());
        SignableRequest.Builder b = SignableRequest.builder()
                .method(op.method().name())
                .scheme(endpoint.scheme())
                .host(endpoint.host())
                .port(endpoint.port());
        b.addPathSegments(endpoint.basePath().toArray(String[]::new));
        b.addPathSegments(PathTemplate.expand(op.pathTemplate(), params).toArray(String[]::new));
        for (Map.Entry<String, String> q : codec.queryParameters(request)) {
            b.addQuery(q.getKey(), q.getValue());
        }
        Object body = codec.body(request);
        if (body != null) {
            b.body(Json.write(body));
        }
        b.header("Content-Type", "application/json")
                .header("User-Agent", userAgent)
                .header("X-Project-Id", configuration.projectId());
        SignableRequest built = b.build();
        return built.toBuilder().header("Host", built.hostHeader()).build();
    }

    private <Q, R> R attempt(Operation<Q, R> operation, OperationCodec<Q, R> codec, SignableRequest unsigned) {
        SignableRequest signed = signer.sign(unsigned, clock.instant());
        HttpUriRequestBase http = new HttpUriRequestBase(signed.method(), URI.create(signed.uri()));
        signed.headers().forEach(http::setHeader);
        byte[] body = signed.body();
        if (body.length > 0 || operation.method() == HttpMethod.POST || operation.method() == HttpMethod.PUT) {
            http.setEntity(new ByteArrayEntity(body, null));
        }
        long start = System.nanoTime();
        Responses.Raw raw;
        try {
            raw = client.execute(http, response -> {
                Header rid = response.getFirstHeader(REQUEST_ID_HEADER);
                HttpEntity entity = response.getEntity();
                byte[] bytes = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
                return new Responses.Raw(
                        response.getCode(), rid == null ? null : rid.getValue(), bytes == null ? new byte[0] : bytes);
            });
        } catch (IOException e) {
            LOG.debug(
                    "{} {} failed after {} ms: {}",
                    operation.name(),
                    signed.method(),
                    (System.nanoTime() - start) / 1_000_000,
                    e.getClass().getSimpleName());
            throw Failures.translate(operation, signed.hostHeader(), e);
        }
        LOG.debug(
                "{} {} -> HTTP {} in {} ms, request id {}",
                operation.name(),
                signed.method(),
                raw.status(),
                (System.nanoTime() - start) / 1_000_000,
                raw.requestId());
        return Responses.read(operation, codec, raw);
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
                + codecs.size() + ", closed=" + closed.get() + "]";
    }
}
