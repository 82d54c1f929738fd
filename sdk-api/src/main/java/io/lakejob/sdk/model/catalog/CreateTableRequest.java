package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates a table or a view in a database (reference 7.2.1).
 *
 * <p>Rules enforced when the request is built:
 *
 * <ul>
 *   <li>{@code columns} is required and non-empty unless {@code data_location} is {@code VIEW}; each
 *       column has a {@code column_name} and a {@code type}; at least one column is not a partition
 *       column.
 *   <li>{@code VIEW} requires {@code select_statement} (tables written as {@code database.table}); the
 *       other locations do not take one.
 *   <li>{@code OBS} requires {@code data_type} (csv, parquet, orc, json or avro) and {@code data_path} (an
 *       {@code obs://} path; avoid a bucket root: clearing the table clears the whole path). The other
 *       locations take neither.
 *   <li>{@code with_column_header}, {@code delimiter}, {@code quote_char} and {@code escape_char} apply to
 *       OBS tables with CSV data only; {@code date_format} and {@code timestamp_format} to OBS tables with
 *       CSV or JSON data only.
 * </ul>
 *
 * @param databaseName the database the table is created in
 * @param tableName the table name: 1-128 digits, letters, underscores and '$', not all digits, not starting
 *     with '_'; case-insensitive
 * @param dataLocation where the data lives: {@code OBS}, {@code DLI} or {@code VIEW}
 * @param description the description, or {@code null}
 * @param columns the columns; never {@code null}, may be empty only for a view
 * @param selectStatement for a view: the query defining it, or {@code null}
 * @param dataType for an OBS table: the data format, or {@code null}
 * @param dataPath for an OBS table: the OBS path of the data, or {@code null}
 * @param withColumnHeader for CSV OBS tables: whether the data has a header line, or {@code null}
 * @param delimiter for CSV OBS tables: the field delimiter, or {@code null}
 * @param quoteChar for CSV OBS tables: the quote character, or {@code null} for {@code "}
 * @param escapeChar for CSV OBS tables: the escape character, or {@code null} for {@code \}
 * @param dateFormat for CSV and JSON OBS tables: the date format, or {@code null} for {@code yyyy-MM-dd}
 * @param timestampFormat for CSV and JSON OBS tables: the time stamp format, or {@code null} for
 *     {@code yyyy-MM-dd HH:mm:ss}
 */
public record CreateTableRequest(
        String databaseName,
        String tableName,
        DataLocation dataLocation,
        String description,
        List<Column> columns,
        String selectStatement,
        DataFormat dataType,
        String dataPath,
        Boolean withColumnHeader,
        String delimiter,
        String quoteChar,
        String escapeChar,
        String dateFormat,
        String timestampFormat) {

    /**
     * Validates the request.
     *
     * @param databaseName the database
     * @param tableName the table name
     * @param dataLocation where the data lives
     * @param description the description
     * @param columns the columns
     * @param selectStatement the view's query
     * @param dataType the OBS data format
     * @param dataPath the OBS path
     * @param withColumnHeader whether CSV data has a header
     * @param delimiter the CSV delimiter
     * @param quoteChar the CSV quote character
     * @param escapeChar the CSV escape character
     * @param dateFormat the date format
     * @param timestampFormat the time stamp format
     */
    public CreateTableRequest {
        CatalogNames.databasePath(databaseName);
        CatalogNames.table(tableName);
        Validate.required("data_location", dataLocation);
        if (!dataLocation.isKnown()) {
            throw new ValidationException(
                    "data_location", "must be one of " + DataLocation.knownValues() + ", was " + dataLocation);
        }
        boolean view = dataLocation.equals(DataLocation.VIEW);
        boolean obs = dataLocation.equals(DataLocation.OBS);
        columns = Validate.list("columns", columns);
        if (!view && columns.isEmpty()) {
            throw new ValidationException("columns", "is required unless data_location is VIEW");
        }
        for (Column c : columns) {
            Validate.requiredText("column_name", c.columnName(), 1, Integer.MAX_VALUE);
            Validate.requiredText("type", c.type(), 1, Integer.MAX_VALUE);
        }
        if (!columns.isEmpty() && columns.stream().allMatch(Column::partitioned)) {
            throw new ValidationException("is_partition_column", "at least one column must not be a partition column");
        }
        if (view) {
            Validate.requiredText("select_statement", selectStatement, 1, Integer.MAX_VALUE);
        } else if (selectStatement != null) {
            throw new ValidationException("select_statement", "applies only when data_location is VIEW");
        }
        if (obs) {
            Validate.required("data_type", dataType);
            if (!dataType.isKnown()) {
                throw new ValidationException(
                        "data_type", "must be one of " + DataFormat.knownValues() + ", was " + dataType);
            }
            Validate.requiredText("data_path", dataPath, 1, Integer.MAX_VALUE);
            if (!dataPath.toLowerCase(Locale.ROOT).startsWith("obs://") || dataPath.length() <= "obs://".length()) {
                throw new ValidationException(
                        "data_path", "must be an OBS path (obs://bucket/...), was '" + dataPath + "'");
            }
        } else {
            onlyForObs("data_type", dataType);
            onlyForObs("data_path", dataPath);
        }
        boolean csv = obs && dataType.equals(DataFormat.CSV);
        boolean csvOrJson = csv || (obs && dataType.equals(DataFormat.JSON));
        onlyFor("with_column_header", withColumnHeader, csv, "OBS tables with csv data");
        onlyFor("delimiter", delimiter, csv, "OBS tables with csv data");
        onlyFor("quote_char", quoteChar, csv, "OBS tables with csv data");
        onlyFor("escape_char", escapeChar, csv, "OBS tables with csv data");
        onlyFor("date_format", dateFormat, csvOrJson, "OBS tables with csv or json data");
        onlyFor("timestamp_format", timestampFormat, csvOrJson, "OBS tables with csv or json data");
    }

    private static void onlyForObs(String field, Object value) {
        onlyFor(field, value, false, "data_location OBS");
    }

    private static void onlyFor(String field, Object value, boolean allowed, String what) {
        if (value != null && !allowed) {
            throw new ValidationException(field, "applies only to " + what);
        }
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
                .dataLocation(dataLocation)
                .description(description)
                .columns(columns)
                .selectStatement(selectStatement)
                .dataType(dataType)
                .dataPath(dataPath)
                .withColumnHeader(withColumnHeader)
                .delimiter(delimiter)
                .quoteChar(quoteChar)
                .escapeChar(escapeChar)
                .dateFormat(dateFormat)
                .timestampFormat(timestampFormat);
    }

    /** Builds a {@link CreateTableRequest}. */
    public static final class Builder {
        private String databaseName;
        private String tableName;
        private DataLocation dataLocation;
        private String description;
        private List<Column> columns = new ArrayList<>();
        private String selectStatement;
        private DataFormat dataType;
        private String dataPath;
        private Boolean withColumnHeader;
        private String delimiter;
        private String quoteChar;
        private String escapeChar;
        private String dateFormat;
        private String timestampFormat;

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
         * Sets the table name (required).
         *
         * @param tableName the name
         * @return this builder
         */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /**
         * Sets where the data lives (required).
         *
         * @param dataLocation {@code OBS}, {@code DLI} or {@code VIEW}
         * @return this builder
         */
        public Builder dataLocation(DataLocation dataLocation) {
            this.dataLocation = dataLocation;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Replaces the columns.
         *
         * @param columns the columns
         * @return this builder
         */
        public Builder columns(List<Column> columns) {
            this.columns = columns == null ? new ArrayList<>() : new ArrayList<>(columns);
            return this;
        }

        /**
         * Adds a column.
         *
         * @param column the column
         * @return this builder
         */
        public Builder addColumn(Column column) {
            this.columns.add(column);
            return this;
        }

        /**
         * Adds a regular column.
         *
         * @param columnName the name
         * @param type the data type
         * @return this builder
         */
        public Builder addColumn(String columnName, String type) {
            return addColumn(Column.of(columnName, type));
        }

        /**
         * Adds a partition column.
         *
         * @param columnName the name
         * @param type the data type
         * @return this builder
         */
        public Builder addPartitionColumn(String columnName, String type) {
            return addColumn(Column.partition(columnName, type));
        }

        /**
         * Sets the query defining a view.
         *
         * @param selectStatement the query; tables as {@code database.table}
         * @return this builder
         */
        public Builder selectStatement(String selectStatement) {
            this.selectStatement = selectStatement;
            return this;
        }

        /**
         * Sets the data format of an OBS table.
         *
         * @param dataType the format
         * @return this builder
         */
        public Builder dataType(DataFormat dataType) {
            this.dataType = dataType;
            return this;
        }

        /**
         * Sets the OBS path of an OBS table.
         *
         * @param dataPath an {@code obs://} path
         * @return this builder
         */
        public Builder dataPath(String dataPath) {
            this.dataPath = dataPath;
            return this;
        }

        /**
         * Sets whether CSV data has a header line.
         *
         * @param withColumnHeader the flag
         * @return this builder
         */
        public Builder withColumnHeader(Boolean withColumnHeader) {
            this.withColumnHeader = withColumnHeader;
            return this;
        }

        /**
         * Sets the CSV field delimiter.
         *
         * @param delimiter the delimiter
         * @return this builder
         */
        public Builder delimiter(String delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Sets the CSV quote character.
         *
         * @param quoteChar the quote character
         * @return this builder
         */
        public Builder quoteChar(String quoteChar) {
            this.quoteChar = quoteChar;
            return this;
        }

        /**
         * Sets the CSV escape character.
         *
         * @param escapeChar the escape character
         * @return this builder
         */
        public Builder escapeChar(String escapeChar) {
            this.escapeChar = escapeChar;
            return this;
        }

        /**
         * Sets the date format of CSV or JSON data.
         *
         * @param dateFormat for example {@code yyyy-MM-dd}
         * @return this builder
         */
        public Builder dateFormat(String dateFormat) {
            this.dateFormat = dateFormat;
            return this;
        }

        /**
         * Sets the time stamp format of CSV or JSON data.
         *
         * @param timestampFormat for example {@code yyyy-MM-dd HH:mm:ss}
         * @return this builder
         */
        public Builder timestampFormat(String timestampFormat) {
            this.timestampFormat = timestampFormat;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public CreateTableRequest build() {
            return new CreateTableRequest(
                    databaseName,
                    tableName,
                    dataLocation,
                    description,
                    columns,
                    selectStatement,
                    dataType,
                    dataPath,
                    withColumnHeader,
                    delimiter,
                    quoteChar,
                    escapeChar,
                    dateFormat,
                    timestampFormat);
        }
    }
}
