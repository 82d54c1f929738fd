package io.lakejob.sdk.model.template;

/**
 * Deletes a Flink job template (reference 11.3), even while jobs use it.
 *
 * @param templateId the template to delete ({@code template_id})
 */
public record DeleteJobTemplateRequest(long templateId) {
    /**
     * Validates the request.
     *
     * @param templateId the template id
     */
    public DeleteJobTemplateRequest {
        TemplateChecks.templateId(templateId);
    }

    /**
     * A request for the given template.
     *
     * @param templateId the template id
     * @return the request
     */
    public static DeleteJobTemplateRequest of(long templateId) {
        return new DeleteJobTemplateRequest(templateId);
    }
}
