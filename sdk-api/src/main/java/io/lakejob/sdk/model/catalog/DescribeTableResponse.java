package io.lakejob.sdk.model.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The answer to {@code DescribeTable} (reference 7.2.4).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param columnCount the number of columns ({@code column_count})
 * @param columns the columns with name, type, description and partition flag; never {@code null}
 * @param tableType {@code MANAGED} (DLI table), {@code EXTERNAL} (OBS table) or {@code VIEW}
 * @param dataType the data format (OBS tables), or {@code null}
 * @param dataLocation the OBS path of the data (OBS tables), or {@code null}; note that unlike the
 *     {@code data_location} of 7.2.1 and 7.2.3 this is a path, not {@code OBS}/{@code DLI}
 * @param storageProperties the storage properties in the order the service sent them; never {@code null}
 * @param tableComment the table's comment, or {@code null}
 * @param createTableSql the statement that creates the table, or {@code null}
 */
public record DescribeTableResponse(
        Boolean isSuccess,
        String message,
        Integer columnCount,
        List<Column> columns,
        TableType tableType,
        DataFormat dataType,
        String dataLocation,
        List<StorageProperty> storageProperties,
        String tableComment,
        String createTableSql) {

    /**
     * Copies the lists.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param columnCount the number of columns
     * @param columns the columns
     * @param tableType the table type
     * @param dataType the data format
     * @param dataLocation the OBS path
     * @param storageProperties the storage properties
     * @param tableComment the comment
     * @param createTableSql the creating statement
     */
    public DescribeTableResponse {
        columns = columns == null ? List.of() : List.copyOf(columns);
        storageProperties = storageProperties == null ? List.of() : List.copyOf(storageProperties);
    }

    /**
     * The partition columns among {@link #columns()}.
     *
     * @return the partition columns, in order
     */
    public List<Column> partitionColumns() {
        return columns.stream().filter(Column::partitioned).toList();
    }

    /**
     * The value of a storage property.
     *
     * @param key the property name, for example {@code delimiter}
     * @return the value of the first property with that name, or empty
     */
    public Optional<String> storageProperty(String key) {
        return storageProperties.stream()
                .filter(p -> p.key() != null && p.key().equals(key))
                .map(StorageProperty::value)
                .findFirst();
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
     * A builder holding this answer's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .isSuccess(isSuccess)
                .message(message)
                .columnCount(columnCount)
                .columns(columns)
                .tableType(tableType)
                .dataType(dataType)
                .dataLocation(dataLocation)
                .storageProperties(storageProperties)
                .tableComment(tableComment)
                .createTableSql(createTableSql);
    }

    /** Builds a {@link DescribeTableResponse}. */
    public static final class Builder {
        private Boolean isSuccess;
        private String message;
        private Integer columnCount;
        private List<Column> columns;
        private TableType tableType;
        private DataFormat dataType;
        private String dataLocation;
        private List<StorageProperty> storageProperties;
        private String tableComment;
        private String createTableSql;

        private Builder() {}

        /**
         * Sets whether the request succeeded.
         *
         * @param v the value
         * @return this builder
         */
        public Builder isSuccess(Boolean v) {
            isSuccess = v;
            return this;
        }

        /**
         * Sets the message.
         *
         * @param v the value
         * @return this builder
         */
        public Builder message(String v) {
            message = v;
            return this;
        }

        /**
         * Sets the number of columns.
         *
         * @param v the value
         * @return this builder
         */
        public Builder columnCount(Integer v) {
            columnCount = v;
            return this;
        }

        /**
         * Sets the columns.
         *
         * @param v the value
         * @return this builder
         */
        public Builder columns(List<Column> v) {
            columns = v;
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
         * Sets the OBS path of the data.
         *
         * @param v the value
         * @return this builder
         */
        public Builder dataLocation(String v) {
            dataLocation = v;
            return this;
        }

        /**
         * Sets the storage properties.
         *
         * @param v the value
         * @return this builder
         */
        public Builder storageProperties(List<StorageProperty> v) {
            storageProperties = v;
            return this;
        }

        /**
         * Sets the table comment.
         *
         * @param v the value
         * @return this builder
         */
        public Builder tableComment(String v) {
            tableComment = v;
            return this;
        }

        /**
         * Sets the creating statement.
         *
         * @param v the value
         * @return this builder
         */
        public Builder createTableSql(String v) {
            createTableSql = v;
            return this;
        }

        /**
         * Builds the answer.
         *
         * @return the answer
         */
        public DescribeTableResponse build() {
            return new DescribeTableResponse(
                    isSuccess,
                    message,
                    columnCount,
                    columns,
                    tableType,
                    dataType,
                    dataLocation,
                    storageProperties,
                    tableComment,
                    createTableSql);
        }
    }
}
