package io.lakejob.sdk;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.catalog.CreateDatabaseRequest;
import io.lakejob.sdk.model.catalog.CreateTableRequest;
import io.lakejob.sdk.model.catalog.Database;
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
import io.lakejob.sdk.model.catalog.PreviewTableRequest;
import io.lakejob.sdk.model.catalog.PreviewTableResponse;
import io.lakejob.sdk.model.catalog.Table;
import io.lakejob.sdk.model.catalog.UpdateDatabaseOwnerRequest;
import java.util.function.Consumer;

/**
 * Databases, tables and partitions (reference chapters 7.1 and 7.2). Thread-safe.
 */
public interface CatalogClient {
    /** The page size {@code listAll} methods use when the request sets none. */
    int DEFAULT_PAGE_SIZE = 100;

    /**
     * Creates a database (7.1.1, {@code POST /v1.0/{project_id}/databases}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse createDatabase(CreateDatabaseRequest request);

    /**
     * Creates a database (7.1.1), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse createDatabase(Consumer<CreateDatabaseRequest.Builder> request) {
        CreateDatabaseRequest.Builder b = CreateDatabaseRequest.builder();
        request.accept(b);
        return createDatabase(b.build());
    }

    /**
     * Creates a database with only a name (7.1.1).
     *
     * @param databaseName the database name
     * @return the answer
     */
    default BasicResponse createDatabase(String databaseName) {
        return createDatabase(CreateDatabaseRequest.of(databaseName));
    }

    /**
     * Deletes a database (7.1.2, {@code DELETE /v1.0/{project_id}/databases/{database_name}}).
     *
     * @param request the request
     * @return the answer, with a job id when deleting asynchronously
     */
    DeleteDatabaseResponse deleteDatabase(DeleteDatabaseRequest request);

    /**
     * Deletes a database (7.1.2), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default DeleteDatabaseResponse deleteDatabase(Consumer<DeleteDatabaseRequest.Builder> request) {
        DeleteDatabaseRequest.Builder b = DeleteDatabaseRequest.builder();
        request.accept(b);
        return deleteDatabase(b.build());
    }

    /**
     * Deletes an empty database by name, synchronously and without cascading (7.1.2).
     *
     * @param databaseName the database
     * @return the answer
     */
    default DeleteDatabaseResponse deleteDatabase(String databaseName) {
        return deleteDatabase(DeleteDatabaseRequest.of(databaseName));
    }

    /**
     * Lists databases, one answer (7.1.3, {@code GET /v1.0/{project_id}/databases}).
     *
     * @param request the filters and paging
     * @return one page
     */
    ListDatabasesResponse listDatabases(ListDatabasesRequest request);

    /**
     * Lists databases, one answer (7.1.3), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page
     */
    default ListDatabasesResponse listDatabases(Consumer<ListDatabasesRequest.Builder> request) {
        ListDatabasesRequest.Builder b = ListDatabasesRequest.builder();
        request.accept(b);
        return listDatabases(b.build());
    }

    /**
     * Every database matching the filters, fetched page by page with {@code limit}/{@code offset}
     * ({@code limit} of the request, or {@value #DEFAULT_PAGE_SIZE}).
     *
     * @param request the filters; its {@code offset} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<Database> listAllDatabases(ListDatabasesRequest request) {
        int size = request.limit() == null || request.limit() == 0 ? DEFAULT_PAGE_SIZE : request.limit();
        return PagedIterable.byOffset(
                size,
                offset -> listDatabases(
                        request.toBuilder().limit(size).offset(offset).build()));
    }

    /**
     * Every database, fetched page by page (7.1.3).
     *
     * @return a lazy iterable
     */
    default PagedIterable<Database> listAllDatabases() {
        return listAllDatabases(ListDatabasesRequest.all());
    }

    /**
     * Gives a database a new owner (7.1.4, {@code PUT /v1.0/{project_id}/databases/{database_name}/owner}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse updateDatabaseOwner(UpdateDatabaseOwnerRequest request);

    /**
     * Gives a database a new owner (7.1.4).
     *
     * @param databaseName the database
     * @param newOwner the new owner, a sub-user of the current tenant
     * @return the answer
     */
    default BasicResponse updateDatabaseOwner(String databaseName, String newOwner) {
        return updateDatabaseOwner(UpdateDatabaseOwnerRequest.of(databaseName, newOwner));
    }

    /**
     * Creates a table or view (7.2.1, {@code POST /v1.0/{project_id}/databases/{database_name}/tables}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse createTable(CreateTableRequest request);

    /**
     * Creates a table or view (7.2.1), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse createTable(Consumer<CreateTableRequest.Builder> request) {
        CreateTableRequest.Builder b = CreateTableRequest.builder();
        request.accept(b);
        return createTable(b.build());
    }

    /**
     * Deletes a table (7.2.2, {@code DELETE /v1.0/{project_id}/databases/{database_name}/tables/{table_name}}).
     *
     * @param request the request
     * @return the answer
     */
    DeleteTableResponse deleteTable(DeleteTableRequest request);

