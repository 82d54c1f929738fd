package io.lakejob.sdk.model.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A table as listed (reference 7.2.3, table 7-31). Without {@code with-detail} only
 * {@code dataLocation}, {@code tableName} and {@code tableType} are set.
 *
 * @param createTime when the table was created
 * @param dataType the data format (OBS tables only), or {@code null}
 * @param dataLocation where the data lives: {@code DLI} or {@code OBS}
 * @param lastAccessTime when the table was last updated
 * @param location the OBS path of the data (OBS tables only), or {@code null}
 * @param owner the user who created it
 * @param tableName the table name
 * @param tableSize the table's size in bytes
 * @param tableType the table type, for example {@code EXTERNAL}
 * @param partitionColumns the partition columns (OBS partitioned tables only); never {@code null}
 * @param pageSize the page size the service echoes ({@code page-size}), or {@code null}
 * @param currentPage the page number the service echoes ({@code current-page}), or {@code null}
 */
public record Table(
        Instant createTime,
        DataFormat dataType,
        DataLocation dataLocation,
        Instant lastAccessTime,
        String location,
        String owner,
        String tableName,
        Long tableSize,
        TableType tableType,
        List<String> partitionColumns,
        Integer pageSize,
        Integer currentPage) {

    /**
     * Copies the list.
     *
     * @param createTime creation time
     * @param dataType data format
     * @param dataLocation data location
     * @param lastAccessTime last update time
     * @param location OBS path
     * @param owner owner
     * @param tableName name
     * @param tableSize size in bytes
     * @param tableType type
     * @param partitionColumns partition columns
     * @param pageSize echoed page size
     * @param currentPage echoed page number
     */
    public Table {
        partitionColumns = partitionColumns == null ? List.of() : List.copyOf(partitionColumns);
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
     * A builder holding this table's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .createTime(createTime)
                .dataType(dataType)
                .dataLocation(dataLocation)
                .lastAccessTime(lastAccessTime)
                .location(location)
                .owner(owner)
                .tableName(tableName)
                .tableSize(tableSize)
                .tableType(tableType)
                .partitionColumns(partitionColumns)
                .pageSize(pageSize)
                .currentPage(currentPage);
    }

    /** Builds a {@link Table}. */
    public static final class Builder {
        private Instant createTime;
        private DataFormat dataType;
        private DataLocation dataLocation;
        private Instant lastAccessTime;
        private String location;
        private String owner;
        private String tableName;
        private Long tableSize;
        private TableType tableType;
        private List<String> partitionColumns;
        private Integer pageSize;
        private Integer currentPage;

        private Builder() {}

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
         * Sets the data format.
         *
         * @param v the value
         * @return this builder
         */
        public Builder dataType(DataFormat v) {
            dataType = v;
            return this;
        }

        /**
         * Sets the data location.
         *
         * @param v the value
         * @return this builder
         */
        public Builder dataLocation(DataLocation v) {
            dataLocation = v;
            return this;
        }

        /**
         * Sets the last update time.
         *
         * @param v the value
         * @return this builder
         */
        public Builder lastAccessTime(Instant v) {
            lastAccessTime = v;
            return this;
        }

        /**
         * Sets the OBS path.
         *
         * @param v the value
         * @return this builder
         */
        public Builder location(String v) {
            location = v;
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
         * Sets the table name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder tableName(String v) {
            tableName = v;
            return this;
        }

        /**
         * Sets the size in bytes.
         *
         * @param v the value
         * @return this builder
         */
        public Builder tableSize(Long v) {
            tableSize = v;
            return this;
        }

        /**
         * Sets the table type.
         *
         * @param v the value
         * @return this builder
         */
        public Builder tableType(TableType v) {
            tableType = v;
            return this;
        }

        /**
         * Sets the partition columns.
         *
         * @param v the value
         * @return this builder
         */
        public Builder partitionColumns(List<String> v) {
            partitionColumns = v;
            return this;
        }

        /**
         * Sets the echoed page size.
         *
         * @param v the value
         * @return this builder
         */
        public Builder pageSize(Integer v) {
            pageSize = v;
            return this;
        }

        /**
         * Sets the echoed page number.
         *
         * @param v the value
         * @return this builder
         */
        public Builder currentPage(Integer v) {
            currentPage = v;
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         */
        public Table build() {
            return new Table(
                    createTime,
                    dataType,
                    dataLocation,
                    lastAccessTime,
                    location,
                    owner,
                    tableName,
                    tableSize,
                    tableType,
                    partitionColumns,
                    pageSize,
                    currentPage);
        }
    }
}
