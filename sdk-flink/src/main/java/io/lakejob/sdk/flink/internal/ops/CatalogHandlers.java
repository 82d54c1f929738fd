package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.FlinkOptions;
import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.FlinkTransport;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.LocalPaths;
import io.lakejob.sdk.flink.internal.format.HeaderCsvFormatFactory;
import io.lakejob.sdk.flink.internal.metadata.MetadataSaver;
import io.lakejob.sdk.flink.internal.metadata.MetadataStore;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.running.ValueConverter;
import io.lakejob.sdk.flink.internal.targets.TargetExecutorFactory;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.CreateDatabaseRequest;
import io.lakejob.sdk.model.catalog.CreateTableRequest;
import io.lakejob.sdk.model.catalog.DataFormat;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.catalog.Database;
import io.lakejob.sdk.model.catalog.DatasourceType;
import io.lakejob.sdk.model.catalog.DeleteDatabaseRequest;
import io.lakejob.sdk.model.catalog.DeleteDatabaseResponse;
import io.lakejob.sdk.model.catalog.DeleteTableRequest;
import io.lakejob.sdk.model.catalog.DeleteTableResponse;
import io.lakejob.sdk.model.catalog.DescribeTableRequest;
import io.lakejob.sdk.model.catalog.DescribeTableResponse;
import io.lakejob.sdk.model.catalog.ListDatabasesRequest;
import io.lakejob.sdk.model.catalog.ListDatabasesResponse;
import io.lakejob.sdk.model.catalog.ListPartitionsRequest;
import io.lakejob.sdk.model.catalog.ListPartitionsResponse;
import io.lakejob.sdk.model.catalog.ListTablesRequest;
import io.lakejob.sdk.model.catalog.ListTablesResponse;
import io.lakejob.sdk.model.catalog.Partition;
import io.lakejob.sdk.model.catalog.Partitions;
import io.lakejob.sdk.model.catalog.PreviewColumn;
import io.lakejob.sdk.model.catalog.PreviewMode;
import io.lakejob.sdk.model.catalog.PreviewTableRequest;
import io.lakejob.sdk.model.catalog.PreviewTableResponse;
import io.lakejob.sdk.model.catalog.StorageProperty;
import io.lakejob.sdk.model.catalog.Table;
import io.lakejob.sdk.model.catalog.TableType;
import io.lakejob.sdk.model.catalog.TableTypeFilter;
import io.lakejob.sdk.model.catalog.UpdateDatabaseOwnerRequest;
import io.lakejob.sdk.spi.CatalogOperations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.PipelineOptionsInternal;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.table.catalog.CatalogBaseTable;
import org.apache.flink.table.catalog.CatalogDatabase;
import org.apache.flink.table.catalog.CatalogDatabaseImpl;
import org.apache.flink.table.catalog.CatalogTable;
import org.apache.flink.table.catalog.CatalogView;
import org.apache.flink.table.catalog.ObjectPath;
import org.apache.flink.table.catalog.ResolvedCatalogBaseTable;
import org.apache.flink.table.catalog.exceptions.DatabaseNotEmptyException;
import org.apache.flink.table.catalog.exceptions.DatabaseNotExistException;
import org.apache.flink.table.catalog.exceptions.TableNotExistException;
import org.apache.flink.table.factories.Factory;
import org.apache.flink.table.types.logical.utils.LogicalTypeParser;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;

/**
 * Databases, tables and partitions (reference 7.1 and 7.2) on one Flink catalog per client: a
 * {@link org.apache.flink.table.catalog.GenericInMemoryCatalog} named {@value #CATALOG_NAME} that
 * every SQL statement job's {@code TableEnvironment} uses as its current catalog (see
 * {@link #newEnvironment}; other job runners can add it with {@link #attach}).
 *
 * <ul>
 *   <li>Databases: Flink databases of the catalog; owner, enterprise project and tags are database
 *       properties ({@code owner}, {@code enterprise_project_id}, {@code tag.<key>}). Names are kept
 *       in lower case (DLI names are case-insensitive).
 *   <li>OBS tables: Flink {@code filesystem} tables over {@code data_path}, in the requested format
 *       (csv and json ship with the transport; parquet, orc and avro when their Flink format is on the
 *       class path). {@code obs://bucket/key} resolves to {@code <flink.obs.root>/bucket/key}
 *       ({@link FlinkOptions#OBS_ROOT}); csv options become Flink's {@code csv.*} options. Csv tables
 *       {@code with_column_header=true} use the format {@value HeaderCsvFormatFactory#IDENTIFIER}
 *       ({@link HeaderCsvFormatFactory}): the first line of each file is skipped when reading, and every
 *       file written into the table starts with a header line.
 *   <li>DLI tables: managed {@code filesystem} tables in json under
 *       {@code <flink.warehouse.dir>/<database>/<table>} ({@link FlinkOptions#WAREHOUSE_DIR}), deleted
 *       with the table.
 *   <li>Views: Flink views over {@code select_statement}.
 *   <li>Partitions: the {@code k=v} folders under the table's path.
 * </ul>
 */
