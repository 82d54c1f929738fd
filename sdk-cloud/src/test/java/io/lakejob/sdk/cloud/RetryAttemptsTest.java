package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.AkSkSigner;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.Token;
import io.lakejob.sdk.auth.TokenProvider;
import io.lakejob.sdk.cloud.internal.retry.RetryAfter;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import io.lakejob.sdk.model.queue.QueueActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reliability target 3 (exactly {@code maxAttempts} requests reach the server for a failing
 * read: no hidden retry layer), the classification table on status and {@code error_code}, the
 * retry quota, fresh signing per attempt (target 7, part), the one-time token refresh after HTTP
 * 401 and the one-time clock re-sync after a skew rejection.
 */
class RetryAttemptsTest extends WireSupport {
    private static final String QUEUES = "/v1.0/" + PROJECT + "/queues";

    private final ResilienceHarness.FakeTime time = new ResilienceHarness.FakeTime();
    private final ResilienceHarness.Provider provider = new ResilienceHarness.Provider(time);

    private LakeJobClient client(RetryPolicy policy) {
        return ResilienceHarness.withFakeTime(builder(), provider)
                .retryPolicy(policy)
                .build();
    }

    private static String error(String code, String msg) {
        return "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + msg + "\"}";
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aFailingReadReachesTheServerExactlyMaxAttemptsTimes(int maxAttempts) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody(error("DLI.0999", "boom"))));
        try (LakeJobClient client = client(RetryPolicy.standard().withMaxAttempts(maxAttempts))) {
            Throwable t = catchThrowable(() -> client.queues().get("q"));
            assertThat(t).isInstanceOf(ServiceException.class);
            assertThat(((ServiceException) t).statusCode()).isEqualTo(500);
            assertThat(provider.transport().resilience().retry().getMetrics().getNumberOfFailedCallsWithRetryAttempt()
                            + provider.transport()
                                    .resilience()
                                    .retry()
                                    .getMetrics()
                                    .getNumberOfFailedCallsWithoutRetryAttempt())
                    .isEqualTo(1);
        }
        assertThat(requests()).hasSize(maxAttempts);
        assertThat(time.sleeps()).hasSize(maxAttempts - 1);
    }

    @Test
    void backoffIsFullJitterUnderTheDoublingCeiling() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502).withBody("{}")));
        RetryPolicy policy = RetryPolicy.standard().withMaxAttempts(6).withRetryQuota(0);
        try (LakeJobClient client = client(policy)) {
            for (int i = 0; i < 20; i++) {
                catchThrowable(() -> client.queues().get("q"));
            }
        }
        List<Duration> sleeps = time.sleeps();
        assertThat(sleeps).hasSize(20 * 5);
        for (int i = 0; i < sleeps.size(); i++) {
            long ceiling = 100L << (i % 5);
            assertThat(sleeps.get(i)).isBetween(Duration.ZERO, Duration.ofMillis(ceiling));
        }
        // Jittered, not constant.
        assertThat(sleeps.stream().distinct().count()).isGreaterThan(50);
    }

    @ParameterizedTest
    @CsvSource({
        // status, error_code, GET attempts, POST attempts
        "500, DLI.0999, 3, 1",
        "502, X, 3, 1",
        "504, X, 3, 1",
        "408, X, 3, 1",
        "400, DLI.0999, 3, 1",
        "503, X, 3, 1",
        "500, DLI.0002, 1, 1",
        "400, DLI.0001, 1, 1",
        "403, DLI.0003, 1, 1",
        "404, DLI.0002, 1, 1",
        "409, DLI.0006, 1, 1",
        "401, DLI.0013, 1, 1",
        "429, APIGW.0308, 3, 3"
    })
    void classificationFollowsStatusAndErrorCode(int status, String code, int getAttempts, int postAttempts) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(error(code, "failed"))));
        try (LakeJobClient client = client(RetryPolicy.standard())) {
            assertThat(catchThrowable(() -> client.queues().get("q"))).isInstanceOf(ServiceException.class);
            assertThat(requests()).hasSize(getAttempts);
            server.resetRequests();
            assertThat(catchThrowable(() -> client.queues()
                            .create(CreateQueueRequest.builder()
                                    .queueName("q1")
                                    .cuCount(16)
                                    .build())))
                    .isInstanceOf(ServiceException.class);
            assertThat(requests()).hasSize(postAttempts);
        }
    }

    @Test
    void unavailableIsNotRetriedWhenThePolicySaysSo() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withBody(error("X", "busy"))));
        try (LakeJobClient client = client(RetryPolicy.standard().withRetryOn503(false))) {
            assertThat(catchThrowable(() -> client.queues().get("q"))).isInstanceOf(ServiceException.class);
        }
        assertThat(requests()).hasSize(1);
    }

    @Test
    void queueActionIsANonIdempotentPutAndDeleteIsRetried() {
        server.stubFor(any(urlPathEqualTo(QUEUES + "/q/action"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(
                any(urlPathEqualTo(QUEUES + "/q")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (LakeJobClient client = client(RetryPolicy.standard())) {
            Throwable action = catchThrowable(() -> client.queues().action(QueueActionRequest.scaleOut("q", 16)));
            assertThat(action).isInstanceOf(OutcomeUnknownException.class);
            assertThat(((OutcomeUnknownException) action).operation()).isEqualTo("QueueAction");
            assertThat(requests()).hasSize(1);
            server.resetRequests();
            Throwable delete = catchThrowable(() -> client.queues().delete("q"));
            assertThat(delete).isExactlyInstanceOf(TransportException.class);
            assertThat(requests()).hasSize(3);
        }
    }

    @Test
    void connectionRefusedIsRetriedForACreateToo() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (LakeJobClient client = ResilienceHarness.withFakeTime(builder(), provider)
                .endpoint("http://127.0.0.1:" + port)
                .build()) {
            Throwable t = catchThrowable(() -> client.queues()
                    .create(CreateQueueRequest.builder()
                            .queueName("q1")
                            .cuCount(16)
                            .build()));
            assertThat(t).isExactlyInstanceOf(TransportException.class);
            assertThat(t.getMessage()).contains("was not sent");
        }
        // Three attempts, so two pauses, none of them real.
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void anExhaustedQuotaStopsRetries() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody(error("X", "down"))));
        // 10 tokens: two retries' worth.
        try (LakeJobClient client = client(RetryPolicy.standard().withRetryQuota(10))) {
            catchThrowable(() -> client.queues().get("q"));
            assertThat(requests()).hasSize(3);
            assertThat(provider.transport().resilience().quota().available()).isZero();
            catchThrowable(() -> client.queues().get("q"));
            catchThrowable(() -> client.queues().get("q"));
            assertThat(requests()).hasSize(5); // one attempt each once the quota is spent
        }
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void successesRefillTheQuota() {
        server.stubFor(
                get(urlPathEqualTo(QUEUES + "/ok")).willReturn(aResponse().withBody(resource("6.4-response.json"))));
        server.stubFor(get(urlPathEqualTo(QUEUES + "/bad"))
                .willReturn(aResponse().withStatus(500).withBody(error("X", "down"))));
        try (LakeJobClient client = client(RetryPolicy.standard().withRetryQuota(10))) {
            catchThrowable(() -> client.queues().get("bad"));
            assertThat(provider.transport().resilience().quota().available()).isZero();
            for (int i = 0; i < 5; i++) {
                client.queues().get("ok");
            }
            assertThat(provider.transport().resilience().quota().available()).isEqualTo(5);
            server.resetRequests();
            catchThrowable(() -> client.queues().get("bad"));
            assertThat(requests()).hasSize(2); // one retry paid, then the bucket is empty again
        }
    }

    @Test
    void everyRetryCarriesAFreshSdkDate() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(504).withBody("{}")));
        try (LakeJobClient client = ResilienceHarness.withFakeTime(builder(), provider)
                .clock(ResilienceHarness.ticking(NOW, Duration.ofSeconds(3)))
                .retryPolicy(RetryPolicy.standard().withMaxAttempts(5))
                .build()) {
            catchThrowable(() -> client.queues().get("q"));
        }
        List<String> dates =
                requests().stream().map(r -> r.getHeader("X-Sdk-Date")).toList();
        assertThat(dates).hasSize(5).doesNotHaveDuplicates();
        assertThat(dates).isSorted();
        // Each date is the one its own signature covers.
        requests().forEach(r -> assertThat(r.getHeader("Authorization")).contains("x-sdk-date"));
    }

    /** A token provider handing out t1, t2, ... and recording invalidations. */
    static final class CountingProvider implements TokenProvider {
        final AtomicInteger issued = new AtomicInteger(1);
        final List<String> invalidated = new CopyOnWriteArrayList<>();

        @Override
        public Token token() {
            return new Token("t" + issued.get(), null);
        }

        @Override
        public void invalidate(Token rejected) {
            invalidated.add(rejected.value());
            issued.incrementAndGet();
        }
    }

    @Test
    void http401RefreshesTheProviderTokenAndRetriesExactlyOnce() {
        server.stubFor(get(urlPathEqualTo(QUEUES + "/q"))
                .withHeader("X-Auth-Token", equalTo("t1"))
                .willReturn(aResponse().withStatus(401).withBody(error("DLI.0013", "token expired"))));
        server.stubFor(get(urlPathEqualTo(QUEUES + "/q"))
                .withHeader("X-Auth-Token", equalTo("t2"))
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
        CountingProvider tokens = new CountingProvider();
        try (LakeJobClient client = ResilienceHarness.withFakeTime(builder(), provider)
                .credentials(Credentials.tokenProvider(tokens))
                .build()) {
            assertThat(client.queues().get("q").queue().queueName()).isEqualTo("test");
        }
        assertThat(tokens.invalidated).containsExactly("t1");
        assertThat(requests()).extracting(r -> r.getHeader("X-Auth-Token")).containsExactly("t1", "t2");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aSecond401IsNotRefreshedAgain() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withBody(error("DLI.0013", "bad token"))));
        CountingProvider tokens = new CountingProvider();
        try (LakeJobClient client = ResilienceHarness.withFakeTime(builder(), provider)
                .credentials(Credentials.tokenProvider(tokens))
                .build()) {
            Throwable t = catchThrowable(() -> client.queues()
                    .create(CreateQueueRequest.builder()
                            .queueName("q1")
                            .cuCount(16)
                            .build()));
            assertThat(((ServiceException) t).statusCode()).isEqualTo(401);
        }
        assertThat(tokens.invalidated).containsExactly("t1");
        assertThat(requests()).hasSize(2);
    }

    @Test
    void clockSkewIsCorrectedFromTheDateHeaderAndRetriedOnce() {
        Instant serverNow = NOW.plus(Duration.ofMinutes(47));
        server.stubFor(get(urlPathEqualTo(QUEUES + "/q"))
                .atPriority(1)
                .withHeader("X-Sdk-Date", equalTo(AkSkSigner.formatDate(serverNow)))
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
        server.stubFor(get(urlPathEqualTo(QUEUES + "/q"))
                .atPriority(5)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Date", RetryAfter.format(serverNow))
                        .withBody(error(
                                "APIGW.0301",
                                "Incorrect IAM authentication information: the request time is skewed"))));
        try (LakeJobClient client =
                ResilienceHarness.withFakeTime(builder(), provider).build()) {
            assertThat(client.queues().get("q").queue().queueName()).isEqualTo("test");
            assertThat(provider.transport().clockSkew()).isEqualTo(Duration.ofMinutes(47));
            assertThat(requests()).hasSize(2);
            // Later calls sign with the corrected clock straight away.
            client.queues().get("q");
            assertThat(requests()).hasSize(3);
        }
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aSecondSkewRejectionEndsTheCall() {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Date", RetryAfter.format(NOW.plusSeconds(3600)))
                        .withBody(error("APIGW.0301", "request expired: X-Sdk-Date is out of range"))));
        try (LakeJobClient client =
                ResilienceHarness.withFakeTime(builder(), provider).build()) {
            Throwable t = catchThrowable(() -> client.queues().get("q"));
            assertThat(((ServiceException) t).statusCode()).isEqualTo(403);
        }
        assertThat(requests()).hasSize(2);
    }
}
