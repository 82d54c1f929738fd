package io.lakejob.sdk.model.template;

import io.lakejob.sdk.internal.Validate;

/**
 * Updates a Flink job template (reference 11.2). Unset ({@code null}) fields are not sent.
 *
 * @param templateId the template to update ({@code template_id})
 * @param name the new name, 0-57 characters, or {@code null}
 * @param desc the new description, 0-512 characters, or {@code null}
 * @param sqlBody the new Stream SQL statement, 0-1024*1024 characters, or {@code null}
 */
public record UpdateJobTemplateRequest(long templateId, String name, String desc, String sqlBody) {

    /** The longest name on update. */
    public static final int MAX_NAME_LENGTH = 57;

    /** The longest description. */
    public static final int MAX_DESC_LENGTH = 512;

    /** The longest {@code sql_body} on update. */
    public static final int MAX_SQL_BODY_LENGTH = 1024 * 1024;

    /**
     * Validates the request.
     *
     * @param templateId the template id
     * @param name the new name
     * @param desc the new description
     * @param sqlBody the new Stream SQL statement
     */
    public UpdateJobTemplateRequest {
        TemplateChecks.templateId(templateId);
        Validate.length("name", name, 0, MAX_NAME_LENGTH);
        Validate.length("desc", desc, 0, MAX_DESC_LENGTH);
        Validate.length("sql_body", sqlBody, 0, MAX_SQL_BODY_LENGTH);
    }

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().templateId(templateId).name(name).desc(desc).sqlBody(sqlBody);
    }

    /** Builds an {@link UpdateJobTemplateRequest}. */
    public static final class Builder {
        private Long templateId;
        private String name;
        private String desc;
        private String sqlBody;

        private Builder() {}

        /**
         * Sets the template id (required).
         *
         * @param templateId the id
         * @return this builder
         */
        public Builder templateId(long templateId) {
            this.templateId = templateId;
            return this;
        }

        /**
         * Sets the new name.
         *
         * @param name 0-57 characters, or {@code null} to keep it
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the new description.
         *
         * @param desc 0-512 characters, or {@code null} to keep it
         * @return this builder
         */
        public Builder desc(String desc) {
            this.desc = desc;
            return this;
        }

        /**
         * Sets the new Stream SQL statement.
         *
         * @param sqlBody 0-1024*1024 characters, or {@code null} to keep it
         * @return this builder
         */
        public Builder sqlBody(String sqlBody) {
            this.sqlBody = sqlBody;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public UpdateJobTemplateRequest build() {
            return new UpdateJobTemplateRequest(Validate.required("template_id", templateId), name, desc, sqlBody);
        }
    }
}
