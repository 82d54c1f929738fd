package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.queue.CreateQueueRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reliability target 4: every documented {@code DLI.xxxx} code of reference 14.2 (table 14-3), with
 * its documented status and other statuses, and empty, HTML, malformed and 1 MB bodies, map to a
 * typed {@link ServiceException} through the real transport: no NPE, no ClassCastException.
 */
class ErrorCodeMappingTest extends WireSupport {
    /** Table 14-3: status, code, message (the reference's Chinese text, as the service may send it). */
    static final Object[][] TABLE_14_3 = {
        {400, "DLI.0001", "参数校验错误。"},
        {400, "DLI.0002", "对象不存在。"},
        {400, "DLI.0003", "SQL权限校验未通过。"},
        {400, "DLI.0004", "SQL语法解析错误。"},
        {400, "DLI.0005", "SQL语义解析错误。"},
        {400, "DLI.0006", "对象已存在错误。"},
        {400, "DLI.0007", "不支持该操作。"},
        {400, "DLI.0008", "元数据错误。"},
        {400, "DLI.0009", "系统限制。"},
        {400, "DLI.0011", "文件权限校验错误。"},
        {400, "DLI.0012", "资源对象不可用。"},
        {401, "DLI.0013", "用户认证错误。"},
        {401, "DLI.0014", "服务认证错误。"},
        {400, "DLI.0015", "Token解析错误。"},
        {400, "DLI.0016", "身份角色错误。"},
        {400, "DLI.0018", "数据转换错误。"},
        {400, "DLI.0019", "任务超时。"},
        {400, "DLI.0100", "结果过期。"},
        {404, "DLI.0023", "找不到对应资源。"},
        {400, "DLI.0999", "服务端系统错误。"},
        {400, "DLI.1028", "配额不足。"},
    };

    static final int[] OTHER_STATUSES = {200, 400, 403, 404, 409, 429, 500, 502, 503};

    static Stream<Arguments> documentedCodes() {
        List<Arguments> out = new ArrayList<>();
        for (Object[] row : TABLE_14_3) {
            out.add(Arguments.of(row[0], row[1], row[2]));
            for (int s : OTHER_STATUSES) {
                if (s != (int) row[0]) {
                    out.add(Arguments.of(s, row[1], row[2]));
                }
            }
        }
        return out.stream();
    }

    private LakeJobClient noRetryClient() {
        return builder().retryPolicy(RetryPolicy.none()).build();
    }

    private static void both(LakeJobClient client, Consumer<Throwable> check) {
        check.accept(catchThrowable(() -> client.queues().get("q1")));
        check.accept(catchThrowable(() -> client.queues()
                .create(CreateQueueRequest.builder().queueName("q1").cuCount(16).build())));
    }

    @ParameterizedTest(name = "HTTP {0} {1}")
    @MethodSource("documentedCodes")
    void everyDocumentedCodeIsATypedError(int status, String code, String message) {
        String body = "{\"is_success\":false,\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}";
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("X-Request-Id", "rid-" + code)
                        .withHeader("Content-Type", "application/json;charset=UTF-8")
                        .withBody(body)));
        try (LakeJobClient client = noRetryClient()) {
            both(client, t -> {
                assertThat(t).isInstanceOf(ServiceException.class);
                ServiceException e = (ServiceException) t;
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.errorCode()).isEqualTo(code);
                assertThat(e.errorMessage()).isEqualTo(message);
                assertThat(e.requestId()).isEqualTo("rid-" + code);
                assertThat(e.getMessage()).contains(code, message, "rid-" + code);
            });
        }
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("statuses")
    void dli0013AsHttp401(int ignored) {
        server.stubFor(
                any(anyUrl())
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withHeader("X-Request-Id", "rid-401")
                                        .withBody(
                                                "{\"error_code\":\"DLI.0013\",\"error_msg\":\"X-Auth-Token is not defined in request.\"}")));
        try (LakeJobClient client = noRetryClient()) {
            both(client, t -> {
                ServiceException e = (ServiceException) t;
                assertThat(e.statusCode()).isEqualTo(401);
                assertThat(e.errorCode()).isEqualTo("DLI.0013");
                assertThat(e.errorMessage()).isEqualTo("X-Auth-Token is not defined in request.");
                assertThat(e.requestId()).isEqualTo("rid-401");
                assertThat(e.retryable()).isFalse();
            });
        }
    }

    static Stream<Integer> statuses() {
        return Stream.of(401);
    }

    static Stream<Arguments> unreadableBodies() {
        String big = "x".repeat(1024 * 1024);
        String[] bodies = {
            "",
            "   \n",
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            "<!DOCTYPE html><html>denied</html>",
            "{\"error_code\":\"DLI.0001\",",
            "{\"error_code\": 12, \"error_msg\": {\"nested\": true}}",
            "{\"error_code\": null, \"error_msg\": null}",
            "[]",
            "[{\"error_code\":\"DLI.0001\"}]",
            "\"DLI.0001\"",
            "true",
            "\u00ef\u00bb\u00bf{",
            "{\"error_code\":\"DLI.0002\",\"error_msg\":\"" + big + "\"}",
            big,
            "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
        };
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            for (int s : new int[] {200, 400, 401, 404, 500, 503}) {
                out.add(Arguments.of(i, s, bodies[i]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "body #{0}, HTTP {1}")
    @MethodSource("unreadableBodies")
    void emptyHtmlMalformedAndHugeBodiesAreTypedErrors(int index, int status, String body) {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("X-Request-Id", "rid-" + index)
                        .withBody(body)));
        try (LakeJobClient client = noRetryClient()) {
            both(client, thrown -> {
                if (thrown == null && status == 200) {
                    // A 2xx JSON object without is_success=false decodes tolerantly (missing fields are
                    // null): no error, and above all no NPE or ClassCastException.
                    return;
                }
                Throwable t = thrown;
                if (t instanceof OutcomeUnknownException unknown) {
                    // A create answered 2xx with a body it cannot read may have created the queue:
                    // its outcome is unknown; the cause is the service error it would otherwise be.
                    assertThat(status).isEqualTo(200);
                    assertThat(unknown.operation()).isEqualTo("CreateQueue");
                    t = unknown.getCause();
                }
                assertThat(t).as("body #%d at HTTP %d", index, status).isInstanceOf(ServiceException.class);
                ServiceException e = (ServiceException) t;
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.requestId()).isEqualTo("rid-" + index);
                assertThat(e.getMessage()).isNotBlank();
                if (status >= 400) {
                    assertThat(e.errorMessage()).isNotBlank();
                }
            });
        }
    }
}
