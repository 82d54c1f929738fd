package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.variable.GlobalVariable;
import io.lakejob.sdk.model.variable.ListGlobalVariablesResponse;
import io.lakejob.sdk.spi.VariableOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wire mapping of the global variable operations, reference sections 13.1 to 13.4. A
 * variable's value may be sensitive: it only ever goes into the request body and the decoded
 * response, never into a message (it is read as a tree node, so a malformed value cannot end up
 * in a parse error either).
 */
final class VariableCodecs {
    private VariableCodecs() {}

    /**
     * The variable codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 13.1 POST /v1.0/{project_id}/variables
                RestCodec.of(VariableOperations.CREATE_GLOBAL_VARIABLE)
                        .body(r -> JsonBody.object()
                                .put("var_name", r.varName())
                                .put("var_value", r.varValue())
                                .put("is_sensitive", r.isSensitive())
                                .toMap())
                        .decode(BasicAnswers::basic)
                        .build(),
                // 13.2 DELETE /v1.0/{project_id}/variables/{var_name}
                RestCodec.of(VariableOperations.DELETE_GLOBAL_VARIABLE)
                        .path(r -> Map.of("var_name", r.varName()))
                        .decode(BasicAnswers::basic)
                        .build(),
                // 13.3 PUT /v1.0/{project_id}/variables/{var_name}
                RestCodec.of(VariableOperations.UPDATE_GLOBAL_VARIABLE)
                        .path(r -> Map.of("var_name", r.varName()))
                        .body(r ->
                                JsonBody.object().put("var_value", r.varValue()).toMap())
                        .decode(BasicAnswers::basic)
                        .build(),
                // 13.4 GET /v1.0/{project_id}/variables?limit=&offset=; "count" is passed on as sent
                // (the reference's example shows 0 beside one variable).
                RestCodec.of(VariableOperations.LIST_GLOBAL_VARIABLES)
                        .query((r, q) -> q.add("limit", r.limit()).add("offset", r.offset()))
                        .decodeAs(WireVariables.class, w -> {
                            List<GlobalVariable> vars = new ArrayList<>();
                            if (w.globalVars() != null) {
                                for (WireVariable v : w.globalVars()) {
                                    if (v != null) {
                                        vars.add(v.toVariable());
                                    }
                                }
                            }
                            return new ListGlobalVariablesResponse(w.isSuccess(), w.message(), w.count(), vars);
                        })
                        .build());
    }

    record WireVariables(
            Boolean isSuccess, String message, Integer count, @JsonAlias("globalVars") List<WireVariable> globalVars)
            implements WireResult {}

    record WireVariable(
            Long id,
            @JsonAlias("varName") String varName,
            @JsonAlias("varValue") JsonNode varValue,
            @JsonAlias("projectId") String projectId,
            @JsonAlias("userId") String userId,
            @JsonAlias("userName") String userName,
            @JsonAlias("isSensitive") Boolean isSensitive,
            @JsonAlias("createTime") Long createTime,
            @JsonAlias("updateTime") Long updateTime) {

        GlobalVariable toVariable() {
            return GlobalVariable.builder()
                    .id(id)
                    .varName(varName)
                    .varValue(WireValues.text(varValue))
                    .projectId(projectId)
                    .userId(userId)
                    .userName(userName)
                    .isSensitive(isSensitive)
                    .createTime(WireValues.epochMillis(createTime))
                    .updateTime(WireValues.epochMillis(updateTime))
                    .build();
        }

        @Override
        public String toString() {
            return "WireVariable[varName=" + varName + ", varValue=***]";
        }
    }
}
