package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Creates a queue (reference 6.1).
 *
 * @param queueName the queue name: 1-128 digits, letters and underscores, not all digits, not
 *     starting with '_'; the service lower-cases it
 * @param queueType the queue type; {@code null} means {@code sql}
 * @param description the description, or {@code null}
 * @param cuCount the minimum number of compute units bound to the queue: 16, 64 or 256
 * @param enterpriseProjectId the enterprise project id ({@code "0"} is the default project), or {@code null}
 * @param platform the CPU architecture, {@code x86_64}, or {@code null}
 * @param resourceMode 0 for shared, 1 for dedicated resources, or {@code null}
 * @param labels labels such as {@code multi_az=2}; never {@code null}
 * @param tags resource tags; never {@code null}
 */
public record CreateQueueRequest(
        String queueName,
        QueueType queueType,
        String description,
        int cuCount,
        String enterpriseProjectId,
        String platform,
        Integer resourceMode,
        List<String> labels,
        List<Tag> tags) {

    /** The CU counts the service accepts at creation. */
    public static final Set<Integer> CU_COUNTS = Set.of(16, 64, 256);

    /**
     * Validates the request.
     *
     * @param queueName the queue name
     * @param queueType the queue type
     * @param description the description
     * @param cuCount the CU count
     * @param enterpriseProjectId the enterprise project id
     * @param platform the CPU architecture
     * @param resourceMode the resource mode
     * @param labels the labels
     * @param tags the tags
     */
    public CreateQueueRequest {
        Validate.queueName("queue_name", Validate.required("queue_name", queueName));
        Validate.oneOf("cu_count", cuCount, CU_COUNTS);
        Validate.oneOf("resource_mode", resourceMode, Set.of(0, 1));
        labels = Validate.list("labels", labels);
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
                .queueName(queueName)
                .queueType(queueType)
                .description(description)
                .cuCount(cuCount)
                .enterpriseProjectId(enterpriseProjectId)
                .platform(platform)
                .resourceMode(resourceMode)
                .labels(labels)
                .tags(tags);
    }

    /** Builds a {@link CreateQueueRequest}. */
    public static final class Builder {
        private String queueName;
        private QueueType queueType;
        private String description;
        private Integer cuCount;
        private String enterpriseProjectId;
        private String platform;
        private Integer resourceMode;
        private List<String> labels = new ArrayList<>();
        private List<Tag> tags = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the queue name.
         *
         * @param queueName the name
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets the queue type.
         *
         * @param queueType the type
         * @return this builder
         */
        public Builder queueType(QueueType queueType) {
            this.queueType = queueType;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the CU count (required): 16, 64 or 256.
         *
         * @param cuCount the CU count
         * @return this builder
         */
        public Builder cuCount(int cuCount) {
            this.cuCount = cuCount;
            return this;
        }

        /**
         * Sets the enterprise project id.
         *
         * @param enterpriseProjectId the id
         * @return this builder
         */
        public Builder enterpriseProjectId(String enterpriseProjectId) {
            this.enterpriseProjectId = enterpriseProjectId;
            return this;
        }

        /**
         * Sets the CPU architecture.
         *
         * @param platform for example {@code x86_64}
         * @return this builder
         */
        public Builder platform(String platform) {
            this.platform = platform;
            return this;
        }

        /**
         * Sets the resource mode.
         *
         * @param resourceMode 0 shared, 1 dedicated
         * @return this builder
         */
        public Builder resourceMode(Integer resourceMode) {
            this.resourceMode = resourceMode;
            return this;
        }

        /**
         * Replaces the labels.
         *
         * @param labels the labels
         * @return this builder
         */
        public Builder labels(List<String> labels) {
            this.labels = labels == null ? new ArrayList<>() : new ArrayList<>(labels);
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
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public CreateQueueRequest build() {
            return new CreateQueueRequest(
                    queueName,
                    queueType,
                    description,
                    Validate.required("cu_count", cuCount),
                    enterpriseProjectId,
                    platform,
                    resourceMode,
                    labels,
                    tags);
        }
    }
}
