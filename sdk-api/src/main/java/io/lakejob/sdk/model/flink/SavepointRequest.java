package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.internal.Validate;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Takes a savepoint of a running Flink job, optionally stopping or cancelling it (Dinky
 * {@code savepoint}).
 *
 * @param jobId the Flink job id: 32 lower-case hexadecimal digits
 * @param savePointType what to do: trigger, stop or cancel
 * @param targetDirectory where to write the savepoint, or {@code null} for the cluster's
 *     {@code state.savepoints.dir}
 * @param triggerId a client-chosen trigger id (32 lower-case hexadecimal digits) making a retried
 *     request join the first one instead of taking a second savepoint, or {@code null}
 * @param address the JobManager address as {@code host:port}, or {@code null} for the transport's
 *     configured cluster
 */
public record SavepointRequest(
        String jobId, SavepointType savePointType, String targetDirectory, String triggerId, String address) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Validates the request.
     *
     * @param jobId the Flink job id
     * @param savePointType the savepoint type
     * @param targetDirectory the target directory
     * @param triggerId the trigger id
     * @param address the JobManager address
     */
    public SavepointRequest {
        FlinkChecks.jobId("jobId", jobId);
        Validate.required("savePointType", savePointType);
        FlinkChecks.optionalText("targetDirectory", targetDirectory, 4096);
        FlinkChecks.optionalHexId("triggerId", triggerId);
        FlinkChecks.address(address);
    }

    /**
     * A request with only the job and the type.
     *
     * @param jobId the Flink job id
     * @param savePointType the savepoint type
     * @return the request
     */
    public static SavepointRequest of(String jobId, SavepointType savePointType) {
        return new SavepointRequest(jobId, savePointType, null, null, null);
    }

    /**
     * A new random trigger id.
     *
     * @return 32 lower-case hexadecimal digits
     */
    public static String newTriggerId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
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
                .savePointType(savePointType)
                .targetDirectory(targetDirectory)
                .triggerId(triggerId)
                .address(address);
    }

    /** Builds a {@link SavepointRequest}. */
    public static final class Builder {
        private String jobId;
        private SavepointType savePointType;
        private String targetDirectory;
        private String triggerId;
        private String address;

        private Builder() {}

        /**
         * Sets the Flink job id (required).
         *
         * @param jobId 32 lower-case hexadecimal digits
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets the savepoint type (required).
         *
         * @param savePointType trigger, stop or cancel
         * @return this builder
         */
        public Builder savePointType(SavepointType savePointType) {
            this.savePointType = savePointType;
            return this;
        }

        /**
         * Sets the target directory.
         *
         * @param targetDirectory the directory, or {@code null}
         * @return this builder
         */
        public Builder targetDirectory(String targetDirectory) {
            this.targetDirectory = targetDirectory;
            return this;
        }

        /**
         * Sets the client-chosen trigger id.
         *
         * @param triggerId 32 lower-case hexadecimal digits, or {@code null}
         * @return this builder
         */
        public Builder triggerId(String triggerId) {
            this.triggerId = triggerId;
            return this;
        }

        /**
         * Sets the JobManager address.
         *
         * @param address {@code host:port}, or {@code null}
         * @return this builder
         */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public SavepointRequest build() {
            return new SavepointRequest(jobId, savePointType, targetDirectory, triggerId, address);
        }
    }
}
