package io.lakejob.sdk.model.template;

/**
 * The answer to {@code DeleteJobTemplate} (reference 11.3).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param templateId the id of the deleted template ({@code template.template_id}), or {@code null}
 */
public record DeleteJobTemplateResponse(Boolean isSuccess, String message, Long templateId) {}
