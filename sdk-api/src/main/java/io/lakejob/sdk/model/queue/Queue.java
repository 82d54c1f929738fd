package io.lakejob.sdk.model.queue;

import java.time.Instant;

/**
 * A queue as listed (reference 6.3, table 6-12) or described (6.4, table 6-15).
 *
 * @param queueName the queue name
 * @param description the description
 * @param owner the user who created it
 * @param createTime when it was created
 * @param queueType the queue type
 * @param cuCount the current number of compute units
 * @param resourceId the resource id
 * @param enterpriseProjectId the enterprise project id
 * @param cidrInVpc the VPC CIDR
 * @param cidrInMgntsubnet the management subnet CIDR
 * @param cidrInSubnet the subnet CIDR
 * @param resourceMode 0 shared, 1 dedicated
 * @param platform the CPU architecture
 * @param isRestarting whether the queue is restarting
 * @param labels the labels, as the JSON text the service returns
 * @param resourceType the resource type, for example {@code vm}
 * @param cuSpec the queue's specification in CUs
 * @param cuScaleOutLimit the upper CU bound for elastic scaling
 * @param cuScaleInLimit the lower CU bound for elastic scaling
 */
public record Queue(
        String queueName,
        String description,
        String owner,
        Instant createTime,
        QueueType queueType,
        Integer cuCount,
        String resourceId,
        String enterpriseProjectId,
        String cidrInVpc,
        String cidrInMgntsubnet,
        String cidrInSubnet,
        Integer resourceMode,
        String platform,
        Boolean isRestarting,
        String labels,
        String resourceType,
        Integer cuSpec,
        Integer cuScaleOutLimit,
        Integer cuScaleInLimit) {

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this queue's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.queueName = queueName;
        b.description = description;
        b.owner = owner;
        b.createTime = createTime;
        b.queueType = queueType;
        b.cuCount = cuCount;
        b.resourceId = resourceId;
        b.enterpriseProjectId = enterpriseProjectId;
        b.cidrInVpc = cidrInVpc;
        b.cidrInMgntsubnet = cidrInMgntsubnet;
        b.cidrInSubnet = cidrInSubnet;
        b.resourceMode = resourceMode;
        b.platform = platform;
        b.isRestarting = isRestarting;
        b.labels = labels;
        b.resourceType = resourceType;
        b.cuSpec = cuSpec;
        b.cuScaleOutLimit = cuScaleOutLimit;
        b.cuScaleInLimit = cuScaleInLimit;
        return b;
    }

    /** Builds a {@link Queue}; used by transports. */
    public static final class Builder {
        private String queueName;
        private String description;
        private String owner;
        private Instant createTime;
        private QueueType queueType;
        private Integer cuCount;
        private String resourceId;
        private String enterpriseProjectId;
        private String cidrInVpc;
        private String cidrInMgntsubnet;
        private String cidrInSubnet;
        private Integer resourceMode;
        private String platform;
        private Boolean isRestarting;
        private String labels;
        private String resourceType;
        private Integer cuSpec;
        private Integer cuScaleOutLimit;
        private Integer cuScaleInLimit;

        private Builder() {}

        /**
         * Sets the queue name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder queueName(String v) {
            queueName = v;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param v the value
         * @return this builder
         */
        public Builder description(String v) {
            description = v;
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param v the value
         * @return this builder
         */
        public Builder owner(String v) {
            owner = v;
            return this;
        }

        /**
         * Sets the creation time.
         *
         * @param v the value
         * @return this builder
         */
        public Builder createTime(Instant v) {
            createTime = v;
            return this;
        }

        /**
         * Sets the queue type.
         *
         * @param v the value
         * @return this builder
         */
        public Builder queueType(QueueType v) {
            queueType = v;
            return this;
        }

        /**
         * Sets the CU count.
         *
         * @param v the value
         * @return this builder
         */
        public Builder cuCount(Integer v) {
            cuCount = v;
            return this;
        }

        /**
         * Sets the resource id.
         *
         * @param v the value
         * @return this builder
         */
        public Builder resourceId(String v) {
            resourceId = v;
            return this;
        }

        /**
         * Sets the enterprise project id.
         *
         * @param v the value
         * @return this builder
         */
        public Builder enterpriseProjectId(String v) {
            enterpriseProjectId = v;
            return this;
        }

        /**
         * Sets the VPC CIDR.
         *
         * @param v the value
         * @return this builder
         */
        public Builder cidrInVpc(String v) {
            cidrInVpc = v;
            return this;
        }

        /**
         * Sets the management subnet CIDR.
         *
         * @param v the value
         * @return this builder
         */
        public Builder cidrInMgntsubnet(String v) {
            cidrInMgntsubnet = v;
            return this;
        }

        /**
         * Sets the subnet CIDR.
         *
         * @param v the value
         * @return this builder
         */
        public Builder cidrInSubnet(String v) {
            cidrInSubnet = v;
            return this;
        }

        /**
         * Sets the resource mode.
         *
         * @param v the value
         * @return this builder
         */
        public Builder resourceMode(Integer v) {
            resourceMode = v;
            return this;
        }

        /**
         * Sets the CPU architecture.
         *
         * @param v the value
         * @return this builder
         */
        public Builder platform(String v) {
            platform = v;
            return this;
        }

        /**
         * Sets whether the queue is restarting.
         *
         * @param v the value
         * @return this builder
         */
        public Builder isRestarting(Boolean v) {
            isRestarting = v;
            return this;
        }

        /**
         * Sets the labels text.
         *
         * @param v the value
         * @return this builder
         */
        public Builder labels(String v) {
            labels = v;
            return this;
        }

        /**
         * Sets the resource type.
         *
         * @param v the value
         * @return this builder
         */
        public Builder resourceType(String v) {
            resourceType = v;
            return this;
        }

        /**
         * Sets the CU specification.
         *
         * @param v the value
         * @return this builder
         */
        public Builder cuSpec(Integer v) {
            cuSpec = v;
            return this;
        }

        /**
         * Sets the elastic scaling upper bound.
         *
         * @param v the value
         * @return this builder
         */
        public Builder cuScaleOutLimit(Integer v) {
            cuScaleOutLimit = v;
            return this;
        }

        /**
         * Sets the elastic scaling lower bound.
         *
         * @param v the value
         * @return this builder
         */
        public Builder cuScaleInLimit(Integer v) {
            cuScaleInLimit = v;
            return this;
        }

        /**
         * Builds the queue.
         *
         * @return the queue
         */
        public Queue build() {
            return new Queue(
                    queueName,
                    description,
                    owner,
                    createTime,
                    queueType,
                    cuCount,
                    resourceId,
                    enterpriseProjectId,
                    cidrInVpc,
                    cidrInMgntsubnet,
                    cidrInSubnet,
                    resourceMode,
                    platform,
                    isRestarting,
                    labels,
                    resourceType,
                    cuSpec,
                    cuScaleOutLimit,
                    cuScaleInLimit);
        }
    }
}
