package io.lakejob.sdk.model.connection;

import java.time.Instant;
import java.util.List;

/**
 * An enhanced datasource connection as listed (reference 12.3, table 12-13) or described
 * (12.4, table 12-19).
 *
 * @param id the connection id (a UUID)
 * @param name the name given at creation
 * @param status the connection state
 * @param availableQueueInfo the state of the connection for each queue; never {@code null}
 * @param destVpcId the destination service's VPC id
 * @param destNetworkId the destination service's subnet id
 * @param isPrivis {@code false} when the connection has been granted to other projects, else {@code true}; reported only by the list (wire name {@code isPrivis}), otherwise {@code null}
 * @param createTime when the connection was created (UTC epoch milliseconds on the wire), or {@code null}
 * @param hosts the user-defined host entries; never {@code null}
 */
public record Connection(
        String id,
        String name,
        ConnectionStatus status,
        List<AvailableQueueInfo> availableQueueInfo,
        String destVpcId,
        String destNetworkId,
        Boolean isPrivis,
        Instant createTime,
        List<Host> hosts) {

    /**
     * Copies the lists; {@code null} becomes an empty list.
     *
     * @param id the connection id (a UUID)
     * @param name the name given at creation
     * @param status the connection state
     * @param availableQueueInfo the state of the connection for each queue; never {@code null}
     * @param destVpcId the destination service's VPC id
     * @param destNetworkId the destination service's subnet id
     * @param isPrivis {@code false} when the connection has been granted to other projects, else {@code true}; reported only by the list (wire name {@code isPrivis}), otherwise {@code null}
     * @param createTime when the connection was created (UTC epoch milliseconds on the wire), or {@code null}
     * @param hosts the user-defined host entries; never {@code null}
     */
    public Connection {
        availableQueueInfo = availableQueueInfo == null ? List.of() : List.copyOf(availableQueueInfo);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
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
     * A builder holding this object's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.status = status;
        b.availableQueueInfo = availableQueueInfo;
        b.destVpcId = destVpcId;
        b.destNetworkId = destNetworkId;
        b.isPrivis = isPrivis;
        b.createTime = createTime;
        b.hosts = hosts;
        return b;
    }

    /** Builds a {@link Connection}; used by transports. */
    public static final class Builder {
        private String id;
        private String name;
        private ConnectionStatus status;
        private List<AvailableQueueInfo> availableQueueInfo;
        private String destVpcId;
        private String destNetworkId;
        private Boolean isPrivis;
        private Instant createTime;
        private List<Host> hosts;

        private Builder() {}

        /**
         * Sets the connection id.
         *
         * @param v the value
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * Sets the state.
         *
         * @param v the value
         * @return this builder
         */
        public Builder status(ConnectionStatus v) {
            status = v;
            return this;
        }

        /**
         * Sets the per-queue states.
         *
         * @param v the value
         * @return this builder
         */
        public Builder availableQueueInfo(List<AvailableQueueInfo> v) {
            availableQueueInfo = v;
            return this;
        }

        /**
         * Sets the destination VPC id.
         *
         * @param v the value
         * @return this builder
         */
        public Builder destVpcId(String v) {
            destVpcId = v;
            return this;
        }

        /**
         * Sets the destination subnet id.
         *
         * @param v the value
         * @return this builder
         */
        public Builder destNetworkId(String v) {
            destNetworkId = v;
            return this;
        }

        /**
         * Sets the {@code isPrivis} flag.
         *
         * @param v the value
         * @return this builder
         */
        public Builder isPrivis(Boolean v) {
            isPrivis = v;
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
         * Sets the host entries.
         *
         * @param v the value
         * @return this builder
         */
        public Builder hosts(List<Host> v) {
            hosts = v;
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the connection
         */
        public Connection build() {
            return new Connection(
                    id, name, status, availableQueueInfo, destVpcId, destNetworkId, isPrivis, createTime, hosts);
        }
    }
}
