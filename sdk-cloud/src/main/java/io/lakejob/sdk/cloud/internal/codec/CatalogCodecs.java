package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.catalog.Column;
import io.lakejob.sdk.model.catalog.CreateDatabaseRequest;
import io.lakejob.sdk.model.catalog.CreateTableRequest;
import io.lakejob.sdk.model.catalog.DataFormat;
import io.lakejob.sdk.model.catalog.DataLocation;
import io.lakejob.sdk.model.catalog.Database;
import io.lakejob.sdk.model.catalog.DeleteDatabaseResponse;
import io.lakejob.sdk.model.catalog.DeleteTableResponse;
import io.lakejob.sdk.model.catalog.DescribeTableResponse;
import io.lakejob.sdk.model.catalog.ListDatabasesResponse;
import io.lakejob.sdk.model.catalog.ListPartitionsResponse;
import io.lakejob.sdk.model.catalog.ListTablesResponse;
import io.lakejob.sdk.model.catalog.Partition;
import io.lakejob.sdk.model.catalog.Partitions;
import io.lakejob.sdk.model.catalog.PreviewColumn;
import io.lakejob.sdk.model.catalog.PreviewTableResponse;
import io.lakejob.sdk.model.catalog.StorageProperty;
import io.lakejob.sdk.model.catalog.Table;
import io.lakejob.sdk.model.catalog.TableType;
import io.lakejob.sdk.spi.CatalogOperations;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The wire mapping of the catalog operations: databases (7.1.1-7.1.4), tables and partitions (7.2.1-7.2.6). */
final class CatalogCodecs {
    private CatalogCodecs() {}

