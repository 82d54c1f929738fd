package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.DefaultCredentialsChain;
import io.lakejob.sdk.auth.Token;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability target 5: representative calls with AK/SK (also temporary, with a security token), a
 * fixed token and IAM credentials — successes, service errors, I/O faults and retries — with the
 * SDK's loggers at TRACE (test resource {@code simplelogger.properties}) print none of the secret key,
 * the tokens, the security token, the IAM password or the {@code X-Subject-Token} value: not in the
 * log, not in any exception message or {@code toString()} (whole cause chains), not in any object's
 * {@code toString()}.
 */
class RedactionTest extends WireSupport {
    static final String SECURITY_TOKEN = "SECURITY_TOKEN_sts_never_print_77";
    static final String FIXED_TOKEN = "FIXED_TOKEN_never_print_42";
    static final String PASSWORD = "IAM_PASSWORD_never_print_!23";
    static final String SUBJECT_TOKEN = "SUBJECT_TOKEN_from_iam_never_print_5";
    static final List<String> SECRETS = List.of(SK, SECURITY_TOKEN, FIXED_TOKEN, PASSWORD, SUBJECT_TOKEN);

    private final StringBuilder seen = new StringBuilder();

    private void record(Object o) {
        seen.append(o).append('\n');
    }

    private void recordFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            seen.append(c).append(' ').append(c.getMessage()).append('\n');
            for (Throwable s : c.getSuppressed()) {
                seen.append(s).append('\n');
            }
        }
    }

    private void exercise(LakeJobClient client) {
        try (client) {
            record(client);
            record(client.capabilities());
            List<Supplier<Object>> calls = List.of(
                    () -> client.queues().get("ok"),
                    () -> client.queues().get("missing"),
                    () -> client.queues().get("flaky"),
                    () -> client.queues().get("down"),
                    () -> client.queues().get("reset"),
                    () -> client.queues()
                            .create(CreateQueueRequest.builder()
                                    .queueName("q1")
                                    .cuCount(16)
                                    .build()),
                    () -> client.queues().list(l -> {}));
            for (Supplier<Object> call : calls) {
                try {
                    record(call.get());
                } catch (RuntimeException e) {
                    recordFailure(e);
                }
            }
        }
    }

    private void stubService() {
        String queues = "/v1.0/" + PROJECT + "/queues";
        server.stubFor(
                get(urlPathEqualTo(queues + "/ok")).willReturn(aResponse().withBody(resource("6.4-response.json"))));
        server.stubFor(get(urlPathEqualTo(queues + "/missing"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("X-Request-Id", "rid-1")
                        .withBody("{\"error_code\":\"DLI.0002\",\"error_msg\":\"There is no queue named missing\"}")));
        server.stubFor(get(urlPathEqualTo(queues + "/flaky"))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"error_msg\":\"busy\"}"))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(queues + "/flaky"))
                .inScenario("flaky")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
        server.stubFor(get(urlPathEqualTo(queues + "/down"))
                .willReturn(aResponse().withStatus(500).withBody("{\"error_code\":\"DLI.0999\",\"error_msg\":\"x\"}")));
        server.stubFor(get(urlPathEqualTo(queues + "/reset"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(
                post(urlPathEqualTo(queues))
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withBody(
                                                "{\"error_code\":\"DLI.0013\",\"error_msg\":\"X-Auth-Token is not defined in request.\"}")));
        server.stubFor(get(urlPathEqualTo(queues)).willReturn(aResponse().withBody("<html>oops</html>")));
    }

    @TempDir
    Path home;

    @Test
    void noSecretAnywhereAtTrace() {
        stubService();
        server.stubFor(
                post(urlPathEqualTo("/v3/auth/tokens")).willReturn(IamTokenProviderTest.tokenAnswer(SUBJECT_TOKEN)));
        PrintStream oldErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            IamTokenProvider iam = IamTokenProvider.builder()
                    .endpoint(endpoint())
                    .userName("alice")
                    .password(PASSWORD)
                    .domainName("example")
                    .projectName("cn-north-4")
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .build();
            var akSk = Credentials.akSk(AK, SK);
            var temporary = Credentials.akSk(AK, SK, SECURITY_TOKEN);
            var fixed = Credentials.token(FIXED_TOKEN);
            var provided = Credentials.tokenProvider(iam);
            for (Object o : List.of(
                    akSk,
                    temporary,
                    fixed,
                    provided,
                    iam,
                    akSk.signer(),
                    temporary.signer(),
                    fixed.signer(),
                    provided.signer(),
                    iam.token(),
                    new Token(FIXED_TOKEN, NOW))) {
                record(o);
            }
            exercise(builder().credentials(akSk).build());
            exercise(builder().credentials(temporary).build());
            exercise(builder().credentials(fixed).build());
            exercise(builder().credentials(provided).build());
            iam.invalidate(iam.token());
            exercise(builder().credentials(provided).build());

            // Temporary credentials from the default chain (environment injected), and its failures.
            DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                    .systemProperties(Map.of())
                    .environment(Map.of("LAKEJOB_AK", AK, "LAKEJOB_SK", SK, "LAKEJOB_SECURITY_TOKEN", SECURITY_TOKEN))
                    .userHome(home)
                    .build();
            record(chain);
            exercise(builder().credentials(null).credentialsProvider(chain).build());
            record(chain);
            record(chain.sources());
            for (DefaultCredentialsChain.Setting setting : DefaultCredentialsChain.Setting.values()) {
                record(chain.lookedIn(setting));
            }
            recordFailure(catchThrowable(() -> DefaultCredentialsChain.builder()
                    .systemProperties(Map.of())
                    .environment(Map.of("LAKEJOB_SK", SK, "HUAWEICLOUD_SDK_AK", AK, "HUAWEICLOUD_SDK_SK", SK))
                    .userHome(home)
                    .build()
                    .resolve()));
            recordFailure(catchThrowable(() -> DefaultCredentialsChain.builder()
                    .systemProperties(Map.of())
                    .environment(Map.of("LAKEJOB_AK", AK, "LAKEJOB_SK", SK + "\n" + FIXED_TOKEN))
                    .userHome(home)
                    .build()
                    .resolve()));

            // IAM failures: wrong password echoed back, HTML, and an unreachable IAM.
            server.stubFor(post(urlPathEqualTo("/v3/auth/tokens"))
                    .willReturn(aResponse()
                            .withStatus(401)
                            .withHeader("X-Subject-Token", SUBJECT_TOKEN)
                            .withBody("{\"error\":{\"code\":401,\"message\":\"bad password " + PASSWORD + "\"}}")));
            iam.invalidate(iam.token());
            recordFailure(catchThrowable(iam::token));
            exercise(builder().credentials(provided).build());
            server.stubFor(post(urlPathEqualTo("/v3/auth/tokens"))
                    .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
            recordFailure(catchThrowable(iam::token));
            // Project lookup with a token, failing and echoing the token.
            server.stubFor(get(urlPathMatching("/v3/projects.*"))
                    .willReturn(aResponse()
                            .withStatus(403)
                            .withBody("{\"error_msg\":\"token " + FIXED_TOKEN + " denied\"}")));
            recordFailure(catchThrowable(() -> ProjectLookup.find(endpoint(), FIXED_TOKEN, "cn-north-4")));
            // Endpoints with user-info are refused without echoing them.
            recordFailure(catchThrowable(() -> builder()
                    .endpoint("https://u:" + PASSWORD + "@dli.example.com")
                    .build()));
            recordFailure(catchThrowable(() -> IamTokenProvider.builder()
                    .endpoint("https://u:" + PASSWORD + "@x")
                    .userName("a")
                    .password(PASSWORD)
                    .domainName("d")
                    .projectName("p")
                    .build()));
            server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
            exercise(builder().credentials(temporary).build());
        } finally {
            System.setErr(oldErr);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log)
                .as("the SDK logged at TRACE/DEBUG into the captured stream")
                .contains("GetQueue", "CreateQueue", "IAM token request");
        String all = seen + "\n" + log;
        assertThat(all).contains("DLI.0013", "DLI.0002", "bad password");
        for (String secret : SECRETS) {
            assertThat(all).as("secret %s", secret).doesNotContain(secret);
        }
        // The secrets really were used (so the absence above means something).
        assertThat(server.getAllServeEvents())
                .anySatisfy(e ->
                        assertThat(e.getRequest().getHeader("X-Auth-Token")).isEqualTo(SUBJECT_TOKEN))
                .anySatisfy(e ->
                        assertThat(e.getRequest().getHeader("X-Auth-Token")).isEqualTo(FIXED_TOKEN))
                .anySatisfy(e ->
                        assertThat(e.getRequest().getHeader("X-Security-Token")).isEqualTo(SECURITY_TOKEN))
                .anySatisfy(e -> assertThat(e.getRequest().getBodyAsString()).contains(PASSWORD));
    }
}
