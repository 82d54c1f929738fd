package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.FlinkTransport;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.format.HeaderCsvFormatFactory;
import io.lakejob.sdk.flink.internal.metadata.MetadataSqlJobs;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.running.SqlScript;
import io.lakejob.sdk.flink.internal.running.SqlStatementRecord;
import io.lakejob.sdk.flink.internal.running.ValueConverter;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.sql.CancelSqlJobRequest;
import io.lakejob.sdk.model.sql.CheckSqlRequest;
import io.lakejob.sdk.model.sql.CheckSqlResponse;
import io.lakejob.sdk.model.sql.ExportSqlJobResultRequest;
import io.lakejob.sdk.model.sql.ExportTableRequest;
import io.lakejob.sdk.model.sql.GetSqlJobDetailRequest;
import io.lakejob.sdk.model.sql.GetSqlJobDetailResponse;
import io.lakejob.sdk.model.sql.GetSqlJobProgressRequest;
import io.lakejob.sdk.model.sql.GetSqlJobProgressResponse;
import io.lakejob.sdk.model.sql.GetSqlJobStatusRequest;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.ImportTableRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsResponse;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultRequest;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultResponse;
import io.lakejob.sdk.model.sql.SqlColumn;
import io.lakejob.sdk.model.sql.SqlDataType;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.model.sql.SqlJobMode;
import io.lakejob.sdk.model.sql.SqlJobStartedResponse;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SqlJobType;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import io.lakejob.sdk.model.sql.SubmitSqlJobResponse;
import io.lakejob.sdk.spi.SqlJobOperations;
import io.lakejob.sdk.spi.StatusSubscription;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.table.api.SqlParserException;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.table.api.internal.TableEnvironmentInternal;
import org.apache.flink.table.catalog.ResolvedSchema;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;

/**
 * SQL statement jobs (reference 7.3) on Flink: each statement runs in a batch
 * {@code TableEnvironment} on the transport's cluster, over the client's catalog
 * ({@link CatalogHandlers}) with {@code currentdb} as the current database.
 *
 * <ul>
 *   <li>One statement per job. Its type comes from its first keyword: SELECT/WITH/VALUES are
 *       {@code QUERY}, INSERT is {@code INSERT}, CREATE/DROP/ALTER/SHOW/DESC/USE are {@code DDL}, UPDATE
 *       and DELETE keep their names; GRANT/REVOKE ({@code DCL}) and LOAD DATA have no Flink meaning.
 *   <li>DDL runs at once and its rows come back in the submit answer (job mode {@code sync}), unless
 *       the {@code conf} entry {@code dli.sql.sqlasync.enabled=true} asks for it to run in the
 *       background. Everything else runs in the background (mode {@code async}); the job id is a
 *       UUID and is also the Flink job id.
 *   <li>Statuses: {@code RUNNING} until the end, then {@code FINISHED}, {@code FAILED} (message names
 *       the statement's line) or {@code CANCELLED}. {@code dli.sql.job.timeout} (milliseconds) cancels
 *       a job that runs longer.
 *   <li>{@code conf} entries {@code key=value}: keys starting with {@code spark.} or {@code dli.} are
 *       DLI's and otherwise ignored; every other key is Flink configuration for the job (for example
 *       {@code parallelism.default}, 1 by default).
 *   <li>Query rows are kept up to {@code flink.results.maxRows}; preview shows the first 1000, export
 *       writes the kept rows.
 *   <li>Import reads csv or json files through a temporary Flink filesystem table and INSERTs them into
 *       the target table (csv files {@code with_column_header=true} through {@link HeaderCsvFormatFactory},
 *       which skips the first line of each file); export (table and result) writes one csv or json file
 *       into the folder, csv with one header line when asked.
 *   <li>With {@code flink.metadata.dir} the jobs, and the rows a finished query kept, outlive the client
 *       ({@link MetadataSqlJobs}).
 * </ul>
 */
public final class SqlStatementHandlers {
    private static final int PREVIEW_MAX = 1000;

    private final FlinkContext ctx;
    private final CatalogHandlers catalog;
    private final QueueHandlers queues;
    private final Map<String, SqlStatementRecord> jobs = new ConcurrentHashMap<>();
    private final MetadataSqlJobs persisted;

