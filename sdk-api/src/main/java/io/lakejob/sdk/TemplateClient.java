package io.lakejob.sdk;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.template.CreateJobTemplateRequest;
import io.lakejob.sdk.model.template.CreateJobTemplateResponse;
import io.lakejob.sdk.model.template.DeleteJobTemplateRequest;
import io.lakejob.sdk.model.template.DeleteJobTemplateResponse;
import io.lakejob.sdk.model.template.JobTemplate;
import io.lakejob.sdk.model.template.ListJobTemplatesRequest;
import io.lakejob.sdk.model.template.ListJobTemplatesResponse;
import io.lakejob.sdk.model.template.UpdateJobTemplateRequest;
import java.util.function.Consumer;

/**
 * Flink job templates (reference chapter 11). Thread-safe.
 */
public interface TemplateClient {
    /**
     * Creates a template (11.1, {@code POST /v1.0/{project_id}/streaming/job-templates}).
     *
     * @param request the request
     * @return the answer with the new template
     */
    CreateJobTemplateResponse create(CreateJobTemplateRequest request);

    /**
     * Creates a template (11.1), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer with the new template
     */
    default CreateJobTemplateResponse create(Consumer<CreateJobTemplateRequest.Builder> request) {
        CreateJobTemplateRequest.Builder b = CreateJobTemplateRequest.builder();
        request.accept(b);
        return create(b.build());
    }

    /**
     * Updates a template (11.2, {@code PUT /v1.0/{project_id}/streaming/job-templates/{template_id}}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse update(UpdateJobTemplateRequest request);

    /**
     * Updates a template (11.2), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse update(Consumer<UpdateJobTemplateRequest.Builder> request) {
        UpdateJobTemplateRequest.Builder b = UpdateJobTemplateRequest.builder();
        request.accept(b);
        return update(b.build());
    }

    /**
     * Deletes a template, even while jobs use it (11.3,
     * {@code DELETE /v1.0/{project_id}/streaming/job-templates/{template_id}}).
     *
     * @param request the request
     * @return the answer with the deleted template's id
     */
    DeleteJobTemplateResponse delete(DeleteJobTemplateRequest request);

    /**
     * Deletes a template by id (11.3).
     *
     * @param templateId the template id
     * @return the answer with the deleted template's id
     */
    default DeleteJobTemplateResponse delete(long templateId) {
        return delete(DeleteJobTemplateRequest.of(templateId));
    }

    /**
     * Lists templates, one page (11.4, {@code GET /v1.0/{project_id}/streaming/job-templates}).
     *
     * @param request the filters and paging
     * @return one page
     */
    ListJobTemplatesResponse list(ListJobTemplatesRequest request);

    /**
     * Lists templates, one page (11.4), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page
     */
    default ListJobTemplatesResponse list(Consumer<ListJobTemplatesRequest.Builder> request) {
        ListJobTemplatesRequest.Builder b = ListJobTemplatesRequest.builder();
        request.accept(b);
        return list(b.build());
    }

    /**
     * Every template matching the filters, fetched page by page with {@code limit}/{@code offset}
     * ({@code limit} of the request, or 100).
     *
     * @param request the filters; its {@code offset} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<JobTemplate> listAll(ListJobTemplatesRequest request) {
        int limit = request.limit() == null ? 100 : request.limit();
        return PagedIterable.byOffset(
                limit,
                offset -> list(
                        request.toBuilder().limit(limit).offset((long) offset).build()));
    }

    /**
     * Every template, fetched page by page.
     *
     * @return a lazy iterable
     */
    default PagedIterable<JobTemplate> listAll() {
        return listAll(ListJobTemplatesRequest.all());
    }
}
