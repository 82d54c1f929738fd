package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.lakejob.sdk.ExecutionHook;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The REST transport fires the execution hooks once per HTTP request, with redacted views. */
class ExecutionHookWireTest extends WireSupport {
    private static final String TOKEN = "TOKEN_for_hooks_never_shown_77";
    private final List<Object> events = Collections.synchronizedList(new ArrayList<>());

    private final ExecutionHook recorder = new ExecutionHook() {
        @Override
        public void beforeSend(Request request) {
            events.add(request);
        }

        @Override
        public void afterResponse(Response response) {
            events.add(response);
        }

        @Override
        public void onError(Failure failure) {
            events.add(failure);
        }
    };

    private final ExecutionHook broken = new ExecutionHook() {
        @Override
        public void beforeSend(Request request) {
            throw new IllegalStateException("a broken hook");
        }

        @Override
        public void afterResponse(Response response) {
            throw new IllegalStateException("a broken hook");
        }
    };

    private String queuePath(String name) {
        return "/v1.0/" + PROJECT + "/queues/" + name;
    }

    @Test
    void aRetriedCallFiresEveryAttemptInOrder() {
        server.stubFor(get(urlPathEqualTo(queuePath("q1")))
                .inScenario("retry")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("X-Request-Id", "rid-busy")
                        .withBody("{\"error_msg\":\"busy\"}"))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(queuePath("q1")))
                .inScenario("retry")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withHeader("X-Request-Id", "rid-ok").withBody(resource("6.4-response.json"))));
        try (LakeJobClient client =
                builder().addExecutionHook(broken).addExecutionHook(recorder).build()) {
            client.queues().get("q1");
        }
        assertThat(events).hasSize(4);
        ExecutionHook.Request first = (ExecutionHook.Request) events.get(0);
        assertThat(first.transport()).isEqualTo("cloud");
        assertThat(first.operation()).isEqualTo("GetQueue");
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.method()).isEqualTo("GET");
        assertThat(first.path()).isEqualTo(queuePath("q1"));
        assertThat(first.headers().get("Authorization"))
                .startsWith("SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=")
                .endsWith("Signature=***");
        assertThat(first.headers()).containsEntry("X-Project-Id", PROJECT);
        assertThat(first.toString()).doesNotContain(SK);

        ExecutionHook.Failure busy = (ExecutionHook.Failure) events.get(1);
        assertThat(busy.attempt()).isEqualTo(1);
        assertThat(busy.exception()).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.requestId()).isEqualTo("rid-busy");
        });

        ExecutionHook.Request second = (ExecutionHook.Request) events.get(2);
        assertThat(second.attempt()).isEqualTo(2);
        ExecutionHook.Response ok = (ExecutionHook.Response) events.get(3);
        assertThat(ok.attempt()).isEqualTo(2);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.requestId()).isEqualTo("rid-ok");
        assertThat(ok.duration()).isPositive();
        assertThat(ok.sinceCallStart()).isGreaterThanOrEqualTo(ok.duration().plus(busy.duration()));
    }

    @Test
    void anErrorAnswerAndAnIoFailureEachEndTheirAttemptWithTheTypedException() {
        server.stubFor(get(urlPathEqualTo(queuePath("missing")))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("X-Request-Id", "rid-400")
                        .withBody("{\"error_code\":\"DLI.0002\",\"error_msg\":\"no such queue\"}")));
        server.stubFor(get(urlPathEqualTo(queuePath("reset")))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (LakeJobClient client = builder()
                .retryPolicy(io.lakejob.sdk.RetryPolicy.none())
                .addExecutionHook(recorder)
                .build()) {
            assertThat(catchThrowable(() -> client.queues().get("missing"))).isInstanceOf(ServiceException.class);
            assertThat(catchThrowable(() -> client.queues().get("reset"))).isInstanceOf(TransportException.class);
        }
        assertThat(events).hasSize(4);
        assertThat(((ExecutionHook.Failure) events.get(1)).exception())
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("DLI.0002");
                    assertThat(e.requestId()).isEqualTo("rid-400");
                });
        ExecutionHook.Failure reset = (ExecutionHook.Failure) events.get(3);
        assertThat(reset.operation()).isEqualTo("GetQueue");
        assertThat(reset.exception()).isInstanceOf(TransportException.class);
        assertThat(reset.duration()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void tokenHeadersAreRedacted() {
        server.stubFor(
                get(urlPathEqualTo(queuePath("q1"))).willReturn(aResponse().withBody(resource("6.4-response.json"))));
        try (LakeJobClient client = builder()
                .credentials(Credentials.token(TOKEN))
                .addExecutionHook(recorder)
                .build()) {
            client.queues().get("q1");
        }
        ExecutionHook.Request request = (ExecutionHook.Request) events.get(0);
        assertThat(request.headers()).containsEntry("X-Auth-Token", "***");
        assertThat(events.toString()).doesNotContain(TOKEN);
        assertThat(server.getAllServeEvents().get(0).getRequest().getHeader("X-Auth-Token"))
                .isEqualTo(TOKEN);
    }
}
