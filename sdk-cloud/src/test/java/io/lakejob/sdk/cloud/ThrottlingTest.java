package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.cloud.internal.retry.RetryAfter;
import io.lakejob.sdk.exception.ServiceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reliability target 2: {@code Retry-After} in seconds and as an HTTP date is honoured within
 * 10 % (the pause is measured through the fake sleeper); a hint past the cap or past the call
 * deadline ends the call at once with a throttling error and no pause. Throttling is retried for
 * every method.
 */
class ThrottlingTest extends WireSupport {
    private static final String QUEUE = "/v1.0/" + PROJECT + "/queues/q";
    private static final String SUBMIT = "/v1.0/" + PROJECT + "/jobs/submit-job";
    private static final String THROTTLED =
            "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"The request is throttled.\"}";

    private final ResilienceHarness.FakeTime time = new ResilienceHarness.FakeTime();
    private final ResilienceHarness.Provider provider = new ResilienceHarness.Provider(time);

    private LakeJobClient client(RetryPolicy policy, Duration callTimeout) {
        return ResilienceHarness.withFakeTime(builder(), provider)
                .retryPolicy(policy)
                .callTimeout(callTimeout)
                .build();
    }

    private void thenOk(String path, ResponseDefinitionBuilder first, String okBody, boolean post) {
        var firstStub = post ? post(urlPathEqualTo(path)) : get(urlPathEqualTo(path));
        var secondStub = post ? post(urlPathEqualTo(path)) : get(urlPathEqualTo(path));
        server.stubFor(firstStub
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first)
                .willSetStateTo("ok"));
        server.stubFor(secondStub
                .inScenario("t")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(okBody)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 19})
    void retryAfterSecondsIsHonoured(int seconds) {
        thenOk(
                QUEUE,
                aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", Integer.toString(seconds))
                        .withBody(THROTTLED),
                resource("6.4-response.json"),
                false);
        try (LakeJobClient client = client(RetryPolicy.standard(), Duration.ofMinutes(5))) {
            assertThat(client.queues().get("q").queue().queueName()).isEqualTo("test");
        }
        assertThat(requests()).hasSize(2);
        assertThat(time.sleeps()).hasSize(1);
        assertThat(time.sleeps().get(0).toMillis()).isCloseTo(seconds * 1000L, Percentage.withPercentage(10));
    }

    @Test
    void retryAfterHttpDateIsHonouredAgainstTheServersDate() {
        Instant serverNow = Instant.parse("2031-05-06T07:08:09Z"); // far from the client's clock: skew cancels out
        thenOk(
                QUEUE,
                aResponse()
                        .withStatus(429)
                        .withHeader("Date", RetryAfter.format(serverNow))
                        .withHeader("Retry-After", RetryAfter.format(serverNow.plusSeconds(12)))
                        .withBody(THROTTLED),
                resource("6.4-response.json"),
                false);
        try (LakeJobClient client = client(RetryPolicy.standard(), Duration.ofMinutes(5))) {
            client.queues().get("q");
        }
        assertThat(requests()).hasSize(2);
        assertThat(time.sleeps()).hasSize(1);
        assertThat(time.sleeps().get(0).toMillis()).isCloseTo(12_000L, Percentage.withPercentage(10));
    }

    @Test
    void retryAfterHttpDateWithoutDateHeaderUsesTheClientClock() {
        assertThat(RetryAfter.parse(RetryAfter.format(NOW.plusSeconds(30)), null, NOW))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(RetryAfter.format(NOW.minusSeconds(30)), null, NOW))
                .isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:30 GMT", NOW))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("soon", null, NOW)).isNull();
        assertThat(RetryAfter.parse(null, null, NOW)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999999", null, NOW)).isGreaterThan(Duration.ofDays(365));
    }

    @Test
    void retryAfterPastTheCapFailsAtOnceWithoutSleeping() {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "60")
                        .withBody(THROTTLED)));
        RetryPolicy policy = RetryPolicy.standard().withThrottling(Duration.ofSeconds(1), Duration.ofSeconds(20));
        Throwable t;
        try (LakeJobClient client = client(policy, Duration.ofMinutes(5))) {
            t = catchThrowable(() -> client.queues().get("q"));
        }
        assertThat(t).isInstanceOf(ServiceException.class);
        ServiceException e = (ServiceException) t;
        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.errorCode()).isEqualTo("APIGW.0308");
        assertThat(e.retryable()).isTrue();
        assertThat(e.getMessage()).contains("cap");
        assertThat(time.sleeps()).isEmpty();
        assertThat(requests()).hasSize(1);
    }

    @Test
    void retryAfterPastTheCallDeadlineFailsAtOnceWithoutSleeping() {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "18")
                        .withBody(THROTTLED)));
        Throwable t;
        try (LakeJobClient client = client(RetryPolicy.standard(), Duration.ofSeconds(15))) {
            t = catchThrowable(() -> client.queues().get("q"));
        }
        assertThat(t).isInstanceOf(ServiceException.class);
        assertThat(((ServiceException) t).statusCode()).isEqualTo(429);
        assertThat(t.getMessage()).contains("deadline");
        assertThat(time.sleeps()).isEmpty();
        assertThat(requests()).hasSize(1);
    }

    @Test
    void throttledSubmitIsRetriedAfterTheHintWithTheSameClientToken() {
        thenOk(
                SUBMIT,
                aResponse().withStatus(429).withHeader("Retry-After", "2").withBody(THROTTLED),
                resource("7.3.3-response.json"),
                true);
        try (LakeJobClient client = client(RetryPolicy.standard(), Duration.ofMinutes(5))) {
            assertThat(client.sql().submit("SELECT 1", "q1").jobId()).isEqualTo("8ecb0777-9c70-4529-9935-29ea0946039c");
        }
        List<String> tokens = requests().stream()
                .map(r -> json(r.getBodyAsString())
                        .get("tags")
                        .get(0)
                        .get("value")
                        .asText())
                .toList();
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(0)).isEqualTo(tokens.get(1));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void throttlingWithoutHintBacksOffFromTheThrottledBase() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withBody(THROTTLED)));
        RetryPolicy policy =
                RetryPolicy.standard().withMaxAttempts(4).withThrottling(Duration.ofSeconds(1), Duration.ofSeconds(20));
        try (LakeJobClient client = client(policy, Duration.ofMinutes(5))) {
            assertThat(catchThrowable(() -> client.queues().get("q"))).isInstanceOf(ServiceException.class);
        }
        assertThat(requests()).hasSize(4);
        List<Duration> sleeps = time.sleeps();
        assertThat(sleeps).hasSize(3);
        // Full jitter: each pause within [0, min(cap, 1 s * 2^(n-1))].
        assertThat(sleeps.get(0)).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(sleeps.get(1)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(sleeps.get(2)).isLessThanOrEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void status413IsThrottlingOnlyWithAHint() {
        server.stubFor(get(urlPathEqualTo("/v1.0/" + PROJECT + "/queues/big"))
                .willReturn(aResponse().withStatus(413).withBody("{\"error_msg\":\"too large\"}")));
        thenOk(
                QUEUE,
                aResponse().withStatus(413).withHeader("Retry-After", "3").withBody(THROTTLED),
                resource("6.4-response.json"),
                false);
        try (LakeJobClient client = client(RetryPolicy.standard(), Duration.ofMinutes(5))) {
            assertThat(catchThrowable(() -> client.queues().get("big"))).isInstanceOf(ServiceException.class);
            assertThat(requests()).hasSize(1);
            client.queues().get("q");
        }
        assertThat(requests()).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void unavailableWithRetryAfterIsHonouredForReads() {
        thenOk(
                QUEUE,
                aResponse().withStatus(503).withHeader("Retry-After", "4").withBody("{\"error_msg\":\"busy\"}"),
                resource("6.4-response.json"),
                false);
        try (LakeJobClient client = client(RetryPolicy.standard(), Duration.ofMinutes(5))) {
            client.queues().get("q");
        }
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(4));
    }
}
