package io.lakejob.sdk.internal;

import io.lakejob.sdk.ConnectionClient;
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
import io.lakejob.sdk.spi.ConnectionOperations;

/** Implements {@link ConnectionClient} on an {@link Invoker}. */
public final class ConnectionClientImpl implements ConnectionClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public ConnectionClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public CreateConnectionResponse create(CreateConnectionRequest request) {
        return invoker.invoke(ConnectionOperations.CREATE_CONNECTION, request);
    }

    @Override
    public BasicResponse delete(DeleteConnectionRequest request) {
        return invoker.invoke(ConnectionOperations.DELETE_CONNECTION, request);
    }

    @Override
    public ListConnectionsResponse list(ListConnectionsRequest request) {
        return invoker.invoke(ConnectionOperations.LIST_CONNECTIONS, request);
    }

    @Override
    public GetConnectionResponse get(GetConnectionRequest request) {
        return invoker.invoke(ConnectionOperations.GET_CONNECTION, request);
    }

    @Override
    public BasicResponse associateQueues(AssociateQueuesRequest request) {
        return invoker.invoke(ConnectionOperations.ASSOCIATE_QUEUES, request);
    }

    @Override
    public BasicResponse disassociateQueues(DisassociateQueuesRequest request) {
        return invoker.invoke(ConnectionOperations.DISASSOCIATE_QUEUES, request);
    }

    @Override
    public BasicResponse updateHosts(UpdateConnectionHostsRequest request) {
        return invoker.invoke(ConnectionOperations.UPDATE_CONNECTION_HOSTS, request);
    }

    @Override
    public ListConnectionPrivilegesResponse listPrivileges(ListConnectionPrivilegesRequest request) {
        return invoker.invoke(ConnectionOperations.LIST_CONNECTION_PRIVILEGES, request);
    }
}
