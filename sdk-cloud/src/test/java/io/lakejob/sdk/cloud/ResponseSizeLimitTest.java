package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.internal.http.Endpoint;
import io.lakejob.sdk.cloud.internal.http.IamHttp;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reliability target 16 / issue 9 item 4: an answer larger than {@link CloudOptions#MAX_RESPONSE_BYTES}
 * ends the call with a typed error naming the limit and the property, without reading the rest
 * (so no {@code OutOfMemoryError}: a 1 GiB answer is streamed by the server, never held by the
 * test, and the client stops after the limit); its connection is discarded, not returned to the
 * pool half-read, and the next call on the same client works on a new connection.
 *
 * <p>The server is the JDK's {@link HttpServer} on loopback, so that bodies are streamed (chunked,
 * or with a {@code Content-Length}) as they are written. Each exchange reports how it ended.
 */
class ResponseSizeLimitTest {
    private static final String BASE = "/v1.0/" + WireSupport.PROJECT;
    private static final long GIB = 1024L * 1024 * 1024;
    private static final String QUEUES = "{\"is_success\":true,\"message\":\"\",\"queues\":[]}";

    /** How one exchange ended on the server. */
    record Served(String path, int remotePort, long bytesWritten, boolean completed) {}

    /** What the next answer is. */
    interface Answer {
        void write(HttpExchange exchange) throws IOException;
    }

    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private final BlockingQueue<Served> served = new LinkedBlockingQueue<>();
    private final List<Throwable> serverErrors = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService executor;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            Answer a = answers.poll();
            long[] written = {0};
            boolean completed = false;
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                if (a == null) {
                    serverErrors.add(new AssertionError("unexpected request " + exchange.getRequestURI()));
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                CountingExchange.written.set(written);
                a.write(exchange);
                completed = true;
            } catch (IOException e) {
                // The client went away mid-body: what a cut-off looks like from here.
            } finally {
                served.add(new Served(
                        exchange.getRequestURI().getPath(),
                        exchange.getRemoteAddress().getPort(),
                        written[0],
                        completed));
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
        assertThat(serverErrors).isEmpty();
    }

    /** Lets an answer count what it wrote for the exchange running on this thread. */
    static final class CountingExchange {
        static final ThreadLocal<long[]> written = new ThreadLocal<>();

        private CountingExchange() {}

