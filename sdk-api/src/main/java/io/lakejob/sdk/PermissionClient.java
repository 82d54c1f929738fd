package io.lakejob.sdk;

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
import io.lakejob.sdk.model.permission.UserPrivilege;
import java.util.function.Consumer;

/**
 * Permissions on queues, databases, tables and other objects (reference chapter 5). Thread-safe.
 */
public interface PermissionClient {
    /**
     * Grants, revokes or replaces a user's privileges on a queue (5.1,
     * {@code PUT /v1.0/{project_id}/queues/user-authorization}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse grantQueue(GrantQueuePermissionRequest request);

    /**
     * Grants, revokes or replaces a user's privileges on a queue (5.1), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse grantQueue(Consumer<GrantQueuePermissionRequest.Builder> request) {
        GrantQueuePermissionRequest.Builder b = GrantQueuePermissionRequest.builder();
        request.accept(b);
        return grantQueue(b.build());
    }

    /**
     * Lists the users of a queue, one page (5.2, {@code GET /v1.0/{project_id}/queues/{queue_name}/users}).
     *
     * @param request the queue and paging
     * @return one page
     */
    ListQueueUsersResponse listQueueUsers(ListQueueUsersRequest request);

    /**
     * Lists the users of a queue, one page (5.2), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page
     */
    default ListQueueUsersResponse listQueueUsers(Consumer<ListQueueUsersRequest.Builder> request) {
        ListQueueUsersRequest.Builder b = ListQueueUsersRequest.builder();
        request.accept(b);
        return listQueueUsers(b.build());
    }

    /**
     * Lists the first {@value ListQueueUsersRequest#DEFAULT_LIMIT} users of a queue (5.2).
     *
     * @param queueName the queue
     * @return one page
     */
    default ListQueueUsersResponse listQueueUsers(String queueName) {
        return listQueueUsers(ListQueueUsersRequest.of(queueName));
    }

    /**
     * Every user of a queue, fetched page by page (the request's {@code limit}).
     *
     * @param request the queue and page size; its {@code offset} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<UserPrivilege> listAllQueueUsers(ListQueueUsersRequest request) {
        int size = request.limit();
        return PagedIterable.byOffset(
                size,
                offset -> listQueueUsers(request.toBuilder().offset(offset).build()));
    }

    /**
     * Every user of a queue, fetched {@value ListQueueUsersRequest#DEFAULT_LIMIT} at a time.
     *
     * @param queueName the queue
     * @return a lazy iterable
     */
    default PagedIterable<UserPrivilege> listAllQueueUsers(String queueName) {
        return listAllQueueUsers(ListQueueUsersRequest.of(queueName));
    }

    /**
     * Grants, revokes or replaces a user's privileges on databases, tables, columns, jobs or
     * packages (5.3, {@code PUT /v1.0/{project_id}/user-authorization}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse grantData(GrantDataPermissionRequest request);

    /**
     * Grants, revokes or replaces a user's privileges on data objects (5.3), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse grantData(Consumer<GrantDataPermissionRequest.Builder> request) {
        GrantDataPermissionRequest.Builder b = GrantDataPermissionRequest.builder();
        request.accept(b);
        return grantData(b.build());
    }

    /**
     * Lists the users of a database (5.4, {@code GET /v1.0/{project_id}/databases/{database_name}/users}).
     *
     * @param request the request
     * @return the users
     */
    ListDatabaseUsersResponse listDatabaseUsers(ListDatabaseUsersRequest request);

    /**
     * Lists the users of a database by name (5.4).
     *
     * @param databaseName the database
     * @return the users
     */
    default ListDatabaseUsersResponse listDatabaseUsers(String databaseName) {
        return listDatabaseUsers(ListDatabaseUsersRequest.of(databaseName));
    }

    /**
     * Lists the users of a table and its columns (5.5,
     * {@code GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}/users}).
     *
     * @param request the request
     * @return the users
     */
    ListTableUsersResponse listTableUsers(ListTableUsersRequest request);

    /**
     * Lists the users of a table by name (5.5).
     *
     * @param databaseName the database
     * @param tableName the table
     * @return the users
     */
    default ListTableUsersResponse listTableUsers(String databaseName, String tableName) {
        return listTableUsers(ListTableUsersRequest.of(databaseName, tableName));
    }

    /**
     * Reads one user's privileges on a table and its columns (5.6,
     * {@code GET /v1.0/{project_id}/databases/{database_name}/tables/{table_name}/users/{user_name}}).
     *
     * @param request the request
     * @return the privileges
     */
    GetTableUserPrivilegesResponse getTableUserPrivileges(GetTableUserPrivilegesRequest request);

    /**
     * Reads one user's privileges on a table by name (5.6).
     *
     * @param databaseName the database
     * @param tableName the table
     * @param userName the user
     * @return the privileges
     */
    default GetTableUserPrivilegesResponse getTableUserPrivileges(
            String databaseName, String tableName, String userName) {
        return getTableUserPrivileges(GetTableUserPrivilegesRequest.of(databaseName, tableName, userName));
    }

    /**
     * Lists the users holding privileges on an object, one page (5.7,
     * {@code GET /v1.0/{project_id}/authorization/privileges}).
     *
     * @param request the object and paging
     * @return one page
     */
    ListObjectPrivilegesResponse listObjectPrivileges(ListObjectPrivilegesRequest request);

    /**
     * Lists the users holding privileges on an object, one page (5.7), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page
     */
    default ListObjectPrivilegesResponse listObjectPrivileges(Consumer<ListObjectPrivilegesRequest.Builder> request) {
        ListObjectPrivilegesRequest.Builder b = ListObjectPrivilegesRequest.builder();
        request.accept(b);
        return listObjectPrivileges(b.build());
    }

    /**
     * Lists the users holding privileges on an object with the service's default paging (5.7).
     *
     * @param object the object, for example {@code jobs.flink.9561}
     * @return one page
     */
    default ListObjectPrivilegesResponse listObjectPrivileges(String object) {
        return listObjectPrivileges(ListObjectPrivilegesRequest.of(object));
    }

    /**
     * Every user holding privileges on an object, fetched page by page (the request's
     * {@code limit}, or 100).
     *
     * @param request the object and page size; its {@code offset} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<UserPrivilege> listAllObjectPrivileges(ListObjectPrivilegesRequest request) {
        int size = request.limit() == null ? 100 : request.limit();
        return PagedIterable.byOffset(
                size,
                offset -> listObjectPrivileges(
                        request.toBuilder().limit(size).offset(offset).build()));
    }
}
