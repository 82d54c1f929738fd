package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.job.FlinkJobSettings.Group;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Updates a Flink jar job (reference 9.5, {@code PUT /v1.0/{project_id}/streaming/flink-jobs/{job_id}}).
 * Unset ({@code null}) fields are not sent: the job keeps them. The settings to change are
 * {@link FlinkJobSettings} (the {@link Group#COMMON} and {@link Group#JAR} fields); a transport
 * that keeps jobs itself applies them with {@link FlinkJobSettings#overlay}.
 *
 * @param jobId the job to update (path parameter); positive
 * @param name the new name: 0-57 characters, or {@code null} to keep it
 * @param desc the description: 0-512 characters, or {@code null}
 * @param queueName the queue, or {@code null}
 * @param mainClass the main class, or {@code null}
 * @param entrypointArgs the main class's arguments, separated by spaces, or {@code null}
 * @param jobType the job type, {@code flink_jar_job}, or {@code null}
 * @param settings the settings to change; {@link FlinkJobSettings#NONE} for {@code null}
 */
public record UpdateFlinkJarJobRequest(
        long jobId,
        String name,
        String desc,
        String queueName,
        String mainClass,
        String entrypointArgs,
        JobType jobType,
        FlinkJobSettings settings)
        implements FlinkJobSettings.JarView {

    /**
     * Validates the request.
     *
     * @param jobId the job to update (path parameter); positive
     * @param name the new name: 0-57 characters, or {@code null} to keep it
     * @param desc the description: 0-512 characters, or {@code null}
     * @param queueName the queue, or {@code null}
     * @param mainClass the main class, or {@code null}
     * @param entrypointArgs the main class's arguments, separated by spaces, or {@code null}
     * @param jobType the job type, {@code flink_jar_job}, or {@code null}
     * @param settings the settings to change; {@link FlinkJobSettings#NONE} for {@code null}
     */
    public UpdateFlinkJarJobRequest {
        JobRules.jobId("job_id", jobId);
        Validate.length("name", name, 0, JobRules.NAME_MAX);
        Validate.length("desc", desc, 0, JobRules.DESC_MAX);
        Validate.queueName("queue_name", queueName);
        settings = settings == null ? FlinkJobSettings.NONE : settings;
        JobRules.settings(settings, "a Flink jar job update", JobRules.Parallelism.NEVER, Group.COMMON, Group.JAR);
        JobRules.known("job_type", jobType, Set.of(JobType.FLINK_JAR_JOB));
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
                .mainClass(mainClass)
                .entrypointArgs(entrypointArgs)
                .jobType(jobType)
                .settings(settings);
    }

    /** Builds a {@link UpdateFlinkJarJobRequest}; the settings' setters come from {@link FlinkJobSettings.JarSetters}. */
    public static final class Builder implements FlinkJobSettings.JarSetters<Builder> {
        private Long jobId;
        private String name;
        private String desc;
        private String queueName;
        private String mainClass;
        private String entrypointArgs;
        private JobType jobType;
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
         * Sets the main class, or {@code null}.
         *
         * @param mainClass the value
         * @return this builder
         */
        public Builder mainClass(String mainClass) {
            this.mainClass = mainClass;
            return this;
        }

        /**
         * Sets the main class's arguments, separated by spaces, or {@code null}.
         *
         * @param entrypointArgs the value
         * @return this builder
         */
        public Builder entrypointArgs(String entrypointArgs) {
            this.entrypointArgs = entrypointArgs;
            return this;
        }

        /**
         * Sets the job type, {@code flink_jar_job}, or {@code null}.
         *
         * @param jobType the value
         * @return this builder
         */
        public Builder jobType(JobType jobType) {
            this.jobType = jobType;
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
        public UpdateFlinkJarJobRequest build() {
            return new UpdateFlinkJarJobRequest(
                    Validate.required("job_id", jobId),
                    name,
                    desc,
                    queueName,
                    mainClass,
                    entrypointArgs,
                    jobType,
                    settings.build());
        }
    }
}
