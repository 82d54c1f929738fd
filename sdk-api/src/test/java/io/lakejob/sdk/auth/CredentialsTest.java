package io.lakejob.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Credential factories: validation, equality, signers, and no secret in any toString(). */
class CredentialsTest {
    private static final String AK = "AKVISIBLE123";
    private static final String SK = "SK-very-secret-9f8e7d";
    private static final String SECURITY_TOKEN = "STS-temporary-secret-token";
    private static final String TOKEN = "MIIX-iam-token-secret";

    @Test
    void akSkToStringShowsOnlyTheAccessKey() {
        AkSkCredentials permanent = Credentials.akSk(AK, SK);
        assertThat(permanent.toString()).contains(AK).doesNotContain(SK).contains("***");
        AkSkCredentials temporary = Credentials.akSk(AK, SK, SECURITY_TOKEN);
        assertThat(temporary.toString()).contains(AK).doesNotContain(SK).doesNotContain(SECURITY_TOKEN);
        assertThat(temporary.signer().toString()).doesNotContain(SK).doesNotContain(SECURITY_TOKEN);
        assertThat(permanent.securityToken()).isNull();
        assertThat(temporary.securityToken()).isEqualTo(SECURITY_TOKEN);
    }

    @Test
    void tokenToStringNeverShowsTheToken() {
        assertThat(Credentials.token(TOKEN).toString()).doesNotContain(TOKEN).contains("X-Auth-Token");
        assertThat(Credentials.token(TOKEN, "token").toString()).doesNotContain(TOKEN);
        Token t = new Token(TOKEN, Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(t.toString()).doesNotContain(TOKEN).contains("2024-01-02");
        ProvidedTokenCredentials provided = Credentials.tokenProvider(() -> t);
        assertThat(provided.toString()).doesNotContain(TOKEN);
        assertThat(provided.signer().toString()).doesNotContain(TOKEN);
        assertThat(provided.headerName()).isEqualTo("X-Auth-Token");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void accessKeyIsRequired(String ak) {
        assertThatThrownBy(() -> Credentials.akSk(ak, SK))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("access_key"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void secretKeyIsRequired(String sk) {
        assertThatThrownBy(() -> Credentials.akSk(AK, sk))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("secret_key"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void securityTokenMustNotBeBlankWhenGiven(String token) {
        assertThatThrownBy(() -> Credentials.akSk(AK, SK, token))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("security_token"));
        assertThat(Credentials.akSk(AK, SK, null).securityToken()).isNull();
    }

    @Test
    void validationMessagesNeverEchoSecrets() {
        assertThatThrownBy(() -> Credentials.token(SK + "\r\n"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SK));
    }

    /** Characters that HTTP would drop, fold or re-encode on the wire, or that are paste accidents. */
    private static final String[] NOT_VISIBLE_ASCII = {
        "\u0000", "\t", "\u001b", "\u007f", "\u0085", "\u00a0", "\u00e9", "\u4e2d", "\ud83d\ude00", " ", "\u2028"
    };

    @Test
    void accessKeySecretKeySecurityTokenAndTokenAcceptOnlyVisibleAscii() {
        for (String bad : NOT_VISIBLE_ASCII) {
            String ak = "AK" + bad + "VISIBLE";
            String sk = "SK-very-secret" + bad + "9f8e7d";
            String st = "STS-temporary" + bad + "secret";
            String token = "MIIX-iam" + bad + "secret";
            assertRefused(() -> Credentials.akSk(ak, SK), "access_key", ak);
            assertRefused(() -> Credentials.akSk(AK, sk), "secret_key", sk);
            assertRefused(() -> Credentials.akSk(AK, SK, st), "security_token", st);
            assertRefused(() -> Credentials.token(token), "token", token);
            assertRefused(() -> Credentials.token(token, "token"), "token", token);
            // A provider's token is checked when a request is signed with it.
            Signer provided =
                    Credentials.tokenProvider(() -> new Token(token, null)).signer();
            assertRefused(
                    () -> provided.sign(
                            SignableRequest.builder()
                                    .method("GET")
                                    .scheme("https")
                                    .host("dli.example.com")
                                    .build(),
                            Instant.EPOCH),
                    "token",
                    token);
        }
        // Every visible ASCII character is fine, in every field.
        StringBuilder visible = new StringBuilder();
        for (char c = 0x21; c <= 0x7e; c++) {
            visible.append(c);
        }
        String v = visible.toString();
        assertThat(Credentials.akSk(v, v, v).secretKey()).isEqualTo(v);
        assertThat(Credentials.token(v).token()).isEqualTo(v);
    }

    private static void assertRefused(Runnable build, String field, String value) {
        assertThatThrownBy(build::run)
                .as(
                        "%s with %s",
                        field,
                        value.codePoints()
                                .filter(c -> c < 0x21 || c > 0x7e)
                                .boxed()
                                .toList())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).doesNotContain(value).contains("position");
                });
    }

    @Test
    void providerIsRequired() {
        assertThatThrownBy(() -> Credentials.tokenProvider(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalityFollowsValues() {
        assertThat(Credentials.akSk(AK, SK))
                .isEqualTo(Credentials.akSk(AK, SK))
                .hasSameHashCodeAs(Credentials.akSk(AK, SK))
                .isNotEqualTo(Credentials.akSk(AK, SK, SECURITY_TOKEN))
                .isNotEqualTo(Credentials.akSk(AK, SK + "x"));
        assertThat(Credentials.token(TOKEN))
                .isEqualTo(Credentials.token(TOKEN, "X-Auth-Token"))
                .isNotEqualTo(Credentials.token(TOKEN, "token"));
        assertThat(new Token(TOKEN, null))
                .isEqualTo(new Token(TOKEN, null))
                .isNotEqualTo(new Token(TOKEN, Instant.EPOCH));
    }

    @Test
    void signersMatchTheCredentialKind() {
        assertThat(Credentials.akSk(AK, SK).signer()).isInstanceOf(AkSkSigner.class);
        assertThat(Credentials.token(TOKEN).signer()).isInstanceOf(TokenSigner.class);
        assertThat(Credentials.tokenProvider(() -> new Token(TOKEN, null)).signer())
                .isInstanceOf(TokenSigner.class);
    }

    @Test
    void providerInvalidateDefaultsToNothing() {
        TokenProvider p = () -> new Token(TOKEN, null);
        p.invalidate(p.token());
        assertThat(p.token().value()).isEqualTo(TOKEN);
    }
}