public final class CatalogHandlers {
    /** The name of the client's catalog in every TableEnvironment. */
    public static final String CATALOG_NAME = "dli";
    /** The database every client starts with. */
    public static final String DEFAULT_DATABASE = "default";

    private static final Pattern STRUCT_FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*:");
    private static final int PREVIEW_ROWS = 10;

    private final FlinkContext ctx;
    private final CatalogInMemory catalog = new CatalogInMemory(CATALOG_NAME, DEFAULT_DATABASE);
    private final Map<String, CatalogTableInfo> tables = new ConcurrentHashMap<>();
    private final Map<String, Instant> databaseCreated = new ConcurrentHashMap<>();
    private volatile java.nio.file.Path warehouse;
    private volatile Function<String, String> asyncQuery;
    private MetadataSaver saver = MetadataSaver.NONE;

    /**
     * A stored database.
     *
     * @param name the name
     * @param comment the description
     * @param properties owner, enterprise project and tags
     * @param created when it was created
     */
    record DatabaseDoc(String name, String comment, Map<String, String> properties, Instant created) {}

    /**
     * A stored table or view, rebuilt on load by running its DDL again.
     *
     * @param database the database
     * @param table the table
     * @param info what the catalog knows of it, its DDL included
     */
    record TableDoc(String database, String table, CatalogTableInfo info) {}

    /**
     * The stored catalog.
     *
     * @param databases every database
     * @param tables every table created through the catalog API
     */
    record Doc(List<DatabaseDoc> databases, List<TableDoc> tables) {}

    /** Rebuilds the catalog an earlier client saved and saves every change. */
    public void persistIn(MetadataStore m) {
        saver = m.attach("catalog", Doc.class, this::snapshot, this::restore);
    }

    private synchronized Doc snapshot() {
        List<DatabaseDoc> dbs = new ArrayList<>();
        for (String db : catalog.listDatabases().stream().sorted().toList()) {
            CatalogDatabase d = database(db);
            dbs.add(new DatabaseDoc(
                    db, d.getComment(), new java.util.TreeMap<>(d.getProperties()), databaseCreated.get(db)));
        }
        List<TableDoc> ts = new ArrayList<>();
        new java.util.TreeMap<>(tables).forEach((k, info) -> {
            int dot = k.indexOf('.');
            ts.add(new TableDoc(k.substring(0, dot), k.substring(dot + 1), info));
        });
        return new Doc(dbs, ts);
    }

    private synchronized void restore(Doc d) {
        try {
            for (DatabaseDoc db : d.databases()) {
                CatalogDatabaseImpl impl = new CatalogDatabaseImpl(db.properties(), db.comment());
                if (catalog.databaseExists(db.name())) {
                    catalog.alterDatabase(db.name(), impl, false);
                } else {
                    catalog.createDatabase(db.name(), impl, false);
                }
                if (db.created() != null) {
                    databaseCreated.put(db.name(), db.created());
                }
            }
        } catch (org.apache.flink.table.catalog.exceptions.CatalogException
                | DatabaseNotExistException
                | org.apache.flink.table.catalog.exceptions.DatabaseAlreadyExistException e) {
            throw new io.lakejob.sdk.exception.LakeJobException("Cannot restore the catalog: " + e.getMessage(), e);
        }
        Map<String, TableEnvironment> envs = new HashMap<>();
        for (TableDoc t : d.tables()) {
            envs.computeIfAbsent(t.database(), this::ddlEnvironment)
                    .executeSql(t.info().createSql());
            tables.put(key(t.database(), t.table()), t.info());
        }
    }

    /**
     * What the catalog remembers about a table besides Flink's definition.
     *
     * @param location where the data lives
     * @param format the data format, or {@code null} for views
     * @param dataPath the path as the user gave it ({@code obs://...}), or {@code null}
     * @param flinkPath the path Flink reads, or {@code null} for views
     * @param owner the owner
     * @param created when it was created
     * @param createSql the Flink DDL that created it
     */
    record CatalogTableInfo(
            DataLocation location,
            DataFormat format,
            String dataPath,
            String flinkPath,
            String owner,
            Instant created,
            String createSql) {}

    /**
     * Creates the handler group with an empty {@code default} database.
     *
     * @param ctx the shared context
     */
    public CatalogHandlers(FlinkContext ctx) {
        this.ctx = ctx;
        catalog.open();
        databaseCreated.put(DEFAULT_DATABASE, ctx.clock().instant());
    }

    /**
     * Registers the catalog operations.
     *
     * @param r the registry
     */
    public void register(HandlerRegistry r) {
        r.handle(CatalogOperations.CREATE_DATABASE, this::createDatabase);
        r.handle(CatalogOperations.DELETE_DATABASE, this::deleteDatabase);
        r.handle(CatalogOperations.LIST_DATABASES, this::listDatabases);
        r.handle(CatalogOperations.UPDATE_DATABASE_OWNER, this::updateOwner);
        r.handle(CatalogOperations.CREATE_TABLE, this::createTable);
        r.handle(CatalogOperations.DELETE_TABLE, this::deleteTable);
        r.handle(CatalogOperations.LIST_TABLES, this::listTables);
        r.handle(CatalogOperations.DESCRIBE_TABLE, this::describeTable);
        r.handle(CatalogOperations.PREVIEW_TABLE, this::previewTable);
        r.handle(CatalogOperations.LIST_PARTITIONS, this::listPartitions);
    }

