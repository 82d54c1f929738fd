package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.cloud.internal.codec.Codecs;
import io.lakejob.sdk.cloud.internal.codec.Json;
import io.lakejob.sdk.model.permission.GrantDataPermissionRequest;
import io.lakejob.sdk.model.permission.GrantQueuePermissionRequest;
import io.lakejob.sdk.model.permission.PermissionAction;
import io.lakejob.sdk.model.permission.PermissionObjects;
import io.lakejob.sdk.model.permission.Privilege;
import io.lakejob.sdk.model.queue.BatchDeleteQueuePlansRequest;
import io.lakejob.sdk.model.queue.DeleteQueuePlanRequest;
import io.lakejob.sdk.model.template.CreateJobTemplateRequest;
import io.lakejob.sdk.model.template.DeleteJobTemplateRequest;
import io.lakejob.sdk.model.template.ListJobTemplatesRequest;
import io.lakejob.sdk.model.template.UpdateJobTemplateRequest;
import io.lakejob.sdk.model.variable.CreateGlobalVariableRequest;
import io.lakejob.sdk.model.variable.DeleteGlobalVariableRequest;
import io.lakejob.sdk.model.variable.ListGlobalVariablesRequest;
import io.lakejob.sdk.model.variable.UpdateGlobalVariableRequest;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.spi.Transport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One wire test for every operation of the catalogue that has a request fixture here: the request
 * the reference's example was made from goes out with the operation's method, on its path template,
 * signed, with the body of {@code examples/<section>-request.json} when the reference shows one;
 * and the answer {@code examples/<section>-response.json} comes back as the codec reads it. The
 * operation, its section and its binding come from the catalogue, so a fixture is one line. The
 * group's own wire test keeps what only it shows (every field read, other spellings, errors).
 */
class ReferenceExampleWireTest extends WireSupport {
    /** A request the reference's example was made from, and the values its path template takes. */
    private record Fixture(Object request, String... pathValues) {}

    /** The fixtures, by operation name. */
    private static final Map<String, Fixture> REQUESTS = Map.ofEntries(
            // 5 Permissions
            entry(
                    "GrantQueuePermission",
                    new Fixture(GrantQueuePermissionRequest.grant(
                            "queue1", "tenant2", Privilege.DROP_QUEUE, Privilege.SUBMIT_JOB))),
            entry(
                    "GrantDataPermission",
                    new Fixture(GrantDataPermissionRequest.builder()
                            .userName("user2")
                            .action(PermissionAction.GRANT)
                            .addPrivilege(PermissionObjects.column("db1", "tb2", "column1"), Privilege.SELECT)
                            .addPrivilege(PermissionObjects.table("db1", "tbl"), Privilege.DROP_TABLE)
                            .addPrivilege(PermissionObjects.database("db1"), Privilege.SELECT)
                            .build())),
            // 6 Queue plans
            entry(
                    "BatchDeleteQueuePlans",
                    new Fixture(BatchDeleteQueuePlansRequest.of("queue1", List.of(3L, 4L)), "queue1")),
            entry("DeleteQueuePlan", new Fixture(DeleteQueuePlanRequest.of("queue1", 8L), "queue1", "8")),
            // 11 Templates
            entry(
                    "CreateJobTemplate",
                    new Fixture(CreateJobTemplateRequest.builder()
                            .name("simple_stream_sql")
                            .desc("快速上手示例")
                            .sqlBody("select * from source_table")
                            .build())),
            entry(
                    "UpdateJobTemplate",
                    new Fixture(
                            UpdateJobTemplateRequest.builder()
                                    .templateId(2L)
                                    .name("simple_stream_sql")
                                    .desc("快速上手示例")
                                    .sqlBody("select * from source_table")
                                    .build(),
                            "2")),
            entry("DeleteJobTemplate", new Fixture(DeleteJobTemplateRequest.of(2L), "2")),
            entry(
                    "ListJobTemplates",
                    new Fixture(ListJobTemplatesRequest.builder().build())),
            // 13 Global variables
            entry("CreateGlobalVariable", new Fixture(CreateGlobalVariableRequest.sensitive("string", "string"))),
            entry("DeleteGlobalVariable", new Fixture(DeleteGlobalVariableRequest.of("my_var"), "my_var")),
            entry("UpdateGlobalVariable", new Fixture(UpdateGlobalVariableRequest.of("string", "string"), "string")),
            entry("ListGlobalVariables", new Fixture(ListGlobalVariablesRequest.firstPage())));

