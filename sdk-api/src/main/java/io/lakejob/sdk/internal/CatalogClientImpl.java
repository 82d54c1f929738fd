package io.lakejob.sdk.internal;

import io.lakejob.sdk.CatalogClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.catalog.CreateDatabaseRequest;
import io.lakejob.sdk.model.catalog.CreateTableRequest;
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
import io.lakejob.sdk.model.catalog.PreviewTableRequest;
import io.lakejob.sdk.model.catalog.PreviewTableResponse;
import io.lakejob.sdk.model.catalog.UpdateDatabaseOwnerRequest;
import io.lakejob.sdk.spi.CatalogOperations;

/** Implements {@link CatalogClient} on an {@link Invoker}. */
public final class CatalogClientImpl implements CatalogClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public CatalogClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public BasicResponse createDatabase(CreateDatabaseRequest request) {
        return invoker.invoke(CatalogOperations.CREATE_DATABASE, request);
    }

    @Override
    public DeleteDatabaseResponse deleteDatabase(DeleteDatabaseRequest request) {
        return invoker.invoke(CatalogOperations.DELETE_DATABASE, request);
    }

    @Override
    public ListDatabasesResponse listDatabases(ListDatabasesRequest request) {
        return invoker.invoke(CatalogOperations.LIST_DATABASES, request);
    }

    @Override
    public BasicResponse updateDatabaseOwner(UpdateDatabaseOwnerRequest request) {
        return invoker.invoke(CatalogOperations.UPDATE_DATABASE_OWNER, request);
    }

    @Override
    public BasicResponse createTable(CreateTableRequest request) {
        return invoker.invoke(CatalogOperations.CREATE_TABLE, request);
    }

    @Override
    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        return invoker.invoke(CatalogOperations.DELETE_TABLE, request);
    }

    @Override
    public ListTablesResponse listTables(ListTablesRequest request) {
        return invoker.invoke(CatalogOperations.LIST_TABLES, request);
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return invoker.invoke(CatalogOperations.DESCRIBE_TABLE, request);
    }

    @Override
    public PreviewTableResponse previewTable(PreviewTableRequest request) {
        return invoker.invoke(CatalogOperations.PREVIEW_TABLE, request);
    }

    @Override
    public ListPartitionsResponse listPartitions(ListPartitionsRequest request) {
        return invoker.invoke(CatalogOperations.LIST_PARTITIONS, request);
    }
}
