package io.lakejob.sdk.model.variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.VariableOperations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariableRequestsTest {
    private static final String SECRET = "s3cr3t-Value!";

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v", "var_1", "V1", "a_", "1a", "string"})
    void acceptsValidNames(String name) {
        assertThat(CreateGlobalVariableRequest.of(name, "x").varName()).isEqualTo(name);
        assertThat(DeleteGlobalVariableRequest.of(name).varName()).isEqualTo(name);
        assertThat(UpdateGlobalVariableRequest.of(name, "x").varName()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_v", "123", "a-b", "a b", "a/b", "变量", "../x", "%2e%2e", "a\r\nb", "..", "a.b"})
    void rejectsInvalidNames(String name) {
        assertField(() -> CreateGlobalVariableRequest.of(name, "x"), "var_name");
        assertField(() -> DeleteGlobalVariableRequest.of(name), "var_name");
        assertField(() -> UpdateGlobalVariableRequest.of(name, "x"), "var_name");
    }

    @Test
    void nameIsLimitedTo128Characters() {
        String ok = "v".repeat(128);
        assertThat(CreateGlobalVariableRequest.of(ok, "x").varName()).hasSize(128);
        assertField(() -> CreateGlobalVariableRequest.of(ok + "v", "x"), "var_name");
        assertField(() -> DeleteGlobalVariableRequest.of(ok + "v"), "var_name");
    }

    @Test
    void requiresNameAndValue() {
        assertField(() -> CreateGlobalVariableRequest.builder().varValue("x").build(), "var_name");
        assertField(() -> CreateGlobalVariableRequest.builder().varName("v").build(), "var_value");
        assertField(() -> CreateGlobalVariableRequest.of("v", ""), "var_value");
        assertField(() -> UpdateGlobalVariableRequest.builder().varName("v").build(), "var_value");
        assertField(() -> UpdateGlobalVariableRequest.builder().varValue("x").build(), "var_name");
        assertField(() -> DeleteGlobalVariableRequest.of(null), "var_name");
    }

    @Test
    void toBuilderRoundTrips() {
        CreateGlobalVariableRequest c = CreateGlobalVariableRequest.builder()
                .varName("string")
                .varValue("string")
                .isSensitive(true)
                .build();
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(c).isEqualTo(CreateGlobalVariableRequest.sensitive("string", "string"));
        UpdateGlobalVariableRequest u = UpdateGlobalVariableRequest.of("v", "x");
        assertThat(u.toBuilder().build()).isEqualTo(u);
        ListGlobalVariablesRequest l =
                ListGlobalVariablesRequest.builder().limit(10).offset(20).build();
        assertThat(l.toBuilder().build()).isEqualTo(l);
        GlobalVariable g = GlobalVariable.builder()
                .id(1L)
                .varName("v")
                .varValue("x")
                .projectId("p")
                .userId("u")
                .userName("n")
                .isSensitive(false)
                .createTime(Instant.ofEpochMilli(1))
                .updateTime(Instant.ofEpochMilli(2))
                .build();
        assertThat(g.toBuilder().build()).isEqualTo(g);
    }

    @Test
    void requestValuesNeverPrint() {
        assertThat(CreateGlobalVariableRequest.of("v", SECRET).toString())
                .doesNotContain(SECRET)
                .contains("***", "v");
        assertThat(CreateGlobalVariableRequest.sensitive("v", SECRET).toString())
                .doesNotContain(SECRET);
        assertThat(CreateGlobalVariableRequest.builder()
                        .varName("v")
                        .varValue(SECRET)
                        .toString())
                .doesNotContain(SECRET);
        assertThat(UpdateGlobalVariableRequest.of("v", SECRET).toString())
                .doesNotContain(SECRET)
                .contains("***");
        assertThat(UpdateGlobalVariableRequest.builder()
                        .varName("v")
                        .varValue(SECRET)
                        .toString())
                .doesNotContain(SECRET);
    }

    @Test
    void sensitiveEntityValuesNeverPrint() {
        GlobalVariable sensitive = GlobalVariable.builder()
                .varName("v")
                .varValue(SECRET)
                .isSensitive(true)
                .build();
        assertThat(sensitive.toString()).doesNotContain(SECRET).contains("***");
        assertThat(sensitive.varValue()).isEqualTo(SECRET);
        GlobalVariable plain = GlobalVariable.builder()
                .varName("v")
                .varValue("visible")
                .isSensitive(false)
                .build();
        assertThat(plain.toString()).contains("visible");
        assertThat(new ListGlobalVariablesResponse(true, "", 1, List.of(sensitive)).toString())
                .doesNotContain(SECRET);
    }

    @Test
    void pagingRules() {
        assertThat(ListGlobalVariablesRequest.firstPage()).isEqualTo(new ListGlobalVariablesRequest(null, null));
        assertField(() -> ListGlobalVariablesRequest.builder().limit(0).build(), "limit");
        assertField(() -> ListGlobalVariablesRequest.builder().offset(-1).build(), "offset");
        assertThat(new ListGlobalVariablesResponse(true, "", 5, null).items()).isEmpty();
        assertThat(new ListGlobalVariablesResponse(true, "", 5, null).totalCount())
                .isEmpty();
    }

    @Test
    void operationsAreCatalogued() {
        List<Operation<?, ?>> ops = List.of(
                VariableOperations.CREATE_GLOBAL_VARIABLE,
                VariableOperations.DELETE_GLOBAL_VARIABLE,
                VariableOperations.UPDATE_GLOBAL_VARIABLE,
                VariableOperations.LIST_GLOBAL_VARIABLES);
        assertThat(ops).extracting(Operation::section).containsExactly("13.1", "13.2", "13.3", "13.4");
        assertThat(ops)
                .extracting(Operation::method)
                .containsExactly(HttpMethod.POST, HttpMethod.DELETE, HttpMethod.PUT, HttpMethod.GET);
        assertThat(ops)
                .extracting(Operation::pathTemplate)
                .containsExactly(
                        "/v1.0/{project_id}/variables",
                        "/v1.0/{project_id}/variables/{var_name}",
                        "/v1.0/{project_id}/variables/{var_name}",
                        "/v1.0/{project_id}/variables");
        assertThat(ops).allSatisfy(o -> assertThat(o.group()).isEqualTo(OperationGroup.VARIABLES));
        assertThat(VariableOperations.CREATE_GLOBAL_VARIABLE.idempotent()).isFalse();
    }

    @Test
    void clientSendsTheRightOperations() {
        RecordingTransport t = new RecordingTransport()
                .answer(VariableOperations.CREATE_GLOBAL_VARIABLE, r -> BasicResponse.success("created"))
                .answer(VariableOperations.DELETE_GLOBAL_VARIABLE, r -> BasicResponse.success("deleted"))
                .answer(VariableOperations.UPDATE_GLOBAL_VARIABLE, r -> BasicResponse.success("updated"))
                .answer(
                        VariableOperations.LIST_GLOBAL_VARIABLES,
                        r -> new ListGlobalVariablesResponse(true, "", 0, List.of()));
        try (LakeJobClient client = t.client()) {
            assertThat(client.variables().create("v", "x").message()).isEqualTo("created");
            assertThat(t.lastCall().operation()).isSameAs(VariableOperations.CREATE_GLOBAL_VARIABLE);
            assertThat(t.lastCall().request()).isEqualTo(CreateGlobalVariableRequest.of("v", "x"));
            client.variables().create(b -> b.varName("pw").varValue(SECRET).isSensitive(true));
            assertThat(t.lastCall().request()).isEqualTo(CreateGlobalVariableRequest.sensitive("pw", SECRET));
            assertThat(client.variables().delete("v").message()).isEqualTo("deleted");
            assertThat(t.lastCall().request()).isEqualTo(DeleteGlobalVariableRequest.of("v"));
            assertThat(client.variables().update("v", "y").message()).isEqualTo("updated");
            assertThat(t.lastCall().request()).isEqualTo(UpdateGlobalVariableRequest.of("v", "y"));
            client.variables().update(b -> b.varName("v").varValue("z"));
            assertThat(t.lastCall().operation()).isSameAs(VariableOperations.UPDATE_GLOBAL_VARIABLE);
            client.variables().list(b -> b.limit(5));
            assertThat(t.lastCall().request()).isEqualTo(new ListGlobalVariablesRequest(5, null));
            assertField(() -> client.variables().delete("../etc"), "var_name");
        }
        assertThat(t.calls()).hasSize(6);
    }

    @Test
    void listAllFollowsOffsetsUntilAShortPage() {
        List<GlobalVariable> all = IntStream.range(0, 5)
                .mapToObj(i ->
                        GlobalVariable.builder().varName("v" + i).varValue("x").build())
                .collect(Collectors.toList());
        RecordingTransport t = new RecordingTransport()
                .answer(
                        VariableOperations.LIST_GLOBAL_VARIABLES,
                        r ->
                                // count as in the reference example (0) must not stop paging
                                new ListGlobalVariablesResponse(
                                        true,
                                        "",
                                        0,
                                        all.subList(Math.min(r.offset(), 5), Math.min(r.offset() + r.limit(), 5))));
        try (LakeJobClient client = t.client()) {
            List<String> names =
                    client
                            .variables()
                            .listAll(ListGlobalVariablesRequest.builder()
                                    .limit(2)
                                    .build())
                            .stream()
                            .map(GlobalVariable::varName)
                            .collect(Collectors.toList());
            assertThat(names).containsExactly("v0", "v1", "v2", "v3", "v4");
            assertThat(t.calls())
                    .extracting(c -> ((ListGlobalVariablesRequest) c.request()).offset())
                    .containsExactly(0, 2, 4);
            client.variables().listAll().forEach(v -> {});
            assertThat(((ListGlobalVariablesRequest) t.lastCall().request()).limit())
                    .isEqualTo(100);
        }
    }
}