        static void write(OutputStream out, byte[] chunk, long total) throws IOException {
            long[] count = written.get();
            long left = total;
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                left -= n;
                count[0] += n;
            }
            out.flush();
        }
    }

    /** An answer of {@code total} bytes; chunked when {@code declare} is false. */
    private static Answer streamed(int status, long total, boolean declare) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Request-Id", "rid-big");
            exchange.sendResponseHeaders(status, declare ? total : 0);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            CountingExchange.write(exchange.getResponseBody(), chunk, total);
        };
    }

    private static Answer json(String body) {
        return exchange -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, b.length);
            CountingExchange.write(exchange.getResponseBody(), b, b.length);
        };
    }

    private final ResilienceHarness.Provider provider =
            new ResilienceHarness.Provider(new ResilienceHarness.FakeTime());

    private LakeJobClientBuilder builder() {
        return LakeJobClient.builder()
                .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
                .projectId(WireSupport.PROJECT)
                .credentials(Credentials.akSk(WireSupport.AK, WireSupport.SK))
                .property(CloudOptions.ALLOW_INSECURE_HTTP, "true")
                .readTimeout(Duration.ofSeconds(30))
                .retryPolicy(RetryPolicy.none())
                .transport(provider);
    }

    private Served next() throws InterruptedException {
        Served s = served.poll(60, TimeUnit.SECONDS);
        assertThat(s).as("the server finished the exchange").isNotNull();
        return s;
    }

    private void assertLimitError(Throwable t, long limit) {
        assertThat(t).isInstanceOf(ServiceException.class);
        ServiceException e = (ServiceException) t;
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.requestId()).isEqualTo("rid-big");
        assertThat(e.getMessage()).contains(Long.toString(limit), CloudOptions.MAX_RESPONSE_BYTES, "ListQueues");
    }

    /** The next call works, on a new connection: the cut one was not pooled. */
    private void nextCallWorksOnANewConnection(LakeJobClient client, Served cut) throws InterruptedException {
        answers.add(json(QUEUES));
        assertThat(client.queues().list(l -> {}).queues()).isEmpty();
        Served ok = next();
        assertThat(ok.completed()).isTrue();
        assertThat(ok.remotePort()).as("a new connection").isNotEqualTo(cut.remotePort());
        assertThat(provider.transport().poolStats().getLeased()).isZero();
    }

    @Test
    void aStreamedGibibyteAtTheDefaultLimitIsCutOffWithATypedError() throws Exception {
        answers.add(streamed(200, GIB, false));
        try (LakeJobClient client = builder().build()) {
            Throwable t = catchThrowable(() -> client.queues().list(l -> {}));
            assertLimitError(t, CloudOptions.DEFAULT_MAX_RESPONSE_BYTES);
            Served cut = next();
            assertThat(cut.completed()).as("the client did not read to the end").isFalse();
            assertThat(cut.bytesWritten())
                    .as("the server could write little more than the limit before the client closed")
                    .isLessThan(CloudOptions.DEFAULT_MAX_RESPONSE_BYTES + 64L * 1024 * 1024);
            assertThat(provider.transport().poolStats().getAvailable())
                    .as("the cut connection is not pooled")
                    .isZero();
            nextCallWorksOnANewConnection(client, cut);
        }
    }

    @Test
    void aDeclaredGibibyteIsRefusedBeforeItsBodyIsRead() throws Exception {
        answers.add(streamed(200, GIB, true));
        try (LakeJobClient client = builder().build()) {
            Throwable t = catchThrowable(() -> client.queues().list(l -> {}));
            assertLimitError(t, CloudOptions.DEFAULT_MAX_RESPONSE_BYTES);
            assertThat(t.getMessage()).contains("Content-Length " + GIB);
            Served cut = next();
            assertThat(cut.completed()).isFalse();
            assertThat(cut.bytesWritten()).isLessThan(64L * 1024 * 1024);
            nextCallWorksOnANewConnection(client, cut);
        }
    }

    @Test
    void theLimitIsConfigurableAndExact() throws Exception {
        int limit = 4096;
        byte[] exact = (QUEUES + " ".repeat(limit - QUEUES.length())).getBytes(StandardCharsets.UTF_8);
        assertThat(exact).hasSize(limit);
        try (LakeJobClient client = builder()
                .property(CloudOptions.MAX_RESPONSE_BYTES, Integer.toString(limit))
                .build()) {
            // Exactly at the limit: read, with and without Content-Length.
            answers.add(json(new String(exact, StandardCharsets.UTF_8)));
            assertThat(client.queues().list(l -> {}).queues()).isEmpty();
            next();
            answers.add(exchange -> {
                exchange.sendResponseHeaders(200, 0);
                CountingExchange.write(exchange.getResponseBody(), exact, exact.length);
            });
            assertThat(client.queues().list(l -> {}).queues()).isEmpty();
            next();
            // One byte more: refused, declared or streamed.
            for (boolean declare : new boolean[] {true, false}) {
                answers.add(streamed(200, limit + 1, declare));
                assertLimitError(catchThrowable(() -> client.queues().list(l -> {})), limit);
                Served cut = next();
                nextCallWorksOnANewConnection(client, cut);
            }
        }
    }

    @Test
    void aCompressedAnswerIsLimitedByWhatItExpandsTo() throws Exception {
        answers.add(exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.getResponseHeaders().add("X-Request-Id", "rid-big");
            exchange.sendResponseHeaders(200, 0);
            // 256 MiB of spaces compress to about 256 KiB.
            try (GZIPOutputStream gz = new GZIPOutputStream(exchange.getResponseBody(), 64 * 1024)) {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                CountingExchange.write(gz, chunk, 256L * 1024 * 1024);
            }
        });
        try (LakeJobClient client =
                builder().property(CloudOptions.MAX_RESPONSE_BYTES, "1m").build()) {
            assertLimitError(catchThrowable(() -> client.queues().list(l -> {})), 1024 * 1024);
            Served cut = next();
            assertThat(cut.completed()).isFalse();
            nextCallWorksOnANewConnection(client, cut);
        }
    }

    @Test
    void aCreateAnsweredTooLargeHasAnUnknownOutcomeWithItsClientToken() throws Exception {
        answers.add(streamed(200, 64 * 1024, false));
        try (LakeJobClient client =
                builder().property(CloudOptions.MAX_RESPONSE_BYTES, "16k").build()) {
            Throwable t = catchThrowable(() -> client.sql().submit("SELECT 1", "q1"));
            assertThat(t).isInstanceOf(OutcomeUnknownException.class);
            OutcomeUnknownException e = (OutcomeUnknownException) t;
            assertThat(e.clientToken()).isNotBlank();
            assertThat(e.getMessage()).contains("16384", CloudOptions.MAX_RESPONSE_BYTES, e.clientToken());
            next();
        }
    }

    @Test
    void anErrorAnswerTooLargeKeepsItsStatus() throws Exception {
        answers.add(streamed(503, 64 * 1024, true));
        try (LakeJobClient client =
                builder().property(CloudOptions.MAX_RESPONSE_BYTES, "16k").build()) {
            Throwable t = catchThrowable(() -> client.queues().list(l -> {}));
            assertThat(t).isInstanceOf(ServiceException.class);
            assertThat(((ServiceException) t).statusCode()).isEqualTo(503);
            assertThat(((ServiceException) t).retryable()).isTrue();
            assertThat(t.getMessage()).contains("16384", CloudOptions.MAX_RESPONSE_BYTES);
            next();
        }
    }

    @Test
    void anIamAnswerIsReadOnlyUpToItsOwnLimit() throws Exception {
        answers.add(streamed(200, GIB, false));
        IamHttp iam = new IamHttp(
                Endpoint.parse("http://127.0.0.1:" + server.getAddress().getPort(), true),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30));
        Throwable t = catchThrowable(() -> iam.send(
                "IAM token request",
                "POST",
                new String[] {"v3", "auth", "tokens"},
                Map.of(),
                Map.of(),
                "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(t)
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("IAM token request")
                .hasMessageContaining("larger than " + (4 * 1024 * 1024));
        Served cut = next();
        assertThat(cut.completed()).isFalse();
        assertThat(cut.bytesWritten()).isLessThan(256L * 1024 * 1024);
    }

    @Test
    void theLimitIsCheckedWhenTheClientIsBuilt() {
        for (String bad : new String[] {"abc", "0", "-5", "3g", "1.5m", ""}) {
            assertThat(catchThrowable(() -> builder()
                            .property(CloudOptions.MAX_RESPONSE_BYTES, bad)
                            .build()))
                    .as(bad)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(CloudOptions.MAX_RESPONSE_BYTES);
        }
        for (String good : new String[] {"1024", "512k", "64m", "64MiB", "1g", "2047m"}) {
            assertThatCode(() -> builder()
                            .property(CloudOptions.MAX_RESPONSE_BYTES, good)
                            .build()
                            .close())
                    .as(good)
                    .doesNotThrowAnyException();
        }
    }
}