    /**
     * Sets how an {@code ASYNC} table preview submits its query as a SQL job.
     *
     * @param submitQuery takes a query, returns the new SQL job's id
     */
    void asyncQueries(Function<String, String> submitQuery) {
        this.asyncQuery = submitQuery;
    }

    /**
     * Adds the client's catalog to a TableEnvironment as {@code dli}, without making it current.
     *
     * @param tEnv the environment
     */
    public void register(TableEnvironment tEnv) {
        tEnv.registerCatalog(CATALOG_NAME, catalog);
    }

    /**
     * Adds the client's catalog to a TableEnvironment and makes it the current catalog.
     *
     * @param tEnv the environment
     * @param currentDatabase the database to use, or {@code null} for {@code default}
     */
    public void attach(TableEnvironment tEnv, String currentDatabase) {
        tEnv.registerCatalog(CATALOG_NAME, catalog);
        tEnv.useCatalog(CATALOG_NAME);
        String db = currentDatabase == null ? DEFAULT_DATABASE : name(currentDatabase);
        if (!catalog.databaseExists(db)) {
            throw LocalErrors.notFound("Database " + db);
        }
        tEnv.useDatabase(db);
    }

    /**
     * A batch TableEnvironment over the client's catalog that runs its jobs on a target.
     *
     * @param target where its jobs run
     * @param currentDatabase the current database, or {@code null} for {@code default}
     * @param conf extra Flink configuration
     * @param jobId the Flink job id its job gets, or {@code null} for a random one
     * @param jobName the Flink job name
     * @return the environment
     */
    public TableEnvironment newEnvironment(
            TargetSettings target, String currentDatabase, Map<String, String> conf, JobID jobId, String jobName) {
        ctx.targets().get(target).open();
        String executorId = ctx.targets().executorId(target);
        Configuration c = new Configuration();
        c.setString("parallelism.default", "1");
        c.setString("restart-strategy.type", "none");
        conf.forEach(c::setString);
        TargetExecutorFactory.configure(c, executorId);
        c.set(PipelineOptions.NAME, jobName);
        if (jobId != null) {
            c.set(PipelineOptionsInternal.PIPELINE_FIXED_JOB_ID, jobId.toHexString());
        }
        TableEnvironment tEnv = TableEnvironment.create(EnvironmentSettings.newInstance()
                .withConfiguration(c)
                .inBatchMode()
                .build());
        attach(tEnv, currentDatabase);
        return tEnv;
    }

    /** A TableEnvironment for DDL only: it never submits a job. */
    private TableEnvironment ddlEnvironment(String db) {
        TableEnvironment tEnv = TableEnvironment.create(EnvironmentSettings.inBatchMode());
        attach(tEnv, db);
        return tEnv;
    }

    // ---------------------------------------------------------------- databases

