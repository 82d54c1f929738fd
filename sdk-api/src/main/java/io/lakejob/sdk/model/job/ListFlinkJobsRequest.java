package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;

/**
 * Lists Flink jobs (reference 9.7, {@code GET /v1.0/{project_id}/streaming/jobs}). Paged with
 * {@code limit}/{@code offset}.
 *
 * @param jobType only jobs of this type, or {@code null}
 * @param status only jobs in this status, or {@code null}
 * @param queueName only jobs on this queue, or {@code null}
 * @param order the order by time, or {@code null} for {@code desc}
 * @param limit the page size (1-100), or {@code null} for 10
 * @param name only jobs with this name (0-57 characters), or {@code null}
 * @param offset the offset of the page (not negative), or {@code null}
 * @param showDetail whether each job carries its details, or {@code null} for false
 * @param userName only jobs of this user, or {@code null}
 * @param tags a tag filter as the service expects it, or {@code null}
 */
public record ListFlinkJobsRequest(
        JobType jobType,
        JobStatus status,
        String queueName,
        FlinkJobOrder order,
        Integer limit,
        String name,
        Integer offset,
        Boolean showDetail,
        String userName,
        String tags) {
    /** The largest page size the service accepts. */
    public static final int MAX_LIMIT = 100;

    /**
     * Validates the request.
     *
     * @param jobType only jobs of this type, or {@code null}
     * @param status only jobs in this status, or {@code null}
     * @param queueName only jobs on this queue, or {@code null}
     * @param order the order by time, or {@code null} for {@code desc}
     * @param limit the page size (1-100), or {@code null} for 10
     * @param name only jobs with this name (0-57 characters), or {@code null}
     * @param offset the offset of the page (not negative), or {@code null}
     * @param showDetail whether each job carries its details, or {@code null} for false
     * @param userName only jobs of this user, or {@code null}
     * @param tags a tag filter as the service expects it, or {@code null}
     */
    public ListFlinkJobsRequest {
        JobRules.known("job_type", jobType, null);
        JobRules.known("status", status, null);
        Validate.queueName("queue_name", queueName);
        JobRules.known("order", order, null);
        Validate.range("limit", limit, 1, MAX_LIMIT);
        Validate.length("name", name, 0, JobRules.NAME_MAX);
        Validate.range("offset", offset, 0, Integer.MAX_VALUE);
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
                .jobType(jobType)
                .status(status)
                .queueName(queueName)
                .order(order)
                .limit(limit)
                .name(name)
                .offset(offset)
                .showDetail(showDetail)
                .userName(userName)
                .tags(tags);
    }

    /**
     * A request with no filters (the service's default page).
     *
     * @return the request
     */
    public static ListFlinkJobsRequest all() {
        return builder().build();
    }

    /** Builds a {@link ListFlinkJobsRequest}. */
    public static final class Builder {
        private JobType jobType;
        private JobStatus status;
        private String queueName;
        private FlinkJobOrder order;
        private Integer limit;
        private String name;
        private Integer offset;
        private Boolean showDetail;
        private String userName;
        private String tags;

        private Builder() {}

        /**
         * Sets only jobs of this type, or {@code null}.
         *
         * @param jobType the value
         * @return this builder
         */
        public Builder jobType(JobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * Sets only jobs in this status, or {@code null}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(JobStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets only jobs on this queue, or {@code null}.
         *
         * @param queueName the value
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets the order by time, or {@code null} for {@code desc}.
         *
         * @param order the value
         * @return this builder
         */
        public Builder order(FlinkJobOrder order) {
            this.order = order;
            return this;
        }

        /**
         * Sets the page size (1-100), or {@code null} for 10.
         *
         * @param limit the value
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets only jobs with this name (0-57 characters), or {@code null}.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the offset of the page (not negative), or {@code null}.
         *
         * @param offset the value
         * @return this builder
         */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Sets whether each job carries its details, or {@code null} for false.
         *
         * @param showDetail the value
         * @return this builder
         */
        public Builder showDetail(Boolean showDetail) {
            this.showDetail = showDetail;
            return this;
        }

        /**
         * Sets only jobs of this user, or {@code null}.
         *
         * @param userName the value
         * @return this builder
         */
        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        /**
         * Sets a tag filter as the service expects it, or {@code null}.
         *
         * @param tags the value
         * @return this builder
         */
        public Builder tags(String tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Builds and validates the request.
         *
         * @return the request
         * @throws io.lakejob.sdk.exception.ValidationException naming the first field that breaks a rule
         */
        public ListFlinkJobsRequest build() {
            return new ListFlinkJobsRequest(
                    jobType, status, queueName, order, limit, name, offset, showDetail, userName, tags);
        }
    }
}
