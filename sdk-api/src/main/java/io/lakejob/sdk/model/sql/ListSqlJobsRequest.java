package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.time.Instant;

/**
 * Lists the project's SQL jobs (reference 7.3.5). Paged with {@code page-size}/{@code current-page}.
 * Every filter is optional; the query parameters keep the reference's spellings: {@code page-size},
 * {@code current-page}, {@code start}, {@code end}, {@code job-type}, {@code job-status},
 * {@code job-id}, {@code queue_name}, {@code sql_pattern}, {@code order}, {@code engine-type},
 * {@code owner}, {@code tags}.
 *
 * @param pageSize the page size ({@code page-size}), 1 to 100; {@code null} means 50
 * @param currentPage the 1-based page number ({@code current-page}); {@code null} means the first
 * @param start only jobs started after this time ({@code start}, epoch milliseconds on the wire)
 * @param end only jobs started before this time ({@code end}, epoch milliseconds on the wire)
 * @param jobType only jobs of this type ({@code job-type}); {@code ALL} for every type
 * @param jobStatus only jobs in this status ({@code job-status})
 * @param jobId only the job with this id ({@code job-id})
 * @param queueName only jobs on this queue ({@code queue_name})
 * @param sqlPattern only jobs whose SQL contains this fragment, ignoring case ({@code sql_pattern})
 * @param order the sort order ({@code order}); {@code null} means {@code start_time_desc}
 * @param engineType only jobs of this engine type ({@code engine-type})
 * @param owner only jobs submitted by this user ({@code owner})
 * @param tags a tag filter ({@code tags}): {@code key=value} pairs separated by commas, matched fuzzily as a whole
 */
