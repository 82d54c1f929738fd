package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.job.FlinkJobSettings.Group;
import java.util.function.Consumer;

/**
 * Updates a Flink SQL job (reference 9.3, {@code PUT /v1.0/{project_id}/streaming/sql-jobs/{job_id}}).
 * Unset ({@code null}) fields are not sent: the job keeps them. The settings to change are
 * {@link FlinkJobSettings} (the {@link Group#COMMON}, {@link Group#SQL} and {@link Group#SQL_UPDATE}
 * fields); a transport that keeps jobs itself applies them with {@link FlinkJobSettings#overlay}.
 *
 * @param jobId the job to update (path parameter); positive
 * @param name the new name: 0-57 characters, or {@code null} to keep it
 * @param desc the description: 0-512 characters, or {@code null}
 * @param queueName the queue, or {@code null}
 * @param sqlBody the Stream SQL: at most 1024*1024 characters, or {@code null}
 * @param runMode the run mode, or {@code null}
 * @param settings the settings to change; {@link FlinkJobSettings#NONE} for {@code null}
 */
public record UpdateFlinkSqlJobRequest(
        long jobId,
        String name,
        String desc,
        String queueName,
        String sqlBody,
        RunMode runMode,
        FlinkJobSettings settings)
        implements FlinkJobSettings.SqlUpdateView {

    /**
     * Validates the request.
     *
     * @param jobId the job to update (path parameter); positive
     * @param name the new name: 0-57 characters, or {@code null} to keep it
     * @param desc the description: 0-512 characters, or {@code null}
     * @param queueName the queue, or {@code null}
     * @param sqlBody the Stream SQL: at most 1024*1024 characters, or {@code null}
     * @param runMode the run mode, or {@code null}
     * @param settings the settings to change; {@link FlinkJobSettings#NONE} for {@code null}
     */
    public UpdateFlinkSqlJobRequest {
        JobRules.jobId("job_id", jobId);
        Validate.length("name", name, 0, JobRules.NAME_MAX);
        Validate.length("desc", desc, 0, JobRules.DESC_MAX);
        Validate.queueName("queue_name", queueName);
        Validate.length("sql_body", sqlBody, 0, JobRules.SQL_BODY_MAX);
        JobRules.known("run_mode", runMode, null);
        settings = settings == null ? FlinkJobSettings.NONE : settings;
        JobRules.settings(
                settings,
                "a Flink SQL job update",
                JobRules.Parallelism.WHEN_CU_NUMBER_SET,
                Group.COMMON,
                Group.SQL,
                Group.SQL_UPDATE);
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
                .jobId(jobId)
                .name(name)
                .desc(desc)
                .queueName(queueName)
                .sqlBody(sqlBody)
                .runMode(runMode)
                .settings(settings);
    }

    /** Builds a {@link UpdateFlinkSqlJobRequest}; the settings' setters come from {@link FlinkJobSettings.SqlUpdateSetters}. */
    public static final class Builder implements FlinkJobSettings.SqlUpdateSetters<Builder> {
        private Long jobId;
        private String name;
        private String desc;
        private String queueName;
        private String sqlBody;
        private RunMode runMode;
        private FlinkJobSettings.Builder settings = FlinkJobSettings.builder();

        private Builder() {}

        /**
         * Sets the job to update (path parameter); positive.
         *
         * @param jobId the value
         * @return this builder
         */
        public Builder jobId(long jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets the new name: 0-57 characters, or {@code null} to keep it.
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
         * Sets the Stream SQL: at most 1024*1024 characters, or {@code null}.
         *
         * @param sqlBody the value
         * @return this builder
         */
        public Builder sqlBody(String sqlBody) {
            this.sqlBody = sqlBody;
            return this;
        }

        /**
         * Sets the run mode, or {@code null}.
         *
         * @param runMode the value
         * @return this builder
         */
        public Builder runMode(RunMode runMode) {
            this.runMode = runMode;
            return this;
        }

        /**
         * Replaces every setting to change.
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
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public UpdateFlinkSqlJobRequest build() {
            return new UpdateFlinkSqlJobRequest(
                    Validate.required("job_id", jobId), name, desc, queueName, sqlBody, runMode, settings.build());
        }
    }
}
