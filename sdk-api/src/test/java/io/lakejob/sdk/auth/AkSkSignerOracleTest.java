package io.lakejob.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More vectors, computed in the test by the official signer
 * ({@code com.huaweicloud.sdk.core.auth.AKSKSigner} of huaweicloud-sdk-core, test scope only):
 * for each case our {@link AkSkSigner} must produce the same {@code Authorization} header.
 *
 * <p>How the oracle is driven: an {@link HttpRequest} is built with {@code HttpRequest.newBuilder()};
 * the {@code X-Sdk-Date} header is set before signing, which the official signer then uses instead
 * of the current time; {@code AKSKSigner.getInstance().sign(request, credentials)} returns the
 * headers to add, among them {@code Authorization}. The official signer takes the canonical path
 * from {@code java.net.URL.getPath()} and percent-encodes it itself, so the oracle is given RAW
 * (unencoded) path segments, exactly like our {@link SignableRequest}; handing it an already
 * encoded path would make it encode the '%' again ({@code %20} -> {@code %2520}), which
 * aksk-signing.md documents ("encode raw values once"): we do not test that misuse. Query
 * parameters go through {@code addQueryParam}, which the official SDK encodes once for VALUES
 * only: keys needing encoding diverge from aksk-signing.md in the official SDK, see
 * {@link #queryKeysNeedingEncodingFollowTheDocumentNotTheOfficialSdk()}; the oracle cases use keys
 * made of unreserved characters.
 * The official signer does not add {@code X-Security-Token} itself (its credentials class
 * does), so the oracle request carries that header explicitly.
 */
class AkSkSignerOracleTest {
    private static final String AK = "AK_EXAMPLE";
    private static final String SK = "SK_EXAMPLE";
    private static final String DATE = "20240101T000000Z";
    private static final Instant SIGNING_TIME = Instant.parse("2024-01-01T00:00:00Z");
    private static final String HOST = "dli.cn-north-4.myhuaweicloud.com";
    private static final String PROJECT = "0123456789abcdef0123456789abcdef";

    /** One request to sign with both signers. */
    record Case(
            String name,
            String method,
            int port,
            List<String> segments,
            List<Map.Entry<String, String>> query,
            Map<String, String> headers,
            String body,
            String securityToken) {
        @Override
        public String toString() {
            return name;
        }

        Case withPort(int p) {
            return new Case(name, method, p, segments, query, headers, body, securityToken);
        }

        Case withQuery(String... kv) {
            List<Map.Entry<String, String>> q = new ArrayList<>(query);
            for (int i = 0; i < kv.length; i += 2) {
                q.add(Map.entry(kv[i], kv[i + 1]));
            }
            return new Case(name, method, port, segments, q, headers, body, securityToken);
        }

        Case withHeader(String k, String v) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(k, v);
            return new Case(name, method, port, segments, query, h, body, securityToken);
        }

        Case withBody(String b) {
            return new Case(name, method, port, segments, query, headers, b, securityToken);
        }

        Case withToken(String t) {
            return new Case(name, method, port, segments, query, headers, body, t);
        }
    }

    private static Case of(String name, String method, String... segments) {
        return new Case(name, method, -1, List.of(segments), List.of(), Map.of(), "", null);
    }

    private static final String V = "v1.0";

    static Stream<Case> cases() {
        StringBuilder longBody = new StringBuilder("{\"sql\":\"");
        for (int i = 0; longBody.length() < 1_000_000; i++) {
            longBody.append("select ").append(i).append(", '数据湖 ü €' from t union all ");
        }
        longBody.append("select 0\"}");
        return Stream.of(
                of("query_mixed_case_keys_sorted_by_byte_order", "GET", V, PROJECT, "databases")
                        .withQuery("limit", "10", "Zeta", "z", "alpha", "a", "Beta", "B", "beta", "b", "_under", "u"),
                // Keys made of unreserved characters only: see queryKeysNeedingEncoding... below.
                of("query_values_needing_encoding", "GET", V, PROJECT, "jobs")
                        .withQuery(
                                "a",
                                "v w",
                                "k",
                                "=&",
                                "x",
                                "/:+",
                                "path",
                                "c:d@e",
                                "zh",
                                "中文€",
                                "Mixed_Key-1.x~",
                                "~*!'()",
                                "plus",
                                "1+1=2"),
                of("query_repeated_key_in_caller_order", "GET", V, PROJECT, "jobs")
                        .withQuery("tags", "b", "tags", "a", "limit", "5"),
                of("query_empty_values", "GET", V, PROJECT, "jobs").withQuery("k", "", "marker", "", "offset", "0"),
                of("path_space_plus_colon_at", "DELETE", V, PROJECT, "queues", "a b+c:d@e"),
                of("path_chinese_and_tilde", "DELETE", V, PROJECT, "variables", "中文~变量"),
                of("path_reserved_and_percent", "GET", V, PROJECT, "resources", "a=b;c,d!$'()*", "100%"),
                of("get_plain_path", "GET", V, PROJECT, "queues"),
                of("host_port_8443", "GET", V, PROJECT, "queues").withPort(8443),
                of("host_port_80", "GET", V, PROJECT, "queues").withPort(80).withQuery("page-size", "100"),
                of("empty_path", "GET"),
                of("post_non_ascii_body", "POST", V, PROJECT, "jobs", "submit-job")
                        .withHeader("Content-Type", "application/json;charset=UTF-8")
                        .withBody("{\"sql\":\"select '中文', 'ü€' from t\",\"queue_name\":\"队列\"}"),
                of("put_with_body", "PUT", V, PROJECT, "variables", "my_var")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"var_value\":\"new value\"}"),
                of("delete_with_query", "DELETE", V, PROJECT, "flink", "jobs", "9561")
                        .withQuery("force", "true"),
                of("security_token_header", "GET", V, PROJECT, "queues").withToken("temporary+token/with=chars"),
                of("sdk_pipeline_headers_post", "POST", V, PROJECT, "variables")
                        .withHeader("User-Agent", "huaweicloud-usdk-java/3.0")
                        .withHeader("X-Project-Id", PROJECT)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"var_name\":\"v\",\"var_value\":\"x\",\"is_sensitive\":true}"),
                of("header_values_not_trimmed_and_underscore_names_unsigned", "GET", V, PROJECT, "queues")
                        .withHeader("X-Custom-Header", "  padded value  ")
                        .withHeader("X_Underscore", "not signed")
                        .withHeader("x-lower", "MiXeD"),
                of("long_body_about_one_mebibyte", "POST", V, PROJECT, "jobs", "submit-job")
                        .withHeader("Content-Type", "application/json")
                        .withBody(longBody.toString()),
                of("patch_method", "PATCH", V, PROJECT, "templates", "12").withBody("{\"name\":\"t\"}"),
                of("everything_together", "PUT", V, PROJECT, "queues", "队列 1", "action")
                        .withPort(8443)
                        .withQuery("Z", "1", "a", "", "ab", "c d", "ab", "e")
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Project-Id", PROJECT)
                        .withToken("tok")
                        .withBody("{\"action\":\"restart\",\"描述\":\"重启\"}"));
    }

    @Test
    void atLeastFourteenOracleVectors() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(14);
        assertThat(cases().map(Case::name).distinct().count()).isEqualTo(cases().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void authorizationEqualsTheOfficialSigner(Case c) {
        String official = officialAuthorization(c);
        SignableRequest ours = ourSigner(c).sign(ourRequest(c), SIGNING_TIME);
        assertThat(ours.header("X-Sdk-Date")).isEqualTo(DATE);
        assertThat(ours.header("Authorization")).isEqualTo(official);
    }

    /**
     * DISCREPANCY (official SDK, not ours): huaweicloud-sdk-core 3.1.130 puts query KEYS into the
     * URL without encoding them ({@code HttpRequest.Impl.buildQueryParamsString} encodes only
     * values), then builds the canonical query from both the raw URL query and the encoded
     * parameters, so a key needing encoding appears twice (raw and encoded) and a key containing
     * {@code &} is split. That request could not even be sent as is (a raw space in the URL).
     * aksk-signing.md (step 4) says each key and each value is percent-encoded once, which is also
     * what the gateway verifies; we assert that documented behaviour, and separately pin down the
     * official SDK's divergent output so a future SDK that fixes it makes this test speak up.
     */
    @Test
    void queryKeysNeedingEncodingFollowTheDocumentNotTheOfficialSdk() {
        SignableRequest request = SignableRequest.builder()
                .method("GET")
                .host(HOST)
                .path("/v1.0/p")
                .addQuery("a b", "c d")
                .addQuery("Z", "1")
                .addQuery("k=1", "=&")
                .addQuery("x&y", "/:+")
                .addQuery("中文", "€")
                .addQuery("tilde~*", "~*!'()")
                .build();
        String documented = "%E4%B8%AD%E6%96%87=%E2%82%AC&Z=1&a%20b=c%20d&k%3D1=%3D%26"
                + "&tilde~%2A=~%2A%21%27%28%29&x%26y=%2F%3A%2B";
        SignableRequest dated = request.toBuilder()
                .header("X-Sdk-Date", DATE)
                .header("Host", HOST)
                .build();
        assertThat(AkSkSigner.canonicalRequest(dated).split("\n", -1)[2]).isEqualTo(documented);
        assertThat(request.encodedQuery())
                .isEqualTo("a%20b=c%20d&Z=1&k%3D1=%3D%26&x%26y=%2F%3A%2B"
                        + "&%E4%B8%AD%E6%96%87=%E2%82%AC&tilde~%2A=~%2A%21%27%28%29");

        HttpRequest official = HttpRequest.newBuilder()
                .withMethod(HttpMethod.GET)
                .withEndpoint("https://" + HOST)
                .withPath("/v1.0/p")
                .addQueryParam("a b", List.of("c d"))
                .addQueryParam("x&y", List.of("/:+"))
                .build();
        String officialCanonicalQuery =
                new ExposedOfficialSigner().canonicalQuery(official.getUrl().getQuery(), official.getQueryParams());
        assertThat(officialCanonicalQuery)
                .as("official SDK signs the raw key too (known divergence, see Javadoc)")
                .contains("a b=c%20d", "a%20b=c%20d", "x%26y=%2F%3A%2B")
                .isNotEqualTo("a%20b=c%20d&x%26y=%2F%3A%2B");
    }

    /** Gives the test access to the official signer's canonical query step. */
    private static final class ExposedOfficialSigner extends AKSKSigner {
        String canonicalQuery(String urlQuery, Map<String, List<String>> params) {
            return buildCanonicalQueryString(urlQuery, params);
        }
    }

    private static AkSkSigner ourSigner(Case c) {
        return new AkSkSigner(
                c.securityToken() == null ? Credentials.akSk(AK, SK) : Credentials.akSk(AK, SK, c.securityToken()));
    }

    private static SignableRequest ourRequest(Case c) {
        SignableRequest.Builder b = SignableRequest.builder()
                .method(c.method())
                .host(HOST)
                .port(c.port())
                .addPathSegments(c.segments().toArray(new String[0]));
        for (Map.Entry<String, String> q : c.query()) {
            b.addQuery(q.getKey(), q.getValue());
        }
        c.headers().forEach(b::header);
        if (!c.body().isEmpty()) {
            b.body(c.body().getBytes(StandardCharsets.UTF_8));
        }
        return b.build();
    }

    private static String officialAuthorization(Case c) {
        HttpRequest.HttpRequestBuilder b = HttpRequest.newBuilder()
                .withMethod(HttpMethod.valueOf(c.method()))
                .withEndpoint("https://" + HOST + (c.port() < 0 ? "" : ":" + c.port()))
                .withPath(c.segments().isEmpty() ? "" : "/" + String.join("/", c.segments()));
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : c.query()) {
            query.computeIfAbsent(q.getKey(), k -> new ArrayList<>()).add(q.getValue());
        }
        query.forEach(b::addQueryParam);
        c.headers().forEach(b::addHeader);
        b.addHeader("X-Sdk-Date", DATE);
        if (c.securityToken() != null) {
            b.addHeader("X-Security-Token", c.securityToken());
        }
        if (!c.body().isEmpty()) {
            b.withBodyAsString(c.body());
        }
        HttpRequest request = b.build();
        Map<String, String> added = AKSKSigner.getInstance()
                .sign(request, new BasicCredentials().withAk(AK).withSk(SK));
        // The date came from the request's own X-Sdk-Date header, so the signer adds no other.
        assertThat(added.get("X-Sdk-Date")).isIn(null, DATE);
        assertThat(added.get("Authorization")).contains("x-sdk-date");
        return added.get("Authorization");
    }
}
