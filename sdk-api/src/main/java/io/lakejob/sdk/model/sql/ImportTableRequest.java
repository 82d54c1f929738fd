package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports data from OBS files into a table (reference 7.3.1). Asynchronous: the answer holds the
 * id of the import job. Concurrent imports into the same table are not supported.
 *
 * @param dataPath the data to import ({@code data_path}); currently only OBS paths
 * @param dataType the data format ({@code data_type}): csv, parquet, orc, json or avro
 * @param databaseName the database of the table ({@code database_name})
 * @param tableName the table to import into ({@code table_name})
 * @param withColumnHeader csv only: whether the first row holds the column names ({@code with_column_header}); default false
 * @param delimiter csv only: the field delimiter; default a comma
 * @param quoteChar csv only: the quote character ({@code quote_char}); default a double quote; empty means none
 * @param escapeChar csv only: the escape character ({@code escape_char}); default a backslash; empty means none
 * @param dateFormat csv and json only: the date format ({@code date_format}), a Java date pattern (reference table 7-49); default {@code yyyy-MM-dd}
 * @param badRecordsPath where bad records are stored instead of being imported ({@code bad_records_path})
 * @param timestampFormat csv and json only: the timestamp format ({@code timestamp_format}), a Java date and time pattern such as {@code yyyy-MM-dd'T'HH:mm:ss.SSSZZ}; default {@code yyyy-MM-dd HH:mm:ss}
 * @param queueName the queue that runs the import ({@code queue_name}); {@code null} means {@code default}
 * @param overwrite whether to overwrite instead of append; default false
 * @param partitionSpec the target partition, column to value ({@code partition_spec}); empty means a dynamic import of the whole table; never {@code null}
 * @param conf job settings, each {@code key=value}, for example {@code dli.sql.dynamicPartitionOverwrite.enabled=true}; never {@code null}
 */
