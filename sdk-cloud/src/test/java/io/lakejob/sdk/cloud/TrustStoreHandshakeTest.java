package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.exception.TransportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real TLS handshake against a loopback HTTPS server whose certificate was made for this test
 * (with the JDK's {@code keytool}, SAN {@code IP:127.0.0.1}): trusted through {@link CloudTls}
 * the call succeeds; with the JVM's default trust, or with a trust store holding another
 * certificate, the handshake is refused and nothing reaches the server.
 */
class TrustStoreHandshakeTest {
    @TempDir
    static Path dir;

    private static WireMockServer server;
    private static Path trusted;
    private static Path other;

    @BeforeAll
    static void start() throws Exception {
        Path serverStore = dir.resolve("server.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=lakejob-test",
                "-ext",
                "san=ip:127.0.0.1",
                "-keystore",
                serverStore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "server-pw",
                "-keypass",
                "server-pw");
        keytool(
                "-exportcert",
                "-alias",
                "server",
                "-keystore",
                serverStore.toString(),
                "-storepass",
                "server-pw",
                "-file",
                dir.resolve("server.cer").toString());
        trusted = dir.resolve("trust.p12");
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "server",
                "-file",
                dir.resolve("server.cer").toString(),
                "-keystore",
                trusted.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "trust-pw");
        Path otherStore = dir.resolve("other.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "other",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=someone-else",
                "-ext",
                "san=ip:127.0.0.1",
                "-keystore",
                otherStore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "other-pw",
                "-keypass",
                "other-pw");
        keytool(
                "-exportcert",
                "-alias",
                "other",
                "-keystore",
                otherStore.toString(),
                "-storepass",
                "other-pw",
                "-file",
                dir.resolve("other.cer").toString());
        other = dir.resolve("other-trust.p12");
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "other",
                "-file",
                dir.resolve("other.cer").toString(),
                "-keystore",
                other.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "trust-pw");

        server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .dynamicHttpsPort()
                .keystorePath(serverStore.toString())
                .keystorePassword("server-pw")
                .keyManagerPassword("server-pw")
                .keystoreType("PKCS12"));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody(WireSupport.resource("6.3-response.json"))));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static LakeJobClientBuilder client() {
        return LakeJobClient.builder()
                .endpoint("https://127.0.0.1:" + server.httpsPort())
                .projectId(WireSupport.PROJECT)
                .credentials(Credentials.akSk(WireSupport.AK, WireSupport.SK))
                .retryPolicy(RetryPolicy.none());
    }

    @Test
    void theConfiguredTrustStoreCompletesTheHandshake() {
        LakeJobClientBuilder b = client();
        CloudTls.trustStore(trusted, "trust-pw").applyTo(b);
        try (LakeJobClient c = b.build()) {
            assertThat(c.queues().list(q -> {}).queues()).isNotEmpty();
        }
        assertThat(server.getAllServeEvents()).isNotEmpty();
    }

    @Test
    void theDefaultTrustAndAnotherCertificateAreRefusedBeforeAnyRequest() {
        server.resetRequests();
        try (LakeJobClient c = client().build()) {
            assertThatThrownBy(() -> c.queues().list(q -> {})).isInstanceOf(TransportException.class);
        }
        LakeJobClientBuilder b = client();
        CloudTls.trustStore(other, "trust-pw").applyTo(b);
        try (LakeJobClient c = b.build()) {
            assertThatThrownBy(() -> c.queues().list(q -> {})).isInstanceOf(TransportException.class);
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
