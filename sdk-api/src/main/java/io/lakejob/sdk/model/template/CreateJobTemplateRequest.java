package io.lakejob.sdk.model.template;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a Flink job template (reference 11.1). A project holds at most 100 templates.
 *
 * @param name the template name: 1-{@value #MAX_NAME_LENGTH} characters
 * @param desc the description, 0-512 characters, or {@code null}
 * @param sqlBody the Stream SQL statement (source, query and sink), 0-2048 characters, or {@code null}
 * @param tags the template's tags; never {@code null}
 * @param jobType {@code flink_sql_job} or {@code flink_opensource_sql_job}; {@code null} means
 *     {@code flink_sql_job}
 */
public record CreateJobTemplateRequest(
        String name, String desc, String sqlBody, List<Tag> tags, TemplateJobType jobType) {

    /**
     * The longest template name. Table 11-2 says 64, table 11-8 (update) and the official SDK say
     * 57; 57 is used so that every created name can also be sent on update.
     */
    public static final int MAX_NAME_LENGTH = 57;

    /** The longest description. */
    public static final int MAX_DESC_LENGTH = 512;

    /** The longest {@code sql_body} at creation. */
    public static final int MAX_SQL_BODY_LENGTH = 2048;

    /**
     * Validates the request.
     *
     * @param name the template name
     * @param desc the description
     * @param sqlBody the Stream SQL statement
     * @param tags the tags
     * @param jobType the job type
     */
    public CreateJobTemplateRequest {
        Validate.requiredText("name", name, 1, MAX_NAME_LENGTH);
        Validate.length("desc", desc, 0, MAX_DESC_LENGTH);
        Validate.length("sql_body", sqlBody, 0, MAX_SQL_BODY_LENGTH);
        tags = Validate.list("tags", tags);
        if (jobType != null && !jobType.isKnown()) {
            throw new ValidationException(
                    "job_type", "must be one of " + TemplateJobType.knownValues() + ", was " + jobType);
        }
    }

    /**
     * A request with a name and SQL.
     *
     * @param name the template name
     * @param sqlBody the Stream SQL statement
     * @return the request
     */
    public static CreateJobTemplateRequest of(String name, String sqlBody) {
        return builder().name(name).sqlBody(sqlBody).build();
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
        return new Builder().name(name).desc(desc).sqlBody(sqlBody).tags(tags).jobType(jobType);
    }

    /** Builds a {@link CreateJobTemplateRequest}. */
    public static final class Builder {
        private String name;
        private String desc;
        private String sqlBody;
        private List<Tag> tags = new ArrayList<>();
        private TemplateJobType jobType;

        private Builder() {}

        /**
         * Sets the template name (required).
         *
         * @param name 1-57 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param desc 0-512 characters
         * @return this builder
         */
        public Builder desc(String desc) {
            this.desc = desc;
            return this;
        }

        /**
         * Sets the Stream SQL statement.
         *
         * @param sqlBody 0-2048 characters
         * @return this builder
         */
        public Builder sqlBody(String sqlBody) {
            this.sqlBody = sqlBody;
            return this;
        }

        /**
         * Replaces the tags.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
            return this;
        }

        /**
         * Adds a tag.
         *
         * @param key the tag key
         * @param value the tag value
         * @return this builder
         */
        public Builder addTag(String key, String value) {
            this.tags.add(Tag.of(key, value));
            return this;
        }

        /**
         * Sets the job type.
         *
         * @param jobType {@code flink_sql_job} or {@code flink_opensource_sql_job}
         * @return this builder
         */
        public Builder jobType(TemplateJobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws ValidationException naming the first field that breaks a rule
         */
        public CreateJobTemplateRequest build() {
            return new CreateJobTemplateRequest(name, desc, sqlBody, tags, jobType);
        }
    }
}
