package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors: service error bodies, unreadable bodies, I/O failures, and the small retry loop. */
class ErrorMappingWireTest extends WireSupport {
    private static final String QUEUES = "/v1.0/" + PROJECT + "/queues";
    private static final String ERROR =
            "{\"is_success\":false,\"error_code\":\"DLI.0002\",\"error_msg\":\"There is no queue named testqueue\"}";

    private static CreateQueueRequest create() {
        return CreateQueueRequest.builder().queueName("q1").cuCount(16).build();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 200})
    void errorBodyBecomesServiceException(int status) {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("X-Request-Id", "req-0001")
                        .withBody(ERROR)));
        ServiceException e;
        try (LakeJobClient client = client()) {
            e = (ServiceException) catchThrowable(() -> client.queues().get("testqueue"));
        }
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.errorCode()).isEqualTo("DLI.0002");
        assertThat(e.errorMessage()).isEqualTo("There is no queue named testqueue");
        assertThat(e.requestId()).isEqualTo("req-0001");
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("DLI.0002", "There is no queue named testqueue", "req-0001");
        assertThat(requests()).hasSize(1); // permanent: not retried
    }

    @Test
    void referenceErrorExampleAndMessageFallback() {
        server.stubFor(get(urlPathEqualTo(QUEUES + "/a"))
                .willReturn(aResponse().withStatus(400).withBody(resource("error-dli-0002.json"))));
        server.stubFor(get(urlPathEqualTo(QUEUES + "/b"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"is_success\":\"false\",\"message\":\"queue is busy\"}")));
        try (LakeJobClient client = client()) {
            ServiceException a =
                    (ServiceException) catchThrowable(() -> client.queues().get("a"));
            assertThat(a.errorCode()).isEqualTo("DLI.0002");
            assertThat(a.requestId()).isNull();
            ServiceException b =
                    (ServiceException) catchThrowable(() -> client.queues().get("b"));
            assertThat(b.statusCode()).isEqualTo(200);
            assertThat(b.errorCode()).isNull();
            assertThat(b.errorMessage()).isEqualTo("queue is busy");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "<html><body>502 Bad Gateway</body></html>",
                "{\"is_success\": tru",
                "[1,2",
                "\"just a string\"",
                "42",
                "null",
                "{\"queues\": 5}",
                "{\"queues\": [\"x\"]}",
                "\u0000\u0001garbage"
            })
    void unreadableBodiesGiveTypedServiceExceptions(String body) {
        server.stubFor(get(urlPathEqualTo(QUEUES))
                .willReturn(aResponse().withStatus(200).withBody(body)));
        server.stubFor(get(urlPathEqualTo(QUEUES + "/x"))
                .willReturn(aResponse().withStatus(404).withBody(body)));
        try (LakeJobClient client = client()) {
            Throwable ok = catchThrowable(() -> client.queues().list(l -> {}));
            assertThat(ok).isInstanceOf(ServiceException.class);
            assertThat(((ServiceException) ok).statusCode()).isEqualTo(200);
            Throwable notFound = catchThrowable(() -> client.queues().get("x"));
            assertThat(notFound).isInstanceOf(ServiceException.class);
            assertThat(((ServiceException) notFound).statusCode()).isEqualTo(404);
            assertThat(((ServiceException) notFound).errorMessage()).isNotBlank();
        }
    }

    @Test
    void htmlErrorPageIsNamed() {
        server.stubFor(
                any(anyUrl()).willReturn(aResponse().withStatus(403).withBody("<!DOCTYPE html><html>denied</html>")));
        try (LakeJobClient client = client()) {
            ServiceException e =
                    (ServiceException) catchThrowable(() -> client.queues().get("x"));
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.errorMessage()).contains("HTML");
        }
    }

    @Test
    void transientReadErrorIsRetriedUntilItSucceeds() {
        server.stubFor(get(urlPathEqualTo(QUEUES + "/q"))
                .inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"error_code\":\"X\",\"error_msg\":\"busy\"}"))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(QUEUES + "/q"))
                .inScenario("s")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
        try (LakeJobClient client = client()) {
            assertThat(client.queues().get("q").queue().queueName()).isEqualTo("test");
        }
        assertThat(requests()).hasSize(2);
    }

    @Test
    void failingReadIsTriedExactlyMaxAttemptsTimes() {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(500)
                        .withBody("{\"error_code\":\"DLI.0999\",\"error_msg\":\"server error\"}")));
        try (LakeJobClient client = builder()
                .retryPolicy(RetryPolicy.standard()
                        .withMaxAttempts(4)
                        .withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)))
                .build()) {
            ServiceException e =
                    (ServiceException) catchThrowable(() -> client.queues().get("q"));
            assertThat(e.retryable()).isTrue();
            assertThat(e.statusCode()).isEqualTo(500);
        }
        assertThat(requests()).hasSize(4);
    }

    @Test
    void dli0999AsHttp400IsRetriedForReads() {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody("{\"error_code\":\"DLI.0999\",\"error_msg\":\"server error\"}")));
        try (LakeJobClient client = client()) {
            assertThatThrownBy(() -> client.queues().get("q")).isInstanceOf(ServiceException.class);
        }
        assertThat(requests()).hasSize(3);
    }

    @Test
    void failingCreateIsNotRetried() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("{\"error_msg\":\"boom\"}")));
        try (LakeJobClient client = client()) {
            assertThatThrownBy(() -> client.queues().create(create())).isInstanceOf(ServiceException.class);
        }
        assertThat(requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CONNECTION_RESET_BY_PEER",
                "EMPTY_RESPONSE",
                "MALFORMED_RESPONSE_CHUNK",
                "RANDOM_DATA_THEN_CLOSE"
            })
    void ambiguousFailureOfACreateIsOutcomeUnknownAndSentOnce(String fault) {
        server.stubFor(post(urlPathEqualTo(QUEUES)).willReturn(aResponse().withFault(Fault.valueOf(fault))));
        try (LakeJobClient client = client()) {
            Throwable t = catchThrowable(() -> client.queues().create(create()));
            assertThat(t).isInstanceOf(OutcomeUnknownException.class);
            assertThat(((OutcomeUnknownException) t).operation()).isEqualTo("CreateQueue");
        }
        assertThat(requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CONNECTION_RESET_BY_PEER",
                "EMPTY_RESPONSE",
                "MALFORMED_RESPONSE_CHUNK",
                "RANDOM_DATA_THEN_CLOSE"
            })
    void ambiguousFailureOfAReadIsRetried(String fault) {
        server.stubFor(get(urlPathEqualTo(QUEUES + "/q"))
                .inScenario("f")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.valueOf(fault)))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(QUEUES + "/q"))
                .inScenario("f")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
        try (LakeJobClient client = client()) {
            assertThat(client.queues().get("q").queue().cuCount()).isEqualTo(16);
        }
        assertThat(requests()).hasSize(2);
    }

    @Test
    void readTimeoutOfACreateIsOutcomeUnknown() {
        server.stubFor(post(urlPathEqualTo(QUEUES))
                .willReturn(aResponse().withFixedDelay(1500).withBody(resource("6.1-response.json"))));
        try (LakeJobClient client =
                builder().readTimeout(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> client.queues().create(create())).isInstanceOf(OutcomeUnknownException.class);
        }
        assertThat(requests()).hasSize(1);
    }

    @Test
    void readTimeoutOfAReadIsATransportException() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withFixedDelay(1500).withBody("{}")));
        try (LakeJobClient client = builder()
                .readTimeout(Duration.ofMillis(200))
                .retryPolicy(RetryPolicy.none())
                .build()) {
            Throwable t = catchThrowable(() -> client.queues().get("q"));
            assertThat(t).isInstanceOf(TransportException.class);
            assertThat(((TransportException) t).retryable()).isTrue();
        }
    }

    @Test
    void connectionRefusedIsARetryableTransportExceptionEvenForCreate() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (LakeJobClient client =
                builder().endpoint("http://127.0.0.1:" + port).build()) {
            Throwable t = catchThrowable(() -> client.queues().create(create()));
            assertThat(t).isExactlyInstanceOf(TransportException.class);
            assertThat(((TransportException) t).retryable()).isTrue();
            assertThat(t.getMessage()).contains("CreateQueue", "was not sent");
        }
    }

    @Test
    void everyAttemptIsSignedAfresh() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502).withBody("{}")));
        AtomicLong seconds = new AtomicLong();
        Clock ticking = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return NOW.plusSeconds(seconds.getAndAdd(7));
            }
        };
        try (LakeJobClient client = builder().clock(ticking).build()) {
            assertThatThrownBy(() -> client.queues().get("q")).isInstanceOf(ServiceException.class);
        }
        assertThat(requests())
                .extracting(r -> r.getHeader("X-Sdk-Date"))
                .doesNotHaveDuplicates()
                .hasSize(3);
    }

    @Test
    void secretsNeverAppearInMessagesOrToString() {
        String token = "TOKEN_SECRET_never_print_9";
        server.stubFor(
                any(anyUrl())
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withBody(
                                                "{\"error_code\":\"DLI.0013\",\"error_msg\":\"X-Auth-Token is not defined in request.\"}")));
        PrintStream oldErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringBuilder seen = new StringBuilder();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (LakeJobClient client : new LakeJobClient[] {
                client(),
                builder().credentials(Credentials.token(token)).build(),
                builder().credentials(Credentials.token(token, "token")).build()
            }) {
                try (client) {
                    seen.append(client).append(client.capabilities());
                    for (Runnable call : new Runnable[] {
                        () -> client.queues().get("q"),
                        () -> client.queues().create(create()),
                        () -> client.queues().list(l -> {})
                    }) {
                        Throwable t = catchThrowable(call::run);
                        assertThat(t).isInstanceOf(LakeJobException.class);
                        for (Throwable c = t; c != null; c = c.getCause()) {
                            seen.append(c).append(c.getMessage());
                        }
                    }
                }
            }
            server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            try (LakeJobClient client = client()) {
                Throwable t = catchThrowable(() -> client.queues().create(create()));
                for (Throwable c = t; c != null; c = c.getCause()) {
                    seen.append(c).append(c.getMessage());
                }
            }
        } finally {
            System.setErr(oldErr);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the SDK logged at TRACE into the captured stream").contains("GetQueue");
        seen.append(log);
        assertThat(seen.toString()).contains("DLI.0013").doesNotContain(SK).doesNotContain(token);
    }
}
