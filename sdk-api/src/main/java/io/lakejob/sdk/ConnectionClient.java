package io.lakejob.sdk;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.connection.AssociateQueuesRequest;
import io.lakejob.sdk.model.connection.Connection;
import io.lakejob.sdk.model.connection.ConnectionPrivilege;
import io.lakejob.sdk.model.connection.CreateConnectionRequest;
import io.lakejob.sdk.model.connection.CreateConnectionResponse;
import io.lakejob.sdk.model.connection.DeleteConnectionRequest;
import io.lakejob.sdk.model.connection.DisassociateQueuesRequest;
import io.lakejob.sdk.model.connection.GetConnectionRequest;
import io.lakejob.sdk.model.connection.GetConnectionResponse;
import io.lakejob.sdk.model.connection.Host;
import io.lakejob.sdk.model.connection.ListConnectionPrivilegesRequest;
import io.lakejob.sdk.model.connection.ListConnectionPrivilegesResponse;
import io.lakejob.sdk.model.connection.ListConnectionsRequest;
import io.lakejob.sdk.model.connection.ListConnectionsResponse;
import io.lakejob.sdk.model.connection.UpdateConnectionHostsRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Enhanced datasource connections (reference chapter 12). Thread-safe.
 */
public interface ConnectionClient {
    /**
     * Creates an enhanced datasource connection (12.1,
     * {@code POST /v2.0/{project_id}/datasource/enhanced-connections}).
     *
     * @param request the request
     * @return the answer, carrying the new connection's id
     */
    CreateConnectionResponse create(CreateConnectionRequest request);

    /**
     * Creates an enhanced datasource connection (12.1), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer, carrying the new connection's id
     */
    default CreateConnectionResponse create(Consumer<CreateConnectionRequest.Builder> request) {
        CreateConnectionRequest.Builder b = CreateConnectionRequest.builder();
        request.accept(b);
        return create(b.build());
    }

    /**
     * Deletes a connection (12.2,
     * {@code DELETE /v2.0/{project_id}/datasource/enhanced-connections/{connection_id}}). A
     * connection still being created cannot be deleted.
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse delete(DeleteConnectionRequest request);

    /**
     * Deletes a connection by id (12.2).
     *
     * @param connectionId the connection id
     * @return the answer
     */
    default BasicResponse delete(String connectionId) {
        return delete(DeleteConnectionRequest.of(connectionId));
    }

    /**
     * Lists connections, one page (12.3, {@code GET /v2.0/{project_id}/datasource/enhanced-connections}).
     *
     * @param request the filters and paging
     * @return one page
     */
    ListConnectionsResponse list(ListConnectionsRequest request);

    /**
     * Lists connections, one page (12.3), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page
     */
    default ListConnectionsResponse list(Consumer<ListConnectionsRequest.Builder> request) {
        ListConnectionsRequest.Builder b = ListConnectionsRequest.builder();
        request.accept(b);
        return list(b.build());
    }

    /**
     * Every connection matching the filters, fetched page by page with {@code limit}/{@code offset}
     * ({@code limit} of the request, or 100). A {@code limit} of 0 asks the service for every
     * connection in one call.
     *
     * @param request the filters; its {@code offset} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<Connection> listAll(ListConnectionsRequest request) {
        if (request.limit() != null && request.limit() == 0) {
            return PagedIterable.single(
                    () -> list(request.toBuilder().offset(null).build()));
        }
        int size = request.limit() == null ? ListConnectionsRequest.DEFAULT_LIMIT : request.limit();
        return PagedIterable.byOffset(
                size,
                offset -> list(request.toBuilder().limit(size).offset(offset).build()));
    }

    /**
     * Every connection, fetched page by page (12.3).
     *
     * @return a lazy iterable
     */
    default PagedIterable<Connection> listAll() {
        return listAll(ListConnectionsRequest.all());
    }

