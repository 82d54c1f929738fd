package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.exception.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of {@code ExecuteSql} or {@code GetJobData}: the Flink job and, when results were
 * collected, its columns and rows.
 *
 * @param jobId the Flink job id (32 hexadecimal digits), or {@code null} when the script submitted
 *     no job (DDL only)
 * @param jobName the Flink job name, or {@code null}
 * @param success whether the execution succeeded
 * @param error the error text when it did not, else {@code null}
 * @param status the job's status, or {@code null} when unknown or no job was submitted
 * @param jobManagerAddress the address of the JobManager that runs the job, or {@code null}
 * @param startTime when the execution started, or {@code null}
 * @param endTime when the execution ended, or {@code null}
 * @param columns the result's column names in order (first {@code op} with {@code useChangeLog});
 *     never {@code null}, empty without results
 * @param rows the result rows, each with exactly {@code columns}; never {@code null}
 * @param truncated whether collection stopped at {@code maxRowNum}, so more rows exist
 */
public record SqlExecutionResult(
        String jobId,
        String jobName,
        boolean success,
        String error,
        FlinkJobStatus status,
        String jobManagerAddress,
        Instant startTime,
        Instant endTime,
        List<String> columns,
        List<ResultRow> rows,
        boolean truncated) {

    /**
     * Copies the lists and checks that every row has the result's columns.
     *
     * @param jobId the Flink job id
     * @param jobName the job name
     * @param success whether it succeeded
     * @param error the error text
     * @param status the job status
     * @param jobManagerAddress the JobManager address
     * @param startTime the start
     * @param endTime the end
     * @param columns the column names
     * @param rows the rows
     * @param truncated whether rows were left out
     */
    public SqlExecutionResult {
        columns = columns == null ? List.of() : ResultRow.columnList(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        for (ResultRow row : rows) {
            if (!row.columns().equals(columns)) {
                throw new ValidationException(
                        "rows", "a row has columns " + row.columns() + " but the result has " + columns);
            }
        }
    }

    /**
     * Whether the result carries rows.
     *
     * @return {@code true} when at least one row was collected
     */
    public boolean hasRows() {
        return !rows.isEmpty();
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
     * A builder holding this result's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.jobId = jobId;
        b.jobName = jobName;
        b.success = success;
        b.error = error;
        b.status = status;
        b.jobManagerAddress = jobManagerAddress;
        b.startTime = startTime;
        b.endTime = endTime;
        b.columns = columns;
        b.rows = new ArrayList<>(rows);
        b.truncated = truncated;
        return b;
    }

    /** Builds a {@link SqlExecutionResult}; used by transports. */
    public static final class Builder {
        private String jobId;
        private String jobName;
        private boolean success;
        private String error;
        private FlinkJobStatus status;
        private String jobManagerAddress;
        private Instant startTime;
        private Instant endTime;
        private List<String> columns = List.of();
        private List<ResultRow> rows = new ArrayList<>();
        private boolean truncated;

        private Builder() {}

        /**
         * Sets the Flink job id.
         *
         * @param jobId the id, or {@code null}
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets the job name.
         *
         * @param jobName the name
         * @return this builder
         */
        public Builder jobName(String jobName) {
            this.jobName = jobName;
            return this;
        }

        /**
         * Sets whether the execution succeeded.
         *
         * @param success the flag
         * @return this builder
         */
        public Builder success(boolean success) {
            this.success = success;
            return this;
        }

        /**
         * Sets the error text.
         *
         * @param error the text
         * @return this builder
         */
        public Builder error(String error) {
            this.error = error;
            return this;
        }

        /**
         * Sets the job status.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(FlinkJobStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the JobManager address.
         *
         * @param jobManagerAddress the address
         * @return this builder
         */
        public Builder jobManagerAddress(String jobManagerAddress) {
            this.jobManagerAddress = jobManagerAddress;
            return this;
        }

        /**
         * Sets the start time.
         *
         * @param startTime the instant
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets the end time.
         *
         * @param endTime the instant
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets the column names; set them before {@link #addRow(Object...)}.
         *
         * @param columns the names in order
         * @return this builder
         */
        public Builder columns(List<String> columns) {
            this.columns = columns == null ? List.of() : ResultRow.columnList(columns);
            return this;
        }

        /**
         * Sets the column names; set them before {@link #addRow(Object...)}.
         *
         * @param columns the names in order
         * @return this builder
         */
        public Builder columns(String... columns) {
            return columns(Arrays.asList(columns));
        }

        /**
         * Replaces the rows.
         *
         * @param rows the rows
         * @return this builder
         */
        public Builder rows(List<ResultRow> rows) {
            this.rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
            return this;
        }

        /**
         * Adds a row with the builder's current columns.
         *
         * @param values the values in column order (may contain {@code null})
         * @return this builder
         */
        public Builder addRow(Object... values) {
            this.rows.add(ResultRow.of(columns, values == null ? Arrays.asList((Object) null) : Arrays.asList(values)));
            return this;
        }

        /**
         * Sets whether collection stopped at {@code maxRowNum}.
         *
         * @param truncated the flag
         * @return this builder
         */
        public Builder truncated(boolean truncated) {
            this.truncated = truncated;
            return this;
        }

        /**
         * Builds the result.
         *
         * @return the result
         */
        public SqlExecutionResult build() {
            return new SqlExecutionResult(
                    jobId,
                    jobName,
                    success,
                    error,
                    status,
                    jobManagerAddress,
                    startTime,
                    endTime,
                    columns,
                    rows,
                    truncated);
        }
    }
}
