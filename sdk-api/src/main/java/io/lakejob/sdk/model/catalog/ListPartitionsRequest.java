package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.internal.Validate;
import java.util.regex.Pattern;

/**
 * Lists the partitions of a table (reference 7.2.6). Paged with {@code limit}/{@code offset}.
 *
 * @param databaseName the table's database
 * @param tableName the table
 * @param limit the number of partitions per page, at least 0; {@code null} means 100
 * @param offset the offset of the first partition, at least 0; {@code null} means 0
 * @param filter a partition filter {@code column=value} (only {@code =} is supported; key and value are
 *     case-insensitive), for example {@code name=name1}, or {@code null}
 */
public record ListPartitionsRequest(
        String databaseName, String tableName, Integer limit, Integer offset, String filter) {

    /** The page size the service uses when {@code limit} is not sent. */
    public static final int DEFAULT_LIMIT = 100;

    private static final Pattern FILTER = Pattern.compile("[^=<>!\\s][^=<>!]*=[^=<>!]+");

    /**
     * Validates the request.
     *
     * @param databaseName the database
     * @param tableName the table
     * @param limit the page size
     * @param offset the offset
     * @param filter the filter
     */
    public ListPartitionsRequest {
        CatalogNames.databasePath(databaseName);
        CatalogNames.table(tableName);
        Validate.range("limit", limit, 0, Integer.MAX_VALUE);
        Validate.range("offset", offset, 0, Integer.MAX_VALUE);
        Validate.matches("filter", filter, FILTER, "must be a single condition column=value (only '=' is supported)");
    }

    /**
     * A request for the first page of a table's partitions.
     *
     * @param databaseName the database
     * @param tableName the table
     * @return the request
     */
    public static ListPartitionsRequest of(String databaseName, String tableName) {
        return new ListPartitionsRequest(databaseName, tableName, null, null, null);
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
                .databaseName(databaseName)
                .tableName(tableName)
                .limit(limit)
                .offset(offset)
                .filter(filter);
    }

    /** Builds a {@link ListPartitionsRequest}. */
    public static final class Builder {
        private String databaseName;
        private String tableName;
        private Integer limit;
        private Integer offset;
        private String filter;

        private Builder() {}

        /**
         * Sets the database (required).
         *
         * @param databaseName the database
         * @return this builder
         */
        public Builder databaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /**
         * Sets the table (required).
         *
         * @param tableName the table
         * @return this builder
         */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /**
         * Sets the page size.
         *
         * @param limit at least 0
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets the offset.
         *
         * @param offset at least 0
         * @return this builder
         */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Sets the filter.
         *
         * @param filter {@code column=value}
         * @return this builder
         */
        public Builder filter(String filter) {
            this.filter = filter;
            return this;
        }

        /**
         * Sets the filter from a partition column and value.
         *
         * @param column the partition column
         * @param value the value
         * @return this builder
         */
        public Builder filter(String column, String value) {
            this.filter = column + "=" + value;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         */
        public ListPartitionsRequest build() {
            return new ListPartitionsRequest(databaseName, tableName, limit, offset, filter);
        }
    }
}
