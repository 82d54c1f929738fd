package io.lakejob.sdk.model.connection;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates an enhanced datasource connection (reference 12.1).
 *
 * @param name the connection name: 1-64 digits, letters and underscores
 * @param destVpcId the id of the destination service's VPC
 * @param destNetworkId the id of the destination service's subnet
 * @param queues the queues that use the connection; never {@code null}
 * @param routetableId the route table of the destination subnet, or {@code null}
 * @param hosts user-defined host entries, at most 20,000; never {@code null}
 * @param tags the connection's tags; never {@code null}
 */
public record CreateConnectionRequest(
        String name,
        String destVpcId,
        String destNetworkId,
        List<String> queues,
        String routetableId,
        List<Host> hosts,
        List<Tag> tags) {

    /**
     * Validates the request.
     *
     * @param name the connection name
     * @param destVpcId the destination VPC id
     * @param destNetworkId the destination subnet id
     * @param queues the queues
     * @param routetableId the route table id
     * @param hosts the host entries
     * @param tags the tags
     */
    public CreateConnectionRequest {
        ConnectionRules.connectionName("name", Validate.required("name", name));
        Validate.requiredText("dest_vpc_id", destVpcId, 1, Integer.MAX_VALUE);
        Validate.requiredText("dest_network_id", destNetworkId, 1, Integer.MAX_VALUE);
        queues = ConnectionRules.queues(queues, false);
        if (routetableId != null && routetableId.isBlank()) {
            throw new ValidationException("routetable_id", "must not be blank");
        }
        hosts = ConnectionRules.hosts(hosts);
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
                .destVpcId(destVpcId)
                .destNetworkId(destNetworkId)
                .queues(queues)
                .routetableId(routetableId)
                .hosts(hosts)
                .tags(tags);
    }

    /** Builds a {@link CreateConnectionRequest}. */
    public static final class Builder {
        private String name;
        private String destVpcId;
        private String destNetworkId;
        private List<String> queues = new ArrayList<>();
        private String routetableId;
        private List<Host> hosts = new ArrayList<>();
        private List<Tag> tags = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the connection name (required).
         *
         * @param name 1-64 digits, letters and underscores
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the destination VPC id (required).
         *
         * @param destVpcId the VPC id
         * @return this builder
         */
        public Builder destVpcId(String destVpcId) {
            this.destVpcId = destVpcId;
            return this;
        }

        /**
         * Sets the destination subnet id (required).
         *
         * @param destNetworkId the subnet id
         * @return this builder
         */
        public Builder destNetworkId(String destNetworkId) {
            this.destNetworkId = destNetworkId;
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
         * Sets the route table id.
         *
         * @param routetableId the route table of the destination subnet
         * @return this builder
         */
        public Builder routetableId(String routetableId) {
            this.routetableId = routetableId;
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
        public CreateConnectionRequest build() {
            return new CreateConnectionRequest(name, destVpcId, destNetworkId, queues, routetableId, hosts, tags);
        }
    }
}
