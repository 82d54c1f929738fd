package io.lakejob.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.DefaultCredentialsChain;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import io.lakejob.sdk.spi.QueueOperations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeJobClientBuilderTest {

    /** A default chain over an empty environment, no system properties and an empty home. */
    private static DefaultCredentialsChain emptyChain(Path home) {
        return DefaultCredentialsChain.builder()
                .systemProperties(Map.of())
                .environment(Map.of())
                .userHome(home)
                .build();
    }

    @Test
    void endpointIsRequired(@TempDir Path home) {
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .credentialsProvider(emptyChain(home))
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("endpoint is required")
                .hasMessageContaining("LAKEJOB_ENDPOINT")
                .hasMessageContaining("LAKEJOB_REGION");
        // Explicit credentials: the environment is not consulted for an endpoint.
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .credentials(Credentials.akSk("AK", "SK-secret"))
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("endpoint is required")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("LAKEJOB_ENDPOINT"));
    }

    @Test
    void endpointComesFromTheDefaultChainWhenTheCredentialsDo(@TempDir Path home) {
        RecordingTransport t = new RecordingTransport();
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .systemProperties(Map.of())
                .environment(Map.of("LAKEJOB_ENDPOINT", "test:from-env"))
                .userHome(home)
                .build();
        try (LakeJobClient client = LakeJobClient.builder()
                .credentialsProvider(chain)
                .transport(t.provider())
                .build()) {
            assertThat(client.toString()).contains("test:from-env");
            assertThat(t.configuration().credentialsProvider()).isSameAs(chain);
            assertThat(t.configuration().credentials()).isNull();
        }
    }

    @Test
    void credentialsAndAProviderContradictEachOther(@TempDir Path home) {
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("test:x")
                        .credentials(Credentials.akSk("AK", "SK-secret"))
                        .credentialsProvider(emptyChain(home))
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("credentials(...) and credentialsProvider(...)");
    }

    @Test
    void fixedCredentialsReachTheTransportAsTheirOwnProvider() {
        RecordingTransport t = new RecordingTransport();
        Credentials fixed = Credentials.akSk("AK", "SK-secret");
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("test:x")
                .credentials(fixed)
                .transport(t.provider())
                .build()) {
            assertThat(t.configuration().credentials()).isSameAs(fixed);
            assertThat(t.configuration().credentialsProvider()).isSameAs(fixed);
            assertThat(t.configuration().toString()).doesNotContain("SK-secret");
        }
    }

    @Test
    void contradictoryTimeoutsNameThePair() {
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("test:x")
                        .connectTimeout(Duration.ofMinutes(10))
                        .callTimeout(Duration.ofMinutes(1))
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("connectTimeout")
                .hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("test:x")
                        .readTimeout(Duration.ofMinutes(10))
                        .callTimeout(Duration.ofMinutes(1))
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("readTimeout")
                .hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("test:x")
                        .readTimeout(Duration.ZERO)
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("readTimeout must be positive");
    }

    @Test
    void bothTransportSelectorsAreContradictory() {
        RecordingTransport t = new RecordingTransport();
        assertThatThrownBy(() -> LakeJobClient.builder()
                        .endpoint("test:x")
                        .transport("recording")
                        .transport(new io.lakejob.sdk.spi.TransportProvider() {
                            @Override
                            public String name() {
                                return "x";
                            }

                            @Override
                            public boolean isCompatibleWith(String endpoint) {
                                return true;
                            }

                            @Override
                            public String describe() {
                                return "x";
                            }

                            @Override
                            public io.lakejob.sdk.spi.Transport create(io.lakejob.sdk.spi.ClientConfiguration c) {
                                return t;
                            }
                        })
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("transport(String)")
                .hasMessageContaining("transport(TransportProvider)");
    }

    @Test
    void noTransportOnTheClassPathIsActionable() {
        assertThatThrownBy(() -> LakeJobClient.builder().endpoint("flink:local").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("lakejob-sdk-flink");
    }

    @Test
    void credentialsNeverPrintTheirSecrets() {
        String text =
                Credentials.akSk("AK123", "very-secret-sk", "sts-token-value").toString()
                        + Credentials.token("tok-secret").toString()
                        + Credentials.token("tok-secret", "token").toString();
        assertThat(text).contains("AK123").doesNotContain("very-secret-sk", "sts-token-value", "tok-secret");
    }

    @Test
    void unsupportedOperationsFailBeforeTheTransportIsCalled() {
        RecordingTransport t = new RecordingTransport().supportOnly(List.of(QueueOperations.CREATE_QUEUE));
        try (LakeJobClient client = t.client()) {
            assertThatThrownBy(() -> client.queues().list(ListQueuesRequest.all()))
                    .isInstanceOfSatisfying(NotSupportedException.class, e -> {
                        assertThat(e.operation()).isEqualTo("ListQueues");
                        assertThat(e.transport()).isEqualTo("recording");
                    });
            assertThatThrownBy(() -> client.queues().list((ListQueuesRequest) null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                            .isEqualTo("request"));
            assertThat(t.calls()).isEmpty();
        }
    }

    @Test
    void aClosedClientRefusesCalls() {
        RecordingTransport t = new RecordingTransport();
        LakeJobClient client = t.client();
        client.close();
        assertThat(t.isClosed()).isTrue();
        assertThatThrownBy(() -> client.queues().get("q"))
                .isInstanceOf(LakeJobException.class)
                .hasMessageContaining("closed");
        assertThat(t.calls()).isEmpty();
    }
}
