package io.lakejob.sdk.cloud.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.AkSkSigner;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.WireSupport;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reliability target 8: a 12 MiB body is signed and sent; 12 MiB + 1 byte with AK/SK is refused
 * before any socket opens, with a message pointing to token authentication; the same body with a
 * token is sent.
 *
 * <p>No operation of the reference can legally carry a 12 MiB body (the largest free-text fields,
 * such as SQL statements, are capped at 1 MiB characters by validation), so this runs through the
 * real {@link RestTransport} (signing, HttpClient, WireMock) with a test-only operation whose body is
 * {@code {"sql": "<n characters>"}}.
 */
class BodyLimitWireTest extends WireSupport {
    private static final Operation<String, BasicResponse> BIG = Operation.rest(
            "TestBigBody",
            "test",
            OperationGroup.SQL_JOBS,
            HttpMethod.POST,
            "/v1.0/{project_id}/jobs/submit-job",
            String.class,
            BasicResponse.class);

    /** The JSON overhead around the text: {@code {"sql":"} and {@code "}}. */
    private static final int OVERHEAD = "{\"sql\":\"\"}".length();

    private RestTransport transport(String endpoint, Credentials credentials) {
        ClientConfiguration config = new ClientConfiguration(
                endpoint,
                PROJECT,
                credentials,
                Duration.ofSeconds(2),
                Duration.ofSeconds(20),
                Duration.ofSeconds(60),
                RetryPolicy.none(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                null,
                Map.of());
        RestCodec<String, BasicResponse> codec = RestCodec.of(BIG)
                .body(sql -> Map.of("sql", sql))
                .decode(QueueCodecs::basic)
                .build();
        return new RestTransport(config, Endpoint.parse(endpoint, false), 2, Codecs.build(List.of(codec)));
    }

    private static String textForBodyOf(int bytes) {
        return "s".repeat(bytes - OVERHEAD);
    }

    @Test
    void twelveMebibytesAreSignedAndSent() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody("{\"is_success\":true}")));
        try (RestTransport t = transport(endpoint(), Credentials.akSk(AK, SK))) {
            assertThat(t.execute(BIG, textForBodyOf(AkSkSigner.MAX_SIGNED_BODY_BYTES)).isSuccess()).isTrue();
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getBody()).hasSize(AkSkSigner.MAX_SIGNED_BODY_BYTES);
        assertSignedCorrectly(r, AK, SK);
    }

    @Test
    void oneByteMoreIsRefusedBeforeAnySocketOpens() throws Exception {
        String text = textForBodyOf(AkSkSigner.MAX_SIGNED_BODY_BYTES + 1);
        // A listening socket that nobody accepts on: afterwards, no connection may be pending.
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            try (RestTransport t = transport("http://127.0.0.1:" + listener.getLocalPort(), Credentials.akSk(AK, SK))) {
                Throwable e = catchThrowable(() -> t.execute(BIG, text));
                assertThat(e).isInstanceOf(ValidationException.class);
                assertThat(e.getMessage())
                        .contains(String.valueOf(AkSkSigner.MAX_SIGNED_BODY_BYTES + 1), "token")
                        .doesNotContain(SK);
            }
            listener.setSoTimeout(300);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
        // And through WireMock: nothing received.
        try (RestTransport t = transport(endpoint(), Credentials.akSk(AK, SK, "SECURITY_TOKEN_x"))) {
            assertThat(catchThrowable(() -> t.execute(BIG, text))).isInstanceOf(ValidationException.class);
        }
        assertThat(requests()).isEmpty();
    }

    @Test
    void theSameBodyIsSentWithTokenAuthentication() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody("{\"is_success\":true}")));
        String token = "TOKEN_for_big_bodies";
        try (RestTransport t = transport(endpoint(), Credentials.token(token))) {
            assertThat(t.execute(BIG, textForBodyOf(AkSkSigner.MAX_SIGNED_BODY_BYTES + 1)).isSuccess())
                    .isTrue();
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getBody()).hasSize(AkSkSigner.MAX_SIGNED_BODY_BYTES + 1);
        assertThat(r.getHeader("X-Auth-Token")).isEqualTo(token);
        assertThat(r.containsHeader("Authorization")).isFalse();
    }
}
