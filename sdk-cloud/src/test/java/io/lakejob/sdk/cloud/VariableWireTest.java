package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.variable.CreateGlobalVariableRequest;
import io.lakejob.sdk.model.variable.GlobalVariable;
import io.lakejob.sdk.model.variable.ListGlobalVariablesResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sections 13.1-13.4 over real HTTP against WireMock, and the sensitive value kept out of messages and logs. */
class VariableWireTest extends WireSupport {
    private static final String VARS = "/v1.0/" + PROJECT + "/variables";

    private static void assertSent(LoggedRequest r, String method, String url) {
        assertThat(r.getMethod().getName()).isEqualTo(method);
        assertThat(r.getUrl()).isEqualTo(url);
        assertThat(r.getHeader("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(r.getHeader("User-Agent")).startsWith("lakejob-sdk-java/");
        assertSignedCorrectly(r, AK, SK);
    }

    private void stub(MappingBuilder m, String example) {
        server.stubFor(m.willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(resource(example))));
    }

    @Test
    void createWithoutSensitivityOmitsTheFlag() {
        stub(post(urlPathEqualTo(VARS)), "13.1-response.json");
        try (LakeJobClient client = client()) {
            client.variables().create("region", "eu-west-101");
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"var_name\":\"region\",\"var_value\":\"eu-west-101\"}"));
    }

    @Test
    void namesThatWouldNeedEncodingAreRejectedBeforeAnyRequest() {
        // Variable names are digits, letters and '_' only, so no valid name needs encoding: the
        // dangerous ones never reach the wire.
        try (LakeJobClient client = client()) {
            for (String bad : new String[] {"../x", "a/b", "%2e%2e", "a b", "x\r\ny"}) {
                Throwable t = catchThrowable(() -> client.variables().delete(bad));
                assertThat(t).as(bad).isInstanceOf(ValidationException.class);
                assertThat(((ValidationException) t).field()).isEqualTo("var_name");
            }
        }
        assertThat(requests()).isEmpty();
    }

    @Test
    void listSendsPagingAndReadsTheVariables() {
        stub(get(urlPathEqualTo(VARS)), "13.4-response.json");
        ListGlobalVariablesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.variables().list(l -> l.limit(20).offset(40));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", VARS + "?limit=20&offset=40");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEqualTo("string");
        // The example's count (0) is passed on as sent, beside one variable.
        assertThat(resp.count()).isEqualTo(0);
        assertThat(resp.globalVars()).hasSize(1);
        GlobalVariable v = resp.globalVars().get(0);
        assertThat(v.id()).isEqualTo(0L);
        assertThat(v.varName()).isEqualTo("string");
        assertThat(v.varValue()).isEqualTo("string");
        assertThat(v.projectId()).isEqualTo("string");
        assertThat(v.userId()).isEqualTo("string");
        assertThat(v.userName()).isNull();
        assertThat(v.isSensitive()).isNull();
        assertThat(v.createTime()).isNull();
    }

    @Test
    void listWithoutPagingSendsNoQueryAndReadsEveryField() {
        server.stubFor(
                get(urlPathEqualTo(VARS))
                        .willReturn(
                                aResponse()
                                        .withBody(
                                                "{\"is_success\":\"true\",\"count\":\"1\",\"global_vars\":{\"id\":\"12\","
                                                        + "\"var_name\":\"pwd\",\"var_value\":\"******\",\"user_name\":\"ann\","
                                                        + "\"is_sensitive\":\"true\",\"create_time\":1700000000000,\"update_time\":1700000001000}}")));
        ListGlobalVariablesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.variables().list(l -> {});
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(VARS);
        GlobalVariable v = resp.globalVars().get(0);
        assertThat(resp.count()).isEqualTo(1);
        assertThat(v.id()).isEqualTo(12L);
        assertThat(v.userName()).isEqualTo("ann");
        assertThat(v.isSensitive()).isTrue();
        assertThat(v.createTime()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
        assertThat(v.updateTime()).isEqualTo(Instant.ofEpochMilli(1700000001000L));
    }

    @Test
    void theSensitiveValueNeverAppearsInMessagesOrLogs() {
        String secret = "S3cr3t-var-value-never-print";
        PrintStream oldErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringBuilder seen = new StringBuilder();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try (LakeJobClient client = client()) {
                CreateGlobalVariableRequest create = CreateGlobalVariableRequest.sensitive("pwd", secret);
                seen.append(create).append(create.toBuilder());
                // A service error, an is_success:false answer, a malformed list and a dropped connection.
                server.stubFor(any(anyUrl())
                        .willReturn(aResponse()
                                .withStatus(400)
                                .withBody("{\"error_code\":\"DLI.0999\",\"error_msg\":\"Object already exists\"}")));
                collect(seen, catchThrowable(() -> client.variables().create(create)));
                collect(seen, catchThrowable(() -> client.variables().update("pwd", secret)));
                server.stubFor(
                        any(anyUrl()).willReturn(aResponse().withBody("{\"is_success\":false,\"message\":\"no\"}")));
                collect(seen, catchThrowable(() -> client.variables().create(create)));
                server.stubFor(any(anyUrl())
                        .willReturn(aResponse()
                                .withBody("{\"is_success\":true,\"global_vars\":[{\"var_name\":\"pwd\",\"var_value\":\""
                                        + secret + "\",\"is_sensitive\":true,\"create_time\":\"yesterday\"}]}")));
                collect(seen, catchThrowable(() -> client.variables().list(l -> {})));
                server.stubFor(any(anyUrl())
                        .willReturn(aResponse()
                                .withBody("{\"is_success\":true,\"global_vars\":[{\"var_name\":\"pwd\",\"var_value\":\""
                                        + secret + "\",\"is_sensitive\":true}]}")));
                ListGlobalVariablesResponse ok = client.variables().list(l -> {});
                assertThat(ok.globalVars().get(0).varValue()).isEqualTo(secret);
                seen.append(ok).append(ok.globalVars());
                server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
                collect(seen, catchThrowable(() -> client.variables().create(create)));
            }
        } finally {
            System.setErr(oldErr);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the SDK logged at TRACE into the captured stream").contains("CreateGlobalVariable");
        seen.append(log);
        assertThat(seen.toString()).contains("DLI.0999").doesNotContain(secret).doesNotContain(SK);
        // The value did travel in the bodies.
        assertThat(requests()).anySatisfy(r -> assertThat(r.getBodyAsString()).contains(secret));
    }

    private static void collect(StringBuilder seen, Throwable t) {
        assertThat(t).isInstanceOf(LakeJobException.class);
        for (Throwable c = t; c != null; c = c.getCause()) {
            seen.append(c).append(c.getMessage());
            for (StackTraceElement e : c.getStackTrace()) {
                seen.append(e);
            }
        }
    }
}
