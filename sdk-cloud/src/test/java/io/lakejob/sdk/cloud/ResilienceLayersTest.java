package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The optional circuit breaker and rate limiter, reconciliation by client token, the AK/SK body
 * limit before any I/O, proxy routing with credentials, and trust-store errors without secrets.
 */
class ResilienceLayersTest extends WireSupport {
    private static final String QUEUES = "/v1.0/" + PROJECT + "/queues";

    private final ResilienceHarness.FakeTime time = new ResilienceHarness.FakeTime();
    private final ResilienceHarness.Provider provider = new ResilienceHarness.Provider(time);

    @Test
    void circuitBreakerOpensAndThenFailsWithoutIo() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("{\"error_msg\":\"down\"}")));
        try (LakeJobClient client = ResilienceHarness.withFakeTime(builder(), provider)
                .retryPolicy(RetryPolicy.none())
                .property(CloudOptions.CIRCUIT_BREAKER_ENABLED, "true")
                .property(CloudOptions.CIRCUIT_BREAKER_SLIDING_WINDOW_SIZE, "4")
                .property(CloudOptions.CIRCUIT_BREAKER_MINIMUM_CALLS, "4")
                .property(CloudOptions.CIRCUIT_BREAKER_FAILURE_RATE_THRESHOLD, "50")
                .build()) {
            for (int i = 0; i < 4; i++) {
                catchThrowable(() -> client.queues().get("q"));
            }
            CircuitBreaker cb = provider.transport().resilience().circuitBreaker();
            assertThat(cb.getState()).isEqualTo(CircuitBreaker.State.OPEN);
            Throwable t = catchThrowable(() -> client.queues().get("q"));
            assertThat(t).isExactlyInstanceOf(TransportException.class);
            assertThat(t.getMessage()).contains("was not sent", "circuit breaker");
        }
        assertThat(requests()).hasSize(4);
    }

    @Test
    void circuitBreakerIgnoresClientErrorsAndIsOffByDefault() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withBody("{\"error_code\":\"DLI.0002\"}")));
        try (LakeJobClient client = ResilienceHarness.withFakeTime(builder(), provider)
                .property(CloudOptions.CIRCUIT_BREAKER_ENABLED, "true")
                .property(CloudOptions.CIRCUIT_BREAKER_SLIDING_WINDOW_SIZE, "4")
                .property(CloudOptions.CIRCUIT_BREAKER_MINIMUM_CALLS, "4")
                .build()) {
            for (int i = 0; i < 10; i++) {
                catchThrowable(() -> client.queues().get("q"));
            }
            assertThat(provider.transport().resilience().circuitBreaker().getState())
                    .isEqualTo(CircuitBreaker.State.CLOSED);
        }
        assertThat(requests()).hasSize(10);
        try (LakeJobClient client =
                ResilienceHarness.withFakeTime(builder(), provider).build()) {
            assertThat(provider.transport().resilience().circuitBreaker()).isNull();
            assertThat(provider.transport().resilience().rateLimiter()).isNull();
        }
    }

    @Test
    void rateLimiterLimitsAttemptsAndIsNotRetried() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody(resource("6.4-response.json"))));
        int ok = 0;
        int limited = 0;
        long start;
        long elapsedMs;
        try (LakeJobClient client = ResilienceHarness.withFakeTime(builder(), provider)
                .property(CloudOptions.RATE_LIMITER_PERMITS_PER_SECOND, "3")
                .property(CloudOptions.RATE_LIMITER_TIMEOUT, "0")
                .build()) {
            client.queues().get("q"); // warm up: class loading outside the measured window
            server.resetRequests();
            start = System.nanoTime();
            for (int i = 0; i < 12; i++) {
                Throwable t = catchThrowable(() -> client.queues().get("q"));
                if (t == null) {
                    ok++;
                } else {
                    assertThat(t).isExactlyInstanceOf(TransportException.class);
                    assertThat(t.getMessage()).contains("rate limiter", "was not sent");
                    limited++;
                }
            }
            elapsedMs = (System.nanoTime() - start) / 1_000_000;
        }
        // 3 permits a second: never more than 3 per started period (plus the warm-up's period).
        long periods = elapsedMs / 1000 + 2;
        System.out.println("rate limiter: " + ok + " of 12 allowed in " + elapsedMs + " ms");
        assertThat(ok).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo((int) (3 * periods));
        assertThat(limited).isGreaterThan(0);
        assertThat(limited).isEqualTo(12 - ok);
        assertThat(requests()).hasSize(ok);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void badResilienceSettingsAreConfigurationErrors() {
        assertThatThrownBy(() -> ResilienceHarness.withFakeTime(builder(), provider)
                        .property(CloudOptions.RATE_LIMITER_PERMITS_PER_SECOND, "lots")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(CloudOptions.RATE_LIMITER_PERMITS_PER_SECOND);
        assertThatThrownBy(() -> ResilienceHarness.withFakeTime(builder(), provider)
                        .property(CloudOptions.CIRCUIT_BREAKER_ENABLED, "true")
                        .property(CloudOptions.CIRCUIT_BREAKER_WAIT_IN_OPEN_STATE, "soon")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(CloudOptions.CIRCUIT_BREAKER_WAIT_IN_OPEN_STATE);
    }

    @Test
    void anOutcomeUnknownSubmitIsFoundByItsClientToken() {
        server.stubFor(post(urlPathEqualTo("/v1.0/" + PROJECT + "/jobs/submit-job"))
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        try (LakeJobClient client =
                ResilienceHarness.withFakeTime(builder(), provider).build()) {
            OutcomeUnknownException e =
                    (OutcomeUnknownException) catchThrowable(() -> client.sql().submit("SELECT 1", "q1"));
            String token = e.clientToken();
            assertThat(e.getMessage()).contains(token);
            server.stubFor(get(urlPathEqualTo("/v1.0/" + PROJECT + "/jobs"))
                    .withQueryParam("tags", equalTo(Reconcile.CLIENT_TOKEN_TAG + "=" + token))
                    .willReturn(aResponse()
                            .withBody("{\"is_success\":true,\"message\":\"\",\"job_count\":1,\"jobs\":["
                                    + "{\"job_id\":\"job-42\",\"job_type\":\"QUERY\",\"queue_name\":\"q1\",\"status\":\"RUNNING\","
                                    + "\"tags\":[{\"key\":\"" + Reconcile.CLIENT_TOKEN_TAG + "\",\"value\":\"" + token
                                    + "\"}]}]}")));
            Optional<SqlJob> found = Reconcile.findSqlJob(client.sql(), e);
            assertThat(found).map(SqlJob::jobId).contains("job-42");
            server.stubFor(get(urlPathEqualTo("/v1.0/" + PROJECT + "/jobs"))
                    .withQueryParam("tags", equalTo(Reconcile.CLIENT_TOKEN_TAG + "=other"))
                    .willReturn(aResponse().withBody("{\"is_success\":true,\"job_count\":0,\"jobs\":[]}")));
            assertThat(Reconcile.findSqlJob(client.sql(), "other")).isEmpty();
            assertThatThrownBy(() -> Reconcile.findSqlJob(client.sql(), "a,b")).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aCallersOwnClientTokenTagIsKept() {
        server.stubFor(post(urlPathEqualTo("/v1.0/" + PROJECT + "/jobs/submit-job"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (LakeJobClient client =
                ResilienceHarness.withFakeTime(builder(), provider).build()) {
            SubmitSqlJobRequest request = SubmitSqlJobRequest.builder()
                    .sql("SELECT 1")
                    .queueName("q1")
                    .addTag(Reconcile.CLIENT_TOKEN_TAG, "my-token-1")
                    .build();
            OutcomeUnknownException e =
                    (OutcomeUnknownException) catchThrowable(() -> client.sql().submit(request));
            assertThat(e.clientToken()).isEqualTo("my-token-1");
        }
        assertThat(json(onlyRequest().getBodyAsString()).get("tags")).hasSize(1);
    }

    private static SubmitSqlJobRequest bigSubmit() {
        List<String> conf = new ArrayList<>();
        String value = "x".repeat(1024 * 1024);
        for (int i = 0; i < 13; i++) {
            conf.add("spark.big" + i + "=" + value);
        }
        return SubmitSqlJobRequest.builder()
                .sql("SELECT 1")
                .queueName("q1")
                .conf(conf)
                .build();
    }

    @Test
    void akSkBodiesOverTwelveMebibytesAreRefusedBeforeAnySocketOpensAndSentWithATokenInstead() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody(resource("7.3.3-response.json"))));
        try (LakeJobClient client =
                ResilienceHarness.withFakeTime(builder(), provider).build()) {
            Throwable t = catchThrowable(() -> client.sql().submit(bigSubmit()));
            assertThat(t).isInstanceOf(ValidationException.class).hasMessageContaining("token");
            assertThat(provider.transport().poolStats().getAvailable()).isZero(); // no connection was ever made
        }
        assertThat(requests()).isEmpty();
        assertThat(time.sleeps()).isEmpty();
        try (LakeJobClient client = ResilienceHarness.withFakeTime(builder(), provider)
                .credentials(Credentials.token("TOKEN_big_body_1"))
                .build()) {
            client.sql().submit(bigSubmit());
        }
        LoggedRequest sent = onlyRequest();
        assertThat(sent.getBody().length).isGreaterThan(12 * 1024 * 1024);
    }

    @Test
    void requestsGoThroughTheProxyWithItsCredentials() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("proxyuser:PROXY_SECRET_pw".getBytes());
        server.stubFor(get(urlPathEqualTo(QUEUES + "/q"))
                .atPriority(1)
                .withHeader("Proxy-Authorization", equalTo(basic))
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
        server.stubFor(any(anyUrl())
                .atPriority(5)
                .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")));
        // The endpoint's host does not resolve: only the proxy (WireMock) can answer.
        LakeJobClient client = ResilienceHarness.withFakeTime(builder(), provider)
                .endpoint("http://dli.lakejob-test.invalid")
                .property(CloudOptions.PROXY_HOST, "127.0.0.1")
                .property(CloudOptions.PROXY_PORT, Integer.toString(server.port()))
                .property(CloudOptions.PROXY_USERNAME, "proxyuser")
                .property(CloudOptions.PROXY_PASSWORD, "PROXY_SECRET_pw")
                .build();
        try (client) {
            assertThat(client.queues().get("q").queue().queueName()).isEqualTo("test");
            assertThat(client.toString()).doesNotContain("PROXY_SECRET_pw");
        }
        assertThat(requests()).last().satisfies(r -> assertThat(r.getHeader("Host"))
                .isEqualTo("dli.lakejob-test.invalid"));
    }

    @Test
    void anUnreadableTrustStoreIsAConfigurationErrorWithoutItsPassword() {
        Throwable t = catchThrowable(() -> ResilienceHarness.withFakeTime(builder(), provider)
                .property(CloudOptions.TLS_TRUST_STORE, "/nonexistent/trust.p12")
                .property(CloudOptions.TLS_TRUST_STORE_PASSWORD, "STORE_SECRET_pw")
                .build());
        assertThat(t).isInstanceOf(ConfigurationException.class).hasMessageContaining(CloudOptions.TLS_TRUST_STORE);
        assertThat(t.getMessage()).doesNotContain("STORE_SECRET_pw");
    }
}
