package io.lakejob.sdk.cloud.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.WireSupport;
import io.lakejob.sdk.cloud.internal.codec.BasicAnswers;
import io.lakejob.sdk.cloud.internal.codec.Codecs;
import io.lakejob.sdk.cloud.internal.codec.RestCodec;
import io.lakejob.sdk.cloud.internal.http.Endpoint;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.QueueOperations;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Path parameters that validation would reject for queues (spaces, non-ASCII, {@code %}, {@code /})
 * still travel encoded exactly once, through a test-only operation.
 */
class PathEncodingWireTest extends WireSupport {
    private static final Operation<String, BasicResponse> ECHO = Operation.rest(
            "TestEcho",
            "test",
            OperationGroup.QUEUES,
            HttpMethod.GET,
            "/v1.0/{project_id}/things/{thing_name}/detail",
            String.class,
            BasicResponse.class);

    private RestTransport transport(String base) {
        ClientConfiguration config = new ClientConfiguration(
                endpoint() + base,
                PROJECT,
                Credentials.akSk(AK, SK),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                RetryPolicy.none(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                null,
                Map.of());
        RestCodec<String, BasicResponse> codec = RestCodec.of(ECHO)
                .path(name -> Map.of("thing_name", name))
                .query((name, q) -> q.add("q", name).add("absent", null))
                .decode(BasicAnswers::basic)
                .build();
        return new RestTransport(config, Endpoint.parse(config.endpoint(), false), 4, Codecs.build(List.of(codec)));
    }

    @Test
    void pathParameterIsEncodedExactlyOnceAndSigned() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody("{\"is_success\":true}")));
        try (RestTransport t = transport("")) {
            assertThat(t.execute(ECHO, "a b/ü%20x").isSuccess()).isTrue();
        }
        LoggedRequest r = onlyRequest();
        assertThat(rawPath(r)).isEqualTo("/v1.0/" + PROJECT + "/things/a%20b%2F%C3%BC%2520x/detail");
        assertThat(rawQuery(r)).isEqualTo("q=a%20b%2F%C3%BC%2520x");
        assertSignedCorrectly(r, AK, SK);
    }

    @Test
    void endpointBasePathIsPrepended() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody("{\"is_success\":true}")));
        try (RestTransport t = transport("/gateway/dli/")) {
            t.execute(ECHO, "x");
        }
        LoggedRequest r = onlyRequest();
        assertThat(rawPath(r)).isEqualTo("/gateway/dli/v1.0/" + PROJECT + "/things/x/detail");
        assertSignedCorrectly(r, AK, SK);
    }

    @Test
    void operationsWithoutCodecAreNotSupported() {
        try (RestTransport t = transport("")) {
            assertThat(t.capabilities().operations()).containsExactly("TestEcho");
            assertThat(catchThrowable(() -> t.execute(QueueOperations.GET_QUEUE, null)))
                    .isInstanceOf(NotSupportedException.class);
        }
        assertThat(requests()).isEmpty();
    }

    @Test
    void closeIsIdempotentAndLaterCallsFail() {
        RestTransport t = transport("");
        t.close();
        t.close();
        assertThat(catchThrowable(() -> t.execute(ECHO, "x")))
                .isInstanceOf(LakeJobException.class)
                .hasMessageContaining("closed");
        assertThat(requests()).isEmpty();
        assertThat(t.toString()).doesNotContain(SK);
    }

    @Test
    void realCodecsCoverExactlyTheRestOperationsOfTheCatalogue() {
        assertThat(Codecs.all().keySet())
                .containsExactlyInAnyOrderElementsOf(io.lakejob.sdk.spi.Operations.all().stream()
                        .filter(io.lakejob.sdk.spi.Operation::hasRestBinding)
                        .map(io.lakejob.sdk.spi.Operation::name)
                        .toList());
        Codecs.all()
                .forEach((name, codec) -> assertThat(codec.operation().name()).isEqualTo(name));
    }
}
