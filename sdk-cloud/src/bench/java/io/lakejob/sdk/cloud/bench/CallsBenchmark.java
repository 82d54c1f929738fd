package io.lakejob.sdk.cloud.bench;

import com.huaweicloud.sdk.dli.v1.DliClient;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.AkSkSigner;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.SignableRequest;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import io.lakejob.sdk.model.queue.ListQueuesResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ListQueues (6.3, {@code GET /v1.0/{project}/queues}) against a {@link LoopbackStub} answering
 * the reference's example, by three clients sharing one stub per fork: ours
 * ({@code LakeJobClient.queues().list}), the official {@code DliClient.listQueues}, and a bare
 * pooled HttpClient 5 sending the same path with headers signed by our signer and reading the
 * body as bytes (no JSON parsing) — the floor our transport's overhead is measured against.
 * Thread count comes from the runner ({@code -t}); every client is shared by all threads.
 *
 * <p>Every client keeps up to {@value #POOL} connections to the stub: ours and the bare client
 * pool {@value #POOL} (in all and per host), and the official one is given an OkHttp
 * {@code ConnectionPool} of {@value #POOL} idle connections through its {@code HttpConfig} instead
 * of OkHttp's default 5 (which, with 16 threads, closes connections beyond 5 when they fall idle
 * and opens new ones). The stub counts the connections that carry requests after the check
 * calls; the tear-down prints that count (1 at 1 thread and 16 at 16 threads when pooling works).
 *
 * <p>Every iteration is recorded as a measurement ({@link BenchMain} takes the first ones as the
 * warm-up, prints them and checks that the throughput is flat before the measured ones).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 13, time = 2)
public class CallsBenchmark {
    /** The connections every client may keep to the stub. */
    static final int POOL = 64;

    private LoopbackStub stub;
    private LakeJobClient ours;
    private DliClient official;
    private PoolingHttpClientConnectionManager barePool;
    private CloseableHttpClient bare;
    private AkSkSigner bareSigner;
    private SignableRequest bareRequest;
    private ListQueuesRequest ourRequest;

    /** Starts the stub and builds the three clients; one warm call each checks they work. */
    @Setup
    public void setUp() throws IOException {
        stub = LoopbackStub.start();
        ours = Fixtures.lakeJob(stub.endpoint(), POOL);
        official = Fixtures.official(stub.endpoint(), POOL);
        barePool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(POOL)
                .setMaxConnPerRoute(POOL)
                .build();
        bare = HttpClients.custom()
                .setConnectionManager(barePool)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        bareSigner = new AkSkSigner(Credentials.akSk(Fixtures.AK, Fixtures.SK));
        SignableRequest unsigned = SignableRequest.builder()
                .method("GET")
                .scheme("http")
                .host("127.0.0.1")
                .port(stub.port())
                .path("/v1.0/" + Fixtures.PROJECT + "/queues")
                .header("Content-Type", "application/json")
                .header("User-Agent", "bare-httpclient5")
                .header("X-Project-Id", Fixtures.PROJECT)
                .build();
        bareRequest = unsigned.toBuilder().header("Host", unsigned.hostHeader()).build();
        ourRequest = ListQueuesRequest.builder().build();

        if (lakejob().queues().size() != 1 || official().getQueues().size() != 1 || bareHttpClient() < 100) {
            throw new IllegalStateException("a client did not read the stub's answer");
        }
        stub.resetConnections();
    }

    /** Prints how many connections the measured client opened, closes the clients and the stub. */
    @TearDown
    public void tearDown() throws IOException {
        System.out.printf(
                java.util.Locale.ROOT,
                "%n[pool] connections that carried requests after the check calls: %d (pool size %d)%n",
                stub.connections(),
                POOL);
        ours.close();
        bare.close();
        barePool.close();
        stub.close();
    }

    /**
     * Our client.
     *
     * @return the parsed page
     */
    @Benchmark
    public ListQueuesResponse lakejob() {
        return ours.queues().list(ourRequest);
    }

    /**
     * The official DLI client.
     *
     * @return the parsed page
     */
    @Benchmark
    public com.huaweicloud.sdk.dli.v1.model.ListQueuesResponse official() {
        return official.listQueues(new com.huaweicloud.sdk.dli.v1.model.ListQueuesRequest());
    }

    /**
     * A bare pooled HttpClient 5: sign with our signer, send, read the body bytes.
     *
     * @return the body length
     * @throws IOException on I/O failure
     */
    @Benchmark
    public int bareHttpClient() throws IOException {
        SignableRequest signed = bareSigner.sign(bareRequest, Instant.now());
        HttpGet get = new HttpGet(URI.create(signed.uri()));
        signed.headers().forEach(get::setHeader);
        return bare.execute(get, response -> {
            if (response.getCode() != 200) {
                throw new IOException("HTTP " + response.getCode());
            }
            return EntityUtils.toByteArray(response.getEntity()).length;
        });
    }
}