public record ListSqlJobsRequest(
        Integer pageSize,
        Integer currentPage,
        Instant start,
        Instant end,
        SqlJobType jobType,
        SqlJobStatus jobStatus,
        String jobId,
        String queueName,
        String sqlPattern,
        SqlJobOrder order,
        String engineType,
        String owner,
        String tags) {
    /**
     * Validates the request.
     *
     * @param pageSize the page size ({@code page-size}), 1 to 100; {@code null} means 50
     * @param currentPage the 1-based page number ({@code current-page}); {@code null} means the first
     * @param start only jobs started after this time ({@code start}, epoch milliseconds on the wire)
     * @param end only jobs started before this time ({@code end}, epoch milliseconds on the wire)
     * @param jobType only jobs of this type ({@code job-type}); {@code ALL} for every type
     * @param jobStatus only jobs in this status ({@code job-status})
     * @param jobId only the job with this id ({@code job-id})
     * @param queueName only jobs on this queue ({@code queue_name})
     * @param sqlPattern only jobs whose SQL contains this fragment, ignoring case ({@code sql_pattern})
     * @param order the sort order ({@code order}); {@code null} means {@code start_time_desc}
     * @param engineType only jobs of this engine type ({@code engine-type})
     * @param owner only jobs submitted by this user ({@code owner})
     * @param tags a tag filter ({@code tags}): {@code key=value} pairs separated by commas, matched fuzzily as a whole
     */
    public ListSqlJobsRequest {
        Validate.range("page-size", pageSize, 1, 100);
        Validate.range("current-page", currentPage, 1, Integer.MAX_VALUE);
        if (start != null && start.toEpochMilli() < 0) {
            throw new ValidationException("start", "must not be before 1970-01-01T00:00:00Z, was " + start);
        }
        if (end != null && end.toEpochMilli() < 0) {
            throw new ValidationException("end", "must not be before 1970-01-01T00:00:00Z, was " + end);
        }
        SqlValidation.allowed("job-type", jobType, SqlJobType.knownValues());
        SqlValidation.allowed("job-status", jobStatus, SqlJobStatus.knownValues());
        if (jobId != null && jobId.isBlank()) {
            throw new ValidationException("job-id", "must not be blank");
        }
        Validate.queueName("queue_name", queueName);
        SqlValidation.allowed("order", order, SqlJobOrder.knownValues());
        if (tags != null) {
            if (tags.isBlank()) {
                throw new ValidationException("tags", "must not be blank");
            }
            for (String pair : tags.split(",", -1)) {
                SqlValidation.keyValue("tags", pair);
            }
        }
    }

    /**
     * A request with no filters: the first page of 50 jobs, newest first.
     *
     * @return the request
     */
    public static ListSqlJobsRequest all() {
        return builder().build();
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
        b.pageSize = pageSize;
        b.currentPage = currentPage;
        b.start = start;
        b.end = end;
        b.jobType = jobType;
        b.jobStatus = jobStatus;
        b.jobId = jobId;
        b.queueName = queueName;
        b.sqlPattern = sqlPattern;
        b.order = order;
        b.engineType = engineType;
        b.owner = owner;
        b.tags = tags;
        return b;
    }

    /** Builds a {@link ListSqlJobsRequest}. */
    public static final class Builder {
        private Integer pageSize;
        private Integer currentPage;
        private Instant start;
        private Instant end;
        private SqlJobType jobType;
        private SqlJobStatus jobStatus;
        private String jobId;
        private String queueName;
        private String sqlPattern;
        private SqlJobOrder order;
        private String engineType;
        private String owner;
        private String tags;

        private Builder() {}

        /**
         * Sets the page size ({@code page-size}), 1 to 100.
         *
         * @param pageSize the page size ({@code page-size}), 1 to 100; {@code null} means 50
         * @return this builder
         */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets the 1-based page number ({@code current-page}).
         *
         * @param currentPage the 1-based page number ({@code current-page}); {@code null} means the first
         * @return this builder
         */
        public Builder currentPage(Integer currentPage) {
            this.currentPage = currentPage;
            return this;
        }

        /**
         * Sets only jobs started after this time ({@code start}, epoch milliseconds on the wire).
         *
         * @param start only jobs started after this time ({@code start}, epoch milliseconds on the wire)
         * @return this builder
         */
        public Builder start(Instant start) {
            this.start = start;
            return this;
        }

        /**
         * Sets only jobs started before this time ({@code end}, epoch milliseconds on the wire).
         *
         * @param end only jobs started before this time ({@code end}, epoch milliseconds on the wire)
         * @return this builder
         */
        public Builder end(Instant end) {
            this.end = end;
            return this;
        }

        /**
         * Sets only jobs of this type ({@code job-type}).
         *
         * @param jobType only jobs of this type ({@code job-type}); {@code ALL} for every type
         * @return this builder
         */
        public Builder jobType(SqlJobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * Sets only jobs in this status ({@code job-status}).
         *
         * @param jobStatus only jobs in this status ({@code job-status})
         * @return this builder
         */
        public Builder jobStatus(SqlJobStatus jobStatus) {
            this.jobStatus = jobStatus;
            return this;
        }

        /**
         * Sets only the job with this id ({@code job-id}).
         *
         * @param jobId only the job with this id ({@code job-id})
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets only jobs on this queue ({@code queue_name}).
         *
         * @param queueName only jobs on this queue ({@code queue_name})
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets only jobs whose SQL contains this fragment, ignoring case ({@code sql_pattern}).
         *
         * @param sqlPattern only jobs whose SQL contains this fragment, ignoring case ({@code sql_pattern})
         * @return this builder
         */
        public Builder sqlPattern(String sqlPattern) {
            this.sqlPattern = sqlPattern;
            return this;
        }

        /**
         * Sets the sort order ({@code order}).
         *
         * @param order the sort order ({@code order}); {@code null} means {@code start_time_desc}
         * @return this builder
         */
        public Builder order(SqlJobOrder order) {
            this.order = order;
            return this;
        }

        /**
         * Sets only jobs of this engine type ({@code engine-type}).
         *
         * @param engineType only jobs of this engine type ({@code engine-type})
         * @return this builder
         */
        public Builder engineType(String engineType) {
            this.engineType = engineType;
            return this;
        }

        /**
         * Sets only jobs submitted by this user ({@code owner}).
         *
         * @param owner only jobs submitted by this user ({@code owner})
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets a tag filter ({@code tags}): {@code key=value} pairs separated by commas, matched fuzzily as a whole.
         *
         * @param tags a tag filter ({@code tags}): {@code key=value} pairs separated by commas, matched fuzzily as a whole
         * @return this builder
         */
        public Builder tags(String tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Adds a {@code key=value} pair to the tag filter.
         *
         * @param key the tag key
         * @param value the tag value
         * @return this builder
         */
        public Builder addTag(String key, String value) {
            String pair = key + "=" + value;
            this.tags = tags == null || tags.isEmpty() ? pair : tags + "," + pair;
            return this;
        }

        /**
         * Builds and validates.
         *
         * @return the request
         */
        public ListSqlJobsRequest build() {
            return new ListSqlJobsRequest(
                    pageSize,
                    currentPage,
                    start,
                    end,
                    jobType,
                    jobStatus,
                    jobId,
                    queueName,
                    sqlPattern,
                    order,
                    engineType,
                    owner,
                    tags);
        }
    }
}