    /**
     * The connection with the given name, found through the list's {@code name} filter (12.3).
     *
     * @param name the connection name
     * @return the first connection whose name equals {@code name}, or empty
     * @throws ValidationException when {@code name} is blank
     */
    default Optional<Connection> findByName(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "must not be blank");
        }
        ListConnectionsRequest request =
                ListConnectionsRequest.builder().name(name).build();
        return listAll(request).stream().filter(c -> name.equals(c.name())).findFirst();
    }

    /**
     * Reads one connection (12.4,
     * {@code GET /v2.0/{project_id}/datasource/enhanced-connections/{connection_id}}).
     *
     * @param request the request
     * @return the connection's details
     */
    GetConnectionResponse get(GetConnectionRequest request);

    /**
     * Reads one connection by id (12.4).
     *
     * @param connectionId the connection id
     * @return the connection's details
     */
    default GetConnectionResponse get(String connectionId) {
        return get(GetConnectionRequest.of(connectionId));
    }

    /**
     * Binds queues to a connection (12.5,
     * {@code POST /v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/associate-queue}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse associateQueues(AssociateQueuesRequest request);

    /**
     * Binds queues to a connection (12.5), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse associateQueues(Consumer<AssociateQueuesRequest.Builder> request) {
        AssociateQueuesRequest.Builder b = AssociateQueuesRequest.builder();
        request.accept(b);
        return associateQueues(b.build());
    }

    /**
     * Binds queues to a connection (12.5).
     *
     * @param connectionId the connection id
     * @param queues the queue names, at least one
     * @return the answer
     */
    default BasicResponse associateQueues(String connectionId, List<String> queues) {
        return associateQueues(AssociateQueuesRequest.of(connectionId, queues));
    }

    /**
     * Unbinds queues from a connection (12.6,
     * {@code POST /v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/disassociate-queue}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse disassociateQueues(DisassociateQueuesRequest request);

    /**
     * Unbinds queues from a connection (12.6), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse disassociateQueues(Consumer<DisassociateQueuesRequest.Builder> request) {
        DisassociateQueuesRequest.Builder b = DisassociateQueuesRequest.builder();
        request.accept(b);
        return disassociateQueues(b.build());
    }

    /**
     * Unbinds queues from a connection (12.6).
     *
     * @param connectionId the connection id
     * @param queues the queue names, at least one
     * @return the answer
     */
    default BasicResponse disassociateQueues(String connectionId, List<String> queues) {
        return disassociateQueues(DisassociateQueuesRequest.of(connectionId, queues));
    }

    /**
     * Replaces a connection's host entries (12.7,
     * {@code PUT /v2.0/{project_id}/datasource/enhanced-connections/{connection_id}}); an empty
     * list clears them.
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse updateHosts(UpdateConnectionHostsRequest request);

    /**
     * Replaces a connection's host entries (12.7), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse updateHosts(Consumer<UpdateConnectionHostsRequest.Builder> request) {
        UpdateConnectionHostsRequest.Builder b = UpdateConnectionHostsRequest.builder();
        request.accept(b);
        return updateHosts(b.build());
    }

    /**
     * Replaces a connection's host entries (12.7).
     *
     * @param connectionId the connection id
     * @param hosts the new entries; empty clears them
     * @return the answer
     */
    default BasicResponse updateHosts(String connectionId, List<Host> hosts) {
        return updateHosts(UpdateConnectionHostsRequest.of(connectionId, hosts));
    }

    /**
     * Lists the privileges granted on a connection (12.8,
     * {@code GET /v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/privileges}).
     *
     * @param request the request
     * @return the privileges
     */
    ListConnectionPrivilegesResponse listPrivileges(ListConnectionPrivilegesRequest request);

    /**
     * Lists the privileges granted on a connection by id (12.8).
     *
     * @param connectionId the connection id
     * @return the privileges
     */
    default ListConnectionPrivilegesResponse listPrivileges(String connectionId) {
        return listPrivileges(ListConnectionPrivilegesRequest.of(connectionId));
    }

    /**
     * Every privilege granted on a connection (12.8; not paged, one call).
     *
     * @param connectionId the connection id
     * @return a lazy iterable
     */
    default PagedIterable<ConnectionPrivilege> listAllPrivileges(String connectionId) {
        ListConnectionPrivilegesRequest request = ListConnectionPrivilegesRequest.of(connectionId);
        return PagedIterable.single(() -> listPrivileges(request));
    }
}
