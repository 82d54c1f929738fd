package io.lakejob.sdk.model.connection;

import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the host entries of an enhanced datasource connection (reference 12.7). The list
 * replaces the current one entirely; an empty list clears every configured host.
 *
 * @param connectionId the connection (the UUID returned by {@code CreateConnection})
 * @param hosts the new host entries, at most 20,000; empty clears them; never {@code null}
 */
public record UpdateConnectionHostsRequest(String connectionId, List<Host> hosts) {
    /**
     * Validates the request.
     *
     * @param connectionId the connection
     * @param hosts the new host entries
     */
    public UpdateConnectionHostsRequest {
        ConnectionRules.connectionId(connectionId);
        hosts = ConnectionRules.hosts(Validate.required("hosts", hosts));
    }

    /**
     * A request replacing the given connection's hosts.
     *
     * @param connectionId the connection
     * @param hosts the new host entries
     * @return the request
     */
    public static UpdateConnectionHostsRequest of(String connectionId, List<Host> hosts) {
        return new UpdateConnectionHostsRequest(connectionId, hosts);
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
        return new Builder().connectionId(connectionId).hosts(hosts);
    }

    /** Builds an {@link UpdateConnectionHostsRequest}. */
    public static final class Builder {
        private String connectionId;
        private List<Host> hosts = new ArrayList<>();

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
         * Replaces the host entries.
         *
         * @param hosts the entries
         * @return this builder
         */
        public Builder hosts(List<Host> hosts) {
            this.hosts = hosts == null ? new ArrayList<>() : new ArrayList<>(hosts);
            return this;
        }

        /**
         * Adds a host entry.
         *
         * @param name the host name
         * @param ip the IPv4 address
         * @return this builder
         */
        public Builder addHost(String name, String ip) {
            this.hosts.add(Host.of(name, ip));
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public UpdateConnectionHostsRequest build() {
            return new UpdateConnectionHostsRequest(connectionId, hosts);
        }
    }
}
