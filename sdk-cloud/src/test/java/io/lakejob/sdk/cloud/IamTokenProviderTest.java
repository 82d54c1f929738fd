package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.Token;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The IAM password-to-token flow: request body, caching, prefetch, single flight, invalidation, errors. */
class IamTokenProviderTest extends WireSupport {
    static final String TOKENS = "/v3/auth/tokens";
    static final String USER = "alice";
    static final String PASSWORD = "P@ssw0rd_IAM_never_print";
    static final String DOMAIN = "exampledomain";
    static final String SUBJECT_TOKEN = "MIIXXX_SUBJECT_TOKEN_never_print_";
    static final Instant EXPIRES = Instant.parse("2024-01-02T00:00:00Z");

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(NOW);

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
            return now.get();
        }

        void set(Instant t) {
            now.set(t);
        }
    }

    static ResponseDefinitionBuilder tokenAnswer(String token) {
        return aResponse()
                .withStatus(201)
                .withHeader("X-Subject-Token", token)
                .withHeader("X-Request-Id", "iam-req-1")
                .withHeader("Content-Type", "application/json")
                .withBody(resource("../iam/token-response.json"));
    }

    IamTokenProvider.Builder iam(Clock clock) {
        return IamTokenProvider.builder()
                .endpoint(endpoint())
                .userName(USER)
                .password(PASSWORD)
                .domainName(DOMAIN)
                .projectName("cn-north-4")
                .clock(clock);
    }

    int iamCalls() {
        return server.findAll(postRequestedFor(urlPathEqualTo(TOKENS))).size();
    }

    @Test
    void passwordRequestBodyAndTokenFromHeader() {
        server.stubFor(post(urlPathEqualTo(TOKENS)).willReturn(tokenAnswer(SUBJECT_TOKEN)));
        IamTokenProvider p = iam(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        Token t = p.token();
        assertThat(t.value()).isEqualTo(SUBJECT_TOKEN);
        assertThat(t.expiresAt()).isEqualTo(EXPIRES);
        assertThat(p.projectId()).isEqualTo("48cc2c48765f481480c7db940d6409d1");
        var r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("POST");
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        assertThat(r.containsHeader("X-Auth-Token")).isFalse();
        assertThat(json(r.getBodyAsString()))
                .isEqualTo(json("{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{"
                        + "\"name\":\"alice\",\"password\":\"" + PASSWORD
                        + "\",\"domain\":{\"name\":\"exampledomain\"}}}},"
                        + "\"scope\":{\"project\":{\"name\":\"cn-north-4\"}}}}"));
    }

    @Test
    void projectScopeById() {
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .withRequestBody(equalToJson("{\"auth\":{\"scope\":{\"project\":{\"id\":\"p-123\"}}}}", true, true))
                .willReturn(tokenAnswer(SUBJECT_TOKEN)));
        IamTokenProvider p = iam(Clock.fixed(NOW, ZoneOffset.UTC))
                .projectName(null)
                .projectId("p-123")
                .build();
        assertThat(p.token().value()).isEqualTo(SUBJECT_TOKEN);
        assertThat(json(onlyRequest().getBodyAsString())
                        .at("/auth/scope/project")
                        .has("name"))
                .isFalse();
    }

    @Test
    void regionGivesDefaultProjectName() {
        IamTokenProvider p = IamTokenProvider.builder()
                .region("cn-north-4")
                .userName(USER)
                .password(PASSWORD)
                .domainName(DOMAIN)
                .build();
        assertThat(p.toString())
                .contains("https://iam.cn-north-4.myhuaweicloud.com", "projectName=cn-north-4", "password=***")
                .doesNotContain(PASSWORD);
    }

    @Test
    void cachedUntilPrefetchWindowThenRefreshed() {
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(tokenAnswer("TOKEN_ONE"))
                .willSetStateTo("two"));
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs("two")
                .willReturn(tokenAnswer("TOKEN_TWO")));
        MutableClock clock = new MutableClock();
        IamTokenProvider p = iam(clock).prefetch(Duration.ofMinutes(10)).build();
        assertThat(p.token().value()).isEqualTo("TOKEN_ONE");
        clock.set(EXPIRES.minus(Duration.ofMinutes(11)));
        assertThat(p.token().value()).isEqualTo("TOKEN_ONE");
        assertThat(iamCalls()).isEqualTo(1);
        clock.set(EXPIRES.minus(Duration.ofMinutes(10)));
        assertThat(p.token().value()).isEqualTo("TOKEN_TWO");
        assertThat(iamCalls()).isEqualTo(2);
    }

    @Test
    void defaultPrefetchIsFiveMinutes() {
        server.stubFor(post(urlPathEqualTo(TOKENS)).willReturn(tokenAnswer(SUBJECT_TOKEN)));
        MutableClock clock = new MutableClock();
        IamTokenProvider p = iam(clock).build();
        p.token();
        clock.set(EXPIRES.minus(Duration.ofMinutes(5)).minusSeconds(1));
        p.token();
        assertThat(iamCalls()).isEqualTo(1);
        clock.set(EXPIRES.minus(Duration.ofMinutes(5)));
        p.token();
        assertThat(iamCalls()).isEqualTo(2);
    }

    @Test
    void failedEarlyRefreshKeepsTheStillValidToken() {
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(tokenAnswer("TOKEN_ONE"))
                .willSetStateTo("down"));
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503).withBody("busy")));
        MutableClock clock = new MutableClock();
        IamTokenProvider p = iam(clock).build();
        p.token();
        clock.set(EXPIRES.minusSeconds(60));
        assertThat(p.token().value()).isEqualTo("TOKEN_ONE");
        clock.set(EXPIRES);
        Throwable t = catchThrowable(p::token);
        assertThat(t).isInstanceOf(ServiceException.class);
        assertThat(((ServiceException) t).statusCode()).isEqualTo(503);
        assertThat(((ServiceException) t).retryable()).isTrue();
    }

    /** Target 6: 100 callers on an expired token cause exactly one IAM call. */
    @Test
    void hundredConcurrentCallersOnAnExpiredTokenCauseExactlyOneIamCall() throws Exception {
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(tokenAnswer("TOKEN_ONE"))
                .willSetStateTo("two"));
        // The second answer is slow so that the 100 callers really overlap while it is in flight.
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs("two")
                .willReturn(tokenAnswer("TOKEN_TWO").withFixedDelay(300)));
        MutableClock clock = new MutableClock();
        IamTokenProvider p = iam(clock).build();
        assertThat(p.token().value()).isEqualTo("TOKEN_ONE");
        clock.set(EXPIRES.plusSeconds(1)); // expired
        List<String> seen = runConcurrently(100, () -> p.token().value());
        assertThat(seen).hasSize(100).containsOnly("TOKEN_TWO");
        assertThat(iamCalls()).isEqualTo(2); // the first token, then exactly one refresh
    }

    /** Many threads invalidating the same rejected token still cause a single new fetch. */
    @Test
    void invalidateByManyThreadsCausesOneFetch() throws Exception {
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(tokenAnswer("TOKEN_ONE"))
                .willSetStateTo("two"));
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs("two")
                .willReturn(tokenAnswer("TOKEN_TWO").withFixedDelay(100)));
        IamTokenProvider p = iam(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        Token first = p.token();
        assertThat(p.token()).isSameAs(first);
        List<String> seen = runConcurrently(100, () -> {
            p.invalidate(first);
            return p.token().value();
        });
        assertThat(seen).containsOnly("TOKEN_TWO");
        assertThat(iamCalls()).isEqualTo(2);
        // Invalidating an old token (or null) does not drop the new one.
        p.invalidate(first);
        p.invalidate(null);
        p.invalidate(new Token("SOMETHING_ELSE", null));
        assertThat(p.token().value()).isEqualTo("TOKEN_TWO");
        assertThat(iamCalls()).isEqualTo(2);
    }

    static <T> List<T> runConcurrently(int n, java.util.concurrent.Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(20, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void iamErrorsAreTypedAndNeverContainThePassword() {
        // An IAM that (badly) echoes the password back in its message.
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("X-Request-Id", "iam-req-401")
                        .withBody("{\"error\":{\"code\":\"401\",\"message\":\"The password " + PASSWORD
                                + " is wrong.\",\"title\":\"Unauthorized\"}}")));
        IamTokenProvider p = iam(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        Throwable t = catchThrowable(p::token);
        assertThat(t).isInstanceOf(ServiceException.class);
        ServiceException e = (ServiceException) t;
        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.errorCode()).isEqualTo("401");
        assertThat(e.errorMessage()).contains("is wrong").doesNotContain(PASSWORD);
        assertThat(e.requestId()).isEqualTo("iam-req-401");
        assertThat(e.retryable()).isFalse();
        assertThat(e.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void gatewayErrorFormAndUnreadableBodies() {
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody("{\"error_code\":\"IAM.0011\",\"error_msg\":\"Request body is invalid.\"}"))
                .willSetStateTo("html"));
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs("html")
                .willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>"))
                .willSetStateTo("empty"));
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .inScenario("t")
                .whenScenarioStateIs("empty")
                .willReturn(aResponse().withStatus(201)));
        IamTokenProvider p = iam(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        ServiceException a = (ServiceException) catchThrowable(p::token);
        assertThat(a.errorCode()).isEqualTo("IAM.0011");
        assertThat(a.errorMessage()).contains("Request body is invalid.");
        ServiceException b = (ServiceException) catchThrowable(p::token);
        assertThat(b.statusCode()).isEqualTo(502);
        assertThat(b.retryable()).isTrue();
        ServiceException c = (ServiceException) catchThrowable(p::token);
        assertThat(c.statusCode()).isEqualTo(201);
        assertThat(c.errorMessage()).contains("X-Subject-Token");
    }

    @Test
    void missingExpiryAssumesTwentyFourHours() {
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("X-Subject-Token", "T")
                        .withBody("{\"token\":{}}")));
        Token t = iam(Clock.fixed(NOW, ZoneOffset.UTC)).build().token();
        assertThat(t.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void unreachableIamIsATransportException() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        IamTokenProvider p =
                iam(Clock.systemUTC()).endpoint("http://127.0.0.1:" + port).build();
        Throwable t = catchThrowable(p::token);
        assertThat(t).isInstanceOf(TransportException.class);
        assertThat(t.getMessage()).contains("IAM token request").doesNotContain(PASSWORD);
    }

    @Test
    void builderChecksItsSettings() {
        assertThatThrownBy(() -> IamTokenProvider.builder()
                        .userName(USER)
                        .password(PASSWORD)
                        .domainName(DOMAIN)
                        .projectName("p")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("endpoint or a region");
        assertThatThrownBy(() -> iam(Clock.systemUTC()).password("").build())
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> iam(Clock.systemUTC()).userName(" ").build())
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> iam(Clock.systemUTC()).domainName(null).build())
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> iam(Clock.systemUTC()).projectName(null).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("project");
        assertThatThrownBy(() ->
                        iam(Clock.systemUTC()).prefetch(Duration.ofSeconds(-1)).build())
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(
                        () -> iam(Clock.systemUTC()).userName("a\r\nX-Evil: 1").build())
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> iam(Clock.systemUTC())
                        .endpoint("http://iam.example.com")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("clear text");
        assertThatThrownBy(() -> iam(Clock.systemUTC())
                        .endpoint("https://u:" + PASSWORD + "@iam.example.com")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD));
        assertThatThrownBy(() ->
                        IamTokenProvider.builder().region("cn-north-4/../x").build())
                .isInstanceOf(ConfigurationException.class);
        IamTokenProvider p = iam(Clock.systemUTC()).build();
        assertThat(p.toString()).contains(USER, DOMAIN, "password=***").doesNotContain(PASSWORD);
        assertThat(iamCalls()).isZero(); // building makes no call
    }

    /** End to end: the DLI call carries the IAM token in X-Auth-Token; a 401 from IAM is typed. */
    @Test
    void clientUsesTheIamToken() {
        server.stubFor(post(urlPathEqualTo(TOKENS)).willReturn(tokenAnswer(SUBJECT_TOKEN)));
        server.stubFor(get(urlPathEqualTo("/v1.0/" + PROJECT + "/queues/test"))
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
        IamTokenProvider p = iam(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        Set<String> names = ConcurrentHashMap.newKeySet();
        try (LakeJobClient client =
                builder().credentials(Credentials.tokenProvider(p)).build()) {
            for (int i = 0; i < 3; i++) {
                names.add(client.queues().get("test").queue().queueName());
            }
            assertThat(client.toString()).doesNotContain(SUBJECT_TOKEN, PASSWORD);
        }
        assertThat(names).containsExactly("test");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1.0/" + PROJECT + "/queues/test"))
                        .withHeader("X-Auth-Token", equalTo(SUBJECT_TOKEN))))
                .hasSize(3);
        assertThat(iamCalls()).isEqualTo(1);
    }

    @Test
    void iamFailureSurfacesThroughTheClientAsTypedError() {
        server.stubFor(post(urlPathEqualTo(TOKENS))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"code\":401,\"message\":\"wrong\"}}")));
        IamTokenProvider p = iam(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        try (LakeJobClient client =
                builder().credentials(Credentials.tokenProvider(p)).build()) {
            Throwable t = catchThrowable(() -> client.queues().get("test"));
            assertThat(t).isInstanceOf(LakeJobException.class);
            assertThat(t).isInstanceOf(ServiceException.class);
            assertThat(((ServiceException) t).statusCode()).isEqualTo(401);
            assertThat(t.getMessage()).doesNotContain(PASSWORD);
        }
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1.0/" + PROJECT + "/queues/test"))))
                .isEmpty();
    }
}
