package io.lakejob.sdk.flink.internal.running;

import io.lakejob.sdk.flink.internal.ops.CatalogHandlers;
import io.lakejob.sdk.flink.internal.ops.QueueHandlers;
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
public final class SqlStatementRecord {
    public final String id;
    public final JobID flinkId;
    public final SqlJobType type;
    public final String statement;
    public final int line;
    public final String currentDb;
    public final String queue;
    public final String owner;
    public final List<Tag> tags;
    public final Map<String, String> flinkConf;
    public final Instant start;
    public SqlJobMode mode = SqlJobMode.ASYNC;
    /** The import or export settings; {@link Transfer#NONE} for other jobs. */
    public Transfer transfer = Transfer.NONE;

    private SqlJobStatus status = SqlJobStatus.RUNNING;
    private String message = "";
    private Instant end;
    private List<SqlColumn> schema = List.of();
    private final List<List<Object>> rows = new ArrayList<>();
    private long rowCount;
    private Long inputRowCount;
    private JobClient client;
    private boolean cancelRequested;
    private int keptRows;
    private java.util.function.Supplier<List<List<Object>>> rowLoader;
    private String runsElsewhere;
    private volatile Runnable onChange;
    private final List<Runnable> watchers = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Where the job runs: its queue's target (set when the job is submitted). */
    public volatile io.lakejob.sdk.flink.internal.targets.TargetSettings target;

    /** The REST address of the cluster its Flink job went to, once submitted, for a later client's probe. */
    public volatile String restAddress;

    public SqlStatementRecord(
            SqlJobType type,
            String statement,
            int line,
            String currentDb,
            String queue,
            List<Tag> tags,
            Map<String, String> flinkConf,
            Instant start) {
        this(
                UUID.randomUUID(),
                type,
                statement,
                line,
                currentDb,
                queue,
                CatalogHandlers.owner(),
                tags,
                flinkConf,
                start);
    }

