package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.metadata.MetadataSaver;
import io.lakejob.sdk.flink.internal.metadata.MetadataStore;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.template.CreateJobTemplateRequest;
import io.lakejob.sdk.model.template.CreateJobTemplateResponse;
import io.lakejob.sdk.model.template.DeleteJobTemplateRequest;
import io.lakejob.sdk.model.template.DeleteJobTemplateResponse;
import io.lakejob.sdk.model.template.JobTemplate;
import io.lakejob.sdk.model.template.ListJobTemplatesRequest;
import io.lakejob.sdk.model.template.ListJobTemplatesResponse;
import io.lakejob.sdk.model.template.TemplateJobType;
import io.lakejob.sdk.model.template.TemplateOrder;
import io.lakejob.sdk.model.template.UpdateJobTemplateRequest;
import io.lakejob.sdk.spi.TemplateOperations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Flink job templates (reference chapter 11): stored per client; a Flink SQL job created with a
 * {@code template_id} and no {@code sql_body} takes the template's SQL.
 */
public final class TemplateHandlers {
    private final FlinkContext ctx;
    private final Map<Long, JobTemplate> templates = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);

    private MetadataSaver saver = MetadataSaver.NONE;

    public TemplateHandlers(FlinkContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The stored templates.
     *
     * @param templates every template
     * @param lastId the last template id given out
     */
    record Doc(List<JobTemplate> templates, long lastId) {}

    /** Loads the templates an earlier client saved and saves every change. */
    public void persistIn(MetadataStore m) {
        saver = m.attach(
                "templates",
                Doc.class,
                () -> new Doc(
                        templates.values().stream()
                                .sorted(Comparator.comparing(JobTemplate::templateId))
                                .toList(),
                        ids.get()),
                d -> {
                    d.templates().forEach(t -> templates.put(t.templateId(), t));
                    ids.accumulateAndGet(d.lastId(), Math::max);
                });
    }

    public void register(HandlerRegistry r) {
        r.handle(TemplateOperations.CREATE_JOB_TEMPLATE, this::create);
        r.handle(TemplateOperations.UPDATE_JOB_TEMPLATE, this::update);
        r.handle(TemplateOperations.DELETE_JOB_TEMPLATE, this::delete);
        r.handle(TemplateOperations.LIST_JOB_TEMPLATES, this::list);
    }

    /**
     * The SQL of a template.
     *
     * @param id the template id
     * @return its SQL, never {@code null}
     */
    public String sqlOf(long id) {
        JobTemplate t = templates.get(id);
        if (t == null) {
            throw LocalErrors.notFound("Job template " + id);
        }
        if (t.sqlBody() == null || t.sqlBody().isBlank()) {
            throw LocalErrors.invalid("template_id", "template " + id + " has no SQL");
        }
        return t.sqlBody();
    }

    private CreateJobTemplateResponse create(CreateJobTemplateRequest r) {
        boolean taken = templates.values().stream().anyMatch(t -> t.name().equals(r.name()));
        if (taken) {
            throw LocalErrors.exists("Job template " + r.name());
        }
        long id = ids.incrementAndGet();
        JobTemplate t = JobTemplate.builder()
                .templateId(id)
                .name(r.name())
                .desc(r.desc())
                .sqlBody(r.sqlBody())
                .jobType(r.jobType() == null ? TemplateJobType.FLINK_SQL_JOB : r.jobType())
                .createTime(ctx.clock().instant())
                .updateTime(ctx.clock().instant())
                .build();
        templates.put(id, t);
        saver.save();
        return new CreateJobTemplateResponse(true, "", t);
    }

    private BasicResponse update(UpdateJobTemplateRequest r) {
        JobTemplate updated = templates.computeIfPresent(r.templateId(), (k, t) -> {
            JobTemplate.Builder b = t.toBuilder().updateTime(ctx.clock().instant());
            if (r.name() != null && !r.name().isEmpty()) {
                b.name(r.name());
            }
            if (r.desc() != null) {
                b.desc(r.desc());
            }
            if (r.sqlBody() != null) {
                b.sqlBody(r.sqlBody());
            }
            return b.build();
        });
        if (updated == null) {
            throw LocalErrors.notFound("Job template " + r.templateId());
        }
        saver.save();
        return BasicResponse.success("");
    }

    private DeleteJobTemplateResponse delete(DeleteJobTemplateRequest r) {
        if (templates.remove(r.templateId()) == null) {
            throw LocalErrors.notFound("Job template " + r.templateId());
        }
        saver.save();
        return new DeleteJobTemplateResponse(true, "", r.templateId());
    }

    private ListJobTemplatesResponse list(ListJobTemplatesRequest r) {
        List<JobTemplate> all = new ArrayList<>();
        for (JobTemplate t : templates.values()) {
            if (r.name() == null
                    || t.name().toLowerCase(Locale.ROOT).contains(r.name().toLowerCase(Locale.ROOT))) {
                all.add(t);
            }
        }
        Comparator<JobTemplate> byId = Comparator.comparing(JobTemplate::templateId);
        all.sort(TemplateOrder.ASC.equals(r.order()) ? byId : byId.reversed());
        long offset = r.offset() == null ? 0 : r.offset();
        int limit = r.limit() == null ? ListJobTemplatesRequest.DEFAULT_LIMIT : r.limit();
        List<JobTemplate> page = new ArrayList<>();
        for (long i = offset; i < all.size() && page.size() < limit; i++) {
            page.add(all.get((int) i));
        }
        return new ListJobTemplatesResponse(true, "", all.size(), page);
    }
}
