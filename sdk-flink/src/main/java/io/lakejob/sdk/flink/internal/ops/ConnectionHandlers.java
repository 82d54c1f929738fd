package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.metadata.MetadataSaver;
import io.lakejob.sdk.flink.internal.metadata.MetadataStore;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.connection.AssociateQueuesRequest;
import io.lakejob.sdk.model.connection.AvailableQueueInfo;
import io.lakejob.sdk.model.connection.Connection;
import io.lakejob.sdk.model.connection.ConnectionStatus;
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
import io.lakejob.sdk.spi.ConnectionOperations;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enhanced datasource connections (reference chapter 12) as named sets of hosts that the jobs of
 * bound queues reach. Binding a queue checks every host for reachability from this machine
 * ({@link InetAddress#isReachable}); the queue's binding is {@code ACTIVE} when all answer, else
 * {@code FAILED} naming the host.
 */
public final class ConnectionHandlers {
    private static final int REACH_TIMEOUT_MILLIS = 1000;

    private final FlinkContext ctx;
    private final QueueHandlers queues;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    private MetadataSaver saver = MetadataSaver.NONE;

    public ConnectionHandlers(FlinkContext ctx, QueueHandlers queues) {
        this.ctx = ctx;
        this.queues = queues;
    }

    /**
     * The stored connections.
     *
     * @param connections every connection
     */
    record Doc(List<Connection> connections) {}

    /** Loads the connections an earlier client saved and saves every change. */
    public ConnectionHandlers persistIn(MetadataStore m) {
        saver = m.attach(
                "connections",
                Doc.class,
                () -> new Doc(connections.values().stream()
                        .sorted(Comparator.comparing(Connection::id))
                        .toList()),
                d -> d.connections().forEach(c -> connections.put(c.id(), c)));
        return this;
    }

    public void register(HandlerRegistry r) {
        r.handle(ConnectionOperations.CREATE_CONNECTION, this::create);
        r.handle(ConnectionOperations.DELETE_CONNECTION, this::delete);
        r.handle(ConnectionOperations.LIST_CONNECTIONS, this::list);
        r.handle(ConnectionOperations.GET_CONNECTION, this::get);
        r.handle(ConnectionOperations.ASSOCIATE_QUEUES, this::associate);
        r.handle(ConnectionOperations.DISASSOCIATE_QUEUES, this::disassociate);
        r.handle(ConnectionOperations.UPDATE_CONNECTION_HOSTS, this::updateHosts);
        r.handle(ConnectionOperations.LIST_CONNECTION_PRIVILEGES, this::privileges);
    }

    private Connection require(String id) {
        Connection c = connections.get(id);
        if (c == null) {
            throw LocalErrors.notFound("Connection " + id);
        }
        return c;
    }

    private CreateConnectionResponse create(CreateConnectionRequest r) {
        if (connections.values().stream().anyMatch(c -> c.name().equals(r.name()))) {
            throw LocalErrors.exists("Connection " + r.name());
        }
        String id = UUID.randomUUID().toString();
        Connection c = Connection.builder()
                .id(id)
                .name(r.name())
                .status(ConnectionStatus.ACTIVE)
                .destVpcId(r.destVpcId())
                .destNetworkId(r.destNetworkId())
                .isPrivis(false)
                .createTime(ctx.clock().instant())
                .hosts(r.hosts())
                .availableQueueInfo(List.of())
                .build();
        connections.put(id, c);
        if (!r.queues().isEmpty()) {
            bind(id, r.queues());
        }
        saver.save();
        return new CreateConnectionResponse(true, "", id);
    }

    private BasicResponse delete(DeleteConnectionRequest r) {
        if (connections.remove(r.connectionId()) == null) {
            throw LocalErrors.notFound("Connection " + r.connectionId());
        }
        saver.save();
        return BasicResponse.success("Deleted");
    }

    private ListConnectionsResponse list(ListConnectionsRequest r) {
        List<Connection> all = new ArrayList<>();
        for (Connection c : connections.values()) {
            if ((r.name() == null
                            || c.name()
                                    .toLowerCase(Locale.ROOT)
                                    .contains(r.name().toLowerCase(Locale.ROOT)))
                    && (r.status() == null || r.status().equals(c.status()))) {
                all.add(c);
            }
        }
        all.sort(Comparator.comparing(Connection::createTime).thenComparing(Connection::name));
        int offset = r.offset() == null ? 0 : r.offset();
        int limit = r.limit() == null || r.limit() == 0 ? Integer.MAX_VALUE : r.limit();
        List<Connection> page = new ArrayList<>();
        for (int i = offset; i < all.size() && page.size() < limit; i++) {
            page.add(all.get(i));
        }
        return new ListConnectionsResponse(true, "", page, page.size());
    }

    private GetConnectionResponse get(GetConnectionRequest r) {
        return new GetConnectionResponse(true, "", require(r.connectionId()));
    }

    private BasicResponse associate(AssociateQueuesRequest r) {
        require(r.connectionId());
        bind(r.connectionId(), r.queues());
        saver.save();
        return BasicResponse.success("Bound");
    }

    private void bind(String id, List<String> names) {
        for (String q : names) {
            queues.require(q);
        }
        Connection c = require(id);
        Map<String, AvailableQueueInfo> bound = new LinkedHashMap<>();
        for (AvailableQueueInfo info : c.availableQueueInfo()) {
            bound.put(info.name(), info);
        }
        String failure = unreachable(c.hosts());
        Instant now = ctx.clock().instant();
        for (String q : names) {
            String name = q.toLowerCase(Locale.ROOT);
            bound.put(
                    name,
                    new AvailableQueueInfo(
                            UUID.randomUUID().toString(),
                            failure == null ? ConnectionStatus.ACTIVE : ConnectionStatus.FAILED,
                            name,
                            failure,
                            now));
        }
        connections.put(
                id,
                c.toBuilder()
                        .availableQueueInfo(new ArrayList<>(bound.values()))
                        .build());
    }

    /** @return why a host cannot be reached, or {@code null} when all can */
    private static String unreachable(List<Host> hosts) {
        for (Host h : hosts) {
            String address = h.ip() != null ? h.ip() : h.name();
            if (address == null) {
                continue;
            }
            try {
                if (!InetAddress.getByName(address).isReachable(REACH_TIMEOUT_MILLIS)) {
                    return "host " + address + " is not reachable";
                }
            } catch (IOException e) {
                return "host " + address + " cannot be resolved or reached: " + e.getMessage();
            }
        }
        return null;
    }

    private BasicResponse disassociate(DisassociateQueuesRequest r) {
        Connection c = require(r.connectionId());
        List<AvailableQueueInfo> kept = new ArrayList<>();
        for (AvailableQueueInfo info : c.availableQueueInfo()) {
            if (r.queues().stream().noneMatch(q -> q.equalsIgnoreCase(info.name()))) {
                kept.add(info);
            }
        }
        connections.put(c.id(), c.toBuilder().availableQueueInfo(kept).build());
        saver.save();
        return BasicResponse.success("Unbound");
    }

    private BasicResponse updateHosts(UpdateConnectionHostsRequest r) {
        Connection c = require(r.connectionId());
        connections.put(c.id(), c.toBuilder().hosts(r.hosts()).build());
        List<String> bound =
                c.availableQueueInfo().stream().map(AvailableQueueInfo::name).toList();
        if (!bound.isEmpty()) {
            bind(c.id(), bound);
        }
        saver.save();
        return BasicResponse.success("Updated");
    }

    private ListConnectionPrivilegesResponse privileges(ListConnectionPrivilegesRequest r) {
        require(r.connectionId());
        return new ListConnectionPrivilegesResponse(true, "", r.connectionId(), List.of());
    }
}
