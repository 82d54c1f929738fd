package io.lakejob.sdk.cloud.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.WireSupport;
import io.lakejob.sdk.cloud.internal.RestTransport;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.QueueOperations;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default TLS set-up is built on the first TLS connection: never for a plain-HTTP endpoint,
 * and when it is built it still verifies certificates (WireMock's self-signed one is refused).
 */
class LazyTlsTest {
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(
                options().bindAddress("127.0.0.1").dynamicPort().dynamicHttpsPort());
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody(WireSupport.resource("6.3-response.json"))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static RestTransport transport(String endpoint) {
        ClientConfiguration config = new ClientConfiguration(
                endpoint,
                WireSupport.PROJECT,
                Credentials.akSk(WireSupport.AK, WireSupport.SK),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                RetryPolicy.none(),
                Clock.systemUTC(),
                null,
                Map.of());
        return new RestTransport(config, Endpoint.parse(endpoint, true), 4);
    }

    @Test
    void aPlainHttpClientNeverBuildsTheTlsSetUp() {
        try (RestTransport t = transport("http://127.0.0.1:" + server.port())) {
            assertThat(t.execute(
                                    QueueOperations.LIST_QUEUES,
                                    ListQueuesRequest.builder().build())
                            .queues())
                    .isNotEmpty();
            assertThat(t.defaultTlsBuilt()).isFalse();
        }
    }

    @Test
    void theFirstTlsConnectionBuildsItAndAnUntrustedCertificateIsRefused() {
        try (RestTransport t = transport("https://127.0.0.1:" + server.httpsPort())) {
            assertThat(t.defaultTlsBuilt()).isFalse();
            Throwable thrown = catchThrowable(() -> t.execute(
                    QueueOperations.LIST_QUEUES, ListQueuesRequest.builder().build()));
            assertThat(t.defaultTlsBuilt()).isTrue();
            assertThat(thrown).isInstanceOf(TransportException.class);
            assertThat(server.getAllServeEvents())
                    .as("no request got through the refused handshake")
                    .isEmpty();
        }
    }
}
