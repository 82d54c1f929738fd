package io.lakejob.sdk.model.template;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListJobTemplates} (reference 11.4); the service nests the list in
 * {@code template_list}.
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param templateCount the number of templates across all pages ({@code template_list.total_count}; named so
 *     because {@link #totalCount()} is the {@link Page} view of it), or {@code null}
 * @param templates the templates on this page ({@code template_list.templates}); never {@code null}
 */
public record ListJobTemplatesResponse(
        Boolean isSuccess, String message, Integer templateCount, List<JobTemplate> templates)
        implements Page<JobTemplate> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param templateCount the total
     * @param templates the templates
     */
    public ListJobTemplatesResponse {
        templates = templates == null ? List.of() : List.copyOf(templates);
    }

    @Override
    public List<JobTemplate> items() {
        return templates;
    }

    @Override
    public OptionalLong totalCount() {
        return templateCount == null ? OptionalLong.empty() : OptionalLong.of(templateCount);
    }
}
