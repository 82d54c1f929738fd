package io.lakejob.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The six official vectors (signed by huaweicloud-sdk-core 3.1.130 {@code AKSKSigner}), rebuilt
 * as {@link SignableRequest}s and signed by our {@link AkSkSigner}: canonical request, string to
 * sign and Authorization header must be equal byte for byte.
 */
class AkSkSignerVectorsTest {
    static final Instant SIGNING_TIME = Instant.parse("2024-01-01T00:00:00Z");
    private static final String RESOURCE = "aksk-vectors.json";

    static JsonNode root() throws IOException {
        try (InputStream in = AkSkSignerVectorsTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    static Stream<Arguments> vectors() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode v : root().get("vectors")) {
            out.add(Arguments.of(v.get("name").asText(), v));
        }
        return out.stream();
    }

    @Test
    void thereAreSixVectorsSignedAtTheFixedDate() throws IOException {
        JsonNode root = root();
        assertThat(root.get("vectors")).hasSize(6);
        assertThat(root.get("x_sdk_date").asText()).isEqualTo(AkSkSigner.formatDate(SIGNING_TIME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void matchesTheOfficialSignerByteForByte(String name, JsonNode v) throws IOException {
        JsonNode root = root();
        AkSkSigner signer = new AkSkSigner(
                Credentials.akSk(root.get("ak").asText(), root.get("sk").asText()));
        SignableRequest request = rebuild(v);

        SignableRequest signed = signer.sign(request, SIGNING_TIME);
        SignableRequest dated = signed.toBuilder().removeHeader("Authorization").build();

        assertThat(AkSkSigner.canonicalRequest(dated))
                .isEqualTo(v.get("canonical_request").asText());
        assertThat(AkSkSigner.stringToSign(dated))
                .isEqualTo(v.get("string_to_sign").asText());
        assertThat(signed.header("Authorization"))
                .isEqualTo(v.get("authorization").asText());
        assertThat(signed.header("X-Sdk-Date")).isEqualTo(root.get("x_sdk_date").asText());
        assertThat(signed.header("Host"))
                .isEqualTo(v.get("request_headers_after_signing").get("Host").asText());
        assertThat(signed.encodedPath() + (signed.encodedQuery().isEmpty() ? "" : "?" + signed.encodedQuery()))
                .as("what a transport sends")
                .isEqualTo(toUri(v.get("wire_path_and_query").asText()));
    }

    /** Rebuilds the vector's request: method, URL, body and headers minus Authorization and X-Sdk-Date. */
    static SignableRequest rebuild(JsonNode v) {
        String url = v.get("url").asText();
        int schemeEnd = url.indexOf("://");
        String rest = url.substring(schemeEnd + 3);
        int pathStart = rest.indexOf('/');
        String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
        String pathAndQuery = pathStart < 0 ? "" : rest.substring(pathStart);
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);

        SignableRequest.Builder b =
                SignableRequest.builder().method(v.get("method").asText()).scheme(url.substring(0, schemeEnd));
        int colon = authority.lastIndexOf(':');
        if (colon > 0) {
            b.host(authority.substring(0, colon)).port(Integer.parseInt(authority.substring(colon + 1)));
        } else {
            b.host(authority);
        }
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                b.addPathSegments(percentDecode(segment));
            }
        }
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                b.addQuery(
                        percentDecode(eq < 0 ? pair : pair.substring(0, eq)),
                        eq < 0 ? "" : percentDecode(pair.substring(eq + 1)));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> headers =
                v.get("request_headers_after_signing").fields();
        while (headers.hasNext()) {
            Map.Entry<String, JsonNode> h = headers.next();
            if (!h.getKey().equalsIgnoreCase("Authorization") && !h.getKey().equalsIgnoreCase("X-Sdk-Date")) {
                b.header(h.getKey(), h.getValue().asText());
            }
        }
        String body = v.get("body").asText();
        if (!body.isEmpty()) {
            b.body(body.getBytes(StandardCharsets.UTF_8));
        }
        return b.build();
    }

    /** Decodes %XX escapes (UTF-8); '+' stays '+'. */
    static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length) {
                out.write(Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The vectors keep raw characters in their wire path; the wire form encodes each segment once. */
    private static String toUri(String wirePathAndQuery) {
        int q = wirePathAndQuery.indexOf('?');
        String path = q < 0 ? wirePathAndQuery : wirePathAndQuery.substring(0, q);
        StringBuilder sb = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                sb.append('/').append(SignableRequest.percentEncode(percentDecode(segment)));
            }
        }
        return sb + (q < 0 ? "" : wirePathAndQuery.substring(q));
    }
}