public record ImportTableRequest(
        String dataPath,
        SqlDataType dataType,
        String databaseName,
        String tableName,
        Boolean withColumnHeader,
        String delimiter,
        String quoteChar,
        String escapeChar,
        String dateFormat,
        String badRecordsPath,
        String timestampFormat,
        String queueName,
        Boolean overwrite,
        Map<String, String> partitionSpec,
        List<String> conf) {
    /**
     * Validates the request.
     *
     * @param dataPath the data to import ({@code data_path}); currently only OBS paths
     * @param dataType the data format ({@code data_type}): csv, parquet, orc, json or avro
     * @param databaseName the database of the table ({@code database_name})
     * @param tableName the table to import into ({@code table_name})
     * @param withColumnHeader csv only: whether the first row holds the column names ({@code with_column_header}); default false
     * @param delimiter csv only: the field delimiter; default a comma
     * @param quoteChar csv only: the quote character ({@code quote_char}); default a double quote; empty means none
     * @param escapeChar csv only: the escape character ({@code escape_char}); default a backslash; empty means none
     * @param dateFormat csv and json only: the date format ({@code date_format}), a Java date pattern (reference table 7-49); default {@code yyyy-MM-dd}
     * @param badRecordsPath where bad records are stored instead of being imported ({@code bad_records_path})
     * @param timestampFormat csv and json only: the timestamp format ({@code timestamp_format}), a Java date and time pattern such as {@code yyyy-MM-dd'T'HH:mm:ss.SSSZZ}; default {@code yyyy-MM-dd HH:mm:ss}
     * @param queueName the queue that runs the import ({@code queue_name}); {@code null} means {@code default}
     * @param overwrite whether to overwrite instead of append; default false
     * @param partitionSpec the target partition, column to value ({@code partition_spec}); empty means a dynamic import of the whole table; never {@code null}
     * @param conf job settings, each {@code key=value}, for example {@code dli.sql.dynamicPartitionOverwrite.enabled=true}; never {@code null}
     */
    public ImportTableRequest {
        Validate.requiredText("data_path", dataPath, 1, Integer.MAX_VALUE);
        Validate.required("data_type", dataType);
        SqlValidation.allowed("data_type", dataType, SqlDataType.IMPORT_TYPES);
        SqlValidation.databaseName("database_name", Validate.required("database_name", databaseName));
        SqlValidation.tableName("table_name", Validate.required("table_name", tableName));
        SqlValidation.onlyFor("with_column_header", withColumnHeader, dataType, Set.of(SqlDataType.CSV));
        SqlValidation.onlyFor("delimiter", delimiter, dataType, Set.of(SqlDataType.CSV));
        SqlValidation.onlyFor("quote_char", quoteChar, dataType, Set.of(SqlDataType.CSV));
        SqlValidation.onlyFor("escape_char", escapeChar, dataType, Set.of(SqlDataType.CSV));
        SqlValidation.onlyFor("date_format", dateFormat, dataType, SqlDataType.EXPORT_TYPES);
        SqlValidation.onlyFor("timestamp_format", timestampFormat, dataType, SqlDataType.EXPORT_TYPES);
        Validate.length("bad_records_path", badRecordsPath, 1, Integer.MAX_VALUE);
        Validate.queueName("queue_name", queueName);
        partitionSpec = SqlValidation.orderedMap("partition_spec", partitionSpec);
        conf = SqlValidation.conf(conf);
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
        b.withColumnHeader = withColumnHeader;
        b.delimiter = delimiter;
        b.quoteChar = quoteChar;
        b.escapeChar = escapeChar;
        b.dateFormat = dateFormat;
        b.badRecordsPath = badRecordsPath;
        b.timestampFormat = timestampFormat;
        b.queueName = queueName;
        b.overwrite = overwrite;
        b.partitionSpec = partitionSpec;
        b.conf = conf;
        return b;
    }

    /** Builds a {@link ImportTableRequest}. */
    public static final class Builder {
        private String dataPath;
        private SqlDataType dataType;
        private String databaseName;
        private String tableName;
        private Boolean withColumnHeader;
        private String delimiter;
        private String quoteChar;
        private String escapeChar;
        private String dateFormat;
        private String badRecordsPath;
        private String timestampFormat;
        private String queueName;
        private Boolean overwrite;
        private Map<String, String> partitionSpec;
        private List<String> conf;

        private Builder() {}

        /**
         * Sets the data to import ({@code data_path}).
         *
         * @param dataPath the data to import ({@code data_path}); currently only OBS paths
         * @return this builder
         */
        public Builder dataPath(String dataPath) {
            this.dataPath = dataPath;
            return this;
        }

        /**
         * Sets the data format ({@code data_type}): csv, parquet, orc, json or avro.
         *
         * @param dataType the data format ({@code data_type}): csv, parquet, orc, json or avro
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
         * Sets the table to import into ({@code table_name}).
         *
         * @param tableName the table to import into ({@code table_name})
         * @return this builder
         */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /**
         * Sets csv only: whether the first row holds the column names ({@code with_column_header}).
         *
         * @param withColumnHeader csv only: whether the first row holds the column names ({@code with_column_header}); default false
         * @return this builder
         */
        public Builder withColumnHeader(Boolean withColumnHeader) {
            this.withColumnHeader = withColumnHeader;
            return this;
        }

        /**
         * Sets csv only: the field delimiter.
         *
         * @param delimiter csv only: the field delimiter; default a comma
         * @return this builder
         */
        public Builder delimiter(String delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Sets csv only: the quote character ({@code quote_char}).
         *
         * @param quoteChar csv only: the quote character ({@code quote_char}); default a double quote; empty means none
         * @return this builder
         */
        public Builder quoteChar(String quoteChar) {
            this.quoteChar = quoteChar;
            return this;
        }

        /**
         * Sets csv only: the escape character ({@code escape_char}).
         *
         * @param escapeChar csv only: the escape character ({@code escape_char}); default a backslash; empty means none
         * @return this builder
         */
        public Builder escapeChar(String escapeChar) {
            this.escapeChar = escapeChar;
            return this;
        }

        /**
         * Sets csv and json only: the date format ({@code date_format}).
         *
         * @param dateFormat csv and json only: the date format ({@code date_format}), a Java date pattern (reference table 7-49); default {@code yyyy-MM-dd}
         * @return this builder
         */
        public Builder dateFormat(String dateFormat) {
            this.dateFormat = dateFormat;
            return this;
        }

        /**
         * Sets where bad records are stored instead of being imported ({@code bad_records_path}).
         *
         * @param badRecordsPath where bad records are stored instead of being imported ({@code bad_records_path})
         * @return this builder
         */
        public Builder badRecordsPath(String badRecordsPath) {
            this.badRecordsPath = badRecordsPath;
            return this;
        }

        /**
         * Sets csv and json only: the timestamp format ({@code timestamp_format}).
         *
         * @param timestampFormat csv and json only: the timestamp format ({@code timestamp_format}), a Java date and time pattern such as {@code yyyy-MM-dd'T'HH:mm:ss.SSSZZ}; default {@code yyyy-MM-dd HH:mm:ss}
         * @return this builder
         */
        public Builder timestampFormat(String timestampFormat) {
            this.timestampFormat = timestampFormat;
            return this;
        }

        /**
         * Sets the queue that runs the import ({@code queue_name}).
         *
         * @param queueName the queue that runs the import ({@code queue_name}); {@code null} means {@code default}
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets whether to overwrite instead of append.
         *
         * @param overwrite whether to overwrite instead of append; default false
         * @return this builder
         */
        public Builder overwrite(Boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /**
         * Sets the target partition, column to value ({@code partition_spec}).
         *
         * @param partitionSpec the target partition, column to value ({@code partition_spec}); empty means a dynamic import of the whole table; never {@code null}
         * @return this builder
         */
        public Builder partitionSpec(Map<String, String> partitionSpec) {
            this.partitionSpec = partitionSpec;
            return this;
        }

        /**
         * Sets job settings, each {@code key=value}, for example {@code dli.sql.dynamicPartitionOverwrite.enabled=true}.
         *
         * @param conf job settings, each {@code key=value}, for example {@code dli.sql.dynamicPartitionOverwrite.enabled=true}; never {@code null}
         * @return this builder
         */
        public Builder conf(List<String> conf) {
            this.conf = conf;
            return this;
        }

        /**
         * Adds one partition column and its value to the target partition.
         *
         * @param column the partition column
         * @param value its value
         * @return this builder
         */
        public Builder partition(String column, String value) {
            Map<String, String> copy =
                    partitionSpec == null ? new LinkedHashMap<>() : new LinkedHashMap<>(partitionSpec);
            copy.put(column, value);
            this.partitionSpec = copy;
            return this;
        }

        /**
         * Adds one configuration entry {@code key=value}.
         *
         * @param key the configuration key, for example {@code spark.sql.shuffle.partitions}
         * @param value its value
         * @return this builder
         */
        public Builder addConf(String key, String value) {
            List<String> copy = conf == null ? new ArrayList<>() : new ArrayList<>(conf);
            copy.add(key + "=" + value);
            this.conf = copy;
            return this;
        }

        /**
         * Builds and validates.
         *
         * @return the request
         */
        public ImportTableRequest build() {
            return new ImportTableRequest(
                    dataPath,
                    dataType,
                    databaseName,
                    tableName,
                    withColumnHeader,
                    delimiter,
                    quoteChar,
                    escapeChar,
                    dateFormat,
                    badRecordsPath,
                    timestampFormat,
                    queueName,
                    overwrite,
                    partitionSpec,
                    conf);
        }
    }
}
