package io.lakejob.sdk.model.template;

/**
 * The answer to {@code CreateJobTemplate} (reference 11.1).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param template the new template (id, name, description, creation time, job type), or {@code null}
 */
public record CreateJobTemplateResponse(Boolean isSuccess, String message, JobTemplate template) {
    /**
     * The new template's id.
     *
     * @return the id, or {@code null} when the service sent none
     */
    public Long templateId() {
        return template == null ? null : template.templateId();
    }
}
