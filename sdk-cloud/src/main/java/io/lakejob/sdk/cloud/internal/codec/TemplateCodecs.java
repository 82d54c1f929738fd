package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.template.CreateJobTemplateResponse;
import io.lakejob.sdk.model.template.DeleteJobTemplateResponse;
import io.lakejob.sdk.model.template.JobTemplate;
import io.lakejob.sdk.model.template.ListJobTemplatesResponse;
import io.lakejob.sdk.model.template.TemplateJobType;
import io.lakejob.sdk.spi.TemplateOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wire mapping of the Flink job template operations, reference sections 11.1 to 11.4.
 * Template ids arrive as numbers or as strings; both read as longs.
 */
final class TemplateCodecs {
    private TemplateCodecs() {}

    /**
     * The template codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 11.1 POST /v1.0/{project_id}/streaming/job-templates
                RestCodec.of(TemplateOperations.CREATE_JOB_TEMPLATE)
                        .body(r -> JsonBody.object()
                                .put("name", r.name())
                                .put("desc", r.desc())
                                .put("sql_body", r.sqlBody())
                                .put("tags", r.tags())
                                .put("job_type", r.jobType())
                                .toMap())
                        .decodeAs(WireTemplateResponse.class, w -> {
                            return new CreateJobTemplateResponse(
                                    w.isSuccess(),
                                    w.message(),
                                    w.template() == null ? null : w.template().toTemplate());
                        })
                        .build(),
                // 11.2 PUT /v1.0/{project_id}/streaming/job-templates/{template_id}
                RestCodec.of(TemplateOperations.UPDATE_JOB_TEMPLATE)
                        .path(r -> Map.of("template_id", Long.toString(r.templateId())))
                        .body(r -> JsonBody.object()
                                .put("name", r.name())
                                .put("desc", r.desc())
                                .put("sql_body", r.sqlBody())
                                .toMap())
                        .decode(BasicAnswers::basic)
                        .build(),
                // 11.3 DELETE /v1.0/{project_id}/streaming/job-templates/{template_id}
                RestCodec.of(TemplateOperations.DELETE_JOB_TEMPLATE)
                        .path(r -> Map.of("template_id", Long.toString(r.templateId())))
                        .decodeAs(WireTemplateResponse.class, w -> {
                            return new DeleteJobTemplateResponse(
                                    w.isSuccess(),
                                    w.message(),
                                    w.template() == null ? null : w.template().templateId());
                        })
                        .build(),
                // 11.4 GET /v1.0/{project_id}/streaming/job-templates
                RestCodec.of(TemplateOperations.LIST_JOB_TEMPLATES)
                        .query((r, q) -> q.add("name", r.name())
                                .add("tags", r.tags())
                                .add("offset", r.offset())
                                .add("limit", r.limit())
                                .add("order", r.order()))
                        .decodeAs(WireListResponse.class, w -> {
                            List<JobTemplate> templates = new ArrayList<>();
                            Integer count = null;
                            if (w.templateList() != null) {
                                count = w.templateList().totalCount();
                                for (WireTemplate t :
                                        WireValues.nonNull(w.templateList().templates())) {
                                    templates.add(t.toTemplate());
                                }
                            }
                            return new ListJobTemplatesResponse(w.isSuccess(), w.message(), count, templates);
                        })
                        .build());
    }

    record WireTemplateResponse(Boolean isSuccess, String message, WireTemplate template) implements WireResult {}

    record WireListResponse(Boolean isSuccess, String message, @JsonAlias("templateList") WireTemplateList templateList)
            implements WireResult {}

    record WireTemplateList(
            @JsonAlias({"totalCount", "template_count"}) Integer totalCount, List<WireTemplate> templates) {}

    record WireTemplate(
            @JsonAlias("templateId") Long templateId,
            String name,
            String desc,
            @JsonAlias("createTime") Long createTime,
            @JsonAlias("updateTime") Long updateTime,
            @JsonAlias("sqlBody") JsonNode sqlBody,
            @JsonAlias("jobType") String jobType) {

        JobTemplate toTemplate() {
            return JobTemplate.builder()
                    .templateId(templateId)
                    .name(name)
                    .desc(desc)
                    .createTime(WireValues.epochMillisOrUnset(createTime))
                    .updateTime(WireValues.epochMillisOrUnset(updateTime))
                    .sqlBody(WireValues.text(sqlBody))
                    .jobType(WireValues.enumValue(jobType, TemplateJobType::of))
                    .build();
        }
    }
}