    private BasicResponse createDatabase(CreateDatabaseRequest q) {
        String db = name(q.databaseName());
        if (catalog.databaseExists(db)) {
            throw LocalErrors.exists("Database " + db);
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("owner", owner());
        if (q.enterpriseProjectId() != null) {
            props.put("enterprise_project_id", q.enterpriseProjectId());
        }
        q.tags().forEach(t -> props.put("tag." + t.key(), t.value()));
        try {
            catalog.createDatabase(db, new CatalogDatabaseImpl(props, q.description()), false);
        } catch (org.apache.flink.table.catalog.exceptions.DatabaseAlreadyExistException e) {
            throw LocalErrors.exists("Database " + db);
        }
        databaseCreated.put(db, ctx.clock().instant());
        saver.save();
        return new BasicResponse(true, "");
    }

    private DeleteDatabaseResponse deleteDatabase(DeleteDatabaseRequest q) {
        String db = name(q.databaseName());
        boolean cascade = Boolean.TRUE.equals(q.cascade());
        List<String> names = tableNames(db);
        if (!names.isEmpty() && !cascade) {
            throw LocalErrors.unavailable("Database " + db + " is not empty; delete it with cascade=true");
        }
        for (String t : names) {
            dropTable(db, t);
        }
        try {
            catalog.dropDatabase(db, false, cascade);
        } catch (DatabaseNotExistException e) {
            throw LocalErrors.notFound("Database " + db);
        } catch (DatabaseNotEmptyException e) {
            throw LocalErrors.unavailable("Database " + db + " is not empty; delete it with cascade=true");
        }
        databaseCreated.remove(db);
        saver.save();
        return new DeleteDatabaseResponse(true, "", null, null, "sync");
    }

    private ListDatabasesResponse listDatabases(ListDatabasesRequest q) {
        String keyword = q.keyword() == null ? null : q.keyword().toLowerCase(Locale.ROOT);
        List<Database> all = new ArrayList<>();
        for (String db : catalog.listDatabases().stream().sorted().toList()) {
            if (keyword != null && !db.contains(keyword)) {
                continue;
            }
            CatalogDatabase d = database(db);
            if (q.tags() != null && !tagsMatch(d.getProperties(), q.tags())) {
                continue;
            }
            all.add(Database.builder()
                    .databaseName(db)
                    .owner(d.getProperties().getOrDefault("owner", owner()))
                    .tableNumber(tableNames(db).size())
                    .description(d.getComment())
                    .enterpriseProjectId(d.getProperties().getOrDefault("enterprise_project_id", "0"))
                    .build());
        }
        int offset = q.offset() == null ? 0 : q.offset();
        int limit = q.limit() == null || q.limit() == 0 ? all.size() : q.limit();
        return new ListDatabasesResponse(true, "", all.size(), page(all, offset, limit));
    }

    private BasicResponse updateOwner(UpdateDatabaseOwnerRequest q) {
        String db = name(q.databaseName());
        CatalogDatabase d = database(db);
        Map<String, String> props = new HashMap<>(d.getProperties());
        props.put("owner", q.newOwner());
        try {
            catalog.alterDatabase(db, new CatalogDatabaseImpl(props, d.getComment()), false);
        } catch (DatabaseNotExistException e) {
            throw LocalErrors.notFound("Database " + db);
        }
        saver.save();
        return new BasicResponse(true, "");
    }

    // ---------------------------------------------------------------- tables

    private BasicResponse createTable(CreateTableRequest q) {
        String db = name(q.databaseName());
        String table = name(q.tableName());
        database(db);
        if (catalog.tableExists(new ObjectPath(db, table))) {
            throw LocalErrors.exists("Table " + db + "." + table);
        }
        String sql;
        DataFormat format = null;
        String flinkPath = null;
        if (q.dataLocation().equals(DataLocation.VIEW)) {
            sql = "CREATE VIEW " + ident(db, table)
                    + (q.description() == null ? "" : " COMMENT " + literal(q.description())) + " AS "
                    + q.selectStatement();
        } else {
            Map<String, String> options = new LinkedHashMap<>();
            options.put("connector", "filesystem");
            if (q.dataLocation().equals(DataLocation.OBS)) {
                format = q.dataType();
                flinkPath = flinkPath(q.dataPath());
            } else {
                format = DataFormat.JSON;
                flinkPath = managedPath(db, table).toUri().toString();
            }
            requireFormat("CreateTable", format.value());
            options.put("path", flinkPath);
            if (format.equals(DataFormat.CSV) && Boolean.TRUE.equals(q.withColumnHeader())) {
                // Files with a header line: our format skips it when reading and writes it into new files.
                options.put("format", HeaderCsvFormatFactory.IDENTIFIER);
                options.put(HeaderCsvFormatFactory.IDENTIFIER + "." + HeaderCsvFormatFactory.HEADER.key(), "true");
                csvOptions(q, options, HeaderCsvFormatFactory.IDENTIFIER + ".");
            } else {
                options.put("format", format.value());
                csvOptions(q, options, "csv.");
            }
            sql = tableDdl(db, table, q.columns(), q.description(), options);
        }
        try {
            ddlEnvironment(db).executeSql(sql);
        } catch (ServiceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceException(400, "DLI.0005", SqlJobRunner.rootMessage(e), null, false, e);
        }
        tables.put(
                key(db, table),
                new CatalogTableInfo(
                        q.dataLocation(),
                        format,
                        q.dataPath(),
                        flinkPath,
                        owner(),
                        ctx.clock().instant(),
                        sql));
        saver.save();
        return new BasicResponse(true, "");
    }

    /** Adds the request's csv options, each key after the format's prefix ({@code csv.} or {@code lakejob-csv.}). */
    private static void csvOptions(CreateTableRequest q, Map<String, String> options, String prefix) {
        if (q.delimiter() != null) {
            options.put(prefix + "field-delimiter", singleChar("delimiter", q.delimiter()));
        }
        if (q.quoteChar() != null && q.quoteChar().isEmpty()) {
            // An empty quote character means none, as on DLI.
            options.put(prefix + "disable-quote-character", "true");
        } else if (q.quoteChar() != null) {
            options.put(prefix + "quote-character", singleChar("quote_char", q.quoteChar()));
        }
        // An empty escape character means none, which is Flink's default.
        if (q.escapeChar() != null && !q.escapeChar().isEmpty()) {
            options.put(prefix + "escape-character", singleChar("escape_char", q.escapeChar()));
        }
        if (q.dateFormat() != null && !q.dateFormat().equals("yyyy-MM-dd")) {
            throw new NotSupportedException(
                    "CreateTable", FlinkTransport.NAME, "date_format other than yyyy-MM-dd (Flink reads SQL dates)");
        }
        if (q.timestampFormat() != null && !q.timestampFormat().equals("yyyy-MM-dd HH:mm:ss")) {
            throw new NotSupportedException(
                    "CreateTable",
                    FlinkTransport.NAME,
                    "timestamp_format other than yyyy-MM-dd HH:mm:ss (Flink reads SQL time stamps)");
        }
    }

    static String singleChar(String field, String value) {
        String v = value.equals("\\t") ? "\t" : value;
        if (v.length() != 1) {
            throw LocalErrors.invalid(field, "must be one character on Flink, was '" + value + "'");
        }
        return v;
    }

    /** Checks that a Flink format with this identifier is on the class path. */
    public static void requireFormat(String operation, String format) {
        for (Factory f : ServiceLoader.load(Factory.class, CatalogHandlers.class.getClassLoader())) {
            if (f.factoryIdentifier().equals(format)) {
                return;
            }
        }
        throw new NotSupportedException(
                operation,
                FlinkTransport.NAME,
                "data format " + format + ": add the flink-" + format + " format to the class path");
    }

    private static String tableDdl(
            String db, String table, List<Column> columns, String comment, Map<String, String> options) {
        StringBuilder sb =
                new StringBuilder("CREATE TABLE ").append(ident(db, table)).append(" (\n");
        List<String> partitions = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            sb.append("  ").append(quote(name(c.columnName()))).append(' ').append(flinkType(c.type()));
            if (c.description() != null) {
                sb.append(" COMMENT ").append(literal(c.description()));
            }
            sb.append(i + 1 < columns.size() ? ",\n" : "\n");
            if (c.partitioned()) {
                partitions.add(quote(name(c.columnName())));
            }
        }
        sb.append(")");
        if (comment != null) {
            sb.append(" COMMENT ").append(literal(comment));
        }
        if (!partitions.isEmpty()) {
            sb.append(" PARTITIONED BY (").append(String.join(", ", partitions)).append(")");
        }
        sb.append(" WITH (");
        List<String> opts = new ArrayList<>();
        options.forEach((k, v) -> opts.add(literal(k) + " = " + literal(v)));
        return sb.append(String.join(", ", opts)).append(")").toString();
    }