    /**
     * The import or export settings of a job ({@link #NONE} for other jobs; stored by
     * {@code MetadataSqlJobs}).
     *
     * @param databaseName the table's database
     * @param tableName the table
     * @param dataPath the file or folder
     * @param dataType csv, json, ...
     * @param withColumnHeader whether csv has a header line
     * @param delimiter the csv delimiter
     * @param quoteChar the csv quote character
     * @param escapeChar the csv escape character
     * @param dateFormat the date format
     * @param timestampFormat the timestamp format
     * @param compress the export compression
     * @param exportMode the export mode
     */
    public record Transfer(
            String databaseName,
            String tableName,
            String dataPath,
            SqlDataType dataType,
            Boolean withColumnHeader,
            String delimiter,
            String quoteChar,
            String escapeChar,
            String dateFormat,
            String timestampFormat,
            Compression compress,
            ExportMode exportMode) {
        /** No import or export: every setting unset. */
        public static final Transfer NONE =
                new Transfer(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * A record with a known id: a new job's random one, or a stored job's (see {@code MetadataSqlJobs}).
     *
     * @param uuid the job id, also the Flink job id
     * @param owner the user who submitted it
     */
    public SqlStatementRecord(
            UUID uuid,
            SqlJobType type,
            String statement,
            int line,
            String currentDb,
            String queue,
            String owner,
            List<Tag> tags,
            Map<String, String> flinkConf,
            Instant start) {
        this.id = uuid.toString();
        this.flinkId = new JobID(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
        this.type = type;
        this.statement = statement;
        this.line = line;
        this.currentDb = currentDb;
        this.queue = queue == null ? QueueHandlers.DEFAULT_QUEUE : queue;
        this.owner = owner;
        this.tags = List.copyOf(tags);
        this.flinkConf = Map.copyOf(flinkConf);
        this.start = start;
    }

    /**
     * Runs {@code watcher} when the job ends (its only status change after {@code RUNNING}), from now
     * on: how a waiter of the API learns of it at once ({@code StatusNotifier}). It runs on the thread
     * that ended the job, outside the record's lock, and must return quickly.
     *
     * @param watcher what to run
     * @return removes the watcher
     */
    public Runnable watch(Runnable watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    /** Sets what runs after the job ended (the metadata store's save); called outside the record's lock. */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /**
     * Restores the state of a job saved by an earlier client.
     *
     * @param s the status
     * @param msg the message
     * @param at when it ended, or {@code null} while it runs (in another live client)
     * @param columns the result columns
     * @param count how many result rows it produced
     * @param input the input row count, or {@code null}
     * @param kept how many result rows were kept
     * @param loader reads the kept rows when they are first asked for; {@code null} when none were kept
     * @param elsewhere who runs it when another live client does, else {@code null}
     */
    public synchronized void restore(
            SqlJobStatus s,
            String msg,
            Instant at,
            List<SqlColumn> columns,
            long count,
            Long input,
            int kept,
            java.util.function.Supplier<List<List<Object>>> loader,
            String elsewhere) {
        status = s;
        message = msg == null ? "" : msg;
        end = at;
        schema = List.copyOf(columns);
        rowCount = count;
        inputRowCount = input;
        keptRows = kept;
        rowLoader = loader;
        runsElsewhere = elsewhere;
    }

    /** @return who runs this job when another live client does (it cannot be cancelled here), else {@code null} */
    public synchronized String runsElsewhere() {
        return runsElsewhere;
    }

    /** @return how many result rows are kept (without loading stored ones) */
    public synchronized int keptRows() {
        return rowLoader != null ? keptRows : rows.size();
    }

    private void loadRows() {
        if (rowLoader != null) {
            // A failed read (the side file is gone) fails this call and the next one alike.
            rows.addAll(rowLoader.get());
            rowLoader = null;
        }
    }

    public synchronized SqlJobStatus status() {
        return status;
    }

    public synchronized String message() {
        return message;
    }

    public synchronized Instant end() {
        return end;
    }

    public synchronized boolean isTerminal() {
        return end != null;
    }

    public synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    /**
     * Ends the job; a second end is ignored. The Flink job client is dropped: the job has ended, and
     * the client would otherwise keep Flink objects (the environment's user class loader among
     * them) as long as the record lives.
     */
    public void finish(SqlJobStatus s, String msg, Instant at) {
        synchronized (this) {
            if (end != null) {
                return;
            }
            status = s;
            message = msg == null ? "" : msg;
            end = at;
            client = null;
        }
        for (Runnable w : watchers) {
            w.run();
        }
        Runnable l = onChange;
        if (l != null) {
            l.run();
        }
    }

    /**
     * Remembers the Flink job; cancels it at once when a cancel came first.
     *
     * @return whether the job may go on
     */
    public boolean submitted(JobClient c) {
        boolean cancel;
        synchronized (this) {
            if (end == null) {
                client = c;
            }
            cancel = cancelRequested;
        }
        if (cancel && c != null) {
            c.cancel();
        }
        return !cancel;
    }

    /** Sets the message a running job will end with. */
    public synchronized void finishMessage(String msg) {
        if (end == null) {
            message = msg;
        }
    }

    /** Asks the job to stop; returns the Flink job to cancel, if it was submitted. */
    public synchronized JobClient requestCancel() {
        cancelRequested = true;
        return client;
    }

    public synchronized void schema(List<SqlColumn> columns) {
        schema = List.copyOf(columns);
    }

    public synchronized List<SqlColumn> schema() {
        return schema;
    }

    /** Counts a result row and keeps it while fewer than {@code max} are kept. */
    public synchronized void row(List<Object> values, int max) {
        rowCount++;
        if (rows.size() < max) {
            rows.add(values);
        }
    }

    public synchronized List<List<Object>> rows(int max) {
        loadRows();
        return List.copyOf(rows.subList(0, Math.min(max, rows.size())));
    }

    public synchronized long rowCount() {
        return rowCount;
    }

    public synchronized void inputRowCount(Long n) {
        inputRowCount = n;
    }

    public synchronized Long inputRowCount() {
        return inputRowCount;
    }

    /** @return the running time in milliseconds up to now or the end */
    public synchronized long duration(Instant now) {
        return Math.max(0, ((end != null ? end : now).toEpochMilli() - start.toEpochMilli()));
    }
}