    /**
     * Creates the handler group and lets {@code ASYNC} table previews run as SQL jobs.
     *
     * @param ctx the shared context
     * @param catalog the client's catalog
     * @param queues the queues, which say where each job runs
     */
    public SqlStatementHandlers(FlinkContext ctx, CatalogHandlers catalog, QueueHandlers queues) {
        this.ctx = ctx;
        this.catalog = catalog;
        this.queues = queues;
        this.persisted = MetadataSqlJobs.attach(ctx, jobs);
        catalog.asyncQueries(sql -> submit(SubmitSqlJobRequest.of(sql, null)).jobId());
    }

    /**
     * Registers the SQL job operations.
     *
     * @param r the registry
     */
    public void register(HandlerRegistry r) {
        r.handle(SqlJobOperations.IMPORT_TABLE, this::importTable);
        r.handle(SqlJobOperations.EXPORT_TABLE, this::exportTable);
        r.handle(SqlJobOperations.SUBMIT_SQL_JOB, this::submit);
        r.handle(SqlJobOperations.CANCEL_SQL_JOB, this::cancel);
        r.handle(SqlJobOperations.LIST_SQL_JOBS, this::list);
        r.handle(SqlJobOperations.PREVIEW_SQL_JOB_RESULT, this::preview);
        r.handle(SqlJobOperations.GET_SQL_JOB_STATUS, this::status);
        r.handle(SqlJobOperations.GET_SQL_JOB_DETAIL, this::detail);
        r.handle(SqlJobOperations.CHECK_SQL, this::checkSql);
        r.handle(SqlJobOperations.EXPORT_SQL_JOB_RESULT, this::exportResult);
        r.handle(SqlJobOperations.GET_SQL_JOB_PROGRESS, this::progress);
    }

    /**
     * Tells {@code onChange} when a SQL job ends (the API's waiters' {@code StatusNotifier}).
     *
     * @param jobId the job id
     * @param onChange what to run when it ends
     * @return the subscription; empty for a job this client does not know or that another live
     *     client runs (nothing here learns of its end: the waiter polls)
     */
    public Optional<StatusSubscription> subscribe(String jobId, Runnable onChange) {
        SqlStatementRecord r = jobs.get(jobId);
        if (r == null || r.runsElsewhere() != null) {
            return Optional.empty();
        }
        Runnable remove = r.watch(onChange);
        return Optional.of(remove::run);
    }

    // ---------------------------------------------------------------- submit

