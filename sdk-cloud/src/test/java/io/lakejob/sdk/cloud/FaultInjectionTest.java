package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reliability target 1: for each WireMock fault and a delay past the read timeout, 50 injections
 * each. Reads recover every time (fault, then success); submits are sent exactly once and end
 * with {@link OutcomeUnknownException} carrying the client token that the request's tag carried.
 * Pauses go to a fake sleeper, so only the read-timeout cases take real time.
 */
class FaultInjectionTest extends WireSupport {
    private static final int INJECTIONS = 50;
    private static final String QUEUE = "/v1.0/" + PROJECT + "/queues/q";
    private static final String SUBMIT = "/v1.0/" + PROJECT + "/jobs/submit-job";
    /** Short only where the fault is a delay, so that slow machines do not time out on success. */
    private static Duration readTimeout(String fault) {
        return fault.equals("DELAY_PAST_READ_TIMEOUT") ? Duration.ofMillis(200) : Duration.ofSeconds(5);
    }

    private static ResponseDefinitionBuilder fault(String fault) {
        return fault.equals("DELAY_PAST_READ_TIMEOUT")
                ? aResponse().withFixedDelay(700).withBody("{}")
                : aResponse().withFault(Fault.valueOf(fault));
    }

    private LakeJobClient client(ResilienceHarness.Provider provider, String fault) {
        return ResilienceHarness.withFakeTime(builder(), provider)
                .readTimeout(readTimeout(fault))
                .retryPolicy(RetryPolicy.standard())
                .build();
    }

    /** One successful call first (class loading, JIT), then a clean journal and scenario. */
    private void warmUp(LakeJobClient client) {
        server.stubFor(get(urlPathEqualTo("/v1.0/" + PROJECT + "/queues/warm"))
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
        for (int i = 0; i < 3; i++) {
            client.queues().get("warm");
        }
        server.resetRequests();
        server.resetScenarios();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CONNECTION_RESET_BY_PEER",
                "EMPTY_RESPONSE",
                "MALFORMED_RESPONSE_CHUNK",
                "RANDOM_DATA_THEN_CLOSE",
                "DELAY_PAST_READ_TIMEOUT"
            })
    void readsRecoverFromEveryInjection(String fault) {
        server.stubFor(get(urlPathEqualTo(QUEUE))
                .inScenario("f")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(fault(fault))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(QUEUE))
                .inScenario("f")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
        ResilienceHarness.FakeTime time = new ResilienceHarness.FakeTime();
        ResilienceHarness.Provider provider = new ResilienceHarness.Provider(time);
        int recovered = 0;
        try (LakeJobClient client = client(provider, fault)) {
            warmUp(client);
            for (int i = 0; i < INJECTIONS; i++) {
                server.resetScenarios();
                assertThat(client.queues().get("q").queue().cuCount()).isEqualTo(16);
                recovered++;
            }
            assertThat(provider.transport().poolStats().getLeased()).isZero();
        }
        assertThat(recovered).isEqualTo(INJECTIONS);
        // One fault and one success per injection: nothing hidden, nothing extra.
        assertThat(requests()).hasSize(2 * INJECTIONS);
        // One backoff pause per injection, full jitter under the 100 ms base.
        assertThat(time.sleeps()).hasSize(INJECTIONS).allSatisfy(d -> assertThat(d)
                .isBetween(Duration.ZERO, Duration.ofMillis(100)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CONNECTION_RESET_BY_PEER",
                "EMPTY_RESPONSE",
                "MALFORMED_RESPONSE_CHUNK",
                "RANDOM_DATA_THEN_CLOSE",
                "DELAY_PAST_READ_TIMEOUT"
            })
    void submitsAreSentOnceAndEndOutcomeUnknownWithTheClientToken(String fault) {
        server.stubFor(post(urlPathEqualTo(SUBMIT)).willReturn(fault(fault)));
        ResilienceHarness.FakeTime time = new ResilienceHarness.FakeTime();
        Set<String> tokens = new HashSet<>();
        try (LakeJobClient client = client(new ResilienceHarness.Provider(time), fault)) {
            warmUp(client);
            for (int i = 0; i < INJECTIONS; i++) {
                Throwable t = catchThrowable(() -> client.sql().submit("SELECT 1", "q1"));
                assertThat(t).isInstanceOf(OutcomeUnknownException.class);
                OutcomeUnknownException e = (OutcomeUnknownException) t;
                assertThat(e.operation()).isEqualTo("SubmitSqlJob");
                assertThat(e.clientToken()).isNotBlank();
                tokens.add(e.clientToken());
            }
        }
        assertThat(tokens).hasSize(INJECTIONS);
        List<LoggedRequest> sent = server.findAll(postRequestedFor(urlPathEqualTo(SUBMIT)));
        assertThat(sent).hasSize(INJECTIONS);
        Set<String> tagged = new HashSet<>();
        for (LoggedRequest r : sent) {
            JsonNode tags = json(r.getBodyAsString()).get("tags");
            assertThat(tags).hasSize(1);
            assertThat(tags.get(0).get("key").asText()).isEqualTo(Reconcile.CLIENT_TOKEN_TAG);
            tagged.add(tags.get(0).get("value").asText());
        }
        assertThat(tagged).isEqualTo(tokens);
        assertThat(time.sleeps()).isEmpty();
    }
}
