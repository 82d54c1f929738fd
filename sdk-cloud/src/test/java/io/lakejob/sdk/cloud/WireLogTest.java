package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The transport's own request/response log ({@link CloudOptions#WIRE_LOGGER}; the test's logging
 * configuration puts {@code io.lakejob} at TRACE, so it logs headers and bodies): it shows method,
 * path, status, headers and body sizes and bodies, and never a token, security token, secret key,
 * signature, sensitive variable value, secret setting or SQL password.
 */
class WireLogTest extends WireSupport {
    private static final String BASE = "/v1.0/" + PROJECT;
    private static final String TOKEN = "TOKEN_in_header_never_logged_31";
    private static final String SECURITY_TOKEN = "SECURITY_TOKEN_never_logged_32";
    private static final String SENSITIVE_VALUE = "SENSITIVE_VAR_never_logged_33";
    private static final String UPDATED_VALUE = "UPDATED_VAR_never_logged_34";
    private static final String LISTED_VALUE = "LISTED_VAR_never_logged_35";
    private static final String PLAIN_VALUE = "plain_value_shown_36";
    private static final String SQL_PASSWORD = "SQL_PASSWORD_never_logged_37";
    private static final String CONF_SECRET = "CONF_SECRET_never_logged_38";
    private static final String OK = "{\"is_success\":true,\"message\":\"\"}";

    private static String captureStderr(Runnable run) {
        PrintStream old = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            run.run();
        } finally {
            System.setErr(old);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static List<String> wireLines(String log) {
        return log.lines()
                .filter(l -> l.contains(CloudOptions.WIRE_LOGGER) || l.startsWith("{") || l.startsWith("<"))
                .toList();
    }

    private void stubService() {
        server.stubFor(
                post(urlPathEqualTo(BASE + "/variables")).willReturn(aResponse().withBody(OK)));
        server.stubFor(put(urlPathEqualTo(BASE + "/variables/v2"))
                .willReturn(aResponse().withBody(OK)));
        server.stubFor(get(urlPathEqualTo(BASE + "/variables"))
                .willReturn(aResponse()
                        .withHeader("X-Request-Id", "rid-vars")
                        .withHeader("X-Subject-Token", TOKEN)
                        .withBody("{\"is_success\":true,\"count\":2,\"global_vars\":["
                                + "{\"var_name\":\"a\",\"var_value\":\"" + LISTED_VALUE + "\",\"is_sensitive\":true},"
                                + "{\"var_name\":\"b\",\"var_value\":\"" + PLAIN_VALUE
                                + "\",\"is_sensitive\":false}]}")));
        server.stubFor(post(urlPathEqualTo(BASE + "/streaming/sql-jobs"))
                .willReturn(aResponse()
                        .withBody("{\"is_success\":true,\"job\":{\"job_id\":148,\"status_name\":\"job_init\"}}")));
        server.stubFor(post(urlPathEqualTo(BASE + "/jobs/submit-job"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody("{\"error_code\":\"DLI.0013\",\"error_msg\":\"token " + TOKEN + " is invalid\"}")));
    }

    private static void exercise(LakeJobClient c) {
        c.variables().create(v -> v.varName("v1").varValue(SENSITIVE_VALUE).isSensitive(true));
        c.variables().create(v -> v.varName("v3").varValue(PLAIN_VALUE).isSensitive(false));
        c.variables().update("v2", UPDATED_VALUE);
        c.variables().list(l -> {});
        c.jobs()
                .createSqlJob(CreateFlinkSqlJobRequest.builder()
                        .name("j1")
                        .sqlBody("CREATE TABLE s (a INT) WITH ('connector' = 'jdbc', 'password' = '" + SQL_PASSWORD
                                + "', 'username' = 'scott'); INSERT INTO s SELECT 1")
                        .build());
        catchThrowable(() -> c.sql()
                .submit(SubmitSqlJobRequest.builder()
                        .sql("SELECT 1")
                        .queueName("q1")
                        .conf(List.of(
                                "spark.hadoop.fs.obs.secret.key=" + CONF_SECRET, "spark.sql.shuffle.partitions=3"))
                        .build()));
    }

    private String run(Consumer<LakeJobClient> calls, Credentials credentials) {
        stubService();
        return captureStderr(() -> {
            try (LakeJobClient c = builder().credentials(credentials).build()) {
                calls.accept(c);
            }
        });
    }

    @Test
    void withATokenTheLogShowsTheExchangeAndNoSecret() {
        String log = run(WireLogTest::exercise, Credentials.token(TOKEN));
        assertThat(log)
                .contains("--> POST " + BASE + "/variables (CreateGlobalVariable attempt 1)")
                .contains("<-- 200 GET " + BASE + "/variables (ListGlobalVariables attempt 1)")
                .contains("request id rid-vars")
                .contains("<-- 401 POST " + BASE + "/jobs/submit-job")
                .contains("X-Auth-Token: ***", "X-Subject-Token: ***", "X-Project-Id: " + PROJECT)
                .contains("bytes")
                // Bodies are there, with what is not secret.
                .contains(PLAIN_VALUE, "'username' = 'scott'", "spark.sql.shuffle.partitions=3", "DLI.0013")
                .contains("\"var_value\":\"***\"", "'password' = '***'", "spark.hadoop.fs.obs.secret.key=***");
        assertThat(log).doesNotContain(TOKEN, SENSITIVE_VALUE, UPDATED_VALUE, LISTED_VALUE, SQL_PASSWORD, CONF_SECRET);
    }

    @Test
    void withAkSkTheSignatureSecurityTokenAndSecretKeyAreNotLogged() {
        String log = run(WireLogTest::exercise, Credentials.akSk(AK, SK, SECURITY_TOKEN));
        assertThat(log)
                .contains("Authorization: SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=")
                .contains("Signature=***", "X-Security-Token: ***", "X-Sdk-Date: 20240101T000000Z");
        assertThat(log)
                .doesNotContain(SK, SECURITY_TOKEN, SENSITIVE_VALUE, LISTED_VALUE, SQL_PASSWORD, CONF_SECRET)
                .doesNotContainPattern("Signature=[0-9a-f]{64}");
    }

    @Test
    void theClientTokenOfASubmitStaysVisibleForReconciling() {
        String log = run(c -> catchThrowable(() -> c.sql().submit("SELECT 1", "q1")), Credentials.token(TOKEN));
        assertThat(log).containsPattern("\"key\":\"lakejob-client-token\",\"value\":\"[0-9a-f-]{36}\"");
    }
}
