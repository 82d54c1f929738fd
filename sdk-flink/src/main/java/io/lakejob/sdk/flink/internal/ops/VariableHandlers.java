package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.metadata.MetadataSaver;
import io.lakejob.sdk.flink.internal.metadata.MetadataStore;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.variable.CreateGlobalVariableRequest;
import io.lakejob.sdk.model.variable.DeleteGlobalVariableRequest;
import io.lakejob.sdk.model.variable.GlobalVariable;
import io.lakejob.sdk.model.variable.ListGlobalVariablesRequest;
import io.lakejob.sdk.model.variable.ListGlobalVariablesResponse;
import io.lakejob.sdk.model.variable.UpdateGlobalVariableRequest;
import io.lakejob.sdk.spi.VariableOperations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Global variables (reference chapter 13): stored per client and substituted as {@code ${name}}
 * into the SQL of every Flink SQL job and {@code executeSql} call when it is submitted (jobs keep
 * their SQL as written). Sensitive values are returned masked by the list operation, as the service
 * does, and masked in everything else the client returns or stores ({@link FlinkContext#mask}), but
 * substituted in full.
 */
public final class VariableHandlers {
    private final FlinkContext ctx;
    private final Map<String, GlobalVariable> vars = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    private MetadataSaver saver = MetadataSaver.NONE;

    public VariableHandlers(FlinkContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The stored variables; sensitive values are stored in full (jobs need them), so the metadata
     * directory must be protected like a credentials file.
     *
     * @param variables every variable
     * @param lastId the last variable id given out
     */
    record Doc(List<GlobalVariable> variables, long lastId) {}

    /** Loads the variables an earlier client saved and saves every change. */
    public void persistIn(MetadataStore m) {
        saver = m.attach(
                "variables",
                Doc.class,
                () -> new Doc(
                        vars.values().stream()
                                .sorted(Comparator.comparing(GlobalVariable::id))
                                .toList(),
                        ids.get()),
                d -> {
                    d.variables().forEach(v -> vars.put(v.varName(), v));
                    ids.accumulateAndGet(d.lastId(), Math::max);
                });
    }

    public void register(HandlerRegistry r) {
        r.handle(VariableOperations.CREATE_GLOBAL_VARIABLE, this::create);
        r.handle(VariableOperations.DELETE_GLOBAL_VARIABLE, this::delete);
        r.handle(VariableOperations.UPDATE_GLOBAL_VARIABLE, this::update);
        r.handle(VariableOperations.LIST_GLOBAL_VARIABLES, this::list);
    }

    /** @return every variable's name and real value, for substitution */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        vars.forEach((k, v) -> out.put(k, v.varValue()));
        return out;
    }

    /** @return the values of the sensitive variables, to be masked wherever the client returns or stores text */
    public List<String> sensitiveValues() {
        List<String> out = new ArrayList<>();
        for (GlobalVariable v : vars.values()) {
            if (Boolean.TRUE.equals(v.isSensitive())
                    && v.varValue() != null
                    && !v.varValue().isEmpty()) {
                out.add(v.varValue());
            }
        }
        return out;
    }

    private BasicResponse create(CreateGlobalVariableRequest r) {
        GlobalVariable v = GlobalVariable.builder()
                .id(ids.incrementAndGet())
                .varName(r.varName())
                .varValue(r.varValue())
                .projectId(ctx.configuration().projectId())
                .isSensitive(Boolean.TRUE.equals(r.isSensitive()))
                .createTime(ctx.clock().instant())
                .updateTime(ctx.clock().instant())
                .build();
        if (vars.putIfAbsent(r.varName(), v) != null) {
            throw LocalErrors.exists("Global variable " + r.varName());
        }
        saver.save();
        return BasicResponse.success("");
    }

    private BasicResponse delete(DeleteGlobalVariableRequest r) {
        if (vars.remove(r.varName()) == null) {
            throw LocalErrors.notFound("Global variable " + r.varName());
        }
        saver.save();
        return BasicResponse.success("");
    }

    private BasicResponse update(UpdateGlobalVariableRequest r) {
        GlobalVariable updated = vars.computeIfPresent(r.varName(), (k, v) -> v.toBuilder()
                .varValue(r.varValue())
                .updateTime(ctx.clock().instant())
                .build());
        if (updated == null) {
            throw LocalErrors.notFound("Global variable " + r.varName());
        }
        saver.save();
        return BasicResponse.success("");
    }

    private ListGlobalVariablesResponse list(ListGlobalVariablesRequest r) {
        List<GlobalVariable> all = new ArrayList<>(vars.values());
        all.sort(Comparator.comparing(GlobalVariable::id));
        int offset = r.offset() == null ? 0 : r.offset();
        int limit = r.limit() == null ? ListGlobalVariablesRequest.DEFAULT_LIMIT : r.limit();
        List<GlobalVariable> page = new ArrayList<>();
        for (int i = offset; i < all.size() && page.size() < limit; i++) {
            GlobalVariable v = all.get(i);
            page.add(
                    Boolean.TRUE.equals(v.isSensitive())
                            ? v.toBuilder().varValue("******").build()
                            : v);
        }
        return new ListGlobalVariablesResponse(true, "", all.size(), page);
    }
}
