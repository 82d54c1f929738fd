package io.lakejob.sdk.spi;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.connection.AssociateQueuesRequest;
import io.lakejob.sdk.model.connection.CreateConnectionRequest;
import io.lakejob.sdk.model.connection.CreateConnectionResponse;
import io.lakejob.sdk.model.connection.DeleteConnectionRequest;
import io.lakejob.sdk.model.connection.DisassociateQueuesRequest;
import io.lakejob.sdk.model.connection.GetConnectionRequest;
import io.lakejob.sdk.model.connection.GetConnectionResponse;
import io.lakejob.sdk.model.connection.ListConnectionPrivilegesRequest;
import io.lakejob.sdk.model.connection.ListConnectionPrivilegesResponse;
import io.lakejob.sdk.model.connection.ListConnectionsRequest;
import io.lakejob.sdk.model.connection.ListConnectionsResponse;
import io.lakejob.sdk.model.connection.UpdateConnectionHostsRequest;

/** The enhanced connection operations (reference chapter 12). */
public final class ConnectionOperations {
    private ConnectionOperations() {}

    /** 12.1 Create an enhanced datasource connection. */
    public static final Operation<CreateConnectionRequest, CreateConnectionResponse> CREATE_CONNECTION = Operation.rest(
            "CreateConnection",
            "12.1",
            OperationGroup.CONNECTIONS,
            HttpMethod.POST,
            "/v2.0/{project_id}/datasource/enhanced-connections",
            CreateConnectionRequest.class,
            CreateConnectionResponse.class);

    /** 12.2 Delete an enhanced datasource connection. */
    public static final Operation<DeleteConnectionRequest, BasicResponse> DELETE_CONNECTION = Operation.rest(
            "DeleteConnection",
            "12.2",
            OperationGroup.CONNECTIONS,
            HttpMethod.DELETE,
            "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}",
            DeleteConnectionRequest.class,
            BasicResponse.class);

    /** 12.3 List enhanced datasource connections. */
    public static final Operation<ListConnectionsRequest, ListConnectionsResponse> LIST_CONNECTIONS = Operation.rest(
            "ListConnections",
            "12.3",
            OperationGroup.CONNECTIONS,
            HttpMethod.GET,
            "/v2.0/{project_id}/datasource/enhanced-connections",
            ListConnectionsRequest.class,
            ListConnectionsResponse.class);

    /** 12.4 Describe an enhanced datasource connection. */
    public static final Operation<GetConnectionRequest, GetConnectionResponse> GET_CONNECTION = Operation.rest(
            "GetConnection",
            "12.4",
            OperationGroup.CONNECTIONS,
            HttpMethod.GET,
            "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}",
            GetConnectionRequest.class,
            GetConnectionResponse.class);

    /** 12.5 Bind queues to a connection. */
    public static final Operation<AssociateQueuesRequest, BasicResponse> ASSOCIATE_QUEUES = Operation.rest(
            "AssociateQueues",
            "12.5",
            OperationGroup.CONNECTIONS,
            HttpMethod.POST,
            "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/associate-queue",
            AssociateQueuesRequest.class,
            BasicResponse.class);

    /** 12.6 Unbind queues from a connection. */
    public static final Operation<DisassociateQueuesRequest, BasicResponse> DISASSOCIATE_QUEUES = Operation.rest(
            "DisassociateQueues",
            "12.6",
            OperationGroup.CONNECTIONS,
            HttpMethod.POST,
            "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/disassociate-queue",
            DisassociateQueuesRequest.class,
            BasicResponse.class);

    /** 12.7 Replace a connection's host entries. */
    public static final Operation<UpdateConnectionHostsRequest, BasicResponse> UPDATE_CONNECTION_HOSTS = Operation.rest(
            "UpdateConnectionHosts",
            "12.7",
            OperationGroup.CONNECTIONS,
            HttpMethod.PUT,
            "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}",
            UpdateConnectionHostsRequest.class,
            BasicResponse.class);

    /** 12.8 List the privileges granted on a connection. */
    public static final Operation<ListConnectionPrivilegesRequest, ListConnectionPrivilegesResponse>
            LIST_CONNECTION_PRIVILEGES = Operation.rest(
                    "ListConnectionPrivileges",
                    "12.8",
                    OperationGroup.CONNECTIONS,
                    HttpMethod.GET,
                    "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/privileges",
                    ListConnectionPrivilegesRequest.class,
                    ListConnectionPrivilegesResponse.class);
}
