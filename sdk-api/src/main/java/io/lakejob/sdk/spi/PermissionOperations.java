package io.lakejob.sdk.spi;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.permission.GetTableUserPrivilegesRequest;
import io.lakejob.sdk.model.permission.GetTableUserPrivilegesResponse;
import io.lakejob.sdk.model.permission.GrantDataPermissionRequest;
import io.lakejob.sdk.model.permission.GrantQueuePermissionRequest;
import io.lakejob.sdk.model.permission.ListDatabaseUsersRequest;
import io.lakejob.sdk.model.permission.ListDatabaseUsersResponse;
import io.lakejob.sdk.model.permission.ListObjectPrivilegesRequest;
import io.lakejob.sdk.model.permission.ListObjectPrivilegesResponse;
import io.lakejob.sdk.model.permission.ListQueueUsersRequest;
import io.lakejob.sdk.model.permission.ListQueueUsersResponse;
import io.lakejob.sdk.model.permission.ListTableUsersRequest;
import io.lakejob.sdk.model.permission.ListTableUsersResponse;

/** The permission (reference chapter 5) operations. */
public final class PermissionOperations {
    private PermissionOperations() {}

    /** 5.1 Grant, revoke or update a user's privileges on a queue. */
    public static final Operation<GrantQueuePermissionRequest, BasicResponse> GRANT_QUEUE_PERMISSION = Operation.rest(
            "GrantQueuePermission",
            "5.1",
            OperationGroup.PERMISSIONS,
            HttpMethod.PUT,
            "/v1.0/{project_id}/queues/user-authorization",
            GrantQueuePermissionRequest.class,
            BasicResponse.class);

    /** 5.2 List the users of a queue. */
    public static final Operation<ListQueueUsersRequest, ListQueueUsersResponse> LIST_QUEUE_USERS = Operation.rest(
            "ListQueueUsers",
            "5.2",
            OperationGroup.PERMISSIONS,
            HttpMethod.GET,
            "/v1.0/{project_id}/queues/{queue_name}/users",
            ListQueueUsersRequest.class,
            ListQueueUsersResponse.class);

    /** 5.3 Grant, revoke or update a user's privileges on data objects. */
    public static final Operation<GrantDataPermissionRequest, BasicResponse> GRANT_DATA_PERMISSION = Operation.rest(
            "GrantDataPermission",
            "5.3",
            OperationGroup.PERMISSIONS,
            HttpMethod.PUT,
            "/v1.0/{project_id}/user-authorization",
            GrantDataPermissionRequest.class,
            BasicResponse.class);

    /** 5.4 List the users of a database. */
    public static final Operation<ListDatabaseUsersRequest, ListDatabaseUsersResponse> LIST_DATABASE_USERS =
            Operation.rest(
                    "ListDatabaseUsers",
                    "5.4",
                    OperationGroup.PERMISSIONS,
                    HttpMethod.GET,
                    "/v1.0/{project_id}/databases/{database_name}/users",
                    ListDatabaseUsersRequest.class,
                    ListDatabaseUsersResponse.class);

    /** 5.5 List the users of a table. */
    public static final Operation<ListTableUsersRequest, ListTableUsersResponse> LIST_TABLE_USERS = Operation.rest(
            "ListTableUsers",
            "5.5",
            OperationGroup.PERMISSIONS,
            HttpMethod.GET,
            "/v1.0/{project_id}/databases/{database_name}/tables/{table_name}/users",
            ListTableUsersRequest.class,
            ListTableUsersResponse.class);

    /** 5.6 Read one user's privileges on a table. */
    public static final Operation<GetTableUserPrivilegesRequest, GetTableUserPrivilegesResponse>
            GET_TABLE_USER_PRIVILEGES = Operation.rest(
                    "GetTableUserPrivileges",
                    "5.6",
                    OperationGroup.PERMISSIONS,
                    HttpMethod.GET,
                    "/v1.0/{project_id}/databases/{database_name}/tables/{table_name}/users/{user_name}",
                    GetTableUserPrivilegesRequest.class,
                    GetTableUserPrivilegesResponse.class);

    /** 5.7 List the users holding privileges on an object. */
    public static final Operation<ListObjectPrivilegesRequest, ListObjectPrivilegesResponse> LIST_OBJECT_PRIVILEGES =
            Operation.rest(
                    "ListObjectPrivileges",
                    "5.7",
                    OperationGroup.PERMISSIONS,
                    HttpMethod.GET,
                    "/v1.0/{project_id}/authorization/privileges",
                    ListObjectPrivilegesRequest.class,
                    ListObjectPrivilegesResponse.class);
}
