package io.lakejob.sdk.spi;

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

/** The catalog operations: databases (reference chapter 7.1), tables and partitions (7.2). */
public final class CatalogOperations {
    private CatalogOperations() {}

    /** 7.1.1 Create a database. */
    public static final Operation<CreateDatabaseRequest, BasicResponse> CREATE_DATABASE = Operation.rest(
            "CreateDatabase",
            "7.1.1",
            OperationGroup.CATALOG,
            HttpMethod.POST,
            "/v1.0/{project_id}/databases",
            CreateDatabaseRequest.class,
            BasicResponse.class);

    /** 7.1.2 Delete a database. */
    public static final Operation<DeleteDatabaseRequest, DeleteDatabaseResponse> DELETE_DATABASE = Operation.rest(
            "DeleteDatabase",
            "7.1.2",
            OperationGroup.CATALOG,
            HttpMethod.DELETE,
            "/v1.0/{project_id}/databases/{database_name}",
            DeleteDatabaseRequest.class,
            DeleteDatabaseResponse.class);

    /** 7.1.3 List databases. */
    public static final Operation<ListDatabasesRequest, ListDatabasesResponse> LIST_DATABASES = Operation.rest(
            "ListDatabases",
            "7.1.3",
            OperationGroup.CATALOG,
            HttpMethod.GET,
            "/v1.0/{project_id}/databases",
            ListDatabasesRequest.class,
            ListDatabasesResponse.class);

    /** 7.1.4 Change a database's owner. */
    public static final Operation<UpdateDatabaseOwnerRequest, BasicResponse> UPDATE_DATABASE_OWNER = Operation.rest(
            "UpdateDatabaseOwner",
            "7.1.4",
            OperationGroup.CATALOG,
            HttpMethod.PUT,
            "/v1.0/{project_id}/databases/{database_name}/owner",
            UpdateDatabaseOwnerRequest.class,
            BasicResponse.class);

    /** 7.2.1 Create a table or view. */
    public static final Operation<CreateTableRequest, BasicResponse> CREATE_TABLE = Operation.rest(
            "CreateTable",
            "7.2.1",
            OperationGroup.CATALOG,
            HttpMethod.POST,
            "/v1.0/{project_id}/databases/{database_name}/tables",
            CreateTableRequest.class,
            BasicResponse.class);

    /** 7.2.2 Delete a table. */
    public static final Operation<DeleteTableRequest, DeleteTableResponse> DELETE_TABLE = Operation.rest(
            "DeleteTable",
            "7.2.2",
            OperationGroup.CATALOG,
            HttpMethod.DELETE,
            "/v1.0/{project_id}/databases/{database_name}/tables/{table_name}",
            DeleteTableRequest.class,
            DeleteTableResponse.class);

    /** 7.2.3 List the tables of a database. */
    public static final Operation<ListTablesRequest, ListTablesResponse> LIST_TABLES = Operation.rest(
            "ListTables",
            "7.2.3",
            OperationGroup.CATALOG,
            HttpMethod.GET,
            "/v1.0/{project_id}/databases/{database_name}/tables",
            ListTablesRequest.class,
            ListTablesResponse.class);

    /** 7.2.4 Describe a table. */
    public static final Operation<DescribeTableRequest, DescribeTableResponse> DESCRIBE_TABLE = Operation.rest(
            "DescribeTable",
            "7.2.4",
            OperationGroup.CATALOG,
            HttpMethod.GET,
            "/v1.0/{project_id}/databases/{database_name}/tables/{table_name}",
            DescribeTableRequest.class,
            DescribeTableResponse.class);

    /** 7.2.5 Preview a table's first rows. */
    public static final Operation<PreviewTableRequest, PreviewTableResponse> PREVIEW_TABLE = Operation.rest(
            "PreviewTable",
            "7.2.5",
            OperationGroup.CATALOG,
            HttpMethod.GET,
            "/v1.0/{project_id}/databases/{database_name}/tables/{table_name}/preview",
            PreviewTableRequest.class,
            PreviewTableResponse.class);

    /** 7.2.6 List a table's partitions. */
    public static final Operation<ListPartitionsRequest, ListPartitionsResponse> LIST_PARTITIONS = Operation.rest(
            "ListPartitions",
            "7.2.6",
            OperationGroup.CATALOG,
            HttpMethod.GET,
            "/v1.0/{project_id}/databases/{database_name}/tables/{table_name}/partitions",
            ListPartitionsRequest.class,
            ListPartitionsResponse.class);
}
