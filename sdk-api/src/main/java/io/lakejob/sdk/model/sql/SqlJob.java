package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import java.time.Instant;
import java.util.List;

/**
 * A SQL job as listed (reference 7.3.5, table 7-68).
 *
 * @param jobId the job id ({@code job_id})
 * @param jobType the job type ({@code job_type})
 * @param queueName the queue the job was submitted to ({@code queue_name})
 * @param owner the user who submitted the job
 * @param startTime when the job started ({@code start_time}, epoch milliseconds on the wire)
 * @param duration how long the job ran, in milliseconds
 * @param status the current status
 * @param inputRowCount the records an insert job scanned ({@code input_row_count})
 * @param badRowCount the bad records an insert job found ({@code bad_row_count})
 * @param inputSize the size of the files the job scanned ({@code input_size})
 * @param resultCount the rows returned, or inserted by an insert job ({@code result_count})
 * @param databaseName the database of the table an import or export used ({@code database_name})
 * @param tableName the table an import or export used ({@code table_name})
 * @param withColumnHeader for imports: whether the data had a header row ({@code with_column_header})
 * @param detail the result columns, as the JSON text the service returns
 * @param statement the SQL statement
 * @param message the service's message about the job
 * @param endTime when the job ended ({@code end_time}, epoch milliseconds on the wire)
 * @param tags the job's tags; never {@code null}
 */
public record SqlJob(
        String jobId,
        SqlJobType jobType,
        String queueName,
        String owner,
        Instant startTime,
        Long duration,
        SqlJobStatus status,
        Long inputRowCount,
        Long badRowCount,
        Long inputSize,
        Integer resultCount,
        String databaseName,
        String tableName,
        Boolean withColumnHeader,
        String detail,
        String statement,
        String message,
        Instant endTime,
        List<Tag> tags) {
    /**
     * Copies the tags.
     *
     * @param jobId the job id ({@code job_id})
     * @param jobType the job type ({@code job_type})
     * @param queueName the queue the job was submitted to ({@code queue_name})
     * @param owner the user who submitted the job
     * @param startTime when the job started ({@code start_time}, epoch milliseconds on the wire)
     * @param duration how long the job ran, in milliseconds
     * @param status the current status
     * @param inputRowCount the records an insert job scanned ({@code input_row_count})
     * @param badRowCount the bad records an insert job found ({@code bad_row_count})
     * @param inputSize the size of the files the job scanned ({@code input_size})
     * @param resultCount the rows returned, or inserted by an insert job ({@code result_count})
     * @param databaseName the database of the table an import or export used ({@code database_name})
     * @param tableName the table an import or export used ({@code table_name})
     * @param withColumnHeader for imports: whether the data had a header row ({@code with_column_header})
     * @param detail the result columns, as the JSON text the service returns
     * @param statement the SQL statement
     * @param message the service's message about the job
     * @param endTime when the job ended ({@code end_time}, epoch milliseconds on the wire)
     * @param tags the job's tags; never {@code null}
     */
    public SqlJob {
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
        b.jobId = jobId;
        b.jobType = jobType;
        b.queueName = queueName;
        b.owner = owner;
        b.startTime = startTime;
        b.duration = duration;
        b.status = status;
        b.inputRowCount = inputRowCount;
        b.badRowCount = badRowCount;
        b.inputSize = inputSize;
        b.resultCount = resultCount;
        b.databaseName = databaseName;
        b.tableName = tableName;
        b.withColumnHeader = withColumnHeader;
        b.detail = detail;
        b.statement = statement;
        b.message = message;
        b.endTime = endTime;
        b.tags = tags;
        return b;
    }

    /** Builds a {@link SqlJob}. */
    public static final class Builder {
        private String jobId;
        private SqlJobType jobType;
        private String queueName;
        private String owner;
        private Instant startTime;
        private Long duration;
        private SqlJobStatus status;
        private Long inputRowCount;
        private Long badRowCount;
        private Long inputSize;
        private Integer resultCount;
        private String databaseName;
        private String tableName;
        private Boolean withColumnHeader;
        private String detail;
        private String statement;
        private String message;
        private Instant endTime;
        private List<Tag> tags;

        private Builder() {}

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
         * Sets the job type ({@code job_type}).
         *
         * @param jobType the job type ({@code job_type})
         * @return this builder
         */
        public Builder jobType(SqlJobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * Sets the queue the job was submitted to ({@code queue_name}).
         *
         * @param queueName the queue the job was submitted to ({@code queue_name})
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
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
         * Sets the current status.
         *
         * @param status the current status
         * @return this builder
         */
        public Builder status(SqlJobStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the records an insert job scanned ({@code input_row_count}).
         *
         * @param inputRowCount the records an insert job scanned ({@code input_row_count})
         * @return this builder
         */
        public Builder inputRowCount(Long inputRowCount) {
            this.inputRowCount = inputRowCount;
            return this;
        }

        /**
         * Sets the bad records an insert job found ({@code bad_row_count}).
         *
         * @param badRowCount the bad records an insert job found ({@code bad_row_count})
         * @return this builder
         */
        public Builder badRowCount(Long badRowCount) {
            this.badRowCount = badRowCount;
            return this;
        }

        /**
         * Sets the size of the files the job scanned ({@code input_size}).
         *
         * @param inputSize the size of the files the job scanned ({@code input_size})
         * @return this builder
         */
        public Builder inputSize(Long inputSize) {
            this.inputSize = inputSize;
            return this;
        }

        /**
         * Sets the rows returned, or inserted by an insert job ({@code result_count}).
         *
         * @param resultCount the rows returned, or inserted by an insert job ({@code result_count})
         * @return this builder
         */
        public Builder resultCount(Integer resultCount) {
            this.resultCount = resultCount;
            return this;
        }

        /**
         * Sets the database of the table an import or export used ({@code database_name}).
         *
         * @param databaseName the database of the table an import or export used ({@code database_name})
         * @return this builder
         */
        public Builder databaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        /**
         * Sets the table an import or export used ({@code table_name}).
         *
         * @param tableName the table an import or export used ({@code table_name})
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
         * Sets the result columns, as the JSON text the service returns.
         *
         * @param detail the result columns, as the JSON text the service returns
         * @return this builder
         */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /**
         * Sets the SQL statement.
         *
         * @param statement the SQL statement
         * @return this builder
         */
        public Builder statement(String statement) {
            this.statement = statement;
            return this;
        }

        /**
         * Sets the service's message about the job.
         *
         * @param message the service's message about the job
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets when the job ended ({@code end_time}, epoch milliseconds on the wire).
         *
         * @param endTime when the job ended ({@code end_time}, epoch milliseconds on the wire)
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
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
        public SqlJob build() {
            return new SqlJob(
                    jobId,
                    jobType,
                    queueName,
                    owner,
                    startTime,
                    duration,
                    status,
                    inputRowCount,
                    badRowCount,
                    inputSize,
                    resultCount,
                    databaseName,
                    tableName,
                    withColumnHeader,
                    detail,
                    statement,
                    message,
                    endTime,
                    tags);
        }
    }
}
