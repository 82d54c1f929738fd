package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import java.time.Instant;
import java.util.List;

/**
 * The answer to {@code GetSqlJobDetail} (reference 7.3.8): mostly the settings of an import or export job.
 *
 * @param isSuccess whether the request succeeded ({@code is_success})
 * @param message the service's message; may be empty
 * @param jobId the job id ({@code job_id})
 * @param owner the user who submitted the job
 * @param startTime when the job started ({@code start_time}, epoch milliseconds on the wire)
 * @param duration how long the job ran, in milliseconds
 * @param exportMode for exports: the export mode ({@code export_mode})
 * @param dataPath the imported or exported path ({@code data_path})
 * @param dataType the imported or exported format ({@code data_type})
 * @param databaseName the database of the table ({@code database_name})
 * @param tableName the table ({@code table_name})
 * @param withColumnHeader for imports: whether the data had a header row ({@code with_column_header})
 * @param delimiter for imports: the field delimiter
 * @param quoteChar for imports: the quote character ({@code quote_char})
 * @param escapeChar for imports: the escape character ({@code escape_char})
 * @param dateFormat for imports: the date format ({@code date_format})
 * @param timestampFormat for imports: the timestamp format ({@code timestamp_format})
 * @param compress for exports: the compression
 * @param tags the job's tags; never {@code null}
 */
