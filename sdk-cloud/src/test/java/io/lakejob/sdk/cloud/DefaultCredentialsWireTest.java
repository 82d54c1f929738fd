package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.AkSkCredentials;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.CredentialsProvider;
import io.lakejob.sdk.auth.DefaultCredentialsChain;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.ServiceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST transport with credentials and a project id it was not given: found by the default
 * chain (over an injected environment and home folder), used for signing, and rotated while the
 * client runs.
 */
class DefaultCredentialsWireTest extends WireSupport {
    private static final String SK_ENV = "SK_from_env_never_print_1";
    private static final String SK_FILE_1 = "SK_from_file_never_print_2";
    private static final String SK_FILE_2 = "SK_rotated_never_print_3";

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();

    private DefaultCredentialsChain chain(Duration refresh) {
        return DefaultCredentialsChain.builder()
                .systemProperties(Map.of())
                .environment(env)
                .userHome(home)
                .refreshInterval(refresh)
                .build();
    }

    private LakeJobClientBuilder bare() {
        return LakeJobClient.builder()
                .endpoint(endpoint())
                .property(CloudOptions.ALLOW_INSECURE_HTTP, "true")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .readTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.standard().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    private void writeProfile(String ak, String sk) throws IOException {
        Path file = home.resolve(".lakejob/credentials");
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("credentials.tmp");
        Files.writeString(tmp, "[default]\nak = " + ak + "\nsk = " + sk + "\nproject_id = " + PROJECT + "\n");
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void stubQueue() {
        server.stubFor(get(urlPathEqualTo("/v1.0/" + PROJECT + "/queues/q1"))
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
    }

    @Test
    void credentialsAndProjectIdComeFromTheEnvironmentWhenTheClientHasNone() {
        stubQueue();
        env.put("LAKEJOB_AK", "AK_ENV");
        env.put("LAKEJOB_SK", SK_ENV);
        env.put("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT);
        try (LakeJobClient client =
                bare().credentialsProvider(chain(Duration.ofSeconds(10))).build()) {
            client.queues().get("q1");
        }
        assertSignedCorrectly(onlyRequest(), "AK_ENV", SK_ENV);
        assertThat(onlyRequest().getUrl()).startsWith("/v1.0/" + PROJECT + "/");
    }

    @Test
    void explicitCredentialsNeverTakeAProjectIdFromTheEnvironment() {
        env.put("LAKEJOB_PROJECT_ID", PROJECT);
        // No chain is consulted at all for fixed credentials (the real environment is not read
        // either: the message would differ if it were).
        Throwable t = catchThrowable(
                () -> bare().credentials(Credentials.akSk(AK, SK)).build());
        assertThat(t)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("needs a project id")
                .hasMessageNotContaining("default chain");
    }

    @Test
    void noCredentialsAnywhereFailsBuildListingWhereItLooked() {
        Throwable t = catchThrowable(() -> bare().projectId(PROJECT)
                .credentialsProvider(chain(Duration.ofSeconds(10)))
                .build());
        assertThat(t)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No credentials found")
                .hasMessageContaining("LAKEJOB_AK")
                .hasMessageContaining("HUAWEICLOUD_SDK_AK")
                .hasMessageContaining(home.resolve(".lakejob/credentials") + " (no such file)");
        assertThat(requests()).isEmpty();
    }

    @Test
    void noProjectIdAnywhereFailsBuildListingWhereItLooked() {
        env.put("LAKEJOB_AK", "AK_ENV");
        env.put("LAKEJOB_SK", SK_ENV);
        Throwable t = catchThrowable(
                () -> bare().credentialsProvider(chain(Duration.ofSeconds(10))).build());
        assertThat(t)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("needs a project id")
                .hasMessageContaining("LAKEJOB_PROJECT_ID")
                .hasMessageContaining("HUAWEICLOUD_SDK_PROJECT_ID");
        assertThat(t.getMessage()).doesNotContain(SK_ENV);
    }

    @Test
    void aRotatedProfileIsUsedByTheRunningClient() throws IOException {
        stubQueue();
        writeProfile("AK_ONE", SK_FILE_1);
        try (LakeJobClient client =
                bare().credentialsProvider(chain(Duration.ZERO)).build()) {
            client.queues().get("q1");
            writeProfile("AK_TWO", SK_FILE_2);
            client.queues().get("q1");
        }
        assertThat(requests()).hasSize(2);
        assertSignedCorrectly(requests().get(0), "AK_ONE", SK_FILE_1);
        assertSignedCorrectly(requests().get(1), "AK_TWO", SK_FILE_2);
    }

    @Test
    void rejectedCredentialsAreLookedUpAgainAtOnceAndTheAttemptRepeatedOnce() throws IOException {
        writeProfile("AK_OLD", SK_FILE_1);
        String path = "/v1.0/" + PROJECT + "/queues/q1";
        server.stubFor(get(urlPathEqualTo(path))
                .withHeader("Authorization", containing("Access=AK_OLD"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication\"}")));
        server.stubFor(get(urlPathEqualTo(path))
                .withHeader("Authorization", containing("Access=AK_NEW"))
                .willReturn(aResponse().withBody(resource("6.4-response.json"))));
        // A long interval: only the rejection makes the chain look again.
        try (LakeJobClient client =
                bare().credentialsProvider(chain(Duration.ofHours(1))).build()) {
            writeProfile("AK_NEW", SK_FILE_2);
            client.queues().get("q1");
        }
        assertThat(requests()).hasSize(2);
        assertThat(requests().get(0).getHeader("Authorization")).contains("Access=AK_OLD");
        assertSignedCorrectly(requests().get(1), "AK_NEW", SK_FILE_2);
    }

    @Test
    void rejectedCredentialsThatDoNotChangeAreNotSentAgain() {
        env.put("LAKEJOB_AK", "AK_ENV");
        env.put("LAKEJOB_SK", SK_ENV);
        server.stubFor(get(urlPathEqualTo("/v1.0/" + PROJECT + "/queues/q1"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication\"}")));
        Throwable t;
        try (LakeJobClient client = bare().projectId(PROJECT)
                .credentialsProvider(chain(Duration.ofHours(1)))
                .build()) {
            t = catchThrowable(() -> client.queues().get("q1"));
        }
        assertThat(t).isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.statusCode())
                .isEqualTo(401));
        assertThat(requests()).hasSize(1);
    }

    @Test
    void aProviderOfTheUsersIsAskedForEveryAttemptAndItsFailureIsTyped() {
        stubQueue();
        AkSkCredentials one = Credentials.akSk("AK_P1", SK_FILE_1);
        AkSkCredentials two = Credentials.akSk("AK_P2", SK_FILE_2);
        AtomicInteger calls = new AtomicInteger();
        CredentialsProvider provider = () -> switch (calls.incrementAndGet()) {
            case 1 -> one;
            case 2 -> two;
            default -> throw new IllegalStateException("vault down " + SK_FILE_1);
        };
        try (LakeJobClient client =
                bare().projectId(PROJECT).credentialsProvider(provider).build()) {
            client.queues().get("q1");
            client.queues().get("q1");
            Throwable t = catchThrowable(() -> client.queues().get("q1"));
            assertThat(t)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("IllegalStateException")
                    .hasMessageContaining("GetQueue was not sent");
            assertThat(t.getMessage()).doesNotContain(SK_FILE_1);
            assertThat(client.toString()).doesNotContain(SK_FILE_1);
        }
        assertThat(requests()).hasSize(2);
        assertSignedCorrectly(requests().get(0), "AK_P1", SK_FILE_1);
        assertSignedCorrectly(requests().get(1), "AK_P2", SK_FILE_2);
    }
}
