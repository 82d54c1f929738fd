package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.connection.AvailableQueueInfo;
import io.lakejob.sdk.model.connection.Connection;
import io.lakejob.sdk.model.connection.ConnectionPrivilege;
import io.lakejob.sdk.model.connection.ConnectionStatus;
import io.lakejob.sdk.model.connection.CreateConnectionResponse;
import io.lakejob.sdk.model.connection.GetConnectionResponse;
import io.lakejob.sdk.model.connection.Host;
import io.lakejob.sdk.model.connection.ListConnectionPrivilegesResponse;
import io.lakejob.sdk.model.connection.ListConnectionsResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections 12.1-12.8 over real HTTP against WireMock: exact requests, signatures, parsed answers. */
class ConnectionWireTest extends WireSupport {
    private static final String CONNECTIONS = "/v2.0/" + PROJECT + "/datasource/enhanced-connections";
    private static final String ID = "2a620c33-5609-40c9-affd-2b6453071b0f";
    private static final String ODD_ID = "conn 1:ü";
    private static final String ODD_ID_ENCODED = "conn%201%3A%C3%BC";

    private void answer(int status, String body) {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static void assertSent(LoggedRequest r, String method, String path) {
        assertThat(r.getMethod().getName()).isEqualTo(method);
        assertThat(rawPath(r)).isEqualTo(path);
        assertThat(r.getHeader("X-Project-Id")).isEqualTo(PROJECT);
        assertSignedCorrectly(r, AK, SK);
    }

    private static void assertJsonBody(LoggedRequest r, JsonNode expected) {
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(json(r.getBodyAsString())).isEqualTo(expected);
    }

    @Test
    void createSendsTheReferenceBody() {
        answer(201, resource("12.1-response.json"));
        CreateConnectionResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.connections().create(c -> c.name("test")
                    .destVpcId("22094d8f-c310-4621-913d-4c4d655d8495")
                    .destNetworkId("78f2562a-36e4-4b39-95b9-f5aab22e1281")
                    .addQueue("q1")
                    .addQueue("q2")
                    .addHost("ecs-97f8-0001", "192.168.0.1")
                    .addHost("ecs-97f8-0002", "192.168.0.2"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", CONNECTIONS);
        assertJsonBody(r, json(resource("12.1-request.json")));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.connectionId()).isEqualTo(ID);
        assertThat(resp.message()).startsWith("Create peer connection for queues:");
    }

    @Test
    void createSendsRouteTableAndTagsAndOmitsEmptyLists() {
        answer(201, resource("12.1-response.json"));
        try (LakeJobClient client = client()) {
            client.connections().create(c -> c.name("c_1")
                    .destVpcId("vpc")
                    .destNetworkId("net")
                    .routetableId("rt-1")
                    .addTag("env", "prod"));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"name\":\"c_1\",\"dest_vpc_id\":\"vpc\",\"dest_network_id\":\"net\","
                        + "\"routetable_id\":\"rt-1\",\"tags\":[{\"key\":\"env\",\"value\":\"prod\"}]}"));
    }

    @Test
    void deleteEncodesTheIdOnceAndSendsNoBody() {
        answer(200, resource("12.2-response.json"));
        BasicResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.connections().delete(ODD_ID);
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "DELETE", CONNECTIONS + "/" + ODD_ID_ENCODED);
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEqualTo("Deleted");
    }

