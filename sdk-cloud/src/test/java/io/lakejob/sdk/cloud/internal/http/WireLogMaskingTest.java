package io.lakejob.sdk.cloud.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire log's masking rules, and that they stay linear on hostile text. */
class WireLogMaskingTest {
    private final WireLog log = new WireLog(List.of("CREDENTIAL_VALUE_1"));

    private String body(String json) {
        return log.body(json.getBytes(StandardCharsets.UTF_8), "ATTEMPT_TOKEN_2");
    }

    @Test
    void secretFieldsPairsVariablesSettingsAndSqlOptionsAreMasked() {
        String out = body("{\"password\":\"p1\",\"user_name\":\"alice\",\"obs_secret_key\":\"s1\","
                + "\"tags\":[{\"key\":\"db.password\",\"value\":\"p2\"},{\"key\":\"team\",\"value\":\"etl\"},"
                + "{\"key\":\"lakejob-client-token\",\"value\":\"c0ffee-uuid\"}],"
                + "\"vars\":[{\"var_name\":\"a\",\"var_value\":\"v1\"},{\"var_name\":\"b\",\"var_value\":\"v2\","
                + "\"is_sensitive\":false}],"
                + "\"conf\":[\"spark.hadoop.fs.obs.secret.key=s2\",\"spark.executor.memory=2g\"],"
                + "\"sql\":\"CREATE TABLE t WITH ('password'='p3', \\\"connector.token\\\" = \\\"t1\\\", "
                + "'url'='jdbc:mysql://h/db?user=u&password=p4')\","
                + "\"runtime_config\":\"a.password: 'p5', b = 1\","
                + "\"echo\":\"CREDENTIAL_VALUE_1 and ATTEMPT_TOKEN_2\"}");
        assertThat(out)
                .contains("\"password\":\"***\"", "\"user_name\":\"alice\"", "\"obs_secret_key\":\"***\"")
                .contains("{\"key\":\"db.password\",\"value\":\"***\"}", "{\"key\":\"team\",\"value\":\"etl\"}")
                .contains("\"value\":\"c0ffee-uuid\"")
                .contains("\"var_value\":\"***\"", "\"var_value\":\"v2\"")
                .contains("spark.hadoop.fs.obs.secret.key=***", "spark.executor.memory=2g")
                .contains("'password'='***'", "'url'='jdbc:mysql://h/db?user=u&password=***'")
                .contains("a.password: ***", "b = 1")
                .contains("*** and ***");
        assertThat(out).doesNotContain("p1", "s1", "p2", "v1", "s2", "p3", "t1", "p4", "p5", "CREDENTIAL", "ATTEMPT");
    }

    @Test
    void textThatIsNotJsonIsScrubbedAndKeptOnOneLine() {
        String out = body("<html>\npassword=hunter2 CREDENTIAL_VALUE_1</html>");
        assertThat(out).isEqualTo("<html>\\npassword=*** ***</html>");
    }

    @Test
    void headersAreAllowListed() {
        assertThat(WireLog.headerValue("Content-Type", "application/json")).isEqualTo("application/json");
        assertThat(WireLog.headerValue("X-Auth-Token", "t")).isEqualTo("***");
        assertThat(WireLog.headerValue("token", "t")).isEqualTo("***");
        assertThat(WireLog.headerValue("Set-Cookie", "s=1")).isEqualTo("***");
        assertThat(WireLog.headerValue(
                        "Authorization",
                        "SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=" + "ab".repeat(32)))
                .isEqualTo("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=***");
        assertThat(WireLog.headerValue("Authorization", "Bearer abc")).isEqualTo("Bearer ***");
    }

    @Test
    void hostileTextIsMaskedInLinearTime() {
        String run = "a".repeat(1024 * 1024 - 64);
        String[] hostile = {
            run,
            "{\"error_msg\":\"" + run + "\"}",
            "'" + run,
            "password" + " ".repeat(200_000) + "x",
            "'password' = '" + "''".repeat(200_000),
            "x=".repeat(300_000)
        };
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String h : hostile) {
                assertThat(body(h)).isNotNull();
                assertThat(WireLog.maskText(h)).isNotNull();
            }
        });
    }

    @Test
    void bodiesOverTheMaskingLimitAreNotShown() {
        assertThat(log.body(new byte[WireLog.MAX_MASKED_BYTES + 1], null)).contains("not shown");
    }
}