    /**
     * The catalog codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 7.1.1 POST /v1.0/{project_id}/databases
                RestCodec.of(CatalogOperations.CREATE_DATABASE)
                        .body(CatalogCodecs::createDatabaseBody)
                        .decode(BasicAnswers::basic)
                        .build(),
                // 7.1.2 DELETE /v1.0/{project_id}/databases/{database_name}?cascade=&async=
                RestCodec.of(CatalogOperations.DELETE_DATABASE)
                        .path(r -> Map.of("database_name", r.databaseName()))
                        .query((r, q) -> q.add("cascade", r.cascade()).add("async", r.async()))
                        .decodeAs(WireJob.class, w -> {
                            return new DeleteDatabaseResponse(
                                    w.isSuccess(), w.message(), w.jobId(), w.jobType(), w.jobMode());
                        })
                        .build(),
                // 7.1.3 GET /v1.0/{project_id}/databases
                RestCodec.of(CatalogOperations.LIST_DATABASES)
                        .query((r, q) -> q.add("with-priv", r.withPriv())
                                .add("offset", r.offset())
                                .add("limit", r.limit())
                                .add("keyword", r.keyword())
                                .add("tags", r.tags()))
                        .decode(CatalogCodecs::databases)
                        .build(),
                // 7.1.4 PUT /v1.0/{project_id}/databases/{database_name}/owner
                RestCodec.of(CatalogOperations.UPDATE_DATABASE_OWNER)
                        .path(r -> Map.of("database_name", r.databaseName()))
                        .body(r ->
                                JsonBody.object().put("new_owner", r.newOwner()).toMap())
                        .decode(BasicAnswers::basic)
                        .build(),
                // 7.2.1 POST /v1.0/{project_id}/databases/{database_name}/tables
                RestCodec.of(CatalogOperations.CREATE_TABLE)
                        .path(r -> Map.of("database_name", r.databaseName()))
                        .body(CatalogCodecs::createTableBody)
                        .decode(BasicAnswers::basic)
                        .build(),
                // 7.2.2 DELETE /v1.0/{project_id}/databases/{database_name}/tables/{table_name}?async=
                RestCodec.of(CatalogOperations.DELETE_TABLE)
                        .path(r -> Map.of("database_name", r.databaseName(), "table_name", r.tableName()))
                        .query((r, q) -> q.add("async", r.async()))
                        .decodeAs(WireJob.class, w -> {
                            return new DeleteTableResponse(w.isSuccess(), w.message(), w.jobMode());
                        })
                        .build(),
                // 7.2.3 GET /v1.0/{project_id}/databases/{database_name}/tables
                RestCodec.of(CatalogOperations.LIST_TABLES)
                        .path(r -> Map.of("database_name", r.databaseName()))
                        .query((r, q) -> q.add("keyword", r.keyword())
                                .add("with-detail", r.withDetail())
                                .add("page-size", r.pageSize())
                                .add("current-page", r.currentPage())
                                .add("with-priv", r.withPriv())
                                .add("table-type", r.tableType())
                                .add("datasource-type", r.datasourceType())
                                .add("without-tablemeta", r.withoutTablemeta()))
                        .decode(CatalogCodecs::tables)
                        .build(),
                // 7.2.4 GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}
                RestCodec.of(CatalogOperations.DESCRIBE_TABLE)
                        .path(r -> Map.of("database_name", r.databaseName(), "table_name", r.tableName()))
                        .decode(CatalogCodecs::describe)
                        .build(),
                // 7.2.5 GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}/preview?mode=
                RestCodec.of(CatalogOperations.PREVIEW_TABLE)
                        .path(r -> Map.of("database_name", r.databaseName(), "table_name", r.tableName()))
                        .query((r, q) -> q.add("mode", r.mode()))
                        .decode(CatalogCodecs::preview)
                        .build(),
                // 7.2.6 GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}/partitions
                RestCodec.of(CatalogOperations.LIST_PARTITIONS)
                        .path(r -> Map.of("database_name", r.databaseName(), "table_name", r.tableName()))
                        .query((r, q) -> q.add("limit", r.limit())
                                .add("offset", r.offset())
                                .add("filter", r.filter()))
                        .decode(CatalogCodecs::partitions)
                        .build());
    }

    private static Object createDatabaseBody(CreateDatabaseRequest r) {
        return JsonBody.object()
                .put("database_name", r.databaseName())
                .put("description", r.description())
                .put("enterprise_project_id", r.enterpriseProjectId())
                .put("tags", r.tags())
                .toMap();
    }

    private static Object createTableBody(CreateTableRequest r) {
        List<Object> columns = new ArrayList<>();
        for (Column c : r.columns()) {
            columns.add(JsonBody.object()
                    .put("column_name", c.columnName())
                    .put("type", c.type())
                    .put("description", c.description())
                    .put("is_partition_column", c.isPartitionColumn())
                    .toMap());
        }
        return JsonBody.object()
                .put("table_name", r.tableName())
                .put("data_location", r.dataLocation())
                .put("description", r.description())
                .put("columns", columns)
                .put("select_statement", r.selectStatement())
                .put("data_type", r.dataType())
                .put("data_path", r.dataPath())
                .put("with_column_header", r.withColumnHeader())
                .put("delimiter", r.delimiter())
                .put("quote_char", r.quoteChar())
                .put("escape_char", r.escapeChar())
                .put("date_format", r.dateFormat())
                .put("timestamp_format", r.timestampFormat())
                .toMap();
    }

    private static ListDatabasesResponse databases(JsonNode body) throws JsonProcessingException {
        WireDatabases w = Json.bind(body, WireDatabases.class);
        List<Database> list = new ArrayList<>();
        if (w.databases() != null) {
            for (WireDatabase d : w.databases()) {
                if (d != null) {
                    list.add(Database.builder()
                            .databaseName(d.databaseName())
                            .owner(d.owner())
                            .tableNumber(d.tableNumber())
                            .description(d.description())
                            .enterpriseProjectId(d.enterpriseProjectId())
                            .build());
                }
            }
        }
        return new ListDatabasesResponse(w.isSuccess(), w.message(), w.databaseCount(), list);
    }

    private static ListTablesResponse tables(JsonNode body) throws JsonProcessingException {
        WireTables w = Json.bind(body, WireTables.class);
        List<Table> list = new ArrayList<>();
        if (w.tables() != null) {
            for (WireTable t : w.tables()) {
                if (t != null) {
                    list.add(Table.builder()
                            .createTime(WireValues.epochMillis(t.createTime()))
                            .dataType(WireValues.enumValue(t.dataType(), DataFormat::of))
                            .dataLocation(WireValues.enumValue(t.dataLocation(), DataLocation::of))
                            .lastAccessTime(WireValues.epochMillis(t.lastAccessTime()))
                            .location(t.location())
                            .owner(t.owner())
                            .tableName(t.tableName())
                            .tableSize(t.tableSize())
                            .tableType(WireValues.enumValue(t.tableType(), TableType::of))
                            // Documented as a String, shown as an array: both read, text split at ','.
                            .partitionColumns(WireValues.texts(t.partitionColumns(), true))
                            .pageSize(t.pageSize())
                            .currentPage(t.currentPage())
                            .build());
                }
            }
        }
        return new ListTablesResponse(w.isSuccess(), w.message(), w.tableCount(), list);
    }

    private static DescribeTableResponse describe(JsonNode body) throws JsonProcessingException {
        WireDescribe w = Json.bind(body, WireDescribe.class);
        List<Column> columns = new ArrayList<>();
        if (w.columns() != null) {
            for (WireColumn c : w.columns()) {
                if (c != null) {
                    columns.add(new Column(c.columnName(), c.type(), c.description(), c.isPartitionColumn()));
                }
            }
        }
        return DescribeTableResponse.builder()
                .isSuccess(w.isSuccess())
                .message(w.message())
                .columnCount(w.columnCount())
                .columns(columns)
                .tableType(WireValues.enumValue(w.tableType(), TableType::of))
                .dataType(WireValues.enumValue(w.dataType(), DataFormat::of))
                .dataLocation(w.dataLocation())
                .storageProperties(storageProperties(w.storageProperties()))
                .tableComment(w.tableComment())
                .createTableSql(w.createTableSql())
                .build();
    }

    /** {@code [{"key":..,"value":..}]} as documented; a plain object of key/value pairs is read too. */
    private static List<StorageProperty> storageProperties(JsonNode node) {
        List<StorageProperty> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isObject() && !(node.has("key") && node.size() <= 2)) {
            node.fields().forEachRemaining(e -> out.add(StorageProperty.of(e.getKey(), WireValues.text(e.getValue()))));
            return out;
        }
        Iterable<JsonNode> items = node.isArray() ? node : List.of(node);
        for (JsonNode item : items) {
            if (item != null && item.isObject()) {
                out.add(StorageProperty.of(WireValues.text(item.get("key")), WireValues.text(item.get("value"))));
            }
        }
        return out;
    }

    private static PreviewTableResponse preview(JsonNode body) throws JsonProcessingException {
        WirePreview w = Json.bind(body, WirePreview.class);
        return new PreviewTableResponse(w.isSuccess(), w.message(), schema(w.schema()), rows(w.rows()), w.jobId());
    }

    /**
     * The documented form is an array of one-entry objects, {@code [{"id":"int"},...]}; also read
     * {@code {"name":..,"type":..}} items and a single object mapping names to types.
     */
    private static List<PreviewColumn> schema(JsonNode node) {
        List<PreviewColumn> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isObject()) {
            addColumns(node, out);
            return out;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item == null || item.isNull()) {
                    continue;
                }
                if (item.isObject()) {
                    addColumns(item, out);
                } else {
                    out.add(PreviewColumn.of(WireValues.text(item), null));
                }
            }
        }
        return out;
    }

    private static void addColumns(JsonNode object, List<PreviewColumn> out) {
        if (object.size() == 2
                && object.path("name").isTextual()
                && object.path("type").isTextual()) {
            out.add(PreviewColumn.of(
                    object.get("name").asText(), object.get("type").asText()));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(PreviewColumn.of(e.getKey(), WireValues.text(e.getValue())));
        }
    }

    /** Rows as arrays of values (scalars as text, nested values as JSON); an object row gives its values in order. */
    private static List<List<String>> rows(JsonNode node) {
        List<List<String>> out = new ArrayList<>();
        if (node == null || !node.isArray()) {
            return out;
        }
        for (JsonNode row : node) {
            List<String> cells = new ArrayList<>();
            if (row != null && row.isContainerNode()) {
                row.elements().forEachRemaining(cell -> cells.add(WireValues.text(cell)));
            } else if (row != null && !row.isNull()) {
                cells.add(WireValues.text(row));
            }
            out.add(cells);
        }
        return out;
    }

    /**
     * {@code partitions} is documented as an object but the reference's example (and some service
     * versions) send an array of such objects: the arrays' partition lists are concatenated and
     * the first {@code total_count} present is kept.
     */
    private static ListPartitionsResponse partitions(JsonNode body) throws JsonProcessingException {
        BasicAnswers.WireBasic basic = Json.bind(body, BasicAnswers.WireBasic.class);
        JsonNode node = body.get("partitions");
        Long total = null;
        List<Partition> infos = new ArrayList<>();
        boolean present = node != null && !node.isNull();
        if (present) {
            Iterable<JsonNode> groups = node.isArray() ? node : List.of(node);
            for (JsonNode g : groups) {
                if (g == null || !g.isObject()) {
                    continue;
                }
                WirePartitions p = Json.bind(g, WirePartitions.class);
                if (total == null) {
                    total = p.totalCount();
                }
                if (p.partitionInfos() != null) {
                    for (WirePartition i : p.partitionInfos()) {
                        if (i != null) {
                            infos.add(i.toPartition());
                        }
                    }
                }
            }
        }
        return new ListPartitionsResponse(
                basic.isSuccess(), basic.message(), present ? new Partitions(total, infos) : null);
    }

    record WireJob(
            Boolean isSuccess,
            String message,
            @JsonAlias("jobId") String jobId,
            @JsonAlias("jobType") String jobType,
            @JsonAlias("jobMode") String jobMode)
            implements WireResult {}

    record WireDatabases(
            Boolean isSuccess,
            String message,
            @JsonAlias("databaseCount") Integer databaseCount,
            List<WireDatabase> databases)
            implements WireResult {}

    record WireDatabase(
            @JsonAlias("databaseName") String databaseName,
            String owner,
            @JsonAlias("tableNumber") Integer tableNumber,
            String description,
            @JsonAlias("enterpriseProjectId") String enterpriseProjectId) {}

    record WireTables(
            Boolean isSuccess, String message, @JsonAlias("tableCount") Integer tableCount, List<WireTable> tables)
            implements WireResult {}

    record WireTable(
            @JsonAlias("createTime") Long createTime,
            @JsonAlias("dataType") String dataType,
            @JsonAlias("dataLocation") String dataLocation,
            @JsonAlias("lastAccessTime") Long lastAccessTime,
            String location,
            String owner,
            @JsonAlias("tableName") String tableName,
            @JsonAlias("tableSize") Long tableSize,
            @JsonAlias("tableType") String tableType,
            @JsonAlias("partitionColumns") JsonNode partitionColumns,
            @JsonAlias({"page-size", "pageSize"}) Integer pageSize,
            @JsonAlias({"current-page", "currentPage"}) Integer currentPage) {}

    record WireColumn(
            @JsonAlias("columnName") String columnName,
            String type,
            String description,
            @JsonAlias("isPartitionColumn") Boolean isPartitionColumn) {}

    record WireDescribe(
            Boolean isSuccess,
            String message,
            @JsonAlias("columnCount") Integer columnCount,
            List<WireColumn> columns,
            @JsonAlias("tableType") String tableType,
            @JsonAlias("dataType") String dataType,
            @JsonAlias("dataLocation") String dataLocation,
            @JsonAlias("storageProperties") JsonNode storageProperties,
            @JsonAlias("tableComment") String tableComment,
            @JsonAlias("createTableSql") String createTableSql)
            implements WireResult {}

    record WirePreview(
            Boolean isSuccess, String message, JsonNode schema, JsonNode rows, @JsonAlias("jobId") String jobId)
            implements WireResult {}

    record WirePartitions(
            @JsonAlias("totalCount") Long totalCount,
            @JsonAlias("partitionInfos") List<WirePartition> partitionInfos) {}

    record WirePartition(
            @JsonAlias("partitionName") String partitionName,
            @JsonAlias("createTime") Long createTime,
            @JsonAlias("lastAccessTime") Long lastAccessTime,
            JsonNode locations,
            @JsonAlias("lastDdlTime") Long lastDdlTime,
            @JsonAlias("numRows") Long numRows,
            @JsonAlias("numFiles") Long numFiles,
            @JsonAlias("totalSize") Long totalSize) {

        Partition toPartition() {
            return Partition.builder()
                    .partitionName(partitionName)
                    .createTime(WireValues.epochMillis(createTime))
                    .lastAccessTime(WireValues.epochMillis(lastAccessTime))
                    .locations(WireValues.texts(locations, false))
                    .lastDdlTime(lastDdlTime)
                    .numRows(numRows)
                    .numFiles(numFiles)
                    .totalSize(totalSize)
                    .build();
        }
    }
}
