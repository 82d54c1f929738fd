package io.lakejob.sdk.internal;

import io.lakejob.sdk.PermissionClient;
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
import io.lakejob.sdk.spi.PermissionOperations;

/** Implements {@link PermissionClient} on an {@link Invoker}. */
public final class PermissionClientImpl implements PermissionClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public PermissionClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public BasicResponse grantQueue(GrantQueuePermissionRequest request) {
        return invoker.invoke(PermissionOperations.GRANT_QUEUE_PERMISSION, request);
    }

    @Override
    public ListQueueUsersResponse listQueueUsers(ListQueueUsersRequest request) {
        return invoker.invoke(PermissionOperations.LIST_QUEUE_USERS, request);
    }

    @Override
    public BasicResponse grantData(GrantDataPermissionRequest request) {
        return invoker.invoke(PermissionOperations.GRANT_DATA_PERMISSION, request);
    }

    @Override
    public ListDatabaseUsersResponse listDatabaseUsers(ListDatabaseUsersRequest request) {
        return invoker.invoke(PermissionOperations.LIST_DATABASE_USERS, request);
    }

    @Override
    public ListTableUsersResponse listTableUsers(ListTableUsersRequest request) {
        return invoker.invoke(PermissionOperations.LIST_TABLE_USERS, request);
    }

    @Override
    public GetTableUserPrivilegesResponse getTableUserPrivileges(GetTableUserPrivilegesRequest request) {
        return invoker.invoke(PermissionOperations.GET_TABLE_USER_PRIVILEGES, request);
    }

    @Override
    public ListObjectPrivilegesResponse listObjectPrivileges(ListObjectPrivilegesRequest request) {
        return invoker.invoke(PermissionOperations.LIST_OBJECT_PRIVILEGES, request);
    }
}
