package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;

/**
 * Exports a table's data to an OBS folder (reference 7.3.2). Asynchronous: the answer holds the id
 * of the export job. The path must name a folder and must not contain commas.
 *
 * @param dataPath the OBS folder to write ({@code data_path}); with {@code ErrorIfExists} it must not exist
 * @param dataType the data format ({@code data_type}): csv or json
 * @param databaseName the database of the table ({@code database_name})
 * @param tableName the table to export ({@code table_name})
 * @param compress the compression: gzip, bzip2, deflate, or none
 * @param queueName the queue that runs the export ({@code queue_name}); {@code null} means {@code default}
 * @param exportMode what to do when the folder exists ({@code export_mode}); {@code null} means {@code ErrorIfExists}
 * @param withColumnHeader whether to write the column names ({@code with_column_header}); default false
 */
public record ExportTableRequest(
        String dataPath,
        SqlDataType dataType,
        String databaseName,
        String tableName,
        Compression compress,
        String queueName,
        ExportMode exportMode,
        Boolean withColumnHeader) {
    /**
     * Validates the request.
     *
     * @param dataPath the OBS folder to write ({@code data_path}); with {@code ErrorIfExists} it must not exist
     * @param dataType the data format ({@code data_type}): csv or json
     * @param databaseName the database of the table ({@code database_name})
     * @param tableName the table to export ({@code table_name})
     * @param compress the compression: gzip, bzip2, deflate, or none
     * @param queueName the queue that runs the export ({@code queue_name}); {@code null} means {@code default}
     * @param exportMode what to do when the folder exists ({@code export_mode}); {@code null} means {@code ErrorIfExists}
     * @param withColumnHeader whether to write the column names ({@code with_column_header}); default false
     */
    public ExportTableRequest {
        SqlValidation.exportPath(dataPath);
        Validate.required("data_type", dataType);
        SqlValidation.allowed("data_type", dataType, SqlDataType.EXPORT_TYPES);
        SqlValidation.databaseName("database_name", Validate.required("database_name", databaseName));
        SqlValidation.tableName("table_name", Validate.required("table_name", tableName));
        Validate.required("compress", compress);
        SqlValidation.allowed("compress", compress, Compression.knownValues());
        Validate.queueName("queue_name", queueName);
        SqlValidation.allowed("export_mode", exportMode, ExportMode.knownValues());
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
     * A builder holding these values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dataPath = dataPath;
        b.dataType = dataType;
        b.databaseName = databaseName;
        b.tableName = tableName;
        b.compress = compress;
        b.queueName = queueName;
        b.exportMode = exportMode;
        b.withColumnHeader = withColumnHeader;
        return b;
    }

    /** Builds a {@link ExportTableRequest}. */
    public static final class Builder {
        private String dataPath;
        private SqlDataType dataType;
        private String databaseName;
        private String tableName;
        private Compression compress;
        private String queueName;
        private ExportMode exportMode;
        private Boolean withColumnHeader;

        private Builder() {}

        /**
         * Sets the OBS folder to write ({@code data_path}).
         *
         * @param dataPath the OBS folder to write ({@code data_path}); with {@code ErrorIfExists} it must not exist
         * @return this builder
         */
        public Builder dataPath(String dataPath) {
            this.dataPath = dataPath;
            return this;
        }

        /**
         * Sets the data format ({@code data_type}): csv or json.
         *
         * @param dataType the data format ({@code data_type}): csv or json
         * @return this builder
         */
        public Builder dataType(SqlDataType dataType) {
            this.dataType = dataType;
            return this;
        }

        /**
         * Sets the database of the table ({@code database_name}).
         *
         * @param databaseName the database of the table ({@code database_name})
         * @return this builder
         */
        public Builder databaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /**
         * Sets the table to export ({@code table_name}).
         *
         * @param tableName the table to export ({@code table_name})
         * @return this builder
         */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /**
         * Sets the compression: gzip, bzip2, deflate, or none.
         *
         * @param compress the compression: gzip, bzip2, deflate, or none
         * @return this builder
         */
        public Builder compress(Compression compress) {
            this.compress = compress;
            return this;
        }

        /**
         * Sets the queue that runs the export ({@code queue_name}).
         *
         * @param queueName the queue that runs the export ({@code queue_name}); {@code null} means {@code default}
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets what to do when the folder exists ({@code export_mode}).
         *
         * @param exportMode what to do when the folder exists ({@code export_mode}); {@code null} means {@code ErrorIfExists}
         * @return this builder
         */
        public Builder exportMode(ExportMode exportMode) {
            this.exportMode = exportMode;
            return this;
        }

        /**
         * Sets whether to write the column names ({@code with_column_header}).
         *
         * @param withColumnHeader whether to write the column names ({@code with_column_header}); default false
         * @return this builder
         */
        public Builder withColumnHeader(Boolean withColumnHeader) {
            this.withColumnHeader = withColumnHeader;
            return this;
        }

        /**
         * Builds and validates.
         *
         * @return the request
         */
        public ExportTableRequest build() {
            return new ExportTableRequest(
                    dataPath, dataType, databaseName, tableName, compress, queueName, exportMode, withColumnHeader);
        }
    }
}
