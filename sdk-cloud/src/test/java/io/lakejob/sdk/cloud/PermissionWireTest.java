package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.permission.GetTableUserPrivilegesResponse;
import io.lakejob.sdk.model.permission.ListDatabaseUsersResponse;
import io.lakejob.sdk.model.permission.ListObjectPrivilegesResponse;
import io.lakejob.sdk.model.permission.ListQueueUsersResponse;
import io.lakejob.sdk.model.permission.ListTableUsersResponse;
import io.lakejob.sdk.model.permission.PermissionAction;
import io.lakejob.sdk.model.permission.PermissionObjects;
import io.lakejob.sdk.model.permission.Privilege;
import io.lakejob.sdk.model.permission.UserPrivilege;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections 5.1-5.7 over real HTTP against WireMock: exact requests, signatures, parsed answers. */
class PermissionWireTest extends WireSupport {
    private static final String BASE = "/v1.0/" + PROJECT;

    private static void assertSent(LoggedRequest r, String method, String url) {
        assertThat(r.getMethod().getName()).isEqualTo(method);
        assertThat(r.getUrl()).isEqualTo(url);
        assertThat(r.getHeader("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(r.getHeader("User-Agent")).startsWith("lakejob-sdk-java/");
        assertSignedCorrectly(r, AK, SK);
    }

    private void stub(com.github.tomakehurst.wiremock.client.MappingBuilder m, String example) {
        server.stubFor(m.willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(resource(example))));
    }

    @Test
    void updateQueuePermissionWithNoPrivilegesSendsAnEmptyArray() {
        stub(put(urlPathEqualTo(BASE + "/queues/user-authorization")), "5.1-response.json");
        try (LakeJobClient client = client()) {
            client.permissions().grantQueue(g -> g.queueName("queue1")
                    .userName("tenant2")
                    .action(PermissionAction.UPDATE)
                    .privileges(List.of()));
        }
        // "privileges" is required; an empty list with update revokes every privilege.
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(
                        json(
                                "{\"queue_name\":\"queue1\",\"user_name\":\"tenant2\",\"action\":\"update\",\"privileges\":[]}"));
    }

    @Test
    void listQueueUsersSendsLimitAndOffsetAndReadsTheUsers() {
        stub(get(urlPathEqualTo(BASE + "/queues/queue1/users")), "5.2-response.json");
        ListQueueUsersResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.permissions()
                    .listQueueUsers(l -> l.queueName("queue1").limit(10).offset(20));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", BASE + "/queues/queue1/users?limit=10&offset=20");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.queueName()).isEqualTo("queue1");
        assertThat(resp.privileges()).hasSize(2);
        UserPrivilege admin = resp.privileges().get(0);
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.userName()).isEqualTo("tenant1");
        assertThat(admin.privileges()).containsExactly(Privilege.ALL);
        UserPrivilege user2 = resp.privileges().get(1);
        assertThat(user2.isAdmin()).isFalse();
        assertThat(user2.userName()).isEqualTo("user2");
        assertThat(user2.privileges()).containsExactly(Privilege.SUBMIT_JOB);
    }

    @Test
    void listQueueUsersDefaultsAreSentBecauseBothAreRequired() {
        stub(get(urlPathEqualTo(BASE + "/queues/queue1/users")), "5.2-response.json");
        try (LakeJobClient client = client()) {
            client.permissions().listQueueUsers("queue1");
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(BASE + "/queues/queue1/users?limit=100&offset=0");
    }

    @Test
    void grantDataUpdateKeepsAnEmptyPrivilegeListPerObject() {
        stub(put(urlPathEqualTo(BASE + "/user-authorization")), "5.3-response.json");
        try (LakeJobClient client = client()) {
            client.permissions()
                    .grantData(g ->
                            g.userName("user2").action(PermissionAction.UPDATE).addPrivilege("jobs.flink.9561"));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"user_name\":\"user2\",\"action\":\"update\","
                        + "\"privileges\":[{\"object\":\"jobs.flink.9561\",\"privileges\":[]}]}"));
    }

