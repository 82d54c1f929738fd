package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.AkSkSigner;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reliability target 8, through the public client: a 12 MiB body is signed and sent; 12 MiB + 1 byte
 * with AK/SK is refused before any socket opens, with a message pointing to token authentication; the
 * same request with a token is sent.
 *
 * <p>The request is {@code SubmitSqlJob} (7.3.3): its {@code sql} is capped at 1 MiB characters by
 * validation, but its {@code conf} entries are not, so one {@code key=value} entry carries the bulk.
 * The body's exact size is calibrated first from a small request sent with a token, so the test does
 * not depend on how the codec lays out the JSON.
 */
class BodyLimitWireTest extends WireSupport {
    private static final String TOKEN = "TOKEN_for_big_bodies";
    private static final String SUCCESS =
            "{\"is_success\":true,\"message\":\"\",\"job_id\":\"5d2f2e6c-6a6d-4d4b-9b8a-2f1e0c6b7a11\","
                    + "\"job_type\":\"QUERY\",\"job_mode\":\"async\"}";

    private static SubmitSqlJobRequest request(int valueLength) {
        return SubmitSqlJobRequest.builder()
                .sql("SELECT 1")
                .queueName("q1")
                .conf(List.of("spark.big=" + "v".repeat(valueLength)))
                .build();
    }

    private LakeJobClient client(String endpoint, Credentials credentials) {
        return builder()
                .endpoint(endpoint)
                .credentials(credentials)
                .readTimeout(Duration.ofSeconds(30))
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    /** The value length that makes the body exactly {@code bytes} long. */
    private int valueLengthFor(int bytes) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody(SUCCESS)));
        try (LakeJobClient c = client(endpoint(), Credentials.token(TOKEN))) {
            c.sql().submit(request(1));
        }
        int overhead = onlyRequest().getBody().length - 1;
        server.resetRequests();
        return bytes - overhead;
    }

    @Test
    void twelveMebibytesAreSignedAndSent() {
        int n = valueLengthFor(AkSkSigner.MAX_SIGNED_BODY_BYTES);
        try (LakeJobClient c = client(endpoint(), Credentials.akSk(AK, SK))) {
            assertThat(c.sql().submit(request(n)).isSuccess()).isTrue();
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getBody()).hasSize(AkSkSigner.MAX_SIGNED_BODY_BYTES);
        assertSignedCorrectly(r, AK, SK);
    }

    @Test
    void oneByteMoreIsRefusedBeforeAnySocketOpens() throws Exception {
        SubmitSqlJobRequest tooBig = request(valueLengthFor(AkSkSigner.MAX_SIGNED_BODY_BYTES + 1));
        // A listening socket nobody accepts on: afterwards, no connection may be pending.
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            try (LakeJobClient c = client("http://127.0.0.1:" + listener.getLocalPort(), Credentials.akSk(AK, SK))) {
                Throwable e = catchThrowable(() -> c.sql().submit(tooBig));
                assertThat(e).isInstanceOf(ValidationException.class);
                assertThat(e.getMessage())
                        .contains(String.valueOf(AkSkSigner.MAX_SIGNED_BODY_BYTES + 1), "token")
                        .doesNotContain(SK);
            }
            listener.setSoTimeout(300);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
        // And against WireMock, with temporary credentials too: nothing received.
        try (LakeJobClient c = client(endpoint(), Credentials.akSk(AK, SK, "SECURITY_TOKEN_x"))) {
            assertThat(catchThrowable(() -> c.sql().submit(tooBig))).isInstanceOf(ValidationException.class);
        }
        assertThat(requests()).isEmpty();
    }

    @Test
    void theSameRequestIsSentWithTokenAuthentication() {
        SubmitSqlJobRequest tooBig = request(valueLengthFor(AkSkSigner.MAX_SIGNED_BODY_BYTES + 1));
        try (LakeJobClient c = client(endpoint(), Credentials.token(TOKEN))) {
            assertThat(c.sql().submit(tooBig).isSuccess()).isTrue();
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getBody()).hasSize(AkSkSigner.MAX_SIGNED_BODY_BYTES + 1);
        assertThat(r.getHeader("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(r.containsHeader("Authorization")).isFalse();
    }
}
