package io.lakejob.sdk.model.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.ConnectionOperations;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionRequestsTest {
    private static final String ID = "2a620c33-5609-40c9-affd-2b6453071b0f";

    private static void assertInvalid(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    private static CreateConnectionRequest.Builder valid() {
        return CreateConnectionRequest.builder().name("test").destVpcId("vpc-1").destNetworkId("net-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "test", "conn_1", "1", "_x", "ABC_def_123"})
    void acceptsValidConnectionNames(String name) {
        assertThat(valid().name(name).build().name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a-b", "a.b", "a b", "连接", "a/b", "../x"})
    void rejectsInvalidConnectionNames(String name) {
        assertInvalid("name", () -> valid().name(name).build());
    }

    @Test
    void connectionNameIsLimitedTo64() {
        assertThat(valid().name("c".repeat(64)).build().name()).hasSize(64);
        assertInvalid("name", () -> valid().name("c".repeat(65)).build());
    }

    @Test
    void requiresNameVpcAndNetwork() {
        assertInvalid("name", () -> valid().name(null).build());
        assertInvalid("dest_vpc_id", () -> valid().destVpcId(null).build());
        assertInvalid("dest_vpc_id", () -> valid().destVpcId(" ").build());
        assertInvalid("dest_network_id", () -> valid().destNetworkId(null).build());
        assertInvalid("dest_network_id", () -> valid().destNetworkId("").build());
        assertInvalid("routetable_id", () -> valid().routetableId(" ").build());
    }

    @Test
    void queuesAreOptionalOnCreateButMustBeValidNames() {
        assertThat(valid().build().queues()).isEmpty();
        assertThat(valid().addQueue("q1").addQueue("q2").build().queues()).containsExactly("q1", "q2");
        assertInvalid("queues", () -> valid().addQueue("_bad").build());
        assertInvalid("queues", () -> valid().addQueue("a-b").build());
        assertInvalid(
                "queues", () -> valid().queues(Collections.singletonList(null)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecs-97f8-0001", "a", "Host_1.example-2", "x"})
    void acceptsValidHostNames(String name) {
        assertThat(valid().addHost(name, "192.168.0.1").build().hosts()).containsExactly(Host.of(name, "192.168.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1host", "-host", ".host", "_host", "ho st", "host/x", "höst"})
    void rejectsInvalidHostNames(String name) {
        assertInvalid("hosts.name", () -> valid().addHost(name, "192.168.0.1").build());
    }

    @Test
    void hostNameIsLimitedTo128() {
        assertThat(valid().addHost("h".repeat(128), "10.0.0.1").build().hosts()).hasSize(1);
        assertInvalid(
                "hosts.name", () -> valid().addHost("h".repeat(129), "10.0.0.1").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "192.168.0.1", "255.255.255.255", "10.0.0.1", "1.2.3.4"})
    void acceptsIpv4Addresses(String ip) {
        assertThat(valid().addHost("h", ip).build().hosts().get(0).ip()).isEqualTo(ip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "a.b.c.d", "::1", "1.2.3.4 ", "1..2.3"})
    void rejectsMalformedIpv4(String ip) {
        assertInvalid("hosts.ip", () -> valid().addHost("h", ip).build());
    }

    @Test
    void hostFieldsAreOptionalButTheListIsBounded() {
        assertThat(valid().hosts(List.of(new Host(null, "10.0.0.1"), new Host("h", null)))
                        .build()
                        .hosts())
                .hasSize(2);
        List<Host> many = new ArrayList<>(Collections.nCopies(20_000, Host.of("h", "10.0.0.1")));
        assertThat(valid().hosts(many).build().hosts()).hasSize(20_000);
        many.add(Host.of("h", "10.0.0.1"));
        assertInvalid("hosts", () -> valid().hosts(many).build());
        assertInvalid(
                "hosts", () -> valid().hosts(Collections.singletonList(null)).build());
    }

    @Test
    void tagsAreValidated() {
        assertThat(valid().addTag("k", "v").build().tags()).hasSize(1);
        assertInvalid("tags.key", () -> valid().addTag("", "v").build());
    }

    @Test
    void createToBuilderRoundTripsAndListsAreImmutable() {
        CreateConnectionRequest r = valid().routetableId("rt-1")
                .addQueue("q1")
                .addHost("ecs-97f8-0001", "192.168.0.1")
                .addTag("k", "v")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThatThrownBy(() -> r.queues().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.hosts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "%2e%2e", "a\r\nb", "..", ".", "a\\b", ""})
    void rejectsTraversalInConnectionIds(String id) {
        assertInvalid("connection_id", () -> DeleteConnectionRequest.of(id));
        assertInvalid("connection_id", () -> GetConnectionRequest.of(id));
        assertInvalid("connection_id", () -> ListConnectionPrivilegesRequest.of(id));
        assertInvalid("connection_id", () -> AssociateQueuesRequest.of(id, List.of("q1")));
        assertInvalid("connection_id", () -> DisassociateQueuesRequest.of(id, List.of("q1")));
        assertInvalid("connection_id", () -> UpdateConnectionHostsRequest.of(id, List.of()));
    }

    @Test
    void connectionIdIsRequired() {
        assertInvalid("connection_id", () -> DeleteConnectionRequest.of(null));
        assertInvalid("connection_id", () -> GetConnectionRequest.of(" "));
        assertInvalid(
                "connection_id",
                () -> AssociateQueuesRequest.builder().addQueue("q").build());
    }

    @Test
    void associateAndDisassociateNeedAtLeastOneValidQueue() {
        assertThat(AssociateQueuesRequest.of(ID, List.of("q1", "q2")).queues()).containsExactly("q1", "q2");
        assertInvalid("queues", () -> AssociateQueuesRequest.of(ID, List.of()));
        assertInvalid("queues", () -> AssociateQueuesRequest.of(ID, null));
        assertInvalid("queues", () -> AssociateQueuesRequest.of(ID, List.of("123")));
        assertInvalid("queues", () -> DisassociateQueuesRequest.of(ID, List.of()));
        assertInvalid("queues", () -> DisassociateQueuesRequest.of(ID, List.of("q-1")));
        AssociateQueuesRequest a =
                AssociateQueuesRequest.builder().connectionId(ID).addQueue("q1").build();
        assertThat(a.toBuilder().build()).isEqualTo(a);
        DisassociateQueuesRequest d = DisassociateQueuesRequest.builder()
                .connectionId(ID)
                .addQueue("q1")
                .build();
        assertThat(d.toBuilder().build()).isEqualTo(d);
    }

    @Test
    void updateHostsAllowsAnEmptyListToClearButValidatesEntries() {
        assertThat(UpdateConnectionHostsRequest.of(ID, List.of()).hosts()).isEmpty();
        assertThat(UpdateConnectionHostsRequest.builder()
                        .connectionId(ID)
                        .build()
                        .hosts())
                .isEmpty();
        assertInvalid("hosts", () -> UpdateConnectionHostsRequest.of(ID, null));
        assertInvalid("hosts.ip", () -> UpdateConnectionHostsRequest.of(ID, List.of(Host.of("h", "300.0.0.1"))));
        assertInvalid("hosts.name", () -> UpdateConnectionHostsRequest.of(ID, List.of(Host.of("9h", "1.1.1.1"))));
        UpdateConnectionHostsRequest u = UpdateConnectionHostsRequest.builder()
                .connectionId(ID)
                .addHost("ecs-97f8-0001", "192.168.0.1")
                .build();
        assertThat(u.toBuilder().build()).isEqualTo(u);
    }

    @Test
    void listRequestChecksPagingAndStatusFilter() {
        ListConnectionsRequest r = ListConnectionsRequest.builder()
                .limit(0)
                .offset(0)
                .status(ConnectionStatus.of("deleted"))
                .name("n")
                .tags("tag1=v1,tag2=v2")
                .build();
        assertThat(r.status()).isSameAs(ConnectionStatus.DELETED);
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertInvalid("limit", () -> ListConnectionsRequest.builder().limit(-1).build());
        assertInvalid(
                "offset", () -> ListConnectionsRequest.builder().offset(-1).build());
        assertInvalid("status", () -> ListConnectionsRequest.builder()
                .status(ConnectionStatus.CREATING)
                .build());
        assertInvalid("status", () -> ListConnectionsRequest.builder()
                .status(ConnectionStatus.of("gone"))
                .build());
    }

    @Test
    void unknownStatusIsKeptNotFatal() {
        ConnectionStatus s = ConnectionStatus.of("UPDATING");
        assertThat(s.isKnown()).isFalse();
        assertThat(s.value()).isEqualTo("UPDATING");
        assertThat(ConnectionStatus.of("active")).isSameAs(ConnectionStatus.ACTIVE);
        assertThat(ConnectionStatus.knownValues())
                .containsExactly(
                        ConnectionStatus.CREATING,
                        ConnectionStatus.ACTIVE,
                        ConnectionStatus.FAILED,
                        ConnectionStatus.DELETED);
    }

    @Test
    void entityBuilderRoundTripsAndResponsesCopyLists() {
        Connection c = Connection.builder()
                .id(ID)
                .name("withvpc")
                .status(ConnectionStatus.ACTIVE)
                .availableQueueInfo(List.of(new AvailableQueueInfo("p", ConnectionStatus.ACTIVE, "q", "", null)))
                .hosts(List.of(Host.of("h", "1.1.1.1")))
                .isPrivis(true)
                .build();
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(Connection.builder().build().hosts()).isEmpty();
        assertThat(new ListConnectionsResponse(true, "", null, 0).items()).isEmpty();
        assertThat(new ListConnectionsResponse(true, "", List.of(c), 1).totalCount())
                .isEmpty();
        ListConnectionPrivilegesResponse p = new ListConnectionPrivilegesResponse(
                true, "", ID, List.of(new ConnectionPrivilege("edsconnections." + ID, "proj", List.of("BIND_QUEUE"))));
        assertThat(p.items()).hasSize(1);
        assertThat(p.totalCount()).hasValue(1);
    }

    @Test
    void operationsAreCataloguedWithTheReferencePaths() {
        String base = "/v2.0/{project_id}/datasource/enhanced-connections";
        assertThat(ConnectionOperations.CREATE_CONNECTION.method()).isEqualTo(HttpMethod.POST);
        assertThat(ConnectionOperations.CREATE_CONNECTION.pathTemplate()).isEqualTo(base);
        assertThat(ConnectionOperations.DELETE_CONNECTION.pathTemplate()).isEqualTo(base + "/{connection_id}");
        assertThat(ConnectionOperations.UPDATE_CONNECTION_HOSTS.method()).isEqualTo(HttpMethod.PUT);
        assertThat(ConnectionOperations.ASSOCIATE_QUEUES.pathTemplate())
                .isEqualTo(base + "/{connection_id}/associate-queue");
        assertThat(ConnectionOperations.DISASSOCIATE_QUEUES.pathTemplate())
                .isEqualTo(base + "/{connection_id}/disassociate-queue");
        assertThat(ConnectionOperations.LIST_CONNECTION_PRIVILEGES.pathTemplate())
                .isEqualTo(base + "/{connection_id}/privileges");
        List<String> sections = Operations.all().stream()
                .filter(o -> o.group() == OperationGroup.CONNECTIONS)
                .map(o -> o.section())
                .collect(Collectors.toList());
        assertThat(sections).containsExactly("12.1", "12.2", "12.3", "12.4", "12.5", "12.6", "12.7", "12.8");
        assertThat(Operations.byName("UpdateConnectionHosts"))
                .containsSame(ConnectionOperations.UPDATE_CONNECTION_HOSTS);
    }

    @Test
    void clientSendsTheRightOperations() {
        Function<Object, BasicResponse> ok = r -> BasicResponse.success("");
        RecordingTransport t = new RecordingTransport()
                .answer(ConnectionOperations.CREATE_CONNECTION, r -> new CreateConnectionResponse(true, "", ID))
                .answer(ConnectionOperations.DELETE_CONNECTION, ok::apply)
                .answer(
                        ConnectionOperations.GET_CONNECTION,
                        r -> new GetConnectionResponse(
                                true,
                                "",
                                Connection.builder().id(r.connectionId()).build()))
                .answer(ConnectionOperations.ASSOCIATE_QUEUES, ok::apply)
                .answer(ConnectionOperations.DISASSOCIATE_QUEUES, ok::apply)
                .answer(ConnectionOperations.UPDATE_CONNECTION_HOSTS, ok::apply)
                .answer(
                        ConnectionOperations.LIST_CONNECTION_PRIVILEGES,
                        r -> new ListConnectionPrivilegesResponse(
                                true,
                                "",
                                r.connectionId(),
                                List.of(new ConnectionPrivilege("o", "p", List.of("BIND_QUEUE")))));
        try (LakeJobClient client = t.client()) {
            var cc = client.connections();
            assertThat(cc.create(b -> b.name("test")
                                    .destVpcId("v")
                                    .destNetworkId("n")
                                    .addQueue("q1"))
                            .connectionId())
                    .isEqualTo(ID);
            assertThat(t.lastCall().operation()).isSameAs(ConnectionOperations.CREATE_CONNECTION);
            assertThat(((CreateConnectionRequest) t.lastCall().request()).queues())
                    .containsExactly("q1");

            cc.delete(ID);
            assertThat(t.lastCall().operation()).isSameAs(ConnectionOperations.DELETE_CONNECTION);
            assertThat(t.lastCall().request()).isEqualTo(DeleteConnectionRequest.of(ID));

            assertThat(cc.get(ID).connection().id()).isEqualTo(ID);
            assertThat(t.lastCall().request()).isEqualTo(GetConnectionRequest.of(ID));

            cc.associateQueues(ID, List.of("q1", "q2"));
            assertThat(t.lastCall().request()).isEqualTo(AssociateQueuesRequest.of(ID, List.of("q1", "q2")));
            cc.associateQueues(b -> b.connectionId(ID).addQueue("q3"));
            assertThat(t.lastCall().request()).isEqualTo(AssociateQueuesRequest.of(ID, List.of("q3")));

            cc.disassociateQueues(ID, List.of("q1"));
            assertThat(t.lastCall().operation()).isSameAs(ConnectionOperations.DISASSOCIATE_QUEUES);
            cc.disassociateQueues(b -> b.connectionId(ID).addQueue("q2"));
            assertThat(t.lastCall().request()).isEqualTo(DisassociateQueuesRequest.of(ID, List.of("q2")));

            cc.updateHosts(ID, List.of(Host.of("h", "1.1.1.1")));
            assertThat(t.lastCall().operation()).isSameAs(ConnectionOperations.UPDATE_CONNECTION_HOSTS);
            cc.updateHosts(b -> b.connectionId(ID));
            assertThat(t.lastCall().request()).isEqualTo(UpdateConnectionHostsRequest.of(ID, List.of()));

            assertThat(cc.listPrivileges(ID).privileges()).hasSize(1);
            assertThat(cc.listAllPrivileges(ID))
                    .extracting(ConnectionPrivilege::privileges)
                    .containsExactly(List.of("BIND_QUEUE"));
            assertThat(t.lastCall().request()).isEqualTo(ListConnectionPrivilegesRequest.of(ID));
        }
        assertThat(t.isClosed()).isTrue();
        assertThat(t.calls()).hasSize(11);
    }

    @Test
    void invalidRequestsNeverReachTheTransport() {
        RecordingTransport t = new RecordingTransport();
        try (LakeJobClient client = t.client()) {
            assertInvalid("connection_id", () -> client.connections().delete("../x"));
            assertInvalid("hosts.ip", () -> client.connections().updateHosts(ID, List.of(Host.of("h", "1.2.3"))));
            assertInvalid("name", () -> client.connections().findByName(" "));
        }
        assertThat(t.calls()).isEmpty();
    }

    private static RecordingTransport pagedOver(List<Connection> all) {
        return new RecordingTransport().answer(ConnectionOperations.LIST_CONNECTIONS, r -> {
            int n = all.size();
            if (r.limit() != null && r.limit() == 0) {
                return new ListConnectionsResponse(true, "", all, n);
            }
            int from = Math.min(r.offset(), n);
            int to = Math.min(from + r.limit(), n);
            return new ListConnectionsResponse(true, "", all.subList(from, to), to - from);
        });
    }

    private static List<Connection> connections(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> Connection.builder().id("id" + i).name("c" + i).build())
                .collect(Collectors.toList());
    }

    @Test
    void listAllFollowsOffsetsUntilAShortPage() {
        RecordingTransport t = pagedOver(connections(7));
        try (LakeJobClient client = t.client()) {
            List<String> names =
                    client
                            .connections()
                            .listAll(ListConnectionsRequest.builder()
                                    .limit(3)
                                    .offset(99)
                                    .build())
                            .stream()
                            .map(Connection::name)
                            .collect(Collectors.toList());
            assertThat(names).containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6");
            assertThat(t.calls()).hasSize(3);
            assertThat(t.calls().stream().map(c -> ((ListConnectionsRequest) c.request()).offset()))
                    .containsExactly(0, 3, 6);
        }
    }

    @Test
    void listAllUsesTheDefaultLimitAndLimitZeroFetchesOnce() {
        RecordingTransport t = pagedOver(connections(150));
        try (LakeJobClient client = t.client()) {
            assertThat(client.connections().listAll()).hasSize(150);
            assertThat(t.calls()).hasSize(2);
            assertThat(((ListConnectionsRequest) t.calls().get(0).request()).limit())
                    .isEqualTo(100);
            assertThat(client.connections()
                            .listAll(ListConnectionsRequest.builder().limit(0).build()))
                    .hasSize(150);
            assertThat(t.calls()).hasSize(3);
        }
    }

    @Test
    void findByNameFiltersOnTheServiceAndMatchesExactly() {
        List<Connection> all = List.of(
                Connection.builder().id("1").name("abc").build(),
                Connection.builder().id("2").name("ab").build());
        RecordingTransport t = new RecordingTransport()
                .answer(ConnectionOperations.LIST_CONNECTIONS, r -> new ListConnectionsResponse(true, "", all, 2));
        try (LakeJobClient client = t.client()) {
            assertThat(client.connections().findByName("ab"))
                    .map(Connection::id)
                    .hasValue("2");
            assertThat(((ListConnectionsRequest) t.lastCall().request()).name()).isEqualTo("ab");
            assertThat(client.connections().findByName("zz")).isEmpty();
        }
    }
}