    @Test
    void listSendsEveryQueryParameterAndReadsTheReferenceExample() {
        answer(200, resource("12.3-response.json"));
        ListConnectionsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.connections().list(l -> l.limit(10)
                    .offset(20)
                    .status(ConnectionStatus.ACTIVE)
                    .name("withvpc")
                    .tags("tag1=v1,tag2=v2"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", CONNECTIONS);
        assertThat(r.getQueryParams().keySet()).containsExactlyInAnyOrder("limit", "offset", "status", "name", "tags");
        assertThat(r.queryParameter("limit").firstValue()).isEqualTo("10");
        assertThat(r.queryParameter("offset").firstValue()).isEqualTo("20");
        assertThat(r.queryParameter("status").firstValue()).isEqualTo("ACTIVE");
        assertThat(r.queryParameter("name").firstValue()).isEqualTo("withvpc");
        assertThat(r.queryParameter("tags").firstValue()).isEqualTo("tag1=v1,tag2=v2");
        assertThat(r.getBody()).isEmpty();

        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.count()).isEqualTo(1);
        Connection c = resp.connections().get(0);
        assertThat(c.id()).isEqualTo("4c693ecc-bab8-4113-a838-129cedc9a563");
        assertThat(c.name()).isEqualTo("withvpc");
        assertThat(c.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(c.isPrivis()).isTrue(); // "isPrivis" in camelCase on the wire
        assertThat(c.destVpcId()).isEqualTo("22094d8f-c310-4621-913d-4c4d655d8495");
        assertThat(c.destNetworkId()).isEqualTo("78f2562a-36e4-4b39-95b9-f5aab22e1281");
        assertThat(c.createTime()).isEqualTo(Instant.ofEpochMilli(1566888011125L));
        assertThat(c.hosts()).isEmpty();
        AvailableQueueInfo q = c.availableQueueInfo().get(0);
        assertThat(q.peerId()).isEqualTo("d2ae6628-fa37-4e04-806d-c59c497492d1");
        assertThat(q.name()).isEqualTo("resource_mode_1");
        assertThat(q.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(q.errMsg()).isEmpty();
        assertThat(q.updateTime()).isEqualTo(Instant.ofEpochMilli(1566889577861L));
    }

    @Test
    void listWithoutFiltersSendsNoQueryAndReadsOtherSpellings() {
        answer(
                200,
                "{\"is_success\":\"true\",\"count\":\"1\",\"connections\":{\"id\":\"x\",\"is_privis\":\"false\","
                        + "\"status\":\"creating\",\"available_queue_info\":{\"status\":\"SOMETHING_NEW\"},"
                        + "\"hosts\":[{\"name\":\"h\",\"ip\":\"10.0.0.1\"},null]}}");
        ListConnectionsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.connections().list(l -> {});
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(CONNECTIONS);
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.count()).isEqualTo(1);
        Connection c = resp.connections().get(0);
        assertThat(c.isPrivis()).isFalse();
        assertThat(c.status()).isEqualTo(ConnectionStatus.CREATING);
        assertThat(c.availableQueueInfo().get(0).status().value()).isEqualTo("SOMETHING_NEW");
        assertThat(c.availableQueueInfo().get(0).status().isKnown()).isFalse();
        assertThat(c.hosts()).containsExactly(Host.of("h", "10.0.0.1"));
    }

    @Test
    void getReadsTheFieldsBesideIsSuccess() {
        answer(200, resource("12.4-response.json"));
        GetConnectionResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.connections().get("4c693ecc-bab8-4113-a838-129cedc9a563");
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", CONNECTIONS + "/4c693ecc-bab8-4113-a838-129cedc9a563");
        assertThat(rawQuery(r)).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEmpty();
        Connection c = resp.connection();
        assertThat(c.id()).isEqualTo("4c693ecc-bab8-4113-a838-129cedc9a563");
        assertThat(c.name()).isEqualTo("withvpc");
        assertThat(c.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(c.createTime()).isEqualTo(Instant.ofEpochMilli(1566888011125L));
        assertThat(c.hosts())
                .containsExactly(Host.of("ecs-97f8-0001", "192.168.0.1"), Host.of("ecs-97f8-0002", "192.168.0.2"));
        assertThat(c.availableQueueInfo()).hasSize(1);
        assertThat(c.availableQueueInfo().get(0).peerId()).isEqualTo("d2ae6628-fa37-4e04-806d-c59c497492d1");
        assertThat(c.isPrivis()).isNull();
    }

    @Test
    void getEncodesTheIdAndReadsANestedConnection() {
        answer(200, "{\"is_success\":true,\"connection\":{\"id\":\"n1\",\"name\":\"nested\",\"status\":\"FAILED\"}}");
        GetConnectionResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.connections().get(ODD_ID);
        }
        assertSent(onlyRequest(), "GET", CONNECTIONS + "/" + ODD_ID_ENCODED);
        assertThat(resp.connection().id()).isEqualTo("n1");
        assertThat(resp.connection().name()).isEqualTo("nested");
        assertThat(resp.connection().status()).isEqualTo(ConnectionStatus.FAILED);
    }

    @Test
    void disassociateQueuesSendsTheReferenceBodyWithAnEncodedId() {
        answer(200, resource("12.6-response.json"));
        BasicResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.connections().disassociateQueues(ODD_ID, List.of("q1", "q2"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", CONNECTIONS + "/" + ODD_ID_ENCODED + "/disassociate-queue");
        assertJsonBody(r, json(resource("12.6-request.json")));
        assertThat(resp.message()).isEqualTo("Disassociated peer connection for queues:{q1,q2}.");
    }

    @Test
    void updateHostsWithNoHostsSendsAnEmptyListToClearThem() {
        answer(200, resource("12.7-response.json"));
        try (LakeJobClient client = client()) {
            client.connections().updateHosts(ID, List.of());
        }
        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("{\"hosts\":[]}"));
    }

    @Test
    void listPrivilegesReadsTheReferenceExample() {
        answer(200, resource("12.8-response.json"));
        ListConnectionPrivilegesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.connections().listPrivileges("503fc86a-5e60-4349-92c2-7e399404fa8a");
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", CONNECTIONS + "/503fc86a-5e60-4349-92c2-7e399404fa8a/privileges");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.connectionId()).isEqualTo("503fc86a-5e60-4349-92c2-7e399404fa8a");
        assertThat(resp.privileges()).hasSize(1);
        ConnectionPrivilege p = resp.privileges().get(0);
        assertThat(p.object()).isEqualTo("edsconnections.503fc86a-5e60-4349-92c2-7e399404fa8a");
        assertThat(p.applicantProjectId()).isEqualTo("330e068af1334c9782f4226acc00a2e2");
        assertThat(p.privileges()).containsExactly("BIND_QUEUE");
    }

    @Test
    void listPrivilegesEncodesTheIdAndReadsAnEmptyAnswer() {
        answer(200, "{\"is_success\":true}");
        ListConnectionPrivilegesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.connections().listPrivileges(ODD_ID);
        }
        assertSent(onlyRequest(), "GET", CONNECTIONS + "/" + ODD_ID_ENCODED + "/privileges");
        assertThat(resp.privileges()).isEmpty();
        assertThat(resp.connectionId()).isNull();
    }
}
