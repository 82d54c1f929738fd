package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.DefaultCredentialsChain;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.internal.TransportLoader;
import io.lakejob.sdk.spi.TransportProvider;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ServiceLoader discovery and the configuration checks of {@link CloudTransportProvider#create}. */
class TransportDiscoveryTest {
    private static final String SK = "SK_SECRET_in_config_test";

    private static LakeJobClientBuilder builder(String endpoint) {
        return LakeJobClient.builder().endpoint(endpoint).projectId("p1").credentials(Credentials.akSk("AK", SK));
    }

    @Test
    void serviceLoaderFindsTheCloudProvider() {
        assertThat(ServiceLoader.load(TransportProvider.class).stream()
                        .map(p -> p.get().name()))
                .contains("cloud");
        TransportProvider p =
                TransportLoader.find("https://dli.cn-north-4.myhuaweicloud.com", null, TransportLoader.installed());
        assertThat(p).isInstanceOf(CloudTransportProvider.class);
        assertThat(p.isCompatibleWith("HTTP://localhost:1")).isTrue();
        assertThat(p.isCompatibleWith("flink:local")).isFalse();
        assertThat(p.isCompatibleWith(null)).isFalse();
    }

    @Test
    void httpsEndpointBuildsACloudClientWithoutIo() {
        try (LakeJobClient client =
                builder("https://dli.cn-north-4.myhuaweicloud.com").build()) {
            assertThat(client.transportName()).isEqualTo("cloud");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:9", "http://[::1]:8080", "http://127.1.2.3"})
    void loopbackHttpIsAllowedWithoutTheProperty(String endpoint) {
        assertThatCode(() -> builder(endpoint).build().close()).doesNotThrowAnyException();
    }

    @Test
    void plainHttpToAnotherHostNeedsTheProperty() {
        Throwable t = catchThrowable(() -> builder("http://dli.example.com").build());
        assertThat(t).isInstanceOf(ConfigurationException.class).hasMessageContaining("cloud.allowInsecureHttp");
        assertThatCode(() -> builder("http://dli.example.com")
                        .property(CloudOptions.ALLOW_INSECURE_HTTP, "true")
                        .build()
                        .close())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://user:" + SK + "@dli.example.com",
                "https://dli.example.com/?a=b",
                "https://dli.example.com#frag",
                "https:///nohost",
                "https://dli.example.com:99999"
            })
    void unusableEndpointsAreRejectedWithoutEchoingSecrets(String endpoint) {
        Throwable t = catchThrowable(() -> builder(endpoint).build());
        assertThat(t).isInstanceOf(ConfigurationException.class);
        assertThat(t.getMessage()).doesNotContain(SK);
    }

    @Test
    void missingProjectIdOrCredentialsIsAConfigurationError(@TempDir Path home) {
        assertThat(catchThrowable(() -> LakeJobClient.builder()
                        .endpoint("https://dli.example.com")
                        .credentials(Credentials.akSk("AK", SK))
                        .build()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("project id");
        DefaultCredentialsChain empty = DefaultCredentialsChain.builder()
                .systemProperties(Map.of())
                .environment(Map.of())
                .userHome(home)
                .build();
        assertThat(catchThrowable(() -> LakeJobClient.builder()
                        .endpoint("https://dli.example.com")
                        .projectId("p1")
                        .credentialsProvider(empty)
                        .build()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No credentials found")
                .hasMessageContaining("LAKEJOB_AK");
    }

    @Test
    void badPoolSizeIsAConfigurationError() {
        assertThat(catchThrowable(() -> builder("https://dli.example.com")
                        .property(CloudOptions.MAX_CONNECTIONS, "zero")
                        .build()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(CloudOptions.MAX_CONNECTIONS);
    }

    @Test
    void aMisspelledCloudPropertyIsAConfigurationErrorNamingTheKnownOnes() {
        Throwable t = catchThrowable(() -> builder("https://dli.example.com")
                .property("cloud.proxy.hots", "proxy.corp")
                .property(CloudOptions.PROXY_PASSWORD, SK)
                .build());
        assertThat(t)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'cloud.proxy.hots' (did you mean 'cloud.proxy.host'?)")
                .hasMessageContaining(CloudOptions.PROXY_PORT)
                .hasMessageContaining(CloudOptions.MAX_CONNECTIONS);
        assertThat(t.getMessage()).doesNotContain(SK, "proxy.corp");
    }

    @Test
    void everyDocumentedKeyIsKnownAndOtherTransportsKeysAreLeftAlone() {
        assertThat(CloudOptions.keys())
                .contains(
                        CloudOptions.ALLOW_INSECURE_HTTP,
                        CloudOptions.PROXY_HOST,
                        CloudOptions.TLS_TRUST_STORE_PASSWORD,
                        CloudOptions.RATE_LIMITER_TIMEOUT)
                .allMatch(k -> k.startsWith(CloudOptions.PREFIX));
        LakeJobClientBuilder b = builder("https://dli.example.com").property("flink.metadata.dir", "/tmp/x");
        assertThatCode(() -> b.build().close()).doesNotThrowAnyException();
    }

    @Test
    void aMisspelledEndpointSaysTheSchemeIsWrongNotThatAModuleIsMissing() {
        for (String typo : new String[] {"htps://dli.example.com", "https//dli.example.com", "http:/127.0.0.1:8080"}) {
            Throwable t = catchThrowable(() -> builder(typo).build());
            assertThat(t)
                    .as(typo)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("https://host[:port][/base-path]")
                    .hasMessageNotContaining("Add io.lakejob:lakejob-sdk-cloud");
            assertThat(t.getMessage()).as(typo).containsAnyOf("unknown scheme", "malformed");
        }
    }

    @Test
    void closeIsIdempotentAndLaterCallsFailWithoutIo() {
        LakeJobClient client = builder("https://dli.example.com").build();
        client.close();
        assertThatCode(client::close).doesNotThrowAnyException();
        assertThat(catchThrowable(() -> client.queues().get("q")))
                .isInstanceOf(io.lakejob.sdk.exception.LakeJobException.class);
    }
}
