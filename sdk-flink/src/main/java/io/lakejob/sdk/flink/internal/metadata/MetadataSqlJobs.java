package io.lakejob.sdk.flink.internal.metadata;

import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.ops.SqlStatementHandlers;
import io.lakejob.sdk.flink.internal.running.SqlStatementRecord;
import io.lakejob.sdk.flink.internal.running.SqlStatementRecord.Transfer;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.sql.SqlColumn;
import io.lakejob.sdk.model.sql.SqlJobMode;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SqlJobType;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.DeserializationFeature;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Persists the SQL statement jobs (reference 7.3) of {@link SqlStatementHandlers} as the
 * {@code sql_jobs} document: id (also the Flink job id), type, mode, statement and its line,
 * current database, queue, submitting user, tags, Flink configuration, start and end, status and
 * message, result schema and counts, and the import/export settings. The rows a finished
 * {@code QUERY} kept (up to {@code flink.results.maxRows}) go to a side file
 * {@code sql_results/<id>.json}, written once, before the document says {@code FINISHED}, and
 * read back only when a later client previews or exports that result.
 *
 * <p>A job stored as {@code RUNNING} whose client is not alive any more is loaded as
 * {@code FAILED} with a message starting {@code lost:}: its rows lived in that client. When it
 * ran on a standalone cluster the message says what that cluster reports of its Flink job. A job
 * running in another live client (this client then only reads the directory) stays
 * {@code RUNNING} and cannot be cancelled from here.
 *
 * <p>With the in-memory store nothing is tracked at all.
 */
public final class MetadataSqlJobs {
    /** The document's kind. */
    static final String KIND = "sql_jobs";
    /** The kind of the result side files. */
    static final String RESULTS = "sql_results";

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger(MetadataSqlJobs.class.getName());

    /**
     * One stored statement job.
     *
     * @param id the job id (a UUID, also the Flink job id)
     * @param type the job type
     * @param mode sync or async
     * @param statement the statement
     * @param line its line in the submitted text
     * @param currentDb the current database
     * @param queue the queue
     * @param owner the user who submitted it
     * @param tags its tags
     * @param flinkConf its Flink configuration
     * @param start when it started
     * @param end when it ended, or {@code null} while running
     * @param status the status
     * @param message the message
     * @param schema the result columns
     * @param rowCount how many result rows it produced
     * @param inputRowCount the input row count (imports and exports)
     * @param keptRows how many result rows are in its side file (0: no file)
     * @param transfer import/export settings, or {@code null}
     * @param cluster the standalone cluster it ran on, or {@code null} for the client's embedded one
     * @param runner the client that ran it
     */
    record StatementDoc(
            String id,
            SqlJobType type,
            SqlJobMode mode,
            String statement,
            int line,
            String currentDb,
            String queue,
            String owner,
            List<Tag> tags,
            Map<String, String> flinkConf,
            Instant start,
            Instant end,
            SqlJobStatus status,
            String message,
            List<SqlColumn> schema,
            long rowCount,
            Long inputRowCount,
            int keptRows,
            Transfer transfer,
            String cluster,
            MetadataOwner runner) {}

    /**
     * The {@code sql_jobs} document.
     *
     * @param jobs the jobs, oldest first
     */
    record StatementsDoc(List<StatementDoc> jobs) {}

    private final FlinkContext ctx;
    private final MetadataStore store;
    private final Map<String, StatementDoc> docs = new ConcurrentHashMap<>();
    private final Set<String> resultsWritten = ConcurrentHashMap.newKeySet();
    private final List<StatementDoc> loaded = new ArrayList<>();
    private final boolean enabled;
    private MetadataSaver saver = MetadataSaver.NONE;

    private MetadataSqlJobs(FlinkContext ctx) {
        this.ctx = ctx;
        this.store = ctx.metadata();
        this.enabled = store.directory() != null;
    }

