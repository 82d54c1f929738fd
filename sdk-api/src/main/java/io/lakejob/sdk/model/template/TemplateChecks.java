package io.lakejob.sdk.model.template;

import io.lakejob.sdk.internal.Validate;

/** Validation shared by the template requests. Not part of the public API. */
final class TemplateChecks {
    private TemplateChecks() {}

    /** Template ids are non-negative and go into the path as decimal digits. */
    static long templateId(long templateId) {
        Validate.range("template_id", templateId, 0L, Long.MAX_VALUE);
        Validate.pathSegment("template_id", Long.toString(templateId));
        return templateId;
    }
}