    /**
     * A DLI (Spark/Hive) column type as a Flink SQL type: {@code struct<a:int>} becomes
     * {@code ROW<a int>}; the rest is Flink's syntax already. Unknown types are a DLI.0001 error.
     *
     * @param type the DLI type
     * @return the Flink type
     */
    static String flinkType(String type) {
        String t = type.trim();
        if (t.toLowerCase(Locale.ROOT).contains("struct<")) {
            t = t.replaceAll("(?i)struct<", "ROW<");
            Matcher m = STRUCT_FIELD.matcher(t);
            t = m.replaceAll("`$1` ");
        }
        try {
            LogicalTypeParser.parse(t, CatalogHandlers.class.getClassLoader());
        } catch (RuntimeException e) {
            throw LocalErrors.invalid("type", "'" + type + "' is not a type Flink knows: " + e.getMessage());
        }
        return t;
    }

    private DeleteTableResponse deleteTable(DeleteTableRequest q) {
        String db = name(q.databaseName());
        database(db);
        dropTable(db, name(q.tableName()));
        return new DeleteTableResponse(true, "", "sync");
    }

    private void dropTable(String db, String table) {
        try {
            catalog.dropTable(new ObjectPath(db, table), false);
        } catch (TableNotExistException e) {
            throw LocalErrors.notFound("Table " + db + "." + table);
        }
        CatalogTableInfo info = tables.remove(key(db, table));
        saver.save();
        if (info != null && info.location().equals(DataLocation.DLI)) {
            try {
                Path p = new Path(info.flinkPath());
                p.getFileSystem().delete(p, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the data of " + db + "." + table, e);
            }
        }
    }

    private ListTablesResponse listTables(ListTablesRequest q) {
        String db = name(q.databaseName());
        database(db);
        String keyword = q.keyword() == null ? null : q.keyword().toLowerCase(Locale.ROOT);
        boolean detail = Boolean.TRUE.equals(q.withDetail());
        List<Table> all = new ArrayList<>();
        for (String t : tableNames(db)) {
            if (keyword != null && !t.contains(keyword)) {
                continue;
            }
            CatalogTableInfo info = info(db, t);
            TableType type = tableType(info);
            if (q.tableType() != null && !filterType(type).equals(q.tableType())) {
                continue;
            }
            if (q.datasourceType() != null
                    && !(q.datasourceType().equals(DatasourceType.DLI)
                                    && info.location().equals(DataLocation.DLI)
                            || q.datasourceType().equals(DatasourceType.OBS)
                                    && info.location().equals(DataLocation.OBS))) {
                continue;
            }
            Table.Builder b = Table.builder().tableName(t).tableType(type).dataLocation(info.location());
            if (detail && !Boolean.TRUE.equals(q.withoutTablemeta())) {
                b.createTime(info.created())
                        .lastAccessTime(info.created())
                        .owner(info.owner())
                        .dataType(info.location().equals(DataLocation.OBS) ? info.format() : null)
                        .location(info.location().equals(DataLocation.OBS) ? info.dataPath() : null)
                        .tableSize(info.flinkPath() == null ? 0L : folderStats(info.flinkPath())[1])
                        .partitionColumns(partitionKeys(db, t))
                        .pageSize(q.pageSize())
                        .currentPage(q.currentPage());
            }
            all.add(b.build());
        }
        int size = q.pageSize() == null ? Math.max(all.size(), 1) : q.pageSize();
        int pageNo = q.currentPage() == null ? 1 : q.currentPage();
        return new ListTablesResponse(true, "", all.size(), page(all, (pageNo - 1) * size, size));
    }

    private DescribeTableResponse describeTable(DescribeTableRequest q) {
        String db = name(q.databaseName());
        String table = name(q.tableName());
        CatalogBaseTable t = table(db, table);
        CatalogTableInfo info = info(db, table);
        List<String> partitionKeys = partitionKeys(db, table);
        List<Column> columns = new ArrayList<>();
        for (String[] c : columnsOf(t)) {
            columns.add(new Column(c[0], c[1], c[2], partitionKeys.contains(c[0])));
        }
        List<StorageProperty> storage = new ArrayList<>();
        if (t instanceof CatalogTable ct) {
            ct.getOptions().forEach((k, v) -> storage.add(StorageProperty.of(k, v)));
        }
        return DescribeTableResponse.builder()
                .isSuccess(true)
                .message("")
                .columnCount(columns.size())
                .columns(columns)
                .tableType(tableType(info))
                .dataType(info.format())
                .dataLocation(info.location().equals(DataLocation.OBS) ? info.dataPath() : info.flinkPath())
                .storageProperties(storage)
                .tableComment(t.getComment())
                .createTableSql(info.createSql())
                .build();
    }

    private PreviewTableResponse previewTable(PreviewTableRequest q) {
        String db = name(q.databaseName());
        String table = name(q.tableName());
        CatalogBaseTable t = table(db, table);
        String sql = "SELECT * FROM " + ident(db, table) + " LIMIT " + PREVIEW_ROWS;
        if (PreviewMode.ASYNC.equals(q.mode())) {
            if (asyncQuery == null) {
                throw new NotSupportedException("PreviewTable", FlinkTransport.NAME, "ASYNC mode");
            }
            return new PreviewTableResponse(true, "", List.of(), List.of(), asyncQuery.apply(sql));
        }
        List<PreviewColumn> schema = new ArrayList<>();
        for (String[] c : columnsOf(t)) {
            schema.add(PreviewColumn.of(c[0], c[1]));
        }
        List<List<String>> rows = new ArrayList<>();
        try {
            TableResult r = newEnvironment(
                            ctx.targets().clientDefault(), db, Map.of(), null, "preview " + db + "." + table)
                    .executeSql(sql);
            try (CloseableIterator<Row> it = r.collect()) {
                while (it.hasNext()) {
                    Row row = it.next();
                    List<String> values = new ArrayList<>(row.getArity());
                    for (int i = 0; i < row.getArity(); i++) {
                        Object v = ValueConverter.toJava(row.getField(i));
                        values.add(v == null ? null : String.valueOf(v));
                    }
                    rows.add(values);
                }
            }
        } catch (ServiceException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new ServiceException(
                    400,
                    "DLI.0005",
                    "Cannot read " + db + "." + table + ": " + SqlJobRunner.rootMessage(e),
                    null,
                    false,
                    e);
        }
        return new PreviewTableResponse(true, "", schema, rows, null);
    }

    private ListPartitionsResponse listPartitions(ListPartitionsRequest q) {
        String db = name(q.databaseName());
        String table = name(q.tableName());
        table(db, table);
        List<String> keys = partitionKeys(db, table);
        if (keys.isEmpty()) {
            throw LocalErrors.invalid("table_name", db + "." + table + " is not a partitioned table");
        }
        CatalogTableInfo info = info(db, table);
        List<Partition> all = new ArrayList<>();
        try {
            Path root = new Path(info.flinkPath());
            FileSystem fs = root.getFileSystem();
            if (fs.exists(root)) {
                collectPartitions(fs, root, keys, 0, "", all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the partitions of " + db + "." + table, e);
        }
        if (q.filter() != null) {
            String f = q.filter().replace(" ", "").toLowerCase(Locale.ROOT);
            all.removeIf(p -> !("/" + p.partitionName().toLowerCase(Locale.ROOT) + "/").contains("/" + f + "/"));
        }
        all.sort(Comparator.comparing(Partition::partitionName));
        int offset = q.offset() == null ? 0 : q.offset();
        int limit = q.limit() == null || q.limit() == 0 ? all.size() : q.limit();
        return new ListPartitionsResponse(true, "", new Partitions((long) all.size(), page(all, offset, limit)));
    }

    private void collectPartitions(
            FileSystem fs, Path dir, List<String> keys, int depth, String prefix, List<Partition> out)
            throws IOException {
        FileStatus[] children = fs.listStatus(dir);
        if (children == null) {
            return;
        }
        for (FileStatus s : children) {
            String n = s.getPath().getName();
            int eq = n.indexOf('=');
            if (!s.isDir() || eq < 0 || !n.substring(0, eq).equalsIgnoreCase(keys.get(depth))) {
                continue;
            }
            String partName = prefix.isEmpty() ? n : prefix + "/" + n;
            if (depth + 1 < keys.size()) {
                collectPartitions(fs, s.getPath(), keys, depth + 1, partName, out);
            } else {
                long[] stats = folderStats(s.getPath().toString());
                Instant modified = Instant.ofEpochMilli(s.getModificationTime());
                out.add(Partition.builder()
                        .partitionName(partName)
                        .createTime(modified)
                        .lastAccessTime(modified)
                        .locations(List.of(s.getPath().toString()))
                        .lastDdlTime(modified.getEpochSecond())
                        .numRows(-1L)
                        .numFiles(stats[0])
                        .totalSize(stats[1])
                        .build());
            }
        }
    }

    /** @return {files, bytes} of the visible data files under a path */
    private static long[] folderStats(String path) {
        long[] acc = new long[2];
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem();
            if (fs.exists(p)) {
                walk(fs, p, acc);
            }
        } catch (IOException e) {
            return acc;
        }
        return acc;
    }

    private static void walk(FileSystem fs, Path p, long[] acc) throws IOException {
        FileStatus[] children = fs.listStatus(p);
        if (children == null) {
            return;
        }
        for (FileStatus s : children) {
            String n = s.getPath().getName();
            if (n.startsWith(".") || n.startsWith("_")) {
                continue;
            }
            if (s.isDir()) {
                walk(fs, s.getPath(), acc);
            } else {
                acc[0]++;
                acc[1] += s.getLen();
            }
        }
    }

    // ---------------------------------------------------------------- shared helpers

    /**
     * The Flink path for a data path: {@code obs://bucket/key} maps to {@code <flink.obs.root>/bucket/key},
     * a bare absolute path to a {@code file://} URI, other URIs are kept.
     *
     * @param dataPath the path as given
     * @return a path Flink's file systems can open
     */
    public String flinkPath(String dataPath) {
        String p = dataPath.trim();
        if (p.regionMatches(true, 0, "obs://", 0, 6)) {
            String root = obsRoot();
            String key = p.substring(6);
            for (String segment : key.split("/", -1)) {
                if (segment.equals("..") || segment.equals(".") || segment.indexOf('\\') >= 0) {
                    throw LocalErrors.invalid("data_path", "'" + dataPath + "' leads out of its bucket");
                }
            }
            String mapped = (root.endsWith("/") ? root : root + "/") + key;
            if (root.regionMatches(true, 0, "file:", 0, 5)) {
                // A local OBS root: no link inside it may lead out either.
                java.nio.file.Path base = java.nio.file.Path.of(URI.create(root));
                LocalPaths.inside(base, base.resolve(key), "data_path");
            }
            return mapped;
        }
        java.nio.file.Path local = localPath(p);
        if (local != null) {
            // A local folder a request names: one requests may use (FlinkOptions.ALLOWED_LOCATIONS).
            return ctx.locations()
                    .local("data_path", local, warehouse())
                    .toUri()
                    .toString();
        }
        return p;
    }

    /** @return the local path a data path names (no scheme, or {@code file:}), or {@code null} for other file systems */
    private static java.nio.file.Path localPath(String p) {
        try {
            URI u = new URI(p);
            if (u.getScheme() == null || u.getScheme().length() == 1) {
                return java.nio.file.Path.of(p);
            }
            return u.getScheme().equalsIgnoreCase("file")
                    ? java.nio.file.Path.of(
                            new org.apache.flink.core.fs.Path(p).toUri().getPath())
                    : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return java.nio.file.Path.of(p);
        }
    }

    private String obsRoot() {
        String root = ctx.configuration().properties().get(FlinkOptions.OBS_ROOT);
        if (root != null) {
            return root.startsWith("/") ? new java.io.File(root).toURI().toString() : root;
        }
        return warehouse().resolve("obs").toUri().toString();
    }

    /** @return the warehouse folder, created on first use */
    java.nio.file.Path warehouse() {
        java.nio.file.Path w = warehouse;
        if (w == null) {
            synchronized (this) {
                if (warehouse == null) {
                    String configured = ctx.configuration().properties().get(FlinkOptions.WAREHOUSE_DIR);
                    try {
                        java.nio.file.Path metadataDir = ctx.metadata().directory();
                        warehouse = configured != null
                                ? Files.createDirectories(java.nio.file.Path.of(configured))
                                : metadataDir != null
                                        // Managed tables must outlive the client like their metadata.
                                        ? Files.createDirectories(metadataDir.resolve("warehouse"))
                                        : Files.createTempDirectory("lakejob-warehouse-");
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot create the warehouse directory", e);
                    }
                }
                w = warehouse;
            }
        }
        return w;
    }

    private java.nio.file.Path managedPath(String db, String table) {
        java.nio.file.Path database = LocalPaths.child(warehouse(), db, "database_name");
        return LocalPaths.child(database, table, "table_name");
    }

    /**
     * The physical (non-partition) and partition columns of a table: {name, type, comment}.
     *
     * @param db the database
     * @param table the table
     * @return the columns in order
     */
    List<String[]> columns(String db, String table) {
        return columnsOf(table(db, table));
    }

    /**
     * The partition columns of a table.
     *
     * @param db the database
     * @param table the table
     * @return the partition keys, maybe empty
     */
    List<String> partitionKeys(String db, String table) {
        CatalogBaseTable t = table(db, table);
        return t instanceof CatalogTable ct ? ct.getPartitionKeys() : List.of();
    }

    private static List<String[]> columnsOf(CatalogBaseTable t) {
        List<String[]> out = new ArrayList<>();
        if (t instanceof ResolvedCatalogBaseTable<?> r) {
            for (org.apache.flink.table.catalog.Column c : r.getResolvedSchema().getColumns()) {
                out.add(new String[] {
                    c.getName(),
                    c.getDataType().getLogicalType().asSummaryString().toLowerCase(Locale.ROOT),
                    c.getComment().orElse(null)
                });
            }
        } else {
            for (org.apache.flink.table.api.Schema.UnresolvedColumn c :
                    t.getUnresolvedSchema().getColumns()) {
                String type = c instanceof org.apache.flink.table.api.Schema.UnresolvedPhysicalColumn p
                        ? p.getDataType().toString().toLowerCase(Locale.ROOT)
                        : "";
                out.add(new String[] {c.getName(), type, c.getComment().orElse(null)});
            }
        }
        return out;
    }

    /**
     * A table of the catalog, else DLI.0002.
     *
     * @param db the database
     * @param table the table
     * @return Flink's definition
     */
    CatalogBaseTable table(String db, String table) {
        database(db);
        try {
            return catalog.getTable(new ObjectPath(db, table));
        } catch (TableNotExistException e) {
            throw LocalErrors.notFound("Table " + db + "." + table);
        }
    }

    /**
     * What the catalog knows about a table; tables created by SQL statements get a description from
     * their Flink definition.
     */
    CatalogTableInfo info(String db, String table) {
        CatalogTableInfo info = tables.get(key(db, table));
        if (info != null) {
            return info;
        }
        CatalogBaseTable t = table(db, table);
        if (t instanceof CatalogView) {
            return new CatalogTableInfo(DataLocation.VIEW, null, null, null, owner(), null, null);
        }
        Map<String, String> options = t instanceof CatalogTable ct ? ct.getOptions() : Map.of();
        String format = options.get("format");
        if (HeaderCsvFormatFactory.IDENTIFIER.equals(format)) {
            format = DataFormat.CSV.value();
        }
        return new CatalogTableInfo(
                DataLocation.OBS,
                format == null ? null : DataFormat.of(format),
                options.get("path"),
                options.get("path"),
                owner(),
                null,
                null);
    }

    private static TableType tableType(CatalogTableInfo info) {
        if (info.location().equals(DataLocation.VIEW)) {
            return TableType.VIEW;
        }
        return info.location().equals(DataLocation.DLI) ? TableType.MANAGED : TableType.EXTERNAL;
    }

    private static TableTypeFilter filterType(TableType t) {
        if (t.equals(TableType.VIEW)) {
            return TableTypeFilter.VIRTUAL_VIEW;
        }
        return t.equals(TableType.MANAGED) ? TableTypeFilter.MANAGED_TABLE : TableTypeFilter.EXTERNAL_TABLE;
    }

    private CatalogDatabase database(String db) {
        try {
            return catalog.getDatabase(db);
        } catch (DatabaseNotExistException e) {
            throw LocalErrors.notFound("Database " + db);
        }
    }

    private List<String> tableNames(String db) {
        try {
            return catalog.listTables(db).stream().sorted().toList();
        } catch (DatabaseNotExistException e) {
            throw LocalErrors.notFound("Database " + db);
        }
    }

    private static boolean tagsMatch(Map<String, String> props, String filter) {
        for (String pair : filter.split(",")) {
            int eq = pair.indexOf('=');
            String k = (eq < 0 ? pair : pair.substring(0, eq)).trim();
            String v = eq < 0 ? null : pair.substring(eq + 1).trim();
            String have = props.get("tag." + k);
            if (have == null || v != null && !have.contains(v)) {
                return false;
            }
        }
        return true;
    }

    static <T> List<T> page(List<T> all, int offset, int limit) {
        if (offset >= all.size() || limit <= 0) {
            return List.of();
        }
        return List.copyOf(all.subList(offset, Math.min(all.size(), offset + limit)));
    }

    /** @return the user the transport records as owner: the JVM's user */
    public static String owner() {
        return System.getProperty("user.name", "lakejob");
    }

    /** @return a DLI name as the catalog keeps it (lower case) */
    static String name(String n) {
        return n.toLowerCase(Locale.ROOT);
    }

    private static String key(String db, String table) {
        return db + "." + table;
    }

    /** @return the quoted identifier {@code `dli`.`db`.`table`} */
    static String ident(String db, String table) {
        return quote(CATALOG_NAME) + "." + quote(db) + "." + quote(table);
    }

    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
