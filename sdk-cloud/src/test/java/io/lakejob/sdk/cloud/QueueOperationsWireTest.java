package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.model.queue.CreateQueueResponse;
import io.lakejob.sdk.model.queue.GetQueueResponse;
import io.lakejob.sdk.model.queue.ListQueuesResponse;
import io.lakejob.sdk.model.queue.Queue;
import io.lakejob.sdk.model.queue.QueueAction;
import io.lakejob.sdk.model.queue.QueueActionRequest;
import io.lakejob.sdk.model.queue.QueueActionResponse;
import io.lakejob.sdk.model.queue.QueueOrder;
import io.lakejob.sdk.model.queue.QueueType;
import io.lakejob.sdk.spi.QueueOperations;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sections 6.1-6.5 over real HTTP against WireMock: exact requests, signatures, parsed answers. */
class QueueOperationsWireTest extends WireSupport {
    private static final String QUEUES = "/v1.0/" + PROJECT + "/queues";

    private static void assertCommonHeaders(LoggedRequest r) {
        assertThat(r.getHeader("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(r.getHeader("User-Agent")).startsWith("lakejob-sdk-java/").doesNotContain("${");
        assertThat(r.getHeader("Host")).isEqualTo("127.0.0.1:" + r.getPort());
    }

    @Test
    void createQueueSendsTheReferenceBodyAndSignsIt() {
        server.stubFor(post(urlPathEqualTo(QUEUES))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(resource("6.1-response.json"))));
        try (LakeJobClient client = client()) {
            CreateQueueResponse resp = client.queues().create(q -> q.queueName("queue1")
                    .description("test")
                    .cuCount(16)
                    .resourceMode(1)
                    .queueType(QueueType.GENERAL)
                    .labels(List.of("multi_az=2")));
            assertThat(resp.isSuccess()).isTrue();
            assertThat(resp.message()).isEmpty();
            assertThat(resp.queueName()).isEqualTo("queue1");
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("POST");
        assertThat(r.getUrl()).isEqualTo(QUEUES);
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(json(r.getBodyAsString())).isEqualTo(json(resource("6.1-request.json")));
        assertCommonHeaders(r);
        assertSignedCorrectly(r, AK, SK);
    }

    @Test
    void createQueueWritesTagsAndOmitsUnsetFields() {
        server.stubFor(post(urlPathEqualTo(QUEUES)).willReturn(aResponse().withBody(resource("6.1-response.json"))));
        try (LakeJobClient client = client()) {
            client.queues().create(q -> q.queueName("q2")
                    .cuCount(64)
                    .enterpriseProjectId("0")
                    .platform("x86_64")
                    .addTag("team", "data")
                    .addTag("env", ""));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(
                        json(
                                "{\"queue_name\":\"q2\",\"cu_count\":64,\"enterprise_project_id\":\"0\",\"platform\":\"x86_64\","
                                        + "\"tags\":[{\"key\":\"team\",\"value\":\"data\"},{\"key\":\"env\",\"value\":\"\"}]}"));
    }

    @Test
    void listQueuesSendsEveryQueryParameterWithTheReferenceNames() {
        server.stubFor(get(urlPathEqualTo(QUEUES)).willReturn(aResponse().withBody(resource("6.3-response.json"))));
        ListQueuesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.queues().list(l -> l.queueType(QueueType.ALL)
                    .withPriv(true)
                    .pageSize(10)
                    .currentPage(2)
                    .order(QueueOrder.CU_DESC)
                    .tags("k1=v1,k 2=ü"));
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("GET");
        assertThat(rawPath(r)).isEqualTo(QUEUES);
        assertThat(r.getQueryParams().keySet())
                .containsExactlyInAnyOrder("queue_type", "with-priv", "page-size", "current-page", "order", "tags");
        assertThat(r.queryParameter("queue_type").firstValue()).isEqualTo("all");
        assertThat(r.queryParameter("with-priv").firstValue()).isEqualTo("true");
        assertThat(r.queryParameter("page-size").firstValue()).isEqualTo("10");
        assertThat(r.queryParameter("current-page").firstValue()).isEqualTo("2");
        assertThat(r.queryParameter("order").firstValue()).isEqualTo("cu_desc");
        assertThat(rawQuery(r)).contains("tags=k1%3Dv1%2Ck%202%3D%C3%BC");
        assertThat(r.getBody()).isEmpty();
        assertCommonHeaders(r);
        assertSignedCorrectly(r, AK, SK);

        assertThat(resp.isSuccess()).isTrue(); // "true" as a string
        assertThat(resp.items()).hasSize(1);
        Queue q = resp.queues().get(0);
        assertThat(q.queueName()).isEqualTo("test");
        assertThat(q.owner()).isEqualTo("testuser");
        assertThat(q.createTime()).isEqualTo(Instant.ofEpochMilli(1562221422671L));
        assertThat(q.queueType().value()).isEqualTo("spark");
        assertThat(q.queueType().isKnown()).isFalse();
        assertThat(q.cuCount()).isEqualTo(16);
        assertThat(q.resourceId()).isEqualTo("26afb850-d3c9-42c1-81c0-583d1163e80f");
        assertThat(q.cidrInVpc()).isEqualTo("10.0.0.0/8");
        assertThat(q.cidrInSubnet()).isEqualTo("10.0.0.0/24");
        assertThat(q.cidrInMgntsubnet()).isEqualTo("10.23.128.0/24");
        assertThat(q.resourceMode()).isEqualTo(1);
        assertThat(q.platform()).isEqualTo("x86_64");
        assertThat(q.isRestarting()).isFalse();
        assertThat(q.labels()).isEqualTo("multi_az=2");
        assertThat(q.resourceType()).isEqualTo("vm");
        assertThat(q.cuSpec()).isEqualTo(16);
    }

    @Test
    void listQueuesWithoutFiltersSendsNoQueryAndAcceptsOneObjectForTheArray() {
        server.stubFor(
                get(urlPathEqualTo(QUEUES))
                        .willReturn(
                                aResponse()
                                        .withBody(
                                                "{\"is_success\":true,\"queues\":{\"queue_name\":\"solo\",\"cu_count\":\"32\",\"is_restarting\":\"true\","
                                                        + "\"labels\":[\"multi_az=2\",\"x=y\"],\"cidr_in_mgmtsubnet\":\"1.2.3.0/24\"}}")));
        ListQueuesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.queues().list(l -> {});
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(QUEUES);
        Queue q = resp.queues().get(0);
        assertThat(q.queueName()).isEqualTo("solo");
        assertThat(q.cuCount()).isEqualTo(32);
        assertThat(q.isRestarting()).isTrue();
        assertThat(q.labels()).isEqualTo("multi_az=2,x=y");
        assertThat(q.cidrInMgntsubnet()).isEqualTo("1.2.3.0/24");
    }

    @Test
    void getQueueReadsTheCamelCaseSpellingOfTheReferenceExample() {
        server.stubFor(
                get(urlPathEqualTo(QUEUES + "/test")).willReturn(aResponse().withBody(resource("6.4-response.json"))));
        GetQueueResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.queues().get("test");
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("GET");
        assertThat(r.getUrl()).isEqualTo(QUEUES + "/test");
        assertSignedCorrectly(r, AK, SK);
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEmpty();
        Queue q = resp.queue();
        assertThat(q.queueName()).isEqualTo("test");
        assertThat(q.queueType()).isEqualTo(QueueType.GENERAL);
        assertThat(q.cuCount()).isEqualTo(16);
        assertThat(q.owner()).isEqualTo("testuser");
        assertThat(q.createTime()).isEqualTo(Instant.ofEpochMilli(1587613028851L));
        assertThat(q.resourceId()).isEqualTo("03d51b88-db63-4611-b779-9a72ba0cf58b");
        assertThat(q.resourceMode()).isEqualTo(0);
        assertThat(q.resourceType()).isEqualTo("vm");
        assertThat(q.cuSpec()).isEqualTo(16);
    }

    @Test
    void getQueueReadsTheSnakeCaseSpellingToo() {
        server.stubFor(get(urlPathEqualTo(QUEUES + "/test"))
                .willReturn(aResponse()
                        .withBody(
                                "{\"is_success\":\"true\",\"queue_name\":\"test\",\"queue_type\":\"sql\",\"cu_count\":64,"
                                        + "\"is_restarting\":\"false\",\"cu_scale_out_limit\":128,\"cu_scale_in_limit\":16,"
                                        + "\"create_time\":1587613028851,\"unknown_field\":{\"x\":1}}")));
        GetQueueResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.queues().get("test");
        }
        Queue q = resp.queue();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(q.queueName()).isEqualTo("test");
        assertThat(q.queueType()).isEqualTo(QueueType.SQL);
        assertThat(q.cuCount()).isEqualTo(64);
        assertThat(q.isRestarting()).isFalse();
        assertThat(q.cuScaleOutLimit()).isEqualTo(128);
        assertThat(q.cuScaleInLimit()).isEqualTo(16);
        assertThat(q.createTime()).isEqualTo(Instant.ofEpochMilli(1587613028851L));
    }

    @Test
    void restartQueueSendsActionAndForce() {
        server.stubFor(put(urlPathEqualTo(QUEUES + "/queue1/action"))
                .willReturn(aResponse().withBody(resource("6.5-response-force.json"))));
        QueueActionResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.queues().action(QueueActionRequest.restart("queue1", false));
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("PUT");
        assertThat(r.getUrl()).isEqualTo(QUEUES + "/queue1/action");
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
        // The reference's example writes "force": "false" (a string); the documented type is Boolean.
        assertThat(json(r.getBodyAsString())).isEqualTo(json("{\"action\":\"restart\",\"force\":false}"));
        assertThat(json(r.getBodyAsString()).get("action"))
                .isEqualTo(json(resource("6.5-request-restart.json")).get("action"));
        assertCommonHeaders(r);
        assertSignedCorrectly(r, AK, SK);
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobId()).isEqualTo("d90396c7-3a25-4944-ad1e-99c764d902e7");
        assertThat(resp.message()).startsWith("Submit restart job success");
    }

    @Test
    void scaleOutQueueSendsTheReferenceBodyAndReadsTheScaleAnswer() {
        server.stubFor(put(urlPathEqualTo(QUEUES + "/myQueue/action"))
                .willReturn(aResponse().withBody(resource("6.5-response-scale.json"))));
        QueueActionResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.queues()
                    .action(a ->
                            a.queueName("myQueue").action(QueueAction.SCALE_OUT).cuCount(16));
        }
        LoggedRequest r = onlyRequest();
        assertThat(json(r.getBodyAsString())).isEqualTo(json(resource("6.5-request-scale-out.json")));
        assertSignedCorrectly(r, AK, SK);
        assertThat(resp.queueName()).isEqualTo("myQueue");
        assertThat(resp.result()).isTrue();
        assertThat(resp.isSuccess()).isNull();
    }

    @Test
    void restartAnswerWithoutJobId() {
        server.stubFor(put(urlPathEqualTo(QUEUES + "/q/action"))
                .willReturn(aResponse().withBody(resource("6.5-response-restart.json"))));
        try (LakeJobClient client = client()) {
            QueueActionResponse resp = client.queues().action(QueueActionRequest.restart("q", true));
            assertThat(resp.message()).isEqualTo("Restart success");
            assertThat(resp.jobId()).isNull();
        }
        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("{\"action\":\"restart\",\"force\":true}"));
    }