    /**
     * Loads the stored statement jobs into {@code jobs} and prepares to save later ones.
     *
     * @param ctx the context
     * @param jobs the handlers' jobs by id
     * @return the tracker to hand every new job to
     */
    public static MetadataSqlJobs attach(FlinkContext ctx, Map<String, SqlStatementRecord> jobs) {
        MetadataSqlJobs m = new MetadataSqlJobs(ctx);
        if (!m.enabled) {
            return m;
        }
        m.saver = m.store.attach(KIND, StatementsDoc.class, m::snapshot, d -> m.loaded.addAll(d.jobs()));
        boolean lost = false;
        for (StatementDoc d : m.loaded) {
            try {
                SqlStatementRecord r = m.restore(d);
                lost |= r.status().equals(SqlJobStatus.FAILED) && !SqlJobStatus.FAILED.equals(d.status());
                jobs.put(r.id, r);
            } catch (RuntimeException e) {
                // Kept as stored: the next save must not drop what this client could not read.
                if (d.id() != null) {
                    m.docs.put(d.id(), d);
                }
                LOG.log(System.Logger.Level.WARNING, "Skipping stored SQL job " + d.id() + ": " + e.getMessage());
            }
        }
        m.loaded.clear();
        // What it found is the writer's to save: a client that only reads the directory changes nothing.
        if (lost && m.store.writable()) {
            m.save();
        }
        return m;
    }

    /**
     * Saves a new job now and again when it ends.
     *
     * @param r the job, already in the handlers' map and not yet started
     */
    public void track(SqlStatementRecord r) {
        if (!enabled) {
            return;
        }
        r.onChange(() -> changed(r));
        changed(r);
    }

    private void changed(SqlStatementRecord r) {
        try {
            if (r.type.equals(SqlJobType.QUERY)
                    && r.status().equals(SqlJobStatus.FINISHED)
                    && r.keptRows() > 0
                    && resultsWritten.add(r.id)) {
                // The rows first: a document that says FINISHED always has its rows on disk.
                store.writeFile(RESULTS, r.id + ".json", rowsFile(r.rows(Integer.MAX_VALUE)));
            }
            synchronized (r) {
                docs.put(r.id, doc(r));
            }
            save();
        } catch (RuntimeException | IOException e) {
            // A job thread must not fail because the disk did: the next change saves again.
            LOG.log(System.Logger.Level.WARNING, "Cannot save SQL job " + r.id + ": " + e.getMessage());
        }
    }

    private void save() {
        saver.save();
    }

