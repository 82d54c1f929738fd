package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.job.FlinkJobSettings.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Creates a Flink jar (user-defined) job (reference 9.4, {@code POST /v1.0/{project_id}/streaming/flink-jobs}).
 * Such jobs run on a dedicated queue. The job's resources, restarts and packages are its
 * {@link FlinkJobSettings} (the {@link Group#COMMON} and {@link Group#JAR} fields).
 *
 * @param name the job name: 1-57 characters (required)
 * @param desc the description: 0-512 characters, or {@code null}
 * @param queueName the queue, or {@code null}
 * @param mainClass the main class, or {@code null}
 * @param entrypointArgs the main class's arguments, separated by spaces, or {@code null}
 * @param settings the job's settings; {@link FlinkJobSettings#NONE} for {@code null}
 * @param tags the job's tags; never {@code null}
 */
public record CreateFlinkJarJobRequest(
        String name,
        String desc,
        String queueName,
        String mainClass,
        String entrypointArgs,
        FlinkJobSettings settings,
        List<Tag> tags)
        implements FlinkJobSettings.JarView {

    /**
     * Validates the request.
     *
     * @param name the job name: 1-57 characters (required)
     * @param desc the description: 0-512 characters, or {@code null}
     * @param queueName the queue, or {@code null}
     * @param mainClass the main class, or {@code null}
     * @param entrypointArgs the main class's arguments, separated by spaces, or {@code null}
     * @param settings the job's settings; {@link FlinkJobSettings#NONE} for {@code null}
     * @param tags the job's tags; never {@code null}
     */
    public CreateFlinkJarJobRequest {
        Validate.requiredText("name", name, 1, JobRules.NAME_MAX);
        Validate.length("desc", desc, 0, JobRules.DESC_MAX);
        Validate.queueName("queue_name", queueName);
        settings = settings == null ? FlinkJobSettings.NONE : settings;
        JobRules.settings(settings, "a new Flink jar job", JobRules.Parallelism.NEVER, Group.COMMON, Group.JAR);
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
                .queueName(queueName)
                .mainClass(mainClass)
                .entrypointArgs(entrypointArgs)
                .settings(settings)
                .tags(tags);
    }

    /** Builds a {@link CreateFlinkJarJobRequest}; the settings' setters come from {@link FlinkJobSettings.JarSetters}. */
    public static final class Builder implements FlinkJobSettings.JarSetters<Builder> {
        private String name;
        private String desc;
        private String queueName;
        private String mainClass;
        private String entrypointArgs;
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
        public CreateFlinkJarJobRequest build() {
            return new CreateFlinkJarJobRequest(
                    name, desc, queueName, mainClass, entrypointArgs, settings.build(), tags);
        }
    }
}
