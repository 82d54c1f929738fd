package io.lakejob.sdk.model.template;

import java.time.Instant;

/**
 * A Flink job template as created (reference 11.1, table 11-5) or listed (11.4, table 11-19).
 *
 * @param templateId the template id ({@code template_id})
 * @param name the template name
 * @param desc the description
 * @param createTime when it was created
 * @param updateTime when it was last updated (listing only)
 * @param sqlBody the Stream SQL statement (listing only)
 * @param jobType the template's job type
 */
public record JobTemplate(
        Long templateId,
        String name,
        String desc,
        Instant createTime,
        Instant updateTime,
        String sqlBody,
        TemplateJobType jobType) {

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this template's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .templateId(templateId)
                .name(name)
                .desc(desc)
                .createTime(createTime)
                .updateTime(updateTime)
                .sqlBody(sqlBody)
                .jobType(jobType);
    }

    /** Builds a {@link JobTemplate}; used by transports. */
    public static final class Builder {
        private Long templateId;
        private String name;
        private String desc;
        private Instant createTime;
        private Instant updateTime;
        private String sqlBody;
        private TemplateJobType jobType;

        private Builder() {}

        /**
         * Sets the template id.
         *
         * @param templateId the id
         * @return this builder
         */
        public Builder templateId(Long templateId) {
            this.templateId = templateId;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param desc the description
         * @return this builder
         */
        public Builder desc(String desc) {
            this.desc = desc;
            return this;
        }

        /**
         * Sets the creation time.
         *
         * @param createTime the instant
         * @return this builder
         */
        public Builder createTime(Instant createTime) {
            this.createTime = createTime;
            return this;
        }

        /**
         * Sets the update time.
         *
         * @param updateTime the instant
         * @return this builder
         */
        public Builder updateTime(Instant updateTime) {
            this.updateTime = updateTime;
            return this;
        }

        /**
         * Sets the Stream SQL statement.
         *
         * @param sqlBody the SQL
         * @return this builder
         */
        public Builder sqlBody(String sqlBody) {
            this.sqlBody = sqlBody;
            return this;
        }

        /**
         * Sets the job type.
         *
         * @param jobType the type
         * @return this builder
         */
        public Builder jobType(TemplateJobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * Builds the template.
         *
         * @return the template
         */
        public JobTemplate build() {
            return new JobTemplate(templateId, name, desc, createTime, updateTime, sqlBody, jobType);
        }
    }
}