    /**
     * Deletes a table (7.2.2), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default DeleteTableResponse deleteTable(Consumer<DeleteTableRequest.Builder> request) {
        DeleteTableRequest.Builder b = DeleteTableRequest.builder();
        request.accept(b);
        return deleteTable(b.build());
    }

    /**
     * Deletes a table synchronously (7.2.2).
     *
     * @param databaseName the database
     * @param tableName the table
     * @return the answer
     */
    default DeleteTableResponse deleteTable(String databaseName, String tableName) {
        return deleteTable(DeleteTableRequest.of(databaseName, tableName));
    }

    /**
     * Lists the tables of a database, one page (7.2.3, {@code GET /v1.0/{project_id}/databases/{database_name}/tables}).
     *
     * @param request the filters and paging
     * @return one page
     */
    ListTablesResponse listTables(ListTablesRequest request);

    /**
     * Lists the tables of a database, one page (7.2.3), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page
     */
    default ListTablesResponse listTables(Consumer<ListTablesRequest.Builder> request) {
        ListTablesRequest.Builder b = ListTablesRequest.builder();
        request.accept(b);
        return listTables(b.build());
    }

    /**
     * Every table matching the filters, fetched page by page with {@code page-size}/{@code current-page}
     * ({@code page-size} of the request, or {@value #DEFAULT_PAGE_SIZE}).
     *
     * @param request the filters; its {@code current-page} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<Table> listAllTables(ListTablesRequest request) {
        int size = request.pageSize() == null ? DEFAULT_PAGE_SIZE : request.pageSize();
        return PagedIterable.byPageNumber(
                size,
                page -> listTables(
                        request.toBuilder().pageSize(size).currentPage(page).build()));
    }

    /**
     * Every table of a database, fetched page by page (7.2.3).
     *
     * @param databaseName the database
     * @return a lazy iterable
     */
    default PagedIterable<Table> listAllTables(String databaseName) {
        return listAllTables(ListTablesRequest.of(databaseName));
    }

    /**
     * Describes a table (7.2.4, {@code GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}}).
     *
     * @param request the request
     * @return the table's metadata
     */
    DescribeTableResponse describeTable(DescribeTableRequest request);

    /**
     * Describes a table (7.2.4).
     *
     * @param databaseName the database
     * @param tableName the table
     * @return the table's metadata
     */
    default DescribeTableResponse describeTable(String databaseName, String tableName) {
        return describeTable(DescribeTableRequest.of(databaseName, tableName));
    }

    /**
     * Previews the first 10 rows of a table
     * (7.2.5, {@code GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}/preview}).
     *
     * @param request the request
     * @return the schema and rows, or a job id in {@code ASYNC} mode
     */
    PreviewTableResponse previewTable(PreviewTableRequest request);

    /**
     * Previews a table (7.2.5), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the schema and rows, or a job id in {@code ASYNC} mode
     */
    default PreviewTableResponse previewTable(Consumer<PreviewTableRequest.Builder> request) {
        PreviewTableRequest.Builder b = PreviewTableRequest.builder();
        request.accept(b);
        return previewTable(b.build());
    }

    /**
     * Previews the first 10 rows of a table synchronously (7.2.5).
     *
     * @param databaseName the database
     * @param tableName the table
     * @return the schema and rows
     */
    default PreviewTableResponse previewTable(String databaseName, String tableName) {
        return previewTable(PreviewTableRequest.of(databaseName, tableName));
    }

    /**
     * Lists the partitions of a table, one page
     * (7.2.6, {@code GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}/partitions}).
     *
     * @param request the filter and paging
     * @return one page
     */
    ListPartitionsResponse listPartitions(ListPartitionsRequest request);

    /**
     * Lists the partitions of a table, one page (7.2.6), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page
     */
    default ListPartitionsResponse listPartitions(Consumer<ListPartitionsRequest.Builder> request) {
        ListPartitionsRequest.Builder b = ListPartitionsRequest.builder();
        request.accept(b);
        return listPartitions(b.build());
    }

    /**
     * Every partition matching the filter, fetched page by page with {@code limit}/{@code offset}
     * ({@code limit} of the request, or {@value #DEFAULT_PAGE_SIZE}).
     *
     * @param request the table and filter; its {@code offset} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<Partition> listAllPartitions(ListPartitionsRequest request) {
        int size = request.limit() == null || request.limit() == 0 ? DEFAULT_PAGE_SIZE : request.limit();
        return PagedIterable.byOffset(
                size,
                offset -> listPartitions(
                        request.toBuilder().limit(size).offset(offset).build()));
    }

    /**
     * Every partition of a table, fetched page by page (7.2.6).
     *
     * @param databaseName the database
     * @param tableName the table
     * @return a lazy iterable
     */
    default PagedIterable<Partition> listAllPartitions(String databaseName, String tableName) {
        return listAllPartitions(ListPartitionsRequest.of(databaseName, tableName));
    }
}
