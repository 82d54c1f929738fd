package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.internal.RestTransport;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Reliability target 9: 10 000 calls at 64-way concurrency with mixed faults (resets, empty
 * answers, malformed chunks, garbage, read timeouts, 500s, 404s, ambiguous submits). Every call
 * ends with the expected outcome; afterwards no connection is leased, no attempt waited in vain
 * for a pooled connection, and after {@code close()} no thread the client started is alive.
 */
class PoolLoadTest {
    private static final int CALLS = 10_000;
    private static final int THREADS = 64;
    private static final String Q = "/v1.0/" + WireSupport.PROJECT + "/queues/";

    private static String kind(int i) {
        int r = i % 100;
        if (r < 70) {
            return "ok";
        } else if (r < 75) {
            return "reset";
        } else if (r < 80) {
            return "empty";
        } else if (r < 84) {
            return "chunk";
        } else if (r < 88) {
            return "garbage";
        } else if (r < 93) {
            return "submit";
        } else if (r < 97) {
            return "e500";
        } else if (r < 99 || i % 500 != 499) {
            return "e404";
        }
        return "slow";
    }

    @Test
    void tenThousandCallsWithMixedFaultsLeaveNoLeaseNoPoolTimeoutAndNoThread() throws Exception {
        WireMockServer server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(THREADS + 16)
                .disableRequestJournal());
        server.start();
        try {
            String ok = WireSupport.resource("6.4-response.json");
            server.stubFor(get(urlPathEqualTo(Q + "ok")).willReturn(aResponse().withBody(ok)));
            server.stubFor(
                    get(urlPathEqualTo(Q + "reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            server.stubFor(
                    get(urlPathEqualTo(Q + "empty")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
            server.stubFor(
                    get(urlPathEqualTo(Q + "chunk")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
            server.stubFor(
                    get(urlPathEqualTo(Q + "garbage")).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
            server.stubFor(get(urlPathEqualTo(Q + "e500"))
                    .willReturn(aResponse().withStatus(500).withBody("{\"error_msg\":\"x\"}")));
            server.stubFor(get(urlPathEqualTo(Q + "e404"))
                    .willReturn(aResponse().withStatus(404).withBody("{\"error_code\":\"DLI.0002\"}")));
            server.stubFor(get(urlPathEqualTo(Q + "slow"))
                    .willReturn(aResponse().withFixedDelay(2_500).withBody(ok)));
            server.stubFor(post(urlPathEqualTo("/v1.0/" + WireSupport.PROJECT + "/jobs/submit-job"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
            ResilienceHarness.Provider provider = new ResilienceHarness.Provider(new ResilienceHarness.FakeTime());
            Set<String> unexpected = ConcurrentHashMap.newKeySet();
            AtomicInteger poolTimeoutsSeen = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            RestTransport transport;
            long start = System.nanoTime();
            try (LakeJobClient client = LakeJobClient.builder()
                    .endpoint("http://127.0.0.1:" + server.port())
                    .projectId(WireSupport.PROJECT)
                    .credentials(Credentials.akSk(WireSupport.AK, WireSupport.SK))
                    .property(CloudOptions.ALLOW_INSECURE_HTTP, "true")
                    .readTimeout(Duration.ofSeconds(2))
                    .connectTimeout(Duration.ofSeconds(5))
                    .retryPolicy(RetryPolicy.standard().withRetryQuota(0))
                    .transport(provider)
                    .build()) {
                transport = provider.transport();
                ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    String kind = kind(i);
                    futures.add(pool.submit(() -> {
                        try {
                            if (kind.equals("submit")) {
                                client.sql().submit("SELECT 1", "q1");
                                unexpected.add("submit succeeded");
                            } else {
                                client.queues().get(kind);
                                if (!kind.equals("ok")) {
                                    unexpected.add(kind + " succeeded");
                                }
                            }
                        } catch (RuntimeException e) {
                            for (Throwable c = e; c != null; c = c.getCause()) {
                                if (c instanceof ConnectionRequestTimeoutException) {
                                    poolTimeoutsSeen.incrementAndGet();
                                }
                            }
                            boolean expected =
                                    switch (kind) {
                                        case "submit" -> e instanceof OutcomeUnknownException o
                                                && o.clientToken() != null;
                                        case "e500" -> e instanceof ServiceException s && s.statusCode() == 500;
                                        case "e404" -> e instanceof ServiceException s && s.statusCode() == 404;
                                        case "reset", "empty", "chunk", "garbage", "slow" -> e
                                                instanceof TransportException;
                                        default -> false;
                                    };
                            if (!expected) {
                                unexpected.add(kind + ": " + e);
                            }
                        }
                        done.incrementAndGet();
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
                pool.shutdown();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
                assertThat(done.get()).isEqualTo(CALLS);
                assertThat(unexpected).isEmpty();
                assertThat(poolTimeoutsSeen.get()).isZero();
                assertThat(transport.poolTimeouts()).isZero();
                assertThat(transport.poolStats().getLeased()).isZero();
                assertThat(transport.poolStats().getPending()).isZero();
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("PoolLoadTest: " + CALLS + " calls at " + THREADS + "-way concurrency in " + ms + " ms");
            assertThat(transport.poolStats().getLeased()).isZero();
            assertThat(transport.poolStats().getAvailable()).isZero(); // closed: every connection gone
            // No thread started by the client outlives close() (Jetty's own threads aside).
            List<String> alive = new ArrayList<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (before.contains(t)
                        || t.getName().startsWith("qtp")
                        || t.getName().contains("Scheduler")) {
                    continue;
                }
                t.join(5_000);
                if (t.isAlive()) {
                    alive.add(t.getName());
                }
            }
            assertThat(alive).isEmpty();
        } finally {
            server.stop();
        }
    }
}
