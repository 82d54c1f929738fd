package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.exception.ValidationException;

/**
 * Runs a user jar as a Flink job (Dinky {@code executeJar}): in application mode the jar's main
 * method runs in the new cluster's JobManager ({@code yarn-application}, {@code
 * kubernetes-application}); on the other targets the main method builds the job on the client and
 * the job is submitted to the target's cluster.
 *
 * @param type where the job runs; required
 * @param address the JobManager's REST address as {@code host:port} (session targets), or {@code null}
 * @param jobName the Flink job name, or {@code null}
 * @param savePointPath the savepoint to restore the job from, or {@code null}
 * @param gatewayConfig the jar ({@code appConfig.userJarPath}, required), its main class and
 *     arguments, and how to reach or deploy the cluster
 */
public record ExecuteJarRequest(
        ExecutionTarget type, String address, String jobName, String savePointPath, GatewayConfig gatewayConfig) {

    /**
     * Validates the request.
     *
     * @param type the execution target
     * @param address the JobManager address
     * @param jobName the job name
     * @param savePointPath the savepoint to restore from
     * @param gatewayConfig the jar and the cluster settings
     */
    public ExecuteJarRequest {
        if (type == null) {
            throw new ValidationException("type", "is required (for example yarn-application)");
        }
        FlinkChecks.address(address);
        FlinkChecks.optionalText("jobName", jobName, 1024);
        FlinkChecks.optionalText("savePointPath", savePointPath, 4096);
        if (gatewayConfig == null
                || gatewayConfig.appConfig() == null
                || gatewayConfig.appConfig().userJarPath() == null) {
            throw new ValidationException("gatewayConfig.appConfig.userJarPath", "is required: the jar to run");
        }
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
                .type(type)
                .address(address)
                .jobName(jobName)
                .savePointPath(savePointPath)
                .gatewayConfig(gatewayConfig);
    }

    /** Builds an {@link ExecuteJarRequest}. */
    public static final class Builder {
        private ExecutionTarget type;
        private String address;
        private String jobName;
        private String savePointPath;
        private GatewayConfig gatewayConfig;

        private Builder() {}

        /**
         * Sets where the job runs (required).
         *
         * @param type the target
         * @return this builder
         */
        public Builder type(ExecutionTarget type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the JobManager address of a session target.
         *
         * @param address {@code host:port}, or {@code null}
         * @return this builder
         */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the Flink job name.
         *
         * @param jobName the name, or {@code null}
         * @return this builder
         */
        public Builder jobName(String jobName) {
            this.jobName = jobName;
            return this;
        }

        /**
         * Sets the savepoint the job is restored from.
         *
         * @param savePointPath the path, or {@code null}
         * @return this builder
         */
        public Builder savePointPath(String savePointPath) {
            this.savePointPath = savePointPath;
            return this;
        }

        /**
         * Sets the jar and the cluster settings.
         *
         * @param gatewayConfig the settings
         * @return this builder
         */
        public Builder gatewayConfig(GatewayConfig gatewayConfig) {
            this.gatewayConfig = gatewayConfig;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws ValidationException naming the first field that breaks a rule
         */
        public ExecuteJarRequest build() {
            return new ExecuteJarRequest(type, address, jobName, savePointPath, gatewayConfig);
        }
    }
}
