package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.job.FlinkJobSettings.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Creates a Flink SQL job (reference 9.2, {@code POST /v1.0/{project_id}/streaming/sql-jobs}).
 * The job's resources, checkpoints and restarts are its {@link FlinkJobSettings} (the
 * {@link Group#COMMON} and {@link Group#SQL} fields); the builder sets them one by one
 * ({@code cuNumber(4)}) or all at once ({@code settings(...)}).
 *
 * @param name the job name: 1-57 characters (required)
 * @param desc the description: 0-512 characters, or {@code null}
 * @param templateId the template whose SQL fills {@code sql_body} when that is empty, or {@code null}
 * @param queueName the queue, or {@code null}
 * @param sqlBody the Stream SQL (source, query and sink): at most 1024*1024 characters, or {@code null}
 * @param runMode the run mode, or {@code null} for {@code shared_cluster}
 * @param jobType the job type, {@code flink_sql_job} or {@code flink_opensource_sql_job}, or {@code null}
 * @param settings the job's settings; {@link FlinkJobSettings#NONE} for {@code null}
 * @param tags the job's tags; never {@code null}
 */
public record CreateFlinkSqlJobRequest(
        String name,
        String desc,
        Long templateId,
        String queueName,
        String sqlBody,
        RunMode runMode,
        JobType jobType,
        FlinkJobSettings settings,
        List<Tag> tags)
        implements FlinkJobSettings.SqlView {
    /** The job types a SQL job may have. */
    public static final Set<JobType> SQL_JOB_TYPES = Set.of(JobType.FLINK_SQL_JOB, JobType.FLINK_OPENSOURCE_SQL_JOB);

    /**
     * Validates the request.
     *
     * @param name the job name: 1-57 characters (required)
     * @param desc the description: 0-512 characters, or {@code null}
     * @param templateId the template whose SQL fills {@code sql_body} when that is empty, or {@code null}
     * @param queueName the queue, or {@code null}
     * @param sqlBody the Stream SQL (source, query and sink): at most 1024*1024 characters, or {@code null}
     * @param runMode the run mode, or {@code null} for {@code shared_cluster}
     * @param jobType the job type, {@code flink_sql_job} or {@code flink_opensource_sql_job}, or {@code null}
     * @param settings the job's settings; {@link FlinkJobSettings#NONE} for {@code null}
     * @param tags the job's tags; never {@code null}
     */
    public CreateFlinkSqlJobRequest {
        Validate.requiredText("name", name, 1, JobRules.NAME_MAX);
        Validate.length("desc", desc, 0, JobRules.DESC_MAX);
        Validate.range("template_id", templateId, 1, Long.MAX_VALUE);
        Validate.queueName("queue_name", queueName);
        Validate.length("sql_body", sqlBody, 0, JobRules.SQL_BODY_MAX);
        JobRules.known("run_mode", runMode, null);
        settings = settings == null ? FlinkJobSettings.NONE : settings;
        JobRules.settings(settings, "a new Flink SQL job", JobRules.Parallelism.ALWAYS, Group.COMMON, Group.SQL);
        JobRules.known("job_type", jobType, SQL_JOB_TYPES);
        tags = Validate.list("tags", tags);
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
        return new Builder()
                .name(name)
                .desc(desc)
                .templateId(templateId)
                .queueName(queueName)
                .sqlBody(sqlBody)
                .runMode(runMode)
                .jobType(jobType)
                .settings(settings)
                .tags(tags);
    }

    /** Builds a {@link CreateFlinkSqlJobRequest}; the settings' setters come from {@link FlinkJobSettings.SqlSetters}. */
    public static final class Builder implements FlinkJobSettings.SqlSetters<Builder> {
        private String name;
        private String desc;
        private Long templateId;
        private String queueName;
        private String sqlBody;
        private RunMode runMode;
        private JobType jobType;
        private FlinkJobSettings.Builder settings = FlinkJobSettings.builder();
        private List<Tag> tags = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the job name: 1-57 characters (required).
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the description: 0-512 characters, or {@code null}.
         *
         * @param desc the value
         * @return this builder
         */
        public Builder desc(String desc) {
            this.desc = desc;
            return this;
        }

        /**
         * Sets the template whose SQL fills {@code sql_body} when that is empty, or {@code null}.
         *
         * @param templateId the value
         * @return this builder
         */
        public Builder templateId(Long templateId) {
            this.templateId = templateId;
            return this;
        }

        /**
         * Sets the queue, or {@code null}.
         *
         * @param queueName the value
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets the Stream SQL (source, query and sink): at most 1024*1024 characters, or {@code null}.
         *
         * @param sqlBody the value
         * @return this builder
         */
        public Builder sqlBody(String sqlBody) {
            this.sqlBody = sqlBody;
            return this;
        }

        /**
         * Sets the run mode, or {@code null} for {@code shared_cluster}.
         *
         * @param runMode the value
         * @return this builder
         */
        public Builder runMode(RunMode runMode) {
            this.runMode = runMode;
            return this;
        }

        /**
         * Sets the job type, {@code flink_sql_job} or {@code flink_opensource_sql_job}.
         *
         * @param jobType the value
         * @return this builder
         */
        public Builder jobType(JobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * Replaces every setting.
         *
         * @param settings the settings; {@code null} for none
         * @return this builder
         */
        public Builder settings(FlinkJobSettings settings) {
            this.settings = settings == null ? FlinkJobSettings.builder() : settings.toBuilder();
            return this;
        }

        @Override
        public Builder settings(Consumer<FlinkJobSettings.Builder> change) {
            change.accept(settings);
            return this;
        }

        /**
         * Replaces the job's tags; never {@code null}.
         *
         * @param tags the value
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
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public CreateFlinkSqlJobRequest build() {
            return new CreateFlinkSqlJobRequest(
                    name, desc, templateId, queueName, sqlBody, runMode, jobType, settings.build(), tags);
        }
    }
}
