package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;

/**
 * Exports the result of a {@code QUERY} job to an OBS folder (reference 7.3.10). Asynchronous: the
 * answer holds the id of the export job. The path must name a folder that does not exist yet and
 * must not contain commas.
 *
 * @param jobId the query job whose result is exported ({@code job_id}); a URL path segment
 * @param dataPath the OBS folder to write ({@code data_path})
 * @param compress the compression; {@code null} means none
 * @param dataType the data format ({@code data_type}): csv or json
 * @param queueName the queue that runs the export ({@code queue_name}); {@code null} means {@code default}
 * @param exportMode what to do when the folder exists ({@code export_mode}); {@code null} means {@code ErrorIfExists}
 * @param withColumnHeader whether to write the column names ({@code with_column_header}); default false
 * @param limitNum how many rows to export ({@code limit_num}); 0 or {@code null} means all
 * @param encodingType the character encoding ({@code encoding_type}): utf-8, gb2312 or gbk; {@code null} means utf-8
 */
public record ExportSqlJobResultRequest(
        String jobId,
        String dataPath,
        Compression compress,
        SqlDataType dataType,
        String queueName,
        ExportMode exportMode,
        Boolean withColumnHeader,
        Integer limitNum,
        EncodingType encodingType) {
    /**
     * Validates the request.
     *
     * @param jobId the query job whose result is exported ({@code job_id}); a URL path segment
     * @param dataPath the OBS folder to write ({@code data_path})
     * @param compress the compression; {@code null} means none
     * @param dataType the data format ({@code data_type}): csv or json
     * @param queueName the queue that runs the export ({@code queue_name}); {@code null} means {@code default}
     * @param exportMode what to do when the folder exists ({@code export_mode}); {@code null} means {@code ErrorIfExists}
     * @param withColumnHeader whether to write the column names ({@code with_column_header}); default false
     * @param limitNum how many rows to export ({@code limit_num}); 0 or {@code null} means all
     * @param encodingType the character encoding ({@code encoding_type}): utf-8, gb2312 or gbk; {@code null} means utf-8
     */
    public ExportSqlJobResultRequest {
        SqlValidation.jobId(jobId);
        SqlValidation.exportPath(dataPath);
        SqlValidation.allowed("compress", compress, Compression.knownValues());
        Validate.required("data_type", dataType);
        SqlValidation.allowed("data_type", dataType, SqlDataType.EXPORT_TYPES);
        Validate.queueName("queue_name", queueName);
        SqlValidation.allowed("export_mode", exportMode, ExportMode.knownValues());
        Validate.range("limit_num", limitNum, 0, Integer.MAX_VALUE);
        SqlValidation.allowed("encoding_type", encodingType, EncodingType.knownValues());
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
        b.jobId = jobId;
        b.dataPath = dataPath;
        b.compress = compress;
        b.dataType = dataType;
        b.queueName = queueName;
        b.exportMode = exportMode;
        b.withColumnHeader = withColumnHeader;
        b.limitNum = limitNum;
        b.encodingType = encodingType;
        return b;
    }

    /** Builds a {@link ExportSqlJobResultRequest}. */
    public static final class Builder {
        private String jobId;
        private String dataPath;
        private Compression compress;
        private SqlDataType dataType;
        private String queueName;
        private ExportMode exportMode;
        private Boolean withColumnHeader;
        private Integer limitNum;
        private EncodingType encodingType;

        private Builder() {}

        /**
         * Sets the query job whose result is exported ({@code job_id}).
         *
         * @param jobId the query job whose result is exported ({@code job_id}); a URL path segment
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets the OBS folder to write ({@code data_path}).
         *
         * @param dataPath the OBS folder to write ({@code data_path})
         * @return this builder
         */
        public Builder dataPath(String dataPath) {
            this.dataPath = dataPath;
            return this;
        }

        /**
         * Sets the compression.
         *
         * @param compress the compression; {@code null} means none
         * @return this builder
         */
        public Builder compress(Compression compress) {
            this.compress = compress;
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
         * Sets how many rows to export ({@code limit_num}).
         *
         * @param limitNum how many rows to export ({@code limit_num}); 0 or {@code null} means all
         * @return this builder
         */
        public Builder limitNum(Integer limitNum) {
            this.limitNum = limitNum;
            return this;
        }

        /**
         * Sets the character encoding ({@code encoding_type}): utf-8, gb2312 or gbk.
         *
         * @param encodingType the character encoding ({@code encoding_type}): utf-8, gb2312 or gbk; {@code null} means utf-8
         * @return this builder
         */
        public Builder encodingType(EncodingType encodingType) {
            this.encodingType = encodingType;
            return this;
        }

        /**
         * Builds and validates.
         *
         * @return the request
         */
        public ExportSqlJobResultRequest build() {
            return new ExportSqlJobResultRequest(
                    jobId,
                    dataPath,
                    compress,
                    dataType,
                    queueName,
                    exportMode,
                    withColumnHeader,
                    limitNum,
                    encodingType);
        }
    }
}