    private StatementsDoc snapshot() {
        List<StatementDoc> all = new ArrayList<>(docs.values());
        all.sort(Comparator.comparing(StatementDoc::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(StatementDoc::id));
        return new StatementsDoc(all);
    }

    private StatementDoc doc(SqlStatementRecord r) {
        return new StatementDoc(
                r.id,
                r.type,
                r.mode,
                r.statement,
                r.line,
                r.currentDb,
                r.queue,
                r.owner,
                r.tags,
                r.flinkConf,
                r.start,
                r.end(),
                r.status(),
                r.message(),
                r.schema(),
                r.rowCount(),
                r.inputRowCount(),
                r.type.equals(SqlJobType.QUERY) && r.status().equals(SqlJobStatus.FINISHED) ? r.keptRows() : 0,
                r.transfer.equals(Transfer.NONE) ? null : r.transfer,
                r.restAddress,
                store.owner());
    }

    private SqlStatementRecord restore(StatementDoc d) {
        SqlStatementRecord r = new SqlStatementRecord(
                UUID.fromString(d.id()),
                d.type(),
                d.statement(),
                d.line(),
                d.currentDb(),
                d.queue(),
                d.owner(),
                d.tags() == null ? List.of() : d.tags(),
                d.flinkConf() == null ? Map.of() : d.flinkConf(),
                d.start());
        r.mode = d.mode() == null ? SqlJobMode.ASYNC : d.mode();
        if (d.transfer() != null) {
            r.transfer = d.transfer();
        }
        List<SqlColumn> schema = d.schema() == null ? List.of() : d.schema();
        SqlJobStatus status = d.status() == null ? SqlJobStatus.FAILED : d.status();
        boolean running = d.end() == null;
        String elsewhere = null;
        Instant end = d.end();
        String message = d.message();
        if (running && d.runner() != null && d.runner().isAlive()) {
            elsewhere = "the client " + d.runner();
        } else if (running) {
            status = SqlJobStatus.FAILED;
            message = lostReason(d);
            end = ctx.clock().instant();
        }
        int kept = d.keptRows();
        r.restore(
                status,
                message,
                end,
                schema,
                d.rowCount(),
                d.inputRowCount(),
                kept,
                kept > 0 ? () -> readRows(d.id(), schema, kept) : null,
                elsewhere);
        if (kept > 0) {
            resultsWritten.add(r.id);
        }
        docs.put(
                r.id,
                elsewhere == null && running
                        ? new StatementDoc(
                                d.id(),
                                d.type(),
                                d.mode(),
                                d.statement(),
                                d.line(),
                                d.currentDb(),
                                d.queue(),
                                d.owner(),
                                d.tags(),
                                d.flinkConf(),
                                d.start(),
                                end,
                                status,
                                message,
                                d.schema(),
                                d.rowCount(),
                                d.inputRowCount(),
                                0,
                                d.transfer(),
                                d.cluster(),
                                d.runner())
                        : d);
        return r;
    }

    private String lostReason(StatementDoc d) {
        String who = d.runner() == null ? "an unknown client" : "the client " + d.runner();
        String base = MetadataJobs.LOST + " it was "
                + (d.status() == null ? "RUNNING" : d.status().value()) + " when " + who
                + " that ran it ended (its JVM died or it was closed)";
        UUID u = UUID.fromString(d.id());
        String flinkId = new org.apache.flink.api.common.JobID(u.getMostSignificantBits(), u.getLeastSignificantBits())
                .toHexString();
        if (d.cluster() == null) {
            return base + "; its Flink job ran on that client's embedded cluster and died with it";
        }
        String onCluster = "; Flink job " + flinkId + " on " + d.cluster();
        MetadataJobs.Probe p = MetadataJobs.probe(URI.create(d.cluster()), flinkId);
        return base + onCluster + " " + p.describe() + (d.type().equals(SqlJobType.QUERY) ? "; its rows are gone" : "");
    }

    // ---------------------------------------------------------------- result rows

    private static byte[] rowsFile(List<List<Object>> rows) throws IOException {
        ObjectNode doc = MetadataJson.mapper().createObjectNode();
        doc.put("format", DirectoryMetadataStore.FORMAT);
        doc.set("rows", MetadataJson.mapper().valueToTree(rows));
        return MetadataJson.mapper().writeValueAsBytes(doc);
    }

    private List<List<Object>> readRows(String id, List<SqlColumn> schema, int kept) {
        byte[] bytes = store.readFile(RESULTS, id + ".json");
        if (bytes == null) {
            throw LocalErrors.unavailable("The " + kept + " result rows of SQL job " + id + " are no longer stored ("
                    + RESULTS + "/" + id + ".json is missing)");
        }
        try {
            JsonNode doc = MetadataJson.mapper()
                    .reader()
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .with(JsonNodeFactory.withExactBigDecimals(true))
                    .readTree(bytes);
            List<List<Object>> rows = new ArrayList<>();
            for (JsonNode row : doc.path("rows")) {
                List<Object> values = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    values.add(
                            value(row.get(i), i < schema.size() ? schema.get(i).type() : ""));
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException e) {
            throw LocalErrors.unavailable("The result rows of SQL job " + id + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * A stored result value as the running job gave it: JSON loses the Java number type, the
     * column's SQL type restores it (TINYINT is a Byte, INT an Integer, DECIMAL a BigDecimal, ...).
     *
     * @param n the JSON value
     * @param sqlType the column's type as the schema names it, for example {@code bigint not null}
     * @return the value
     */
    static Object value(JsonNode n, String sqlType) {
        if (n == null || n.isNull()) {
            return null;
        }
        String t = sqlType.toLowerCase(Locale.ROOT).trim();
        if (n.isTextual()) {
            // Jackson writes NaN and the infinities of FLOAT/DOUBLE columns as text.
            String s = n.asText();
            if (t.startsWith("double") && isSpecial(s)) {
                return Double.valueOf(s);
            }
            if (t.startsWith("float") && isSpecial(s)) {
                return Float.valueOf(s);
            }
            return s;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            if (t.startsWith("tinyint")) {
                return (byte) n.intValue();
            }
            if (t.startsWith("smallint")) {
                return (short) n.intValue();
            }
            if (t.equals("int") || t.startsWith("int ") || t.startsWith("integer")) {
                return n.intValue();
            }
            if (t.startsWith("bigint")) {
                return n.longValue();
            }
            if (t.startsWith("float")) {
                return n.floatValue();
            }
            if (t.startsWith("double")) {
                return n.doubleValue();
            }
            if (t.startsWith("decimal") || t.startsWith("numeric")) {
                return n.decimalValue();
            }
            if (n.isIntegralNumber()) {
                return n.canConvertToInt()
                        ? (Object) n.intValue()
                        : n.canConvertToLong() ? n.longValue() : n.bigIntegerValue();
            }
            return n.decimalValue();
        }
        return n.toString();
    }

    private static boolean isSpecial(String s) {
        return s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity");
    }
}