    @Test
    void listDatabaseUsersReadsTheReferenceExample() {
        stub(get(urlPathEqualTo(BASE + "/databases/dsstest/users")), "5.4-response.json");
        ListDatabaseUsersResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.permissions().listDatabaseUsers("dsstest");
        }
        assertSent(onlyRequest(), "GET", BASE + "/databases/dsstest/users");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.databaseName()).isEqualTo("dsstest");
        assertThat(resp.items()).extracting(UserPrivilege::userName).containsExactly("test", "scuser1", "scuser2");
        assertThat(resp.privileges().get(1).privileges()).containsExactly(Privilege.ALTER_TABLE_ADD_PARTITION);
        assertThat(resp.privileges().get(2).isAdmin()).isFalse();
        assertThat(resp.totalCount()).hasValue(3);
    }

    @Test
    void listTableUsersReadsObjectsAndUsers() {
        stub(get(urlPathEqualTo(BASE + "/databases/dsstest/tables/csv_par_table/users")), "5.5-response.json");
        ListTableUsersResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.permissions().listTableUsers("dsstest", "csv_par_table");
        }
        assertSent(onlyRequest(), "GET", BASE + "/databases/dsstest/tables/csv_par_table/users");
        assertThat(resp.privileges()).hasSize(2);
        assertThat(resp.privileges().get(0).object()).isEqualTo("databases.dsstest.tables.csv_par_table");
        assertThat(resp.privileges().get(0).userName()).isEqualTo("tent2");
        assertThat(resp.privileges().get(0).isAdmin()).isFalse();
        assertThat(resp.privileges().get(0).privileges()).containsExactly(Privilege.SELECT);
        assertThat(resp.privileges().get(1).isAdmin()).isTrue();
        assertThat(resp.privileges().get(1).privileges()).containsExactly(Privilege.ALL);
    }

    @Test
    void getTableUserPrivilegesReadsTheObjects() {
        stub(get(urlPathEqualTo(BASE + "/databases/dsstest/tables/obs_2312/users/scuser1")), "5.6-response.json");
        GetTableUserPrivilegesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.permissions().getTableUserPrivileges("dsstest", "obs_2312", "scuser1");
        }
        assertSent(onlyRequest(), "GET", BASE + "/databases/dsstest/tables/obs_2312/users/scuser1");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.userName()).isEqualTo("scuser1");
        assertThat(resp.privileges()).hasSize(2);
        assertThat(resp.privileges().get(0).object()).isEqualTo("databases.dsstest.tables.obs_2312");
        assertThat(resp.privileges().get(0).privileges()).containsExactly(Privilege.DESCRIBE_TABLE);
        assertThat(resp.privileges().get(1).object()).isEqualTo("databases.dsstest.tables.obs_2312.columns.id");
        assertThat(resp.privileges().get(1).privileges()).containsExactly(Privilege.SELECT);
    }

    @Test
    void aUserNameNeedingEncodingIsEncodedOnceAndSigned() {
        String path = BASE + "/databases/db1/tables/t%24x/users/ann%20b%40corp%2B%C3%BC";
        server.stubFor(get(anyUrl())
                .willReturn(aResponse().withBody("{\"is_success\":\"true\",\"user_name\":\"ann b@corp+ü\"}")));
        GetTableUserPrivilegesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.permissions().getTableUserPrivileges("db1", "t$x", "ann b@corp+ü");
        }
        LoggedRequest r = onlyRequest();
        assertThat(rawPath(r)).isEqualTo(path);
        assertSignedCorrectly(r, AK, SK);
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.userName()).isEqualTo("ann b@corp+ü");
        assertThat(resp.privileges()).isEmpty();
    }

    @Test
    void listObjectPrivilegesSendsTheObjectAndPagingAndReadsTheCount() {
        stub(get(urlPathEqualTo(BASE + "/authorization/privileges")), "5.7-response.json");
        ListObjectPrivilegesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.permissions()
                    .listObjectPrivileges(
                            l -> l.object("resources.grp/pkg 1.jar").offset(0).limit(50));
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("GET");
        assertThat(rawPath(r)).isEqualTo(BASE + "/authorization/privileges");
        assertThat(r.getQueryParams().keySet()).containsExactlyInAnyOrder("object", "offset", "limit");
        assertThat(r.queryParameter("object").firstValue()).isEqualTo("resources.grp/pkg 1.jar");
        assertThat(rawQuery(r)).contains("object=resources.grp%2Fpkg%201.jar");
        assertThat(r.queryParameter("offset").firstValue()).isEqualTo("0");
        assertThat(r.queryParameter("limit").firstValue()).isEqualTo("50");
        assertSignedCorrectly(r, AK, SK);
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.objectName()).isEqualTo("9561");
        assertThat(resp.objectType()).isEqualTo("flink");
        assertThat(resp.count()).isEqualTo(2);
        assertThat(resp.totalCount()).hasValue(2);
        assertThat(resp.privileges().get(0).userName()).isEqualTo("testuser1");
        assertThat(resp.privileges().get(0).isAdmin()).isTrue();
        assertThat(resp.privileges().get(1).privileges()).containsExactly(Privilege.GET);
    }

    @Test
    void toleratesStringBooleansOneObjectForAnArrayAndUnknownPrivileges() {
        server.stubFor(get(urlPathEqualTo(BASE + "/authorization/privileges"))
                .willReturn(aResponse()
                        .withBody("{\"is_success\":\"true\",\"object_name\":\"9561\",\"count\":\"1\","
                                + "\"privileges\":{\"user_name\":\"u\",\"is_admin\":\"false\","
                                + "\"privileges\":\"EXPORT_JOB\"}}")));
        ListObjectPrivilegesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.permissions().listObjectPrivileges(PermissionObjects.flinkJob(9561));
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(BASE + "/authorization/privileges?object=jobs.flink.9561");
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.count()).isEqualTo(1);
        assertThat(resp.privileges()).hasSize(1);
        assertThat(resp.privileges().get(0).isAdmin()).isFalse();
        Privilege p = resp.privileges().get(0).privileges().get(0);
        assertThat(p.value()).isEqualTo("EXPORT_JOB");
        assertThat(p.isKnown()).isFalse();
    }

    @Test
    void missingFieldsAreNullAndEmptyNeverAnError() {
        server.stubFor(get(urlPathEqualTo(BASE + "/databases/db1/users"))
                .willReturn(aResponse().withBody("{\"privileges\":[null,{}]}")));
        ListDatabaseUsersResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.permissions().listDatabaseUsers("db1");
        }
        assertThat(resp.isSuccess()).isNull();
        assertThat(resp.databaseName()).isNull();
        assertThat(resp.privileges()).hasSize(1);
        assertThat(resp.privileges().get(0).userName()).isNull();
        assertThat(resp.privileges().get(0).privileges()).isEmpty();
    }
}