    private SubmitSqlJobResponse submit(SubmitSqlJobRequest q) {
        SqlScript.Statement s = single(q.sql());
        SqlJobType type = typeOf(s);
        if (type.equals(SqlJobType.DCL)) {
            throw new NotSupportedException(
                    "SubmitSqlJob", FlinkTransport.NAME, "DCL statements (GRANT/REVOKE) have no Flink meaning");
        }
        if (type.equals(SqlJobType.IMPORT)) {
            throw new NotSupportedException("SubmitSqlJob", FlinkTransport.NAME, "LOAD DATA: use importTable");
        }
        Map<String, String> flinkConf = new LinkedHashMap<>();
        Map<String, String> dliConf = new LinkedHashMap<>();
        for (String entry : q.conf()) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw LocalErrors.invalid("conf", "entries are key=value, was '" + entry + "'");
            }
            String k = entry.substring(0, eq).trim();
            String v = entry.substring(eq + 1).trim();
            (k.startsWith("spark.") || k.startsWith("dli.") ? dliConf : flinkConf).put(k, v);
        }
        String db = q.currentdb();
        SqlStatementRecord r = new SqlStatementRecord(
                type,
                s.sql(),
                s.line(),
                db,
                q.queueName(),
                q.tags(),
                flinkConf,
                ctx.clock().instant());
        boolean sync = type.equals(SqlJobType.DDL) && !"true".equalsIgnoreCase(dliConf.get("dli.sql.sqlasync.enabled"));
        r.mode = sync ? SqlJobMode.SYNC : SqlJobMode.ASYNC;
        add(r);
        if (sync) {
            run(r);
            if (r.status().equals(SqlJobStatus.FAILED)) {
                throw new ServiceException(400, "DLI.0005", r.message(), null, false);
            }
            return new SubmitSqlJobResponse(
                    true, "", r.id, type, r.schema(), r.rows(Integer.MAX_VALUE), SqlJobMode.SYNC);
        }
        start(r, () -> run(r));
        String timeout = dliConf.get("dli.sql.job.timeout");
        if (timeout != null) {
            long ms = parseLong("dli.sql.job.timeout", timeout);
            CompletableFuture.delayedExecutor(ms, TimeUnit.MILLISECONDS, ctx.executor())
                    .execute(() -> cancel(r, "timed out after " + ms + " ms"));
        }
        return new SubmitSqlJobResponse(true, "", r.id, type, List.of(), List.of(), SqlJobMode.ASYNC);
    }

    private void start(SqlStatementRecord r, Runnable body) {
        ctx.executor().execute(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                r.finish(
                        SqlJobStatus.FAILED,
                        SqlJobRunner.rootMessage(e),
                        ctx.clock().instant());
            }
        });
    }

    /** Runs a statement to its end, recording rows and the final status; never throws. */
    private void run(SqlStatementRecord r) {
        try {
            r.restAddress = restAddress(r.target);
            TableEnvironment tEnv =
                    catalog.newEnvironment(r.target, r.currentDb, r.flinkConf, r.flinkId, "sql " + r.id);
            if (r.cancelRequested()) {
                r.finish(
                        SqlJobStatus.CANCELLED,
                        "cancelled before submission",
                        ctx.clock().instant());
                return;
            }
            TableResult result = tEnv.executeSql(r.statement);
            JobClient client = result.getJobClient().orElse(null);
            if (!r.submitted(client)) {
                throw new IllegalStateException("cancelled");
            }
            if (r.type.equals(SqlJobType.QUERY) || r.type.equals(SqlJobType.DDL) && client == null) {
                collect(r, result);
            } else if (client != null) {
                client.getJobExecutionResult().get();
            }
            r.finish(
                    r.cancelRequested() ? SqlJobStatus.CANCELLED : SqlJobStatus.FINISHED,
                    "",
                    ctx.clock().instant());
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (r.cancelRequested()) {
                r.finish(SqlJobStatus.CANCELLED, r.message(), ctx.clock().instant());
            } else {
                r.finish(
                        SqlJobStatus.FAILED,
                        "Statement at line " + r.line + ": " + SqlJobRunner.describe(e),
                        ctx.clock().instant());
            }
        }
    }

    private void collect(SqlStatementRecord r, TableResult result) throws Exception {
        ResolvedSchema schema = result.getResolvedSchema();
        List<SqlColumn> columns = new ArrayList<>();
        schema.getColumns()
                .forEach(c -> columns.add(SqlColumn.of(
                        c.getName(),
                        c.getDataType().getLogicalType().asSummaryString().toLowerCase(Locale.ROOT))));
        r.schema(columns);
        int max = ctx.settings().maxResultRows();
        try (CloseableIterator<Row> it = result.collect()) {
            while (it.hasNext()) {
                r.row(values(it.next()), max);
            }
        }
    }

    static List<Object> values(Row row) {
        List<Object> out = new ArrayList<>(row.getArity());
        for (int i = 0; i < row.getArity(); i++) {
            Object v = ValueConverter.toJava(row.getField(i));
            out.add(v instanceof Temporal ? v.toString() : v);
        }
        return out;
    }

    // ---------------------------------------------------------------- import and export

    private SqlJobStartedResponse importTable(ImportTableRequest q) {
        String db = CatalogHandlers.name(q.databaseName());
        String table = CatalogHandlers.name(q.tableName());
        List<String[]> columns = catalog.columns(db, table);
        List<String> partitionKeys = catalog.partitionKeys(db, table);
        SqlDataType type = q.dataType() == null ? SqlDataType.CSV : q.dataType();
        CatalogHandlers.requireFormat("ImportTable", type.value());
        boolean csv = type.equals(SqlDataType.CSV);
        // Java patterns (reference table 7-49) other than the defaults: the csv format of the SDK reads them.
        String dateFormat = q.dateFormat() == null || q.dateFormat().equals("yyyy-MM-dd") ? null : q.dateFormat();
        String timestampFormat =
                q.timestampFormat() == null || q.timestampFormat().equals("yyyy-MM-dd HH:mm:ss")
                        ? null
                        : q.timestampFormat();
        if (!csv && (dateFormat != null || timestampFormat != null)) {
            throw new NotSupportedException(
                    "ImportTable",
                    FlinkTransport.NAME,
                    "date_format/timestamp_format other than Flink's SQL formats for " + type.value() + " data");
        }
        Map<String, String> spec = new LinkedHashMap<>();
        q.partitionSpec().forEach((k, v) -> spec.put(CatalogHandlers.name(k), v));
        for (String k : spec.keySet()) {
            if (!partitionKeys.contains(k)) {
                throw LocalErrors.invalid("partition_spec", k + " is not a partition column of " + db + "." + table);
            }
        }
        String source = "lakejob_import_" + Long.toHexString(System.nanoTime());
        StringBuilder ddl = new StringBuilder("CREATE TEMPORARY TABLE `default_catalog`.`default_database`.")
                .append(CatalogHandlers.quote(source))
                .append(" (");
        List<String> cols = new ArrayList<>();
        for (String[] c : columns) {
            if (!spec.containsKey(c[0])) {
                cols.add(CatalogHandlers.quote(c[0]) + " " + c[1]);
            }
        }
        ddl.append(String.join(", ", cols)).append(") WITH ('connector' = 'filesystem', 'path' = ");
        String path = catalog.flinkPath(q.dataPath());
        // Source files with a header line, or with Java date/time patterns, are read with our csv
        // format, which skips the first line of each file (with a header) and parses the patterns.
        boolean header = Boolean.TRUE.equals(q.withColumnHeader()) && csv;
        boolean own = header || dateFormat != null || timestampFormat != null;
        String format = own ? HeaderCsvFormatFactory.IDENTIFIER : type.value();
        String prefix = own ? "'" + HeaderCsvFormatFactory.IDENTIFIER + "." : "'csv.";
        ddl.append(CatalogHandlers.literal(path)).append(", 'format' = ").append(CatalogHandlers.literal(format));
        if (own) {
            ddl.append(", ")
                    .append(prefix)
                    .append(HeaderCsvFormatFactory.HEADER.key())
                    .append("' = '")
                    .append(header)
                    .append("'");
        }
        if (dateFormat != null) {
            ddl.append(", ").append(prefix).append("date-format' = ").append(CatalogHandlers.literal(dateFormat));
        }
        if (timestampFormat != null) {
            ddl.append(", ")
                    .append(prefix)
                    .append("timestamp-format' = ")
                    .append(CatalogHandlers.literal(timestampFormat));
        }
        if (q.delimiter() != null) {
            ddl.append(", ")
                    .append(prefix)
                    .append("field-delimiter' = ")
                    .append(CatalogHandlers.literal(CatalogHandlers.singleChar("delimiter", q.delimiter())));
        }
        if (q.quoteChar() != null && q.quoteChar().isEmpty()) {
            // An empty quote character means none, as on DLI (the reference's own example sends "").
            ddl.append(", ").append(prefix).append("disable-quote-character' = 'true'");
        } else if (q.quoteChar() != null) {
            ddl.append(", ")
                    .append(prefix)
                    .append("quote-character' = ")
                    .append(CatalogHandlers.literal(CatalogHandlers.singleChar("quote_char", q.quoteChar())));
        }
        // An empty escape character means none, which is Flink's default.
        if (q.escapeChar() != null && !q.escapeChar().isEmpty()) {
            ddl.append(", ")
                    .append(prefix)
                    .append("escape-character' = ")
                    .append(CatalogHandlers.literal(CatalogHandlers.singleChar("escape_char", q.escapeChar())));
        }
        ddl.append(")");
        StringBuilder insert = new StringBuilder(
                        Boolean.TRUE.equals(q.overwrite()) ? "INSERT OVERWRITE " : "INSERT INTO ")
                .append(CatalogHandlers.ident(db, table));
        if (!spec.isEmpty()) {
            List<String> parts = new ArrayList<>();
            spec.forEach((k, v) -> parts.add(CatalogHandlers.quote(k) + " = " + CatalogHandlers.literal(v)));
            insert.append(" PARTITION (").append(String.join(", ", parts)).append(")");
        }
        insert.append(" SELECT * FROM `default_catalog`.`default_database`.").append(CatalogHandlers.quote(source));
        SqlStatementRecord r = new SqlStatementRecord(
                SqlJobType.IMPORT,
                insert.toString(),
                1,
                db,
                q.queueName(),
                List.of(),
                Map.of(),
                ctx.clock().instant());
        r.transfer = new SqlStatementRecord.Transfer(
                db,
                table,
                q.dataPath(),
                type,
                q.withColumnHeader(),
                q.delimiter(),
                q.quoteChar(),
                q.escapeChar(),
                q.dateFormat(),
                q.timestampFormat(),
                null,
                null);
        add(r);
        start(r, () -> {
            try {
                r.restAddress = restAddress(r.target);
                TableEnvironment tEnv = catalog.newEnvironment(r.target, db, Map.of(), r.flinkId, "import " + r.id);
                tEnv.executeSql(ddl.toString());
                TableResult result = tEnv.executeSql(r.statement);
                JobClient client = result.getJobClient().orElseThrow();
                if (!r.submitted(client)) {
                    throw new IllegalStateException("cancelled");
                }
                client.getJobExecutionResult().get();
                r.finish(SqlJobStatus.FINISHED, "", ctx.clock().instant());
            } catch (Throwable e) {
                r.finish(
                        r.cancelRequested() ? SqlJobStatus.CANCELLED : SqlJobStatus.FAILED,
                        r.cancelRequested() ? r.message() : SqlJobRunner.describe(e),
                        ctx.clock().instant());
            }
        });
        return new SqlJobStartedResponse(true, "", r.id, SqlJobMode.ASYNC);
    }

    private SqlJobStartedResponse exportTable(ExportTableRequest q) {
        String db = CatalogHandlers.name(q.databaseName());
        String table = CatalogHandlers.name(q.tableName());
        catalog.table(db, table);
        String sql = "SELECT * FROM " + CatalogHandlers.ident(db, table);
        compression("ExportTable", q.compress());
        SqlStatementRecord r = new SqlStatementRecord(
                SqlJobType.EXPORT,
                sql,
                1,
                db,
                q.queueName(),
                List.of(),
                Map.of(),
                ctx.clock().instant());
        r.transfer = new SqlStatementRecord.Transfer(
                db,
                table,
                q.dataPath(),
                q.dataType(),
                q.withColumnHeader(),
                null,
                null,
                null,
                null,
                null,
                q.compress(),
                q.exportMode());
        String folder = catalog.flinkPath(q.dataPath());
        add(r);
        start(r, () -> {
            try {
                r.restAddress = restAddress(r.target);
                TableEnvironment tEnv = catalog.newEnvironment(r.target, db, Map.of(), r.flinkId, "export " + r.id);
                TableResult result = tEnv.executeSql(sql);
                if (!r.submitted(result.getJobClient().orElse(null))) {
                    throw new IllegalStateException("cancelled");
                }
                long n = 0;
                try (SqlStatementFiles out = SqlStatementFiles.open(
                                folder,
                                q.exportMode(),
                                q.dataType(),
                                q.compress(),
                                null,
                                result.getResolvedSchema().getColumnNames(),
                                Boolean.TRUE.equals(q.withColumnHeader()));
                        CloseableIterator<Row> it = result.collect()) {
                    while (it.hasNext()) {
                        out.write(values(it.next()));
                        n++;
                    }
                }
                r.inputRowCount(n);
                r.finish(SqlJobStatus.FINISHED, "", ctx.clock().instant());
            } catch (Throwable e) {
                r.finish(
                        r.cancelRequested() ? SqlJobStatus.CANCELLED : SqlJobStatus.FAILED,
                        SqlJobRunner.describe(e),
                        ctx.clock().instant());
            }
        });
        return new SqlJobStartedResponse(true, "", r.id, SqlJobMode.ASYNC);
    }

    private SqlJobStartedResponse exportResult(ExportSqlJobResultRequest q) {
        SqlStatementRecord src = finishedQuery(q.jobId());
        compression("ExportSqlJobResult", q.compress());
        SqlStatementRecord r = new SqlStatementRecord(
                SqlJobType.EXPORT,
                src.statement,
                src.line,
                src.currentDb,
                q.queueName(),
                List.of(),
                Map.of(),
                ctx.clock().instant());
        r.transfer = new SqlStatementRecord.Transfer(
                null,
                null,
                q.dataPath(),
                q.dataType(),
                q.withColumnHeader(),
                null,
                null,
                null,
                null,
                null,
                q.compress(),
                q.exportMode());
        String folder = catalog.flinkPath(q.dataPath());
        add(r);
        int limit = q.limitNum() == null || q.limitNum() <= 0 ? Integer.MAX_VALUE : q.limitNum();
        start(r, () -> {
            try (SqlStatementFiles out = SqlStatementFiles.open(
                    folder,
                    q.exportMode(),
                    q.dataType(),
                    q.compress(),
                    q.encodingType(),
                    src.schema().stream().map(SqlColumn::name).toList(),
                    Boolean.TRUE.equals(q.withColumnHeader()))) {
                List<List<Object>> rows = src.rows(limit);
                for (List<Object> row : rows) {
                    out.write(row);
                }
                r.inputRowCount((long) rows.size());
            } catch (Throwable e) {
                r.finish(
                        SqlJobStatus.FAILED,
                        SqlJobRunner.describe(e),
                        ctx.clock().instant());
                return;
            }
            r.finish(SqlJobStatus.FINISHED, "", ctx.clock().instant());
        });
        return new SqlJobStartedResponse(true, "", r.id, SqlJobMode.ASYNC);
    }

    // ---------------------------------------------------------------- reading and managing jobs

    private BasicResponse cancel(CancelSqlJobRequest q) {
        SqlStatementRecord r = job(q.jobId());
        if (r.isTerminal()) {
            throw LocalErrors.unavailable("Job " + r.id + " is " + r.status() + " and cannot be cancelled");
        }
        if (r.runsElsewhere() != null) {
            throw LocalErrors.unavailable("Job " + r.id + " runs in " + r.runsElsewhere() + "; cancel it there");
        }
        cancel(r, "cancelled by the user");
        return new BasicResponse(true, "");
    }

    private void cancel(SqlStatementRecord r, String why) {
        if (r.isTerminal()) {
            return;
        }
        JobClient c = r.requestCancel();
        r.finishMessage(why);
        if (c != null) {
            c.cancel();
        }
    }

    private GetSqlJobStatusResponse status(GetSqlJobStatusRequest q) {
        SqlStatementRecord r = job(q.jobId());
        Instant now = ctx.clock().instant();
        return GetSqlJobStatusResponse.builder()
                .isSuccess(true)
                .message(r.message())
                .jobId(r.id)
                .jobType(r.type)
                .jobMode(r.mode)
                .queueName(r.queue)
                .owner(r.owner)
                .startTime(r.start)
                .duration(r.duration(now))
                .status(r.status())
                .inputRowCount(r.inputRowCount())
                .badRowCount(0L)
                .inputSize(0L)
                .resultCount((int) Math.min(Integer.MAX_VALUE, r.rowCount()))
                .databaseName(r.transfer.databaseName() != null ? r.transfer.databaseName() : r.currentDb)
                .tableName(r.transfer.tableName())
                .detail(detailJson(r.schema()))
                .statement(r.statement)
                .tags(r.tags)
                .build();
    }

    private GetSqlJobDetailResponse detail(GetSqlJobDetailRequest q) {
        SqlStatementRecord r = job(q.jobId());
        return GetSqlJobDetailResponse.builder()
                .isSuccess(true)
                .message(r.message())
                .jobId(r.id)
                .owner(r.owner)
                .startTime(r.start)
                .duration(r.duration(ctx.clock().instant()))
                .exportMode(r.transfer.exportMode())
                .dataPath(r.transfer.dataPath())
                .dataType(r.transfer.dataType())
                .databaseName(r.transfer.databaseName())
                .tableName(r.transfer.tableName())
                .withColumnHeader(r.transfer.withColumnHeader())
                .delimiter(r.transfer.delimiter())
                .quoteChar(r.transfer.quoteChar())
                .escapeChar(r.transfer.escapeChar())
                .dateFormat(r.transfer.dateFormat())
                .timestampFormat(r.transfer.timestampFormat())
                .compress(r.transfer.compress())
                .tags(r.tags)
                .build();
    }

    private PreviewSqlJobResultResponse preview(PreviewSqlJobResultRequest q) {
        SqlStatementRecord r = finishedQuery(q.jobId());
        int max = (int) Math.min(PREVIEW_MAX, q.pageSize() == null ? PREVIEW_MAX : q.pageSize());
        return new PreviewSqlJobResultResponse(
                true, "", r.id, r.type, (int) Math.min(Integer.MAX_VALUE, r.rowCount()), 0L, r.schema(), r.rows(max));
    }

    private GetSqlJobProgressResponse progress(GetSqlJobProgressRequest q) {
        SqlStatementRecord r = job(q.jobId());
        return new GetSqlJobProgressResponse(true, "", r.id, r.status(), null, r.isTerminal() ? 1.0 : 0.0, List.of());
    }

    private ListSqlJobsResponse list(ListSqlJobsRequest q) {
        Predicate<SqlStatementRecord> keep = r -> true;
        if (q.start() != null) {
            keep = keep.and(r -> !r.start.isBefore(q.start()));
        }
        if (q.end() != null) {
            keep = keep.and(r -> !r.start.isAfter(q.end()));
        }
        if (q.jobType() != null && !q.jobType().equals(SqlJobType.ALL)) {
            keep = keep.and(r -> r.type.equals(q.jobType()));
        }
        if (q.jobStatus() != null) {
            keep = keep.and(r -> r.status().equals(q.jobStatus()));
        }
        if (q.jobId() != null) {
            keep = keep.and(r -> r.id.equals(q.jobId()));
        }
        if (q.queueName() != null) {
            keep = keep.and(r -> r.queue.equalsIgnoreCase(q.queueName()));
        }
        if (q.sqlPattern() != null) {
            String p = q.sqlPattern().toLowerCase(Locale.ROOT);
            keep = keep.and(r -> r.statement.toLowerCase(Locale.ROOT).contains(p));
        }
        if (q.owner() != null) {
            keep = keep.and(r -> r.owner.equals(q.owner()));
        }
        if (q.tags() != null) {
            String t = q.tags();
            keep = keep.and(r -> String.join(
                            ",",
                            r.tags.stream().map(g -> g.key() + "=" + g.value()).toList())
                    .contains(t));
        }
        Instant now = ctx.clock().instant();
        Comparator<SqlStatementRecord> order =
                switch (q.order() == null ? "start_time_desc" : q.order().value()) {
                    case "start_time_asc" -> Comparator.comparing((SqlStatementRecord r) -> r.start);
                    case "duration_desc" -> Comparator.comparingLong((SqlStatementRecord r) -> r.duration(now))
                            .reversed();
                    case "duration_asc" -> Comparator.comparingLong((SqlStatementRecord r) -> r.duration(now));
                    default -> Comparator.comparing((SqlStatementRecord r) -> r.start)
                            .reversed();
                };
        List<SqlStatementRecord> all = jobs.values().stream()
                .filter(keep)
                .sorted(order.thenComparing(r -> r.id))
                .toList();
        int size = q.pageSize() == null ? 50 : q.pageSize();
        int pageNo = q.currentPage() == null ? 1 : q.currentPage();
        List<SqlJob> page = new ArrayList<>();
        for (SqlStatementRecord r : CatalogHandlers.page(all, (pageNo - 1) * size, size)) {
            page.add(SqlJob.builder()
                    .jobId(r.id)
                    .jobType(r.type)
                    .queueName(r.queue)
                    .owner(r.owner)
                    .startTime(r.start)
                    .duration(r.duration(now))
                    .status(r.status())
                    .inputRowCount(r.inputRowCount())
                    .badRowCount(0L)
                    .inputSize(0L)
                    .resultCount((int) Math.min(Integer.MAX_VALUE, r.rowCount()))
                    .databaseName(r.transfer.databaseName() != null ? r.transfer.databaseName() : r.currentDb)
                    .tableName(r.transfer.tableName())
                    .withColumnHeader(r.transfer.withColumnHeader())
                    .detail(detailJson(r.schema()))
                    .statement(r.statement)
                    .message(r.message())
                    .endTime(r.end())
                    .tags(r.tags)
                    .build());
        }
        return new ListSqlJobsResponse(true, "", all.size(), page);
    }

    private CheckSqlResponse checkSql(CheckSqlRequest q) {
        SqlScript.Statement s = single(q.sql());
        SqlJobType type = typeOf(s);
        TableEnvironment tEnv = TableEnvironment.create(org.apache.flink.table.api.EnvironmentSettings.inBatchMode());
        catalog.attach(tEnv, q.currentdb());
        try {
            ((TableEnvironmentInternal) tEnv).getParser().parse(s.sql());
        } catch (SqlParserException e) {
            throw new ServiceException(
                    400,
                    "DLI.0004",
                    "Statement at line " + s.line() + ": " + SqlJobRunner.rootMessage(e),
                    null,
                    false,
                    e);
        } catch (RuntimeException e) {
            throw new ServiceException(
                    400,
                    "DLI.0005",
                    "Statement at line " + s.line() + ": " + SqlJobRunner.rootMessage(e),
                    null,
                    false,
                    e);
        }
        return new CheckSqlResponse(true, "the sql is ok", type);
    }

    // ---------------------------------------------------------------- helpers

    /** Publishes a new job (before it starts) and saves it with the metadata ({@link MetadataSqlJobs}). */
    /** The REST address of a session target's cluster, for a later client's probe; {@code null} for the embedded one. */
    private String restAddress(TargetSettings t) {
        if (t.kind() == TargetKind.LOCAL) {
            return null;
        }
        DeploymentTarget target = ctx.targets().get(t);
        String cluster = target.open();
        return cluster == null ? null : target.restAddress(cluster).toString();
    }

    private void add(SqlStatementRecord r) {
        // The job runs on its queue's target; a queue that does not exist, or a target this client
        // cannot deploy to, is refused before the job is recorded.
        TargetSettings target = queues.target(r.queue);
        ctx.targets().check(target);
        r.target = target;
        jobs.put(r.id, r);
        persisted.track(r);
    }

    private SqlStatementRecord job(String id) {
        SqlStatementRecord r = jobs.get(id);
        if (r == null) {
            throw LocalErrors.notFound("SQL job " + id);
        }
        return r;
    }

    private SqlStatementRecord finishedQuery(String id) {
        SqlStatementRecord r = job(id);
        if (!r.type.equals(SqlJobType.QUERY)) {
            throw LocalErrors.invalid("job_id", "job " + id + " is a " + r.type + " job; only QUERY jobs have results");
        }
        if (!r.status().equals(SqlJobStatus.FINISHED)) {
            throw LocalErrors.unavailable(
                    "Job " + id + " is " + r.status() + "; its result is ready when it is FINISHED");
        }
        return r;
    }

    private static SqlScript.Statement single(String sql) {
        List<SqlScript.Statement> statements = SqlScript.split(sql);
        if (statements.isEmpty()) {
            throw LocalErrors.invalid("sql", "contains no SQL statement");
        }
        if (statements.size() > 1) {
            throw LocalErrors.invalid("sql", "a SQL job runs one statement, found " + statements.size());
        }
        return statements.get(0);
    }

    /**
     * The DLI job type of a statement, from its first keyword.
     *
     * @param s the statement
     * @return the type
     */
    static SqlJobType typeOf(SqlScript.Statement s) {
        return switch (s.keyword()) {
            case "SELECT", "WITH", "VALUES", "TABLE" -> SqlJobType.QUERY;
            case "INSERT", "EXECUTE" -> SqlJobType.INSERT;
            case "GRANT", "REVOKE" -> SqlJobType.DCL;
            case "LOAD" -> SqlJobType.IMPORT;
            case "UPDATE" -> SqlJobType.UPDATE;
            case "DELETE" -> SqlJobType.DELETE;
            default -> s.sql().stripLeading().startsWith("(") ? SqlJobType.QUERY : SqlJobType.DDL;
        };
    }

    private static void compression(String operation, io.lakejob.sdk.model.sql.Compression c) {
        if (c != null
                && !c.equals(io.lakejob.sdk.model.sql.Compression.GZIP)
                && !c.equals(io.lakejob.sdk.model.sql.Compression.DEFLATE)
                && !c.equals(io.lakejob.sdk.model.sql.Compression.NONE)) {
            throw new NotSupportedException(operation, FlinkTransport.NAME, c + " compression (gzip, deflate or none)");
        }
    }

    private static long parseLong(String field, String v) {
        try {
            long n = Long.parseLong(v);
            if (n <= 0) {
                throw LocalErrors.invalid(field, "must be positive, was " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw LocalErrors.invalid(field, "must be a number of milliseconds, was '" + v + "'");
        }
    }

    /** The result columns as the JSON text DLI returns in {@code detail}. */
    private static String detailJson(List<SqlColumn> schema) {
        StringBuilder sb = new StringBuilder("{\"type\":\"struct\",\"fields\":[");
        for (int i = 0; i < schema.size(); i++) {
            SqlColumn c = schema.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"name\":\"")
                    .append(c.name().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\",\"type\":\"")
                    .append(c.type().replace("\"", "\\\""))
                    .append("\",\"nullable\":true,\"metadata\":{}}");
        }
        return sb.append("]}").toString();
    }
}
