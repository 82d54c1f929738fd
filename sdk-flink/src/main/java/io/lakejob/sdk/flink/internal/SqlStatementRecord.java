package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.sql.Compression;
import io.lakejob.sdk.model.sql.ExportMode;
import io.lakejob.sdk.model.sql.SqlColumn;
import io.lakejob.sdk.model.sql.SqlDataType;
import io.lakejob.sdk.model.sql.SqlJobMode;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SqlJobType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.api.common.JobID;
import org.apache.flink.core.execution.JobClient;

/**
 * One SQL statement job (reference 7.3): what was submitted, its status, and the rows a query kept.
 * The descriptive fields are set before the record is published; the state methods are
 * synchronized.
 */
final class SqlStatementRecord {
    final String id;
    final JobID flinkId;
    final SqlJobType type;
    final String statement;
    final int line;
    final String currentDb;
    final String queue;
    final String owner;
    final List<Tag> tags;
    final Map<String, String> flinkConf;
    final Instant start;
    SqlJobMode mode = SqlJobMode.ASYNC;
    // import and export jobs
    String databaseName;
    String tableName;
    String dataPath;
    SqlDataType dataType;
    Boolean withColumnHeader;
    String delimiter;
    String quoteChar;
    String escapeChar;
    String dateFormat;
    String timestampFormat;
    Compression compress;
    ExportMode exportMode;

    private SqlJobStatus status = SqlJobStatus.RUNNING;
    private String message = "";
    private Instant end;
    private List<SqlColumn> schema = List.of();
    private final List<List<Object>> rows = new ArrayList<>();
    private long rowCount;
    private Long inputRowCount;
    private JobClient client;
    private boolean cancelRequested;

    SqlStatementRecord(
            SqlJobType type,
            String statement,
            int line,
            String currentDb,
            String queue,
            List<Tag> tags,
            Map<String, String> flinkConf,
            Instant start) {
        UUID uuid = UUID.randomUUID();
        this.id = uuid.toString();
        this.flinkId = new JobID(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
        this.type = type;
        this.statement = statement;
        this.line = line;
        this.currentDb = currentDb;
        this.queue = queue == null ? QueueStore.DEFAULT_QUEUE : queue;
        this.owner = CatalogHandlers.owner();
        this.tags = List.copyOf(tags);
        this.flinkConf = Map.copyOf(flinkConf);
        this.start = start;
    }

    synchronized SqlJobStatus status() {
        return status;
    }

    synchronized String message() {
        return message;
    }

    synchronized Instant end() {
        return end;
    }

    synchronized boolean isTerminal() {
        return end != null;
    }

    synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    /** Ends the job; a second end is ignored. */
    synchronized void finish(SqlJobStatus s, String msg, Instant at) {
        if (end == null) {
            status = s;
            message = msg == null ? "" : msg;
            end = at;
        }
    }

    /**
     * Remembers the Flink job; cancels it at once when a cancel came first.
     *
     * @return whether the job may go on
     */
    boolean submitted(JobClient c) {
        boolean cancel;
        synchronized (this) {
            client = c;
            cancel = cancelRequested;
        }
        if (cancel && c != null) {
            c.cancel();
        }
        return !cancel;
    }

    /** Sets the message a running job will end with. */
    synchronized void finishMessage(String msg) {
        if (end == null) {
            message = msg;
        }
    }

    /** Asks the job to stop; returns the Flink job to cancel, if it was submitted. */
    synchronized JobClient requestCancel() {
        cancelRequested = true;
        return client;
    }

    synchronized void schema(List<SqlColumn> columns) {
        schema = List.copyOf(columns);
    }

    synchronized List<SqlColumn> schema() {
        return schema;
    }

    /** Counts a result row and keeps it while fewer than {@code max} are kept. */
    synchronized void row(List<Object> values, int max) {
        rowCount++;
        if (rows.size() < max) {
            rows.add(values);
        }
    }

    synchronized List<List<Object>> rows(int max) {
        return List.copyOf(rows.subList(0, Math.min(max, rows.size())));
    }

    synchronized long rowCount() {
        return rowCount;
    }

    synchronized void inputRowCount(Long n) {
        inputRowCount = n;
    }

    synchronized Long inputRowCount() {
        return inputRowCount;
    }

    /** @return the running time in milliseconds up to now or the end */
    synchronized long duration(Instant now) {
        return Math.max(0, ((end != null ? end : now).toEpochMilli() - start.toEpochMilli()));
    }
}
