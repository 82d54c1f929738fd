package io.lakejob.sdk.cloud.bench;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import io.lakejob.sdk.auth.AkSkSigner;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.SignableRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * AK/SK signing of the same request by our {@link AkSkSigner} and by the official
 * {@code com.huaweicloud.sdk.core.auth.AKSKSigner} (huaweicloud-sdk-core 3.1.130). Both take the
 * current time and format {@code X-Sdk-Date} themselves on every call; both compute the whole
 * {@code Authorization} header. Ours also returns a new immutable request carrying the headers,
 * the official one returns only the headers to add.
 *
 * <p>{@code list}: {@code GET /v1.0/{project}/queues} with four query parameters (6.3);
 * {@code create}: {@code POST /v1.0/{project}/queues} with the reference's 6.1 JSON body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SigningBenchmark {
    /** Which request to sign. */
    @Param({"list", "create"})
    public String request;

    private AkSkSigner ours;
    private SignableRequest ourRequest;
    private AKSKSigner official;
    private BasicCredentials officialCredentials;
    private HttpRequest officialRequest;

    /** Builds the same request for both signers and checks they agree on it. */
    @Setup
    public void setUp() {
        boolean post = request.equals("create");
        String body = post ? resource("/examples/6.1-request.json") : "";
        Map<String, String> headers = Map.of(
                "Content-Type", "application/json",
                "User-Agent", "lakejob-sdk-java/bench",
                "X-Project-Id", Fixtures.PROJECT);
        Map<String, String> query =
                post ? Map.of() : Map.of("queue_type", "sql", "with-priv", "true", "page-size", "100", "current-page", "1");

        SignableRequest.Builder b = SignableRequest.builder()
                .method(post ? "POST" : "GET")
                .host(Fixtures.HOST)
                .path("/v1.0/" + Fixtures.PROJECT + "/queues");
        query.forEach(b::addQuery);
        headers.forEach(b::header);
        if (post) {
            b.body(body.getBytes(StandardCharsets.UTF_8));
        }
        ourRequest = b.build();
        ours = new AkSkSigner(Credentials.akSk(Fixtures.AK, Fixtures.SK));

        HttpRequest.HttpRequestBuilder ob = HttpRequest.newBuilder()
                .withMethod(post ? HttpMethod.POST : HttpMethod.GET)
                .withEndpoint("https://" + Fixtures.HOST)
                .withPath("/v1.0/" + Fixtures.PROJECT + "/queues");
        query.forEach((k, v) -> ob.addQueryParam(k, List.of(v)));
        headers.forEach(ob::addHeader);
        if (post) {
            ob.withBodyAsString(body);
        }
        officialRequest = ob.build();
        official = AKSKSigner.getInstance();
        officialCredentials = new BasicCredentials().withAk(Fixtures.AK).withSk(Fixtures.SK);

        // Same request, same signature (given the same X-Sdk-Date), or the comparison is void.
        Map<String, List<String>> before = new HashMap<>(officialRequest.getHeaders());
        Map<String, String> officialHeaders = official.sign(officialRequest, officialCredentials);
        if (!officialRequest.getHeaders().equals(before)) {
            throw new IllegalStateException("the official signer changed the request it signed");
        }
        String date = officialHeaders.get("X-Sdk-Date");
        String expected = officialHeaders.get("Authorization");
        SignableRequest signed = ours.sign(ourRequest, java.time.LocalDateTime.parse(
                        date, java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))
                .toInstant(java.time.ZoneOffset.UTC));
        if (!expected.equals(signed.header("Authorization"))) {
            throw new IllegalStateException(
                    "signers disagree:\n ours     " + signed.header("Authorization") + "\n official " + expected);
        }
    }

    /**
     * Our signer.
     *
     * @return the signed request
     */
    @Benchmark
    public SignableRequest lakejob() {
        return ours.sign(ourRequest, Instant.now());
    }

    /**
     * The official signer.
     *
     * @return the headers it adds
     */
    @Benchmark
    public Map<String, String> official() {
        return official.sign(officialRequest, officialCredentials);
    }

    static String resource(String name) {
        try (InputStream in = SigningBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