    static Stream<Operation<?, ?>> operations() {
        return Operations.all().stream().filter(op -> REQUESTS.containsKey(op.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @SuppressWarnings("unchecked")
    void theReferenceRequestGoesOutAndTheReferenceAnswerIsRead(Operation<?, ?> operation) throws Exception {
        String answer = example(operation.section() + "-response.json");
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(answer == null ? "{\"is_success\":true,\"message\":\"\"}" : answer)));

        Object response;
        try (Transport transport = new CloudTransportProvider().create(configuration())) {
            response = transport.execute(
                    (Operation<Object, ?>) operation,
                    REQUESTS.get(operation.name()).request());
        }

        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo(operation.method().name());
        assertThat(rawPath(r))
                .isEqualTo(path(
                        operation.pathTemplate(), REQUESTS.get(operation.name()).pathValues()));
        assertSignedCorrectly(r, AK, SK);
        String sent = example(operation.section() + "-request.json");
        if (sent != null) {
            JsonNode body = json(r.getBodyAsString());
            // Creates and submits add a client-token tag the reference's example does not show.
            boolean tokened = body.path("tags").findValuesAsText("key").contains("lakejob-client-token");
            assertThat(tokened ? withoutClientToken(body) : body).isEqualTo(json(sent));
        } else if (operation.method().name().equals("GET")
                || operation.method().name().equals("DELETE")) {
            assertThat(r.getBody()).isEmpty();
        }
        if (answer != null) {
            Object expected =
                    Codecs.all().get(operation.name()).decode(Json.parse(answer.getBytes(StandardCharsets.UTF_8)));
            assertThat(response).isEqualTo(expected);
            // What every answer carries, read by name: is_success, and the message when there is one.
            JsonNode answered = json(answer);
            assertThat(response.getClass().getMethod("isSuccess").invoke(response))
                    .isEqualTo(answered.path("is_success").asBoolean());
            if (answered.hasNonNull("message")) {
                assertThat(response.getClass().getMethod("message").invoke(response))
                        .isEqualTo(answered.get("message").asText());
            }
        }
        assertThat(response).isNotNull();
    }

    @Test
    void everyFixtureNamesAnOperationOfTheCatalogueWithAnExample() throws Exception {
        assertThat(operations()).hasSize(REQUESTS.size());
        for (Operation<?, ?> op : operations().toList()) {
            assertThat(example(op.section() + "-request.json") != null
                            || example(op.section() + "-response.json") != null)
                    .as(op.name() + " has a reference example")
                    .isTrue();
        }
    }

    private ClientConfiguration configuration() {
        return new ClientConfiguration(
                endpoint(),
                PROJECT,
                Credentials.akSk(AK, SK),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                RetryPolicy.none(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                null,
                Map.of(CloudOptions.ALLOW_INSECURE_HTTP, "true"));
    }

    private static String path(String template, String... values) {
        String path = template.replace("{project_id}", PROJECT);
        for (String v : values) {
            path = path.replaceFirst("\\{[a-z_]+\\}", v);
        }
        assertThat(path).as("every placeholder of " + template + " has a value").doesNotContain("{");
        return path;
    }

    private static String example(String name) throws Exception {
        try (InputStream in = ReferenceExampleWireTest.class.getResourceAsStream("/examples/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