    @Test
    void tokenCredentialsSendXAuthTokenAndNoSignature() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody(resource("6.2-response.json"))));
        try (LakeJobClient client =
                builder().credentials(Credentials.token("TOKEN-abc.123_secret")).build()) {
            client.queues().delete("queue1");
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getHeader("X-Auth-Token")).isEqualTo("TOKEN-abc.123_secret");
        assertThat(r.containsHeader("Authorization")).isFalse();
        assertThat(r.containsHeader("X-Sdk-Date")).isFalse();
        assertCommonHeaders(r);
    }

    @Test
    void tokenCredentialsInACustomHeader() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody(resource("6.3-response.json"))));
        try (LakeJobClient client =
                builder().credentials(Credentials.token("tok-42", "token")).build()) {
            client.queues().list(l -> l.queueType(QueueType.SQL));
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getHeader("token")).isEqualTo("tok-42");
        assertThat(r.containsHeader("X-Auth-Token")).isFalse();
        assertThat(r.containsHeader("Authorization")).isFalse();
    }

    @Test
    void temporaryCredentialsSignTheSecurityToken() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody(resource("6.2-response.json"))));
        try (LakeJobClient client =
                builder().credentials(Credentials.akSk(AK, SK, "STS-TOKEN-xyz")).build()) {
            client.queues().delete("queue1");
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getHeader("X-Security-Token")).isEqualTo("STS-TOKEN-xyz");
        assertThat(r.getHeader("Authorization")).contains("x-security-token");
        assertSignedCorrectly(r, AK, SK);
    }

    @Test
    void userAgentSuffixIsAppended() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody(resource("6.2-response.json"))));
        try (LakeJobClient client = builder().userAgentSuffix("my-app/1.2").build()) {
            client.queues().delete("queue1");
        }
        assertThat(onlyRequest().getHeader("User-Agent")).matches("lakejob-sdk-java/\\S+ my-app/1\\.2");
    }

    @Test
    void capabilitiesAreExactlyTheOperationsWithACodec() {
        try (LakeJobClient client = client()) {
            assertThat(client.transportName()).isEqualTo("cloud");
            // Every operation of the DLI reference, and none of the Flink-platform ones.
            Set<String> rest = io.lakejob.sdk.spi.Operations.all().stream()
                    .filter(io.lakejob.sdk.spi.Operation::hasRestBinding)
                    .map(io.lakejob.sdk.spi.Operation::name)
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(rest).hasSize(82);
            assertThat(client.capabilities().operations()).isEqualTo(rest);
            assertThat(client.capabilities().supports(QueueOperations.GET_QUEUE))
                    .isTrue();
        }
    }
}
