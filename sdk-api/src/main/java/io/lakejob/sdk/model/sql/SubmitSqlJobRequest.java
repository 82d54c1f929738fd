package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Submits a SQL statement as a job on a queue (reference 7.3.3). Statements of type {@code DCL} run
 * synchronously; the others are asynchronous: poll the job's status with the returned id.
 *
 * @param sql the SQL statement; required, non-blank, at most 1,048,576 characters (the reference documents no limit)
 * @param currentdb the database the statement runs in; not needed when creating a database
 * @param queueName the queue ({@code queue_name}); digits, letters and underscores, not all digits, not starting with '_'
 * @param conf job settings, each {@code key=value}, for example {@code spark.sql.shuffle.partitions=200}; never {@code null}
 * @param tags the job's tags; never {@code null}
 */
public record SubmitSqlJobRequest(String sql, String currentdb, String queueName, List<String> conf, List<Tag> tags) {
    /**
     * Validates the request.
     *
     * @param sql the SQL statement; required, non-blank, at most 1,048,576 characters (the reference documents no limit)
     * @param currentdb the database the statement runs in; not needed when creating a database
     * @param queueName the queue ({@code queue_name}); digits, letters and underscores, not all digits, not starting with '_'
     * @param conf job settings, each {@code key=value}, for example {@code spark.sql.shuffle.partitions=200}; never {@code null}
     * @param tags the job's tags; never {@code null}
     */
    public SubmitSqlJobRequest {
        SqlValidation.sql(sql);
        SqlValidation.databaseName("currentdb", currentdb);
        Validate.queueName("queue_name", queueName);
        conf = SqlValidation.conf(conf);
        tags = Validate.list("tags", tags);
    }

    /**
     * A request running the statement on the queue.
     *
     * @param sql the SQL statement
     * @param queueName the queue, or {@code null} for the service's default
     * @return the request
     */
    public static SubmitSqlJobRequest of(String sql, String queueName) {
        return builder().sql(sql).queueName(queueName).build();
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
        b.sql = sql;
        b.currentdb = currentdb;
        b.queueName = queueName;
        b.conf = conf;
        b.tags = tags;
        return b;
    }

    /** Builds a {@link SubmitSqlJobRequest}. */
    public static final class Builder {
        private String sql;
        private String currentdb;
        private String queueName;
        private List<String> conf;
        private List<Tag> tags;

        private Builder() {}

        /**
         * Sets the SQL statement.
         *
         * @param sql the SQL statement; required, non-blank, at most 1,048,576 characters (the reference documents no limit)
         * @return this builder
         */
        public Builder sql(String sql) {
            this.sql = sql;
            return this;
        }

        /**
         * Sets the database the statement runs in.
         *
         * @param currentdb the database the statement runs in; not needed when creating a database
         * @return this builder
         */
        public Builder currentdb(String currentdb) {
            this.currentdb = currentdb;
            return this;
        }

        /**
         * Sets the queue ({@code queue_name}).
         *
         * @param queueName the queue ({@code queue_name}); digits, letters and underscores, not all digits, not starting with '_'
         * @return this builder
         */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /**
         * Sets job settings, each {@code key=value}, for example {@code spark.sql.shuffle.partitions=200}.
         *
         * @param conf job settings, each {@code key=value}, for example {@code spark.sql.shuffle.partitions=200}; never {@code null}
         * @return this builder
         */
        public Builder conf(List<String> conf) {
            this.conf = conf;
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
         * Adds a tag.
         *
         * @param key the tag key
         * @param value the tag value
         * @return this builder
         */
        public Builder addTag(String key, String value) {
            List<Tag> copy = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
            copy.add(Tag.of(key, value));
            this.tags = copy;
            return this;
        }

        /**
         * Builds and validates.
         *
         * @return the request
         */
        public SubmitSqlJobRequest build() {
            return new SubmitSqlJobRequest(sql, currentdb, queueName, conf, tags);
        }
    }
}
