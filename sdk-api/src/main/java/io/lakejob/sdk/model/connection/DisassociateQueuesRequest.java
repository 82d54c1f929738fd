package io.lakejob.sdk.model.connection;

import java.util.ArrayList;
import java.util.List;

/**
 * Unbinds queues from an enhanced datasource connection (reference 12.6).
 *
 * @param connectionId the connection (the UUID returned by {@code CreateConnection})
 * @param queues the queues to unbind: at least one queue name
 */
public record DisassociateQueuesRequest(String connectionId, List<String> queues) {
    /**
     * Validates the request.
     *
     * @param connectionId the connection
     * @param queues the queues to unbind
     */
    public DisassociateQueuesRequest {
        ConnectionRules.connectionId(connectionId);
        queues = ConnectionRules.queues(queues, true);
    }

    /**
     * A request for the given connection and queues.
     *
     * @param connectionId the connection
     * @param queues the queues to unbind
     * @return the request
     */
    public static DisassociateQueuesRequest of(String connectionId, List<String> queues) {
        return new DisassociateQueuesRequest(connectionId, queues);
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
        return new Builder().connectionId(connectionId).queues(queues);
    }

    /** Builds a {@link DisassociateQueuesRequest}. */
    public static final class Builder {
        private String connectionId;
        private List<String> queues = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the connection (required).
         *
         * @param connectionId the connection id
         * @return this builder
         */
        public Builder connectionId(String connectionId) {
            this.connectionId = connectionId;
            return this;
        }

        /**
         * Replaces the queues.
         *
         * @param queues the queue names
         * @return this builder
         */
        public Builder queues(List<String> queues) {
            this.queues = queues == null ? new ArrayList<>() : new ArrayList<>(queues);
            return this;
        }

        /**
         * Adds a queue.
         *
         * @param queue the queue name
         * @return this builder
         */
        public Builder addQueue(String queue) {
            this.queues.add(queue);
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public DisassociateQueuesRequest build() {
            return new DisassociateQueuesRequest(connectionId, queues);
        }
    }
}
