package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.RecordValues;
import io.lakejob.sdk.internal.Validate;
import io.lakejob.sdk.model.Tag;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A SQL job as the service reports it (reference 7.3.5, 7.3.7 and 7.3.8): one value for the job
 * fields that the list ({@link ListSqlJobsResponse#jobs()}), the status
 * ({@link GetSqlJobStatusResponse#job()}) and the detail ({@link GetSqlJobDetailResponse#job()})
 * answers share. Each answer fills the fields it documents and leaves the others {@code null}: the
 * list fills the job's run and result fields, the status adds {@code job_mode}, the detail fills the
 * import or export settings ({@code data_path} to {@code export_mode}). Each field's name on the wire
 * is written once, in {@link Field}.
 *
 * @param jobId the job id
 * @param jobType the job type
 * @param jobMode how the job runs, synchronously or asynchronously
 * @param queueName the queue the job was submitted to
 * @param owner the user who submitted the job
 * @param startTime when the job started (epoch milliseconds on the wire)
 * @param endTime when the job ended (epoch milliseconds on the wire)
 * @param duration how long the job ran, in milliseconds
 * @param status the job's status
 * @param message the service's message about the job
 * @param statement the SQL statement
 * @param detail the result columns, as the JSON text the service returns
 * @param inputRowCount the records an insert job scanned
 * @param badRowCount the bad records an insert job found
 * @param inputSize the size in bytes of the files the job scanned
 * @param resultCount the rows returned, or inserted by an insert job
 * @param databaseName the database of the table an import, export or query used
 * @param tableName the table an import, export or query used
 * @param withColumnHeader for imports and exports: whether the data has a header row
 * @param dataPath for imports and exports: the imported or exported path
 * @param dataType for imports and exports: the data format
 * @param delimiter for imports: the field delimiter
 * @param quoteChar for imports: the quote character
 * @param escapeChar for imports: the escape character
 * @param dateFormat for imports: the date format
 * @param timestampFormat for imports: the timestamp format
 * @param compress for exports: the compression
 * @param exportMode for exports: the export mode
 * @param tags the job's tags; never {@code null}
 */
public record SqlJob(
        String jobId,
        SqlJobType jobType,
        SqlJobMode jobMode,
        String queueName,
        String owner,
        Instant startTime,
        Instant endTime,
        Long duration,
        SqlJobStatus status,
        String message,
        String statement,
        String detail,
        Long inputRowCount,
        Long badRowCount,
        Long inputSize,
        Integer resultCount,
        String databaseName,
        String tableName,
        Boolean withColumnHeader,
        String dataPath,
        SqlDataType dataType,
        String delimiter,
        String quoteChar,
        String escapeChar,
        String dateFormat,
        String timestampFormat,
        Compression compress,
        ExportMode exportMode,
        List<Tag> tags) {
    /**
     * Copies the tags.
     *
     * @param jobId the job id
     * @param jobType the job type
     * @param jobMode how the job runs, synchronously or asynchronously
     * @param queueName the queue the job was submitted to
     * @param owner the user who submitted the job
     * @param startTime when the job started (epoch milliseconds on the wire)
     * @param endTime when the job ended (epoch milliseconds on the wire)
     * @param duration how long the job ran, in milliseconds
     * @param status the job's status
     * @param message the service's message about the job
     * @param statement the SQL statement
     * @param detail the result columns, as the JSON text the service returns
     * @param inputRowCount the records an insert job scanned
     * @param badRowCount the bad records an insert job found
     * @param inputSize the size in bytes of the files the job scanned
     * @param resultCount the rows returned, or inserted by an insert job
     * @param databaseName the database of the table an import, export or query used
     * @param tableName the table an import, export or query used
     * @param withColumnHeader for imports and exports: whether the data has a header row
     * @param dataPath for imports and exports: the imported or exported path
     * @param dataType for imports and exports: the data format
     * @param delimiter for imports: the field delimiter
     * @param quoteChar for imports: the quote character
     * @param escapeChar for imports: the escape character
     * @param dateFormat for imports: the date format
     * @param timestampFormat for imports: the timestamp format
     * @param compress for exports: the compression
     * @param exportMode for exports: the export mode
     * @param tags the job's tags; never {@code null}
     */
    public SqlJob {
        tags = Validate.list(Field.TAGS.wireName(), tags);
    }

    /**
     * One field of {@link SqlJob}: its name on the wire (the one place it is written). The constants
     * are in the order of the record's components.
     */
    public enum Field {
        /** {@link SqlJob#jobId()}. */
        JOB_ID("job_id"),
        /** {@link SqlJob#jobType()}. */
        JOB_TYPE("job_type"),
        /** {@link SqlJob#jobMode()}. */
        JOB_MODE("job_mode"),
        /** {@link SqlJob#queueName()}. */
        QUEUE_NAME("queue_name"),
        /** {@link SqlJob#owner()}. */
        OWNER("owner"),
        /** {@link SqlJob#startTime()}. */
        START_TIME("start_time"),
        /** {@link SqlJob#endTime()}. */
        END_TIME("end_time"),
        /** {@link SqlJob#duration()}. */
        DURATION("duration"),
        /** {@link SqlJob#status()}. */
        STATUS("status"),
        /** {@link SqlJob#message()}. */
        MESSAGE("message"),
        /** {@link SqlJob#statement()}. */
        STATEMENT("statement"),
        /** {@link SqlJob#detail()}. */
        DETAIL("detail"),
        /** {@link SqlJob#inputRowCount()}. */
        INPUT_ROW_COUNT("input_row_count"),
        /** {@link SqlJob#badRowCount()}. */
        BAD_ROW_COUNT("bad_row_count"),
        /** {@link SqlJob#inputSize()}. */
        INPUT_SIZE("input_size"),
        /** {@link SqlJob#resultCount()}. */
        RESULT_COUNT("result_count"),
        /** {@link SqlJob#databaseName()}. */
        DATABASE_NAME("database_name"),
        /** {@link SqlJob#tableName()}. */
        TABLE_NAME("table_name"),
        /** {@link SqlJob#withColumnHeader()}. */
        WITH_COLUMN_HEADER("with_column_header"),
        /** {@link SqlJob#dataPath()}. */
        DATA_PATH("data_path"),
        /** {@link SqlJob#dataType()}. */
        DATA_TYPE("data_type"),
        /** {@link SqlJob#delimiter()}. */
        DELIMITER("delimiter"),
        /** {@link SqlJob#quoteChar()}. */
        QUOTE_CHAR("quote_char"),
        /** {@link SqlJob#escapeChar()}. */
        ESCAPE_CHAR("escape_char"),
        /** {@link SqlJob#dateFormat()}. */
        DATE_FORMAT("date_format"),
        /** {@link SqlJob#timestampFormat()}. */
        TIMESTAMP_FORMAT("timestamp_format"),
        /** {@link SqlJob#compress()}. */
        COMPRESS("compress"),
        /** {@link SqlJob#exportMode()}. */
        EXPORT_MODE("export_mode"),
        /** {@link SqlJob#tags()}. */
        TAGS("tags");

        private final String wireName;

        Field(String wireName) {
            this.wireName = wireName;
        }

        /**
         * The field's name on the wire, for example {@code input_row_count}.
         *
         * @return the name
         */
        public String wireName() {
            return wireName;
        }

        /**
         * The field's Java name, for example {@code inputRowCount}.
         *
         * @return the name of the record component
         */
        public String javaName() {
            return Components.ALL[ordinal()].getName();
        }

        /**
         * The type of the field's values: {@code String}, {@code Long}, {@code Integer},
         * {@code Boolean}, {@code Instant}, one of the package's enumerations, or {@code List} (of
         * {@link Tag}s).
         *
         * @return the type
         */
        public Class<?> type() {
            return Components.ALL[ordinal()].getType();
        }

        /**
         * The field's value in a job.
         *
         * @param job the job
         * @return the value; {@code null} or an empty list when unset
         */
        public Object valueIn(SqlJob job) {
            return RecordValues.get(Components.ALL[ordinal()], job);
        }

        /**
         * The field with a wire name.
         *
         * @param wireName for example {@code input_row_count}
         * @return the field, or empty
         */
        public static Optional<Field> byWireName(String wireName) {
            for (Field f : values()) {
                if (f.wireName.equals(wireName)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** The record's components, checked once against {@link Field}. */
    private static final class Components {
        static final RecordComponent[] ALL = RecordValues.components(SqlJob.class, Field.values());
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
        Object[] values = RecordValues.values(this);
        System.arraycopy(values, 0, b.values, 0, values.length);
        return b;
    }

    /**
     * A job from field values. Fields not in the map are unset.
     *
     * @param values the values by field, each of the field's {@link Field#type()} (tags for the
     *     list), or {@code null}
     * @return the job
     * @throws ValidationException naming the field whose value has the wrong type
     */
    public static SqlJob of(Map<Field, ?> values) {
        Builder b = new Builder();
        values.forEach(b::set);
        return b.build();
    }

    /**
     * The fields that are set ({@code null} and an empty tag list are not), in component order.
     *
     * @return an unmodifiable map
     */
    public Map<Field, Object> values() {
        Map<Field, Object> out = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            Object v = f.valueIn(this);
            if (RecordValues.isSet(v)) {
                out.put(f, v);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The accessors of an answer that carries a job: each returns the field of {@link #job()} (the
     * answer's own {@code message} is its own).
     */
    public interface View {
        /**
         * The job.
         *
         * @return the job, never {@code null}
         */
        SqlJob job();

        /**
         * {@return {@link SqlJob#jobId()} of {@link #job()}}
         */
        default String jobId() {
            return job().jobId();
        }

        /**
         * {@return {@link SqlJob#jobType()} of {@link #job()}}
         */
        default SqlJobType jobType() {
            return job().jobType();
        }

        /**
         * {@return {@link SqlJob#jobMode()} of {@link #job()}}
         */
        default SqlJobMode jobMode() {
            return job().jobMode();
        }

        /**
         * {@return {@link SqlJob#queueName()} of {@link #job()}}
         */
        default String queueName() {
            return job().queueName();
        }

        /**
         * {@return {@link SqlJob#owner()} of {@link #job()}}
         */
        default String owner() {
            return job().owner();
        }

        /**
         * {@return {@link SqlJob#startTime()} of {@link #job()}}
         */
        default Instant startTime() {
            return job().startTime();
        }

        /**
         * {@return {@link SqlJob#endTime()} of {@link #job()}}
         */
        default Instant endTime() {
            return job().endTime();
        }

        /**
         * {@return {@link SqlJob#duration()} of {@link #job()}}
         */
        default Long duration() {
            return job().duration();
        }

        /**
         * {@return {@link SqlJob#status()} of {@link #job()}}
         */
        default SqlJobStatus status() {
            return job().status();
        }

        /**
         * {@return {@link SqlJob#statement()} of {@link #job()}}
         */
        default String statement() {
            return job().statement();
        }

        /**
         * {@return {@link SqlJob#detail()} of {@link #job()}}
         */
        default String detail() {
            return job().detail();
        }

        /**
         * {@return {@link SqlJob#inputRowCount()} of {@link #job()}}
         */
        default Long inputRowCount() {
            return job().inputRowCount();
        }

        /**
         * {@return {@link SqlJob#badRowCount()} of {@link #job()}}
         */
        default Long badRowCount() {
            return job().badRowCount();
        }

        /**
         * {@return {@link SqlJob#inputSize()} of {@link #job()}}
         */
        default Long inputSize() {
            return job().inputSize();
        }

        /**
         * {@return {@link SqlJob#resultCount()} of {@link #job()}}
         */
        default Integer resultCount() {
            return job().resultCount();
        }

        /**
         * {@return {@link SqlJob#databaseName()} of {@link #job()}}
         */
        default String databaseName() {
            return job().databaseName();
        }

        /**
         * {@return {@link SqlJob#tableName()} of {@link #job()}}
         */
        default String tableName() {
            return job().tableName();
        }

        /**
         * {@return {@link SqlJob#withColumnHeader()} of {@link #job()}}
         */
        default Boolean withColumnHeader() {
            return job().withColumnHeader();
        }

        /**
         * {@return {@link SqlJob#dataPath()} of {@link #job()}}
         */
        default String dataPath() {
            return job().dataPath();
        }

        /**
         * {@return {@link SqlJob#dataType()} of {@link #job()}}
         */
        default SqlDataType dataType() {
            return job().dataType();
        }

        /**
         * {@return {@link SqlJob#delimiter()} of {@link #job()}}
         */
        default String delimiter() {
            return job().delimiter();
        }

        /**
         * {@return {@link SqlJob#quoteChar()} of {@link #job()}}
         */
        default String quoteChar() {
            return job().quoteChar();
        }

        /**
         * {@return {@link SqlJob#escapeChar()} of {@link #job()}}
         */
        default String escapeChar() {
            return job().escapeChar();
        }

        /**
         * {@return {@link SqlJob#dateFormat()} of {@link #job()}}
         */
        default String dateFormat() {
            return job().dateFormat();
        }

        /**
         * {@return {@link SqlJob#timestampFormat()} of {@link #job()}}
         */
        default String timestampFormat() {
            return job().timestampFormat();
        }

        /**
         * {@return {@link SqlJob#compress()} of {@link #job()}}
         */
        default Compression compress() {
            return job().compress();
        }

        /**
         * {@return {@link SqlJob#exportMode()} of {@link #job()}}
         */
        default ExportMode exportMode() {
            return job().exportMode();
        }

        /**
         * {@return {@link SqlJob#tags()} of {@link #job()}}
         */
        default List<Tag> tags() {
            return job().tags();
        }
    }

    /**
     * The setters of a builder that holds a job: each sets the field of the builder's job.
     *
     * @param <B> the builder
     */
    public interface Setters<B> {
        /**
         * Changes the job this builder holds.
         *
         * @param change what to set, for example {@code j -> j.jobId("1").status(SqlJobStatus.RUNNING)}
         * @return this builder
         */
        B job(Consumer<Builder> change);

        /**
         * Sets {@link SqlJob#jobId()}.
         *
         * @param jobId the value, or {@code null}
         * @return this builder
         */
        default B jobId(String jobId) {
            return job(j -> j.set(Field.JOB_ID, jobId));
        }

        /**
         * Sets {@link SqlJob#jobType()}.
         *
         * @param jobType the value, or {@code null}
         * @return this builder
         */
        default B jobType(SqlJobType jobType) {
            return job(j -> j.set(Field.JOB_TYPE, jobType));
        }

        /**
         * Sets {@link SqlJob#jobMode()}.
         *
         * @param jobMode the value, or {@code null}
         * @return this builder
         */
        default B jobMode(SqlJobMode jobMode) {
            return job(j -> j.set(Field.JOB_MODE, jobMode));
        }

        /**
         * Sets {@link SqlJob#queueName()}.
         *
         * @param queueName the value, or {@code null}
         * @return this builder
         */
        default B queueName(String queueName) {
            return job(j -> j.set(Field.QUEUE_NAME, queueName));
        }

        /**
         * Sets {@link SqlJob#owner()}.
         *
         * @param owner the value, or {@code null}
         * @return this builder
         */
        default B owner(String owner) {
            return job(j -> j.set(Field.OWNER, owner));
        }

        /**
         * Sets {@link SqlJob#startTime()}.
         *
         * @param startTime the value, or {@code null}
         * @return this builder
         */
        default B startTime(Instant startTime) {
            return job(j -> j.set(Field.START_TIME, startTime));
        }

        /**
         * Sets {@link SqlJob#endTime()}.
         *
         * @param endTime the value, or {@code null}
         * @return this builder
         */
        default B endTime(Instant endTime) {
            return job(j -> j.set(Field.END_TIME, endTime));
        }

        /**
         * Sets {@link SqlJob#duration()}.
         *
         * @param duration the value, or {@code null}
         * @return this builder
         */
        default B duration(Long duration) {
            return job(j -> j.set(Field.DURATION, duration));
        }

        /**
         * Sets {@link SqlJob#status()}.
         *
         * @param status the value, or {@code null}
         * @return this builder
         */
        default B status(SqlJobStatus status) {
            return job(j -> j.set(Field.STATUS, status));
        }

        /**
         * Sets {@link SqlJob#statement()}.
         *
         * @param statement the value, or {@code null}
         * @return this builder
         */
        default B statement(String statement) {
            return job(j -> j.set(Field.STATEMENT, statement));
        }

        /**
         * Sets {@link SqlJob#detail()}.
         *
         * @param detail the value, or {@code null}
         * @return this builder
         */
        default B detail(String detail) {
            return job(j -> j.set(Field.DETAIL, detail));
        }

        /**
         * Sets {@link SqlJob#inputRowCount()}.
         *
         * @param inputRowCount the value, or {@code null}
         * @return this builder
         */
        default B inputRowCount(Long inputRowCount) {
            return job(j -> j.set(Field.INPUT_ROW_COUNT, inputRowCount));
        }

        /**
         * Sets {@link SqlJob#badRowCount()}.
         *
         * @param badRowCount the value, or {@code null}
         * @return this builder
         */
        default B badRowCount(Long badRowCount) {
            return job(j -> j.set(Field.BAD_ROW_COUNT, badRowCount));
        }

        /**
         * Sets {@link SqlJob#inputSize()}.
         *
         * @param inputSize the value, or {@code null}
         * @return this builder
         */
        default B inputSize(Long inputSize) {
            return job(j -> j.set(Field.INPUT_SIZE, inputSize));
        }

        /**
         * Sets {@link SqlJob#resultCount()}.
         *
         * @param resultCount the value, or {@code null}
         * @return this builder
         */
        default B resultCount(Integer resultCount) {
            return job(j -> j.set(Field.RESULT_COUNT, resultCount));
        }

        /**
         * Sets {@link SqlJob#databaseName()}.
         *
         * @param databaseName the value, or {@code null}
         * @return this builder
         */
        default B databaseName(String databaseName) {
            return job(j -> j.set(Field.DATABASE_NAME, databaseName));
        }

        /**
         * Sets {@link SqlJob#tableName()}.
         *
         * @param tableName the value, or {@code null}
         * @return this builder
         */
        default B tableName(String tableName) {
            return job(j -> j.set(Field.TABLE_NAME, tableName));
        }

        /**
         * Sets {@link SqlJob#withColumnHeader()}.
         *
         * @param withColumnHeader the value, or {@code null}
         * @return this builder
         */
        default B withColumnHeader(Boolean withColumnHeader) {
            return job(j -> j.set(Field.WITH_COLUMN_HEADER, withColumnHeader));
        }

        /**
         * Sets {@link SqlJob#dataPath()}.
         *
         * @param dataPath the value, or {@code null}
         * @return this builder
         */
        default B dataPath(String dataPath) {
            return job(j -> j.set(Field.DATA_PATH, dataPath));
        }

        /**
         * Sets {@link SqlJob#dataType()}.
         *
         * @param dataType the value, or {@code null}
         * @return this builder
         */
        default B dataType(SqlDataType dataType) {
            return job(j -> j.set(Field.DATA_TYPE, dataType));
        }

        /**
         * Sets {@link SqlJob#delimiter()}.
         *
         * @param delimiter the value, or {@code null}
         * @return this builder
         */
        default B delimiter(String delimiter) {
            return job(j -> j.set(Field.DELIMITER, delimiter));
        }

        /**
         * Sets {@link SqlJob#quoteChar()}.
         *
         * @param quoteChar the value, or {@code null}
         * @return this builder
         */
        default B quoteChar(String quoteChar) {
            return job(j -> j.set(Field.QUOTE_CHAR, quoteChar));
        }

        /**
         * Sets {@link SqlJob#escapeChar()}.
         *
         * @param escapeChar the value, or {@code null}
         * @return this builder
         */
        default B escapeChar(String escapeChar) {
            return job(j -> j.set(Field.ESCAPE_CHAR, escapeChar));
        }

        /**
         * Sets {@link SqlJob#dateFormat()}.
         *
         * @param dateFormat the value, or {@code null}
         * @return this builder
         */
        default B dateFormat(String dateFormat) {
            return job(j -> j.set(Field.DATE_FORMAT, dateFormat));
        }

        /**
         * Sets {@link SqlJob#timestampFormat()}.
         *
         * @param timestampFormat the value, or {@code null}
         * @return this builder
         */
        default B timestampFormat(String timestampFormat) {
            return job(j -> j.set(Field.TIMESTAMP_FORMAT, timestampFormat));
        }

        /**
         * Sets {@link SqlJob#compress()}.
         *
         * @param compress the value, or {@code null}
         * @return this builder
         */
        default B compress(Compression compress) {
            return job(j -> j.set(Field.COMPRESS, compress));
        }

        /**
         * Sets {@link SqlJob#exportMode()}.
         *
         * @param exportMode the value, or {@code null}
         * @return this builder
         */
        default B exportMode(ExportMode exportMode) {
            return job(j -> j.set(Field.EXPORT_MODE, exportMode));
        }

        /**
         * Replaces {@link SqlJob#tags()}.
         *
         * @param tags the value, or {@code null}
         * @return this builder
         */
        default B tags(List<Tag> tags) {
            return job(j -> j.set(Field.TAGS, tags));
        }
    }

    /** Builds a {@link SqlJob}; the setters come from {@link Setters}. */
    public static final class Builder implements Setters<Builder> {
        private final Object[] values = new Object[Field.values().length];

        private Builder() {}

        /**
         * Applies a change to this builder.
         *
         * @param change what to set
         * @return this builder
         */
        @Override
        public Builder job(Consumer<Builder> change) {
            change.accept(this);
            return this;
        }

        /**
         * Sets {@link SqlJob#message()}.
         *
         * @param message the value, or {@code null}
         * @return this builder
         */
        public Builder message(String message) {
            return set(Field.MESSAGE, message);
        }

        private Builder set(Field field, Object value) {
            if (value != null && !field.type().isInstance(value)) {
                throw new ValidationException(
                        field.wireName(),
                        "must be a " + field.type().getSimpleName() + ", was a "
                                + value.getClass().getSimpleName());
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (!(item instanceof Tag)) {
                        throw new ValidationException(field.wireName(), "must be a list of tags");
                    }
                }
                value = new ArrayList<>(list);
            }
            values[field.ordinal()] = value;
            return this;
        }

        /**
         * Builds the job.
         *
         * @return the job
         */
        public SqlJob build() {
            return RecordValues.create(SqlJob.class, values.clone());
        }
    }
}
