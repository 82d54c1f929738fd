package io.lakejob.sdk.model.connection;

import io.lakejob.sdk.internal.Validate;
import java.util.Set;

/**
 * Lists the user's enhanced datasource connections (reference 12.3). Paged with
 * {@code limit}/{@code offset}; connections are ordered by creation time.
 *
 * @param limit the most connections to return; {@code 0} returns every connection; {@code null}
 *     means the service default, 100
 * @param offset the offset of the first connection, or {@code null} for 0
 * @param status filter by state: {@code ACTIVE} or {@code DELETED} (the service ignores case), or {@code null}
 * @param name filter by connection name, or {@code null}
 * @param tags filter by tags, {@code k=v} pairs separated by commas (for example
 *     {@code tag1=v1,tag2=v2}), or {@code null}
 */
public record ListConnectionsRequest(Integer limit, Integer offset, ConnectionStatus status, String name, String tags) {

    /** The states the {@code status} filter accepts. */
    public static final Set<ConnectionStatus> STATUS_FILTERS =
            Set.of(ConnectionStatus.ACTIVE, ConnectionStatus.DELETED);

    /** The page size the service uses when {@code limit} is not sent. */
    public static final int DEFAULT_LIMIT = 100;

    /**
     * Validates the request.
     *
     * @param limit the most connections to return
     * @param offset the offset
     * @param status the state filter
     * @param name the name filter
     * @param tags the tag filter
     */
    public ListConnectionsRequest {
        Validate.range("limit", limit, 0, Integer.MAX_VALUE);
        Validate.range("offset", offset, 0, Integer.MAX_VALUE);
        Validate.oneOf("status", status, STATUS_FILTERS);
    }

    /**
     * A request with no filters: the first page of the service's default size.
     *
     * @return the request
     */
    public static ListConnectionsRequest all() {
        return builder().build();
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
                .limit(limit)
                .offset(offset)
                .status(status)
                .name(name)
                .tags(tags);
    }

    /** Builds a {@link ListConnectionsRequest}. */
    public static final class Builder {
        private Integer limit;
        private Integer offset;
        private ConnectionStatus status;
        private String name;
        private String tags;

        private Builder() {}

        /**
         * Sets the most connections to return.
         *
         * @param limit a non-negative number; 0 returns every connection
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets the offset of the first connection.
         *
         * @param offset a non-negative offset
         * @return this builder
         */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Sets the state filter.
         *
         * @param status {@code ACTIVE} or {@code DELETED}
         * @return this builder
         */
        public Builder status(ConnectionStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the name filter.
         *
         * @param name the connection name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the tag filter.
         *
         * @param tags {@code k=v} pairs separated by commas
         * @return this builder
         */
        public Builder tags(String tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         */
        public ListConnectionsRequest build() {
            return new ListConnectionsRequest(limit, offset, status, name, tags);
        }
    }
}
