package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;

/**
 * Restarts, scales out or scales in a queue (reference 6.5).
 *
 * @param queueName the queue
 * @param action {@code restart}, {@code scale_out} or {@code scale_in}
 * @param force for {@code restart}: whether to force it ({@code null} means false)
 * @param cuCount for scaling: the number of CUs to add or remove, a positive multiple of 16
 */
public record QueueActionRequest(String queueName, QueueAction action, Boolean force, Integer cuCount) {
    /**
     * Validates the request.
     *
     * @param queueName the queue
     * @param action the action
     * @param force whether to force a restart
     * @param cuCount the CUs to add or remove
     */
    public QueueActionRequest {
        Validate.pathSegment(
                "queue_name", Validate.queueName("queue_name", Validate.required("queue_name", queueName)));
        Validate.required("action", action);
        if (!action.isKnown()) {
            throw new ValidationException("action", "must be one of " + QueueAction.knownValues() + ", was " + action);
        }
        if (cuCount != null && (cuCount <= 0 || cuCount % 16 != 0)) {
            throw new ValidationException("cu_count", "must be a positive multiple of 16, was " + cuCount);
        }
        if (cuCount != null && action.equals(QueueAction.RESTART)) {
            throw new ValidationException("cu_count", "applies only to scale_out and scale_in");
        }
        if (force != null && !action.equals(QueueAction.RESTART)) {
            throw new ValidationException("force", "applies only to restart");
        }
    }

    /**
     * A restart request.
     *
     * @param queueName the queue
     * @param force whether to force it
     * @return the request
     */
    public static QueueActionRequest restart(String queueName, boolean force) {
        return new QueueActionRequest(queueName, QueueAction.RESTART, force, null);
    }

    /**
     * A scale-out request.
     *
     * @param queueName the queue
     * @param cuCount the CUs to add, a multiple of 16
     * @return the request
     */
    public static QueueActionRequest scaleOut(String queueName, int cuCount) {
        return new QueueActionRequest(queueName, QueueAction.SCALE_OUT, null, cuCount);
    }

    /**
     * A scale-in request.
     *
     * @param queueName the queue
     * @param cuCount the CUs to remove, a multiple of 16
     * @return the request
     */
    public static QueueActionRequest scaleIn(String queueName, int cuCount) {
        return new QueueActionRequest(queueName, QueueAction.SCALE_IN, null, cuCount);
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
        return new Builder().queueName(queueName).action(action).force(force).cuCount(cuCount);
    }

    /** Builds a {@link QueueActionRequest}. */
    public static final class Builder {
        private String queueName;
        private QueueAction action;
        private Boolean force;
        private Integer cuCount;

        private Builder() {}

        /**
         * Sets the queue.
         *
         * @param queueName the queue
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets the action.
         *
         * @param action the action
         * @return this builder
         */
        public Builder action(QueueAction action) {
            this.action = action;
            return this;
        }

        /**
         * Sets whether a restart is forced.
         *
         * @param force the flag
         * @return this builder
         */
        public Builder force(Boolean force) {
            this.force = force;
            return this;
        }

        /**
         * Sets the CUs to add or remove.
         *
         * @param cuCount a positive multiple of 16
         * @return this builder
         */
        public Builder cuCount(Integer cuCount) {
            this.cuCount = cuCount;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         */
        public QueueActionRequest build() {
            return new QueueActionRequest(queueName, action, force, cuCount);
        }
    }
}
