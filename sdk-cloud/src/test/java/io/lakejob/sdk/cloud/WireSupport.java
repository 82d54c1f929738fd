package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.AkSkSigner;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.SignableRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock server on loopback and helpers to check what the transport sent. */
public abstract class WireSupport {
    public static final String PROJECT = "48cc2c48765f481480c7db940d6409d1";
    public static final String AK = "AK_TEST_4711";
    public static final String SK = "SK_SECRET_c0ffee_do_not_print";
    public static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AUTH =
            Pattern.compile("SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

    protected WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    protected String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    protected LakeJobClientBuilder builder() {
        return LakeJobClient.builder()
                .endpoint(endpoint())
                .projectId(PROJECT)
                .credentials(Credentials.akSk(AK, SK))
                .property(CloudOptions.ALLOW_INSECURE_HTTP, "true")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .readTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.standard().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    protected LakeJobClient client() {
        return builder().build();
    }

    public static String resource(String name) {
        try (InputStream in = WireSupport.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected List<LoggedRequest> requests() {
        return server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    protected LoggedRequest onlyRequest() {
        List<LoggedRequest> all = requests();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** The raw path (as received, still encoded) of a request. */
    public static String rawPath(LoggedRequest r) {
        String url = r.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** The raw query of a request, or an empty string. */
    public static String rawQuery(LoggedRequest r) {
        String url = r.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? "" : url.substring(q + 1);
    }

    /**
     * Rebuilds the signable request from what the server received and checks the signature with an
     * independent {@link AkSkSigner}, using the received X-Sdk-Date.
     */
    public static void assertSignedCorrectly(LoggedRequest r, String ak, String sk) {
        String auth = r.getHeader("Authorization");
        assertThat(auth).isNotNull();
        Matcher m = AUTH.matcher(auth);
        assertThat(m.matches()).as("Authorization format: %s", auth).isTrue();
        assertThat(m.group(1)).isEqualTo(ak);
        List<String> signed = List.of(m.group(2).split(";"));
        assertThat(signed).contains("host", "x-sdk-date", "x-project-id", "user-agent");
        assertThat(signed).doesNotContain("content-type", "authorization");
        assertThat(r.getHeader("X-Sdk-Date")).isEqualTo(AkSkSigner.formatDate(NOW));

        String host = r.getHeader("Host");
        int colon = host.lastIndexOf(':');
        SignableRequest.Builder b = SignableRequest.builder()
                .method(r.getMethod().getName())
                .scheme("http")
                .host(host.substring(0, colon))
                .port(Integer.parseInt(host.substring(colon + 1)));
        for (String seg : rawPath(r).split("/")) {
            if (!seg.isEmpty()) {
                b.addPathSegments(decode(seg));
            }
        }
        String q = rawQuery(r);
        if (!q.isEmpty()) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                b.addQuery(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        for (String name : signed) {
            String value = r.getHeader(name);
            assertThat(value).as("signed header %s was sent", name).isNotNull();
            b.header(name, value);
        }
        b.body(r.getBody());
        SignableRequest rebuilt = b.build();
        // The path as received is exactly the canonical encoding: nothing was re-encoded in between.
        assertThat(rawPath(r)).isEqualTo(rebuilt.encodedPath());
        String expected = new AkSkSigner(Credentials.akSk(ak, sk)).signature(rebuilt);
        assertThat(m.group(3)).isEqualTo(expected);
    }

    /**
     * Every submit and Flink job create carries one client-token tag (a UUID) for reconciliation; checks it and returns
     * the body without it (and without an emptied tags list).
     */
    public static JsonNode withoutClientToken(JsonNode body) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = body.deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode tags =
                (com.fasterxml.jackson.databind.node.ArrayNode) copy.get("tags");
        assertThat(tags).as("tags").isNotNull();
        int found = -1;
        for (int i = 0; i < tags.size(); i++) {
            if ("lakejob-client-token".equals(tags.get(i).path("key").asText())) {
                assertThat(found).as("one client token").isEqualTo(-1);
                found = i;
            }
        }
        assertThat(found).as("client token tag").isNotNegative();
        assertThat(tags.get(found).path("value").asText()).matches("[0-9a-f-]{36}");
        tags.remove(found);
        if (tags.isEmpty()) {
            copy.remove("tags");
        }
        return copy;
    }

    /** Percent-decodes (UTF-8) without treating {@code +} as a space. */
    public static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
