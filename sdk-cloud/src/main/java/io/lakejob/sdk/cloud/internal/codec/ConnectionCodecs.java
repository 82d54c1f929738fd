package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.connection.AvailableQueueInfo;
import io.lakejob.sdk.model.connection.Connection;
import io.lakejob.sdk.model.connection.ConnectionPrivilege;
import io.lakejob.sdk.model.connection.ConnectionStatus;
import io.lakejob.sdk.model.connection.CreateConnectionRequest;
import io.lakejob.sdk.model.connection.CreateConnectionResponse;
import io.lakejob.sdk.model.connection.GetConnectionResponse;
import io.lakejob.sdk.model.connection.Host;
import io.lakejob.sdk.model.connection.ListConnectionPrivilegesResponse;
import io.lakejob.sdk.model.connection.ListConnectionsResponse;
import io.lakejob.sdk.spi.ConnectionOperations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire mapping of the enhanced connection operations, reference sections 12.1 to 12.8. */
final class ConnectionCodecs {
    private ConnectionCodecs() {}

    /**
     * The connection codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 12.1 POST /v2.0/{project_id}/datasource/enhanced-connections
                RestCodec.of(ConnectionOperations.CREATE_CONNECTION)
                        .body(ConnectionCodecs::createBody)
                        .decodeAs(WireCreated.class, w -> {
                            return new CreateConnectionResponse(w.isSuccess(), w.message(), w.connectionId());
                        })
                        .build(),
                // 12.2 DELETE /v2.0/{project_id}/datasource/enhanced-connections/{connection_id}
                RestCodec.of(ConnectionOperations.DELETE_CONNECTION)
                        .path(r -> Map.of("connection_id", r.connectionId()))
                        .decode(BasicAnswers::basic)
                        .build(),
                // 12.3 GET /v2.0/{project_id}/datasource/enhanced-connections
                RestCodec.of(ConnectionOperations.LIST_CONNECTIONS)
                        .query((r, q) -> q.add("limit", r.limit())
                                .add("offset", r.offset())
                                .add("status", r.status())
                                .add("name", r.name())
                                .add("tags", r.tags()))
                        .decodeAs(WireConnections.class, w -> {
                            List<Connection> list = new ArrayList<>();
                            for (WireConnection c : WireValues.nonNull(w.connections())) {
                                list.add(c.toConnection());
                            }
                            return new ListConnectionsResponse(w.isSuccess(), w.message(), list, w.count());
                        })
                        .build(),
                // 12.4 GET /v2.0/{project_id}/datasource/enhanced-connections/{connection_id}: the
                // connection's fields sit beside is_success (a nested "connection" object is read too).
                RestCodec.of(ConnectionOperations.GET_CONNECTION)
                        .path(r -> Map.of("connection_id", r.connectionId()))
                        .decode(body -> {
                            BasicAnswers.WireBasic basic = Json.bind(body, BasicAnswers.WireBasic.class);
                            JsonNode fields = body.path("connection").isObject() ? body.get("connection") : body;
                            Connection c =
                                    Json.bind(fields, WireConnection.class).toConnection();
                            return new GetConnectionResponse(basic.isSuccess(), basic.message(), c);
                        })
                        .build(),
                // 12.5 POST .../enhanced-connections/{connection_id}/associate-queue
                RestCodec.of(ConnectionOperations.ASSOCIATE_QUEUES)
                        .path(r -> Map.of("connection_id", r.connectionId()))
                        .body(r -> JsonBody.object().put("queues", r.queues()).toMap())
                        .decode(BasicAnswers::basic)
                        .build(),
                // 12.6 POST .../enhanced-connections/{connection_id}/disassociate-queue
                RestCodec.of(ConnectionOperations.DISASSOCIATE_QUEUES)
                        .path(r -> Map.of("connection_id", r.connectionId()))
                        .body(r -> JsonBody.object().put("queues", r.queues()).toMap())
                        .decode(BasicAnswers::basic)
                        .build(),
                // 12.7 PUT .../enhanced-connections/{connection_id}: a full replacement, so an empty
                // list is sent as "hosts": [] (the reference: empty clears every host entry).
                RestCodec.of(ConnectionOperations.UPDATE_CONNECTION_HOSTS)
                        .path(r -> Map.of("connection_id", r.connectionId()))
                        .body(r -> {
                            Map<String, Object> body = new LinkedHashMap<>();
                            body.put("hosts", hosts(r.hosts()));
                            return body;
                        })
                        .decode(BasicAnswers::basic)
                        .build(),
                // 12.8 GET .../enhanced-connections/{connection_id}/privileges
                RestCodec.of(ConnectionOperations.LIST_CONNECTION_PRIVILEGES)
                        .path(r -> Map.of("connection_id", r.connectionId()))
                        .decodeAs(WirePrivileges.class, w -> {
                            List<ConnectionPrivilege> list = new ArrayList<>();
                            for (WirePrivilege p : WireValues.nonNull(w.privileges())) {
                                list.add(new ConnectionPrivilege(
                                        p.object(), p.applicantProjectId(), WireValues.nonNull(p.privileges())));
                            }
                            return new ListConnectionPrivilegesResponse(
                                    w.isSuccess(), w.message(), w.connectionId(), list);
                        })
                        .build());
    }

    private static Object createBody(CreateConnectionRequest r) {
        return JsonBody.object()
                .put("name", r.name())
                .put("dest_vpc_id", r.destVpcId())
                .put("dest_network_id", r.destNetworkId())
                .put("queues", r.queues())
                .put("routetable_id", r.routetableId())
                .put("hosts", hosts(r.hosts()))
                .put("tags", r.tags())
                .toMap();
    }

    private static List<Object> hosts(List<Host> hosts) {
        List<Object> out = new ArrayList<>();
        for (Host h : hosts) {
            out.add(JsonBody.object().put("name", h.name()).put("ip", h.ip()).toMap());
        }
        return out;
    }

    record WireCreated(Boolean isSuccess, String message, @JsonAlias("connectionId") String connectionId)
            implements WireResult {}

    record WireConnections(Boolean isSuccess, String message, List<WireConnection> connections, Integer count)
            implements WireResult {}

    record WireConnection(
            String id,
            String name,
            String status,
            @JsonAlias("availableQueueInfo") List<WireQueueInfo> availableQueueInfo,
            @JsonAlias("destVpcId") String destVpcId,
            @JsonAlias("destNetworkId") String destNetworkId,
            @JsonAlias("isPrivis") Boolean isPrivis,
            @JsonAlias("createTime") Long createTime,
            List<WireHost> hosts) {

        Connection toConnection() {
            List<AvailableQueueInfo> queues = new ArrayList<>();
            for (WireQueueInfo q : WireValues.nonNull(availableQueueInfo)) {
                queues.add(new AvailableQueueInfo(
                        q.peerId(),
                        WireValues.enumValue(q.status(), ConnectionStatus::of),
                        q.name(),
                        q.errMsg(),
                        WireValues.epochMillis(q.updateTime())));
            }
            List<Host> hostList = new ArrayList<>();
            for (WireHost h : WireValues.nonNull(hosts)) {
                hostList.add(Host.of(h.name(), h.ip()));
            }
            return Connection.builder()
                    .id(id)
                    .name(name)
                    .status(WireValues.enumValue(status, ConnectionStatus::of))
                    .availableQueueInfo(queues)
                    .destVpcId(destVpcId)
                    .destNetworkId(destNetworkId)
                    .isPrivis(isPrivis)
                    .createTime(WireValues.epochMillis(createTime))
                    .hosts(hostList)
                    .build();
        }
    }

    record WireQueueInfo(
            @JsonAlias("peerId") String peerId,
            String status,
            String name,
            @JsonAlias("errMsg") String errMsg,
            @JsonAlias("updateTime") Long updateTime) {}

    record WireHost(String name, String ip) {}

    record WirePrivileges(
            Boolean isSuccess,
            String message,
            @JsonAlias("connectionId") String connectionId,
            List<WirePrivilege> privileges)
            implements WireResult {}

    record WirePrivilege(
            String object, @JsonAlias("applicantProjectId") String applicantProjectId, List<String> privileges) {}
}
