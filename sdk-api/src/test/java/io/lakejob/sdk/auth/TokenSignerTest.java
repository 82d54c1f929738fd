package io.lakejob.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Token signing, header validation, the 12 MiB AK/SK body limit and fresh signing dates. */
class TokenSignerTest {
    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
    private static final String TOKEN = "MIIT-secret-token-value";

    private static SignableRequest request() {
        return SignableRequest.builder()
                .method("GET")
                .host("dli.cn-north-4.myhuaweicloud.com")
                .path("/v1.0/p/queues")
                .build();
    }

    private static SignableRequest withBody(int bytes) {
        return request().toBuilder().method("POST").body(new byte[bytes]).build();
    }

    @Test
    void defaultHeaderIsXAuthToken() {
        SignableRequest signed = Credentials.token(TOKEN).signer().sign(request(), NOW);
        assertThat(signed.header("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(signed.header("x-auth-token")).isEqualTo(TOKEN);
        assertThat(signed.header("Authorization")).isNull();
        assertThat(signed.header("X-Sdk-Date")).isNull();
        assertThat(TokenCredentials.DEFAULT_HEADER).isEqualTo("X-Auth-Token");
    }

    @Test
    void customHeaderToken() {
        TokenCredentials c = Credentials.token(TOKEN, "token");
        SignableRequest signed = c.signer().sign(request(), NOW);
        assertThat(signed.header("token")).isEqualTo(TOKEN);
        assertThat(signed.header("X-Auth-Token")).isNull();
        assertThat(((TokenSigner) c.signer()).headerName()).isEqualTo("token");
    }

    @Test
    void providerTokenIsReadForEveryRequest() {
        AtomicInteger calls = new AtomicInteger();
        TokenProvider provider = () -> new Token("tok-" + calls.incrementAndGet(), NOW.plus(Duration.ofHours(24)));
        Signer signer = Credentials.tokenProvider(provider).signer();
        assertThat(calls).hasValue(0);
        assertThat(signer.sign(request(), NOW).header("X-Auth-Token")).isEqualTo("tok-1");
        assertThat(signer.sign(request(), NOW).header("X-Auth-Token")).isEqualTo("tok-2");
        assertThat(Credentials.tokenProvider(provider, "token")
                        .signer()
                        .sign(request(), NOW)
                        .header("token"))
                .isEqualTo("tok-3");
        assertThat(calls).hasValue(3);
    }

    @Test
    void resigningReplacesTheTokenHeader() {
        AtomicInteger calls = new AtomicInteger();
        Signer signer = new TokenSigner(() -> "t" + calls.incrementAndGet(), "X-Auth-Token");
        SignableRequest once = signer.sign(request(), NOW);
        SignableRequest twice = signer.sign(once, NOW);
        assertThat(twice.header("X-Auth-Token")).isEqualTo("t2");
        assertThat(twice.headers()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "X Auth", "X-Auth:Token", "X-Auth\r\nInjected", "X(Auth)", "头", "X\u0000"})
    void invalidHeaderNamesAreRejected(String header) {
        assertThatThrownBy(() -> Credentials.token(TOKEN, header))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("header_name"));
        assertThatThrownBy(() -> Credentials.tokenProvider(() -> new Token(TOKEN, null), header))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("header_name"));
        assertThatThrownBy(() -> new TokenSigner(() -> TOKEN, header))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("header_name"));
    }

    @Test
    void nullHeaderNameIsRejected() {
        assertThatThrownBy(() -> Credentials.token(TOKEN, null))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("header_name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Auth-Token", "token", "X_Auth_Token", "x-custom.token~1"})
    void validHeaderNamesAreAccepted(String header) {
        assertThat(Credentials.token(TOKEN, header).headerName()).isEqualTo(header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "a\r\nX-Injected: 1", "a\nb"})
    void blankOrMultiLineTokensAreRejected(String token) {
        assertThatThrownBy(() -> Credentials.token(token))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("token"));
    }

    @Test
    void nullTokenIsRejected() {
        assertThatThrownBy(() -> Credentials.token(null))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("token"));
    }

    /**
     * A token that a {@link TokenProvider} returns is checked like a fixed one: a blank token or
     * one with CR/LF (header injection) raises a {@link ValidationException} instead of being sent.
     */
    @Test
    void providerTokensAreValidatedLikeFixedTokens() {
        for (String bad : List.of("", "  ", "a\r\nX-Injected: 1")) {
            Signer signer =
                    Credentials.tokenProvider(() -> new Token(bad, null)).signer();
            assertThatThrownBy(() -> signer.sign(request(), NOW))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                            .isEqualTo("token"));
        }
    }

    @Test
    void akSkSignsTwelveMebibytesAndRefusesOneByteMore() {
        Signer signer = Credentials.akSk("AK", "SK").signer();
        int limit = 12 * 1024 * 1024;
        assertThat(AkSkSigner.MAX_SIGNED_BODY_BYTES).isEqualTo(limit);
        SignableRequest signed = signer.sign(withBody(limit), NOW);
        assertThat(signed.header("Authorization")).startsWith("SDK-HMAC-SHA256 Access=AK, ");
        assertThat(signed.bodyLength()).isEqualTo(limit);
        assertThatThrownBy(() -> signer.sign(withBody(limit + 1), NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.getMessage())
                            .containsIgnoringCase("token auth")
                            .contains(String.valueOf(limit + 1));
                });
    }

    @Test
    void tokenAuthHasNoBodyLimit() {
        int over = 12 * 1024 * 1024 + 1;
        assertThat(Credentials.token(TOKEN).signer().sign(withBody(over), NOW).bodyLength())
                .isEqualTo(over);
    }

    @Test
    void everySignWithALaterClockGivesANewSdkDate() {
        Signer signer = Credentials.akSk("AK", "SK").signer();
        Set<String> dates = new HashSet<>();
        Set<String> authorizations = new HashSet<>();
        SignableRequest previous = request();
        for (int i = 0; i < 5; i++) {
            Instant t = NOW.plusSeconds(i * 61L);
            // Re-sign the previously signed request, as a retry does: the old date must not stick.
            SignableRequest signed = signer.sign(previous, t);
            assertThat(signed.header("X-Sdk-Date")).isEqualTo(AkSkSigner.formatDate(t));
            dates.add(signed.header("X-Sdk-Date"));
            authorizations.add(signed.header("Authorization"));
            previous = signed;
        }
        assertThat(dates).hasSize(5);
        assertThat(authorizations).hasSize(5);
        assertThat(AkSkSigner.formatDate(Instant.parse("2024-12-31T23:59:59.999Z")))
                .isEqualTo("20241231T235959Z");
    }

    @Test
    void resigningDoesNotSignTheOldAuthorization() {
        Signer signer = Credentials.akSk("AK", "SK").signer();
        SignableRequest fresh = signer.sign(request(), NOW);
        SignableRequest again = signer.sign(fresh, NOW);
        assertThat(again.header("Authorization")).isEqualTo(fresh.header("Authorization"));
        assertThat(again.header("Authorization")).contains("SignedHeaders=host;x-sdk-date,");
    }

    @Test
    void securityTokenIsSentAndSigned() {
        SignableRequest signed =
                Credentials.akSk("AK", "SK", "SECURITY").signer().sign(request(), NOW);
        assertThat(signed.header("X-Security-Token")).isEqualTo("SECURITY");
        assertThat(signed.header("Authorization")).contains("SignedHeaders=host;x-sdk-date;x-security-token,");
    }

    @Test
    void signedRequestsDoNotPrintSecrets() {
        SignableRequest byToken = Credentials.token(TOKEN).signer().sign(request(), NOW);
        assertThat(byToken.toString()).doesNotContain(TOKEN);
        SignableRequest byKey = Credentials.akSk("AK", "SK_SECRET_VALUE", "SECURITY_TOKEN_VALUE")
                .signer()
                .sign(request(), NOW);
        assertThat(byKey.toString()).doesNotContain("SK_SECRET_VALUE", "SECURITY_TOKEN_VALUE", "Signature=");
        assertThat(new TokenSigner(() -> TOKEN, "token").toString()).doesNotContain(TOKEN);
    }
}