public record GetSqlJobDetailResponse(
        Boolean isSuccess,
        String message,
        String jobId,
        String owner,
        Instant startTime,
        Long duration,
        ExportMode exportMode,
        String dataPath,
        SqlDataType dataType,
        String databaseName,
        String tableName,
        Boolean withColumnHeader,
        String delimiter,
        String quoteChar,
        String escapeChar,
        String dateFormat,
        String timestampFormat,
        Compression compress,
        List<Tag> tags) {
    /**
     * Copies the tags.
     *
     * @param isSuccess whether the request succeeded ({@code is_success})
     * @param message the service's message; may be empty
     * @param jobId the job id ({@code job_id})
     * @param owner the user who submitted the job
     * @param startTime when the job started ({@code start_time}, epoch milliseconds on the wire)
     * @param duration how long the job ran, in milliseconds
     * @param exportMode for exports: the export mode ({@code export_mode})
     * @param dataPath the imported or exported path ({@code data_path})
     * @param dataType the imported or exported format ({@code data_type})
     * @param databaseName the database of the table ({@code database_name})
     * @param tableName the table ({@code table_name})
     * @param withColumnHeader for imports: whether the data had a header row ({@code with_column_header})
     * @param delimiter for imports: the field delimiter
     * @param quoteChar for imports: the quote character ({@code quote_char})
     * @param escapeChar for imports: the escape character ({@code escape_char})
     * @param dateFormat for imports: the date format ({@code date_format})
     * @param timestampFormat for imports: the timestamp format ({@code timestamp_format})
     * @param compress for exports: the compression
     * @param tags the job's tags; never {@code null}
     */
    public GetSqlJobDetailResponse {
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
     * A builder holding these values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.isSuccess = isSuccess;
        b.message = message;
        b.jobId = jobId;
        b.owner = owner;
        b.startTime = startTime;
        b.duration = duration;
        b.exportMode = exportMode;
        b.dataPath = dataPath;
        b.dataType = dataType;
        b.databaseName = databaseName;
        b.tableName = tableName;
        b.withColumnHeader = withColumnHeader;
        b.delimiter = delimiter;
        b.quoteChar = quoteChar;
        b.escapeChar = escapeChar;
        b.dateFormat = dateFormat;
        b.timestampFormat = timestampFormat;
        b.compress = compress;
        b.tags = tags;
        return b;
    }

    /** Builds a {@link GetSqlJobDetailResponse}. */
    public static final class Builder {
        private Boolean isSuccess;
        private String message;
        private String jobId;
        private String owner;
        private Instant startTime;
        private Long duration;
        private ExportMode exportMode;
        private String dataPath;
        private SqlDataType dataType;
        private String databaseName;
        private String tableName;
        private Boolean withColumnHeader;
        private String delimiter;
        private String quoteChar;
        private String escapeChar;
        private String dateFormat;
        private String timestampFormat;
        private Compression compress;
        private List<Tag> tags;

        private Builder() {}

        /**
         * Sets whether the request succeeded ({@code is_success}).
         *
         * @param isSuccess whether the request succeeded ({@code is_success})
         * @return this builder
         */
        public Builder isSuccess(Boolean isSuccess) {
            this.isSuccess = isSuccess;
            return this;
        }

        /**
         * Sets the service's message.
         *
         * @param message the service's message; may be empty
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets the job id ({@code job_id}).
         *
         * @param jobId the job id ({@code job_id})
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets the user who submitted the job.
         *
         * @param owner the user who submitted the job
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets when the job started ({@code start_time}, epoch milliseconds on the wire).
         *
         * @param startTime when the job started ({@code start_time}, epoch milliseconds on the wire)
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets how long the job ran, in milliseconds.
         *
         * @param duration how long the job ran, in milliseconds
         * @return this builder
         */
        public Builder duration(Long duration) {
            this.duration = duration;
            return this;
        }

        /**
         * Sets for exports: the export mode ({@code export_mode}).
         *
         * @param exportMode for exports: the export mode ({@code export_mode})
         * @return this builder
         */
        public Builder exportMode(ExportMode exportMode) {
            this.exportMode = exportMode;
            return this;
        }

        /**
         * Sets the imported or exported path ({@code data_path}).
         *
         * @param dataPath the imported or exported path ({@code data_path})
         * @return this builder
         */
        public Builder dataPath(String dataPath) {
            this.dataPath = dataPath;
            return this;
        }

        /**
         * Sets the imported or exported format ({@code data_type}).
         *
         * @param dataType the imported or exported format ({@code data_type})
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
         * Sets the table ({@code table_name}).
         *
         * @param tableName the table ({@code table_name})
         * @return this builder
         */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /**
         * Sets for imports: whether the data had a header row ({@code with_column_header}).
         *
         * @param withColumnHeader for imports: whether the data had a header row ({@code with_column_header})
         * @return this builder
         */
        public Builder withColumnHeader(Boolean withColumnHeader) {
            this.withColumnHeader = withColumnHeader;
            return this;
        }

        /**
         * Sets for imports: the field delimiter.
         *
         * @param delimiter for imports: the field delimiter
         * @return this builder
         */
        public Builder delimiter(String delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Sets for imports: the quote character ({@code quote_char}).
         *
         * @param quoteChar for imports: the quote character ({@code quote_char})
         * @return this builder
         */
        public Builder quoteChar(String quoteChar) {
            this.quoteChar = quoteChar;
            return this;
        }

        /**
         * Sets for imports: the escape character ({@code escape_char}).
         *
         * @param escapeChar for imports: the escape character ({@code escape_char})
         * @return this builder
         */
        public Builder escapeChar(String escapeChar) {
            this.escapeChar = escapeChar;
            return this;
        }

        /**
         * Sets for imports: the date format ({@code date_format}).
         *
         * @param dateFormat for imports: the date format ({@code date_format})
         * @return this builder
         */
        public Builder dateFormat(String dateFormat) {
            this.dateFormat = dateFormat;
            return this;
        }

        /**
         * Sets for imports: the timestamp format ({@code timestamp_format}).
         *
         * @param timestampFormat for imports: the timestamp format ({@code timestamp_format})
         * @return this builder
         */
        public Builder timestampFormat(String timestampFormat) {
            this.timestampFormat = timestampFormat;
            return this;
        }

        /**
         * Sets for exports: the compression.
         *
         * @param compress for exports: the compression
         * @return this builder
         */
        public Builder compress(Compression compress) {
            this.compress = compress;
            return this;
        }

        /**
         * Sets the job's tags.
         *
         * @param tags the job's tags; never {@code null}
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Builds and validates.
         *
         * @return the value
         */
        public GetSqlJobDetailResponse build() {
            return new GetSqlJobDetailResponse(
                    isSuccess,
                    message,
                    jobId,
                    owner,
                    startTime,
                    duration,
                    exportMode,
                    dataPath,
                    dataType,
                    databaseName,
                    tableName,
                    withColumnHeader,
                    delimiter,
                    quoteChar,
                    escapeChar,
                    dateFormat,
                    timestampFormat,
                    compress,
                    tags);
        }
    }
}
