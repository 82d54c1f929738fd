package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.batch.Batch;
import io.lakejob.sdk.model.batch.BatchResource;
import io.lakejob.sdk.model.batch.BatchResourceGroup;
import io.lakejob.sdk.model.batch.BatchState;
import io.lakejob.sdk.model.batch.CancelBatchResponse;
import io.lakejob.sdk.model.batch.GetBatchLogResponse;
import io.lakejob.sdk.model.batch.GetBatchStateResponse;
import io.lakejob.sdk.model.batch.ListBatchesResponse;
import io.lakejob.sdk.model.batch.ScType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Sections 10.1.1-10.1.6 over real HTTP against WireMock: exact requests, signatures, and the
 * reference's example answers (with {@code appId} as {@code ""}, {@code null} or an array).
 */
class BatchWireTest extends WireSupport {
    private static final String BATCHES = "/v2.0/" + PROJECT + "/batches";
    private static final String ID = "0a324461-d9d9-45da-a52a-3b3c7a3d809e";

    private void stub(MappingBuilder m, String body) {
        server.stubFor(m.willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body)));
    }

    private LoggedRequest sent(String method, String path) {
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo(method);
        assertThat(r.getUrl()).isEqualTo(path);
        assertThat(r.getHeader("X-Project-Id")).isEqualTo(PROJECT);
        assertSignedCorrectly(r, AK, SK);
        return r;
    }

    @Test
    void createBatch1011() {
        stub(post(urlPathEqualTo(BATCHES)), resource("10.1.1-response.json"));
        Batch b;
        try (LakeJobClient client = client()) {
            b = client.batches().create(r -> r.file("batchTest/spark-examples_2.11-2.1.0.luxor.jar")
                    .className("org.apache.spark.examples.SparkPi")
                    .scType(ScType.A)
                    .jars("demo-1.0.0.jar")
                    .files("count.txt")
                    .resources(
                            BatchResource.of("groupTest/testJar.jar", "jar"),
                            BatchResource.of("kafka-clients-0.10.0.0.jar", "jar"))
                    .groups(
                            BatchResourceGroup.of(
                                    "groupTestJar",
                                    java.util.List.of(
                                            BatchResource.of("testJar.jar", "jar"),
                                            BatchResource.of("testJar1.jar", "jar"))),
                            BatchResourceGroup.of("batchTest", java.util.List.of(BatchResource.of("luxor.jar", "jar"))))
                    .queue("test")
                    .name("TestDemo4"));
        }
        LoggedRequest r = sent("POST", BATCHES);
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
        // The main class goes out as className, as the official SDK and later editions of the
        // reference spell it (this edition writes class_name); the rest is the example verbatim.
        ObjectNode expected = (ObjectNode) json(resource("10.1.1-request.json"));
        expected.set("className", expected.remove("class_name"));
        assertThat(json(r.getBodyAsString())).isEqualTo(expected);

        assertThat(b.id()).isEqualTo("07a3e4e6-9a28-4e92-8d3f-9c538621a166");
        assertThat(b.appId()).isEmpty(); // ""
        assertThat(b.owner()).isEqualTo("test1");
        assertThat(b.proxyUser()).isEmpty();
        assertThat(b.state()).isSameAs(BatchState.STARTING);
        assertThat(b.log()).isEmpty();
        assertThat(b.scType()).isSameAs(ScType.CUSTOMIZED);
        assertThat(b.clusterName()).isEqualTo("aaa");
        assertThat(b.queue()).isEqualTo("aaa");
        assertThat(b.createTime()).isEqualTo(Instant.ofEpochMilli(1607589874156L));
        assertThat(b.updateTime()).isEqualTo(Instant.ofEpochMilli(1607589874156L));
    }

    @Test
    void createBatchSendsTheSparkSettingsInTheServiceSpelling() {
        stub(
                post(urlPathEqualTo(BATCHES)),
                "{\"id\":\"x\",\"appId\":[\"application_1\",\"application_2\"],\"state\":\"running\"}");
        Batch b;
        try (LakeJobClient client = client()) {
            b = client.batches().create(r -> r.file("obs://b/app.py")
                    .className("Main")
                    .clusterName("q1")
                    .args("a", "b")
                    .pythonFiles("obs://b/lib.py")
                    .modules("sys.datasource.dws")
                    .conf("spark.sql.shuffle.partitions", "10")
                    .driverMemory("2G")
                    .driverCores(2)
                    .executorMemory("4G")
                    .executorCores(1)
                    .numExecutors(3)
                    .obsBucket("bucket")
                    .autoRecovery(true)
                    .maxRetryTimes(5)
                    .catalogName("dli"));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"file\":\"obs://b/app.py\",\"className\":\"Main\",\"cluster_name\":\"q1\","
                        + "\"args\":[\"a\",\"b\"],\"pyFiles\":[\"obs://b/lib.py\"],\"modules\":[\"sys.datasource.dws\"],"
                        + "\"conf\":{\"spark.sql.shuffle.partitions\":\"10\"},\"driverMemory\":\"2G\",\"driverCores\":2,"
                        + "\"executorMemory\":\"4G\",\"executorCores\":1,\"numExecutors\":3,\"obs_bucket\":\"bucket\","
                        + "\"auto_recovery\":true,\"max_retry_times\":5,\"catalog_name\":\"dli\"}"));
        assertThat(b.appId()).containsExactly("application_1", "application_2");
        assertThat(b.state()).isSameAs(BatchState.RUNNING);
        assertThat(b.log()).isEmpty();
    }

    @Test
    void cancelBatch1012EncodesThePathSegmentOnce() {
        String id = "id with space+ü";
        String encoded = BATCHES + "/id%20with%20space%2B%C3%BC";
        stub(delete(anyUrl()), resource("10.1.2-response.json"));
        CancelBatchResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.batches().cancel(id);
        }
        LoggedRequest r = sent("DELETE", encoded);
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.msg()).isEqualTo("deleted");
    }

    @Test
    void listBatches1013SendsEveryQueryParameter() {
        stub(get(urlPathEqualTo(BATCHES)), resource("10.1.3-response.json"));
        ListBatchesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.batches().list(l -> l.jobName("my job")
                    .jobId("j-1")
                    .clusterName("c1")
                    .queueName("q1")
                    .from(10)
                    .size(5)
                    .state(BatchState.DEAD)
                    .owner("u1"));
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("GET");
        assertThat(rawPath(r)).isEqualTo(BATCHES);
        assertThat(r.getQueryParams().keySet())
                .containsExactlyInAnyOrder(
                        "job_name", "job_id", "cluster_name", "queue_name", "from", "size", "state", "owner");
        assertThat(r.queryParameter("job_name").firstValue()).isEqualTo("my job");
        assertThat(r.queryParameter("job_id").firstValue()).isEqualTo("j-1");
        assertThat(r.queryParameter("cluster_name").firstValue()).isEqualTo("c1");
        assertThat(r.queryParameter("queue_name").firstValue()).isEqualTo("q1");
        assertThat(r.queryParameter("from").firstValue()).isEqualTo("10");
        assertThat(r.queryParameter("size").firstValue()).isEqualTo("5");
        assertThat(r.queryParameter("state").firstValue()).isEqualTo("dead");
        assertThat(r.queryParameter("owner").firstValue()).isEqualTo("u1");
        assertThat(r.getBody()).isEmpty();
        assertSignedCorrectly(r, AK, SK);

        assertThat(resp.from()).isZero();
        assertThat(resp.total()).isEqualTo(1);
        Batch b = resp.sessions().get(0);
        assertThat(b.id()).isEqualTo("178fa687-2e8a-41ed-a439-b00de60bb176");
        assertThat(b.state()).isSameAs(BatchState.DEAD);
        assertThat(b.appId()).isEmpty(); // null
        assertThat(b.log()).containsExactly("stdout: ", "stderr: ", "YARN Diagnostics: ");
        assertThat(b.scType()).isSameAs(ScType.A);
        assertThat(b.clusterName()).isEqualTo("test");
        assertThat(b.createTime()).isEqualTo(Instant.ofEpochMilli(1531906043036L));
    }

    @Test
    void listBatchesWithoutFiltersSendsNoQuery() {
        stub(get(urlPathEqualTo(BATCHES)), "{\"from\":0,\"total\":0,\"sessions\":[]}");
        ListBatchesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.batches().list(l -> {});
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(BATCHES);
        assertThat(resp.sessions()).isEmpty();
        assertThat(resp.createTime()).isNull();
    }

    @Test
    void getBatch1014() {
        stub(get(urlPathEqualTo(BATCHES + "/" + ID)), resource("10.1.4-response.json"));
        Batch b;
        try (LakeJobClient client = client()) {
            b = client.batches().get(ID);
        }
        LoggedRequest r = sent("GET", BATCHES + "/" + ID);
        assertThat(r.getBody()).isEmpty();
        assertThat(b.id()).isEqualTo(ID);
        assertThat(b.appId()).isEmpty();
        assertThat(b.state()).isSameAs(BatchState.STARTING);
        assertThat(b.log()).hasSize(3).first().isEqualTo("stdout: ");
        assertThat(b.scType()).isSameAs(ScType.A);
        assertThat(b.queue()).isEqualTo("test");
        assertThat(b.createTime()).isEqualTo(Instant.ofEpochMilli(1531906043036L));
    }

    @Test
    void getBatchReadsASingleAppIdString() {
        stub(
                get(urlPathEqualTo(BATCHES + "/" + ID)),
                "{\"id\":\"" + ID + "\",\"appId\":\"application_7\",\"state\":\"future\"}");
        Batch b;
        try (LakeJobClient client = client()) {
            b = client.batches().get(ID);
        }
        assertThat(b.appId()).containsExactly("application_7");
        assertThat(b.state().value()).isEqualTo("future");
        assertThat(b.state().isKnown()).isFalse();
    }

    @Test
    void batchState1015ReadsTheCapitalisedState() {
        stub(get(urlPathEqualTo(BATCHES + "/" + ID + "/state")), resource("10.1.5-response.json"));
        GetBatchStateResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.batches().state(ID);
        }
        LoggedRequest r = sent("GET", BATCHES + "/" + ID + "/state");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.id()).isEqualTo(ID);
        assertThat(resp.state()).isSameAs(BatchState.SUCCESS); // "Success"
    }

    @Test
    void batchLog1016SendsTheQuery() {
        stub(get(urlPathEqualTo(BATCHES + "/" + ID + "/log")), resource("10.1.6-response.json"));
        GetBatchLogResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.batches()
                    .log(l -> l.batchId(ID).from(0).size(100).type("driver").index(1));
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("GET");
        assertThat(rawPath(r)).isEqualTo(BATCHES + "/" + ID + "/log");
        assertThat(r.getQueryParams().keySet()).containsExactlyInAnyOrder("from", "size", "type", "index");
        assertThat(r.queryParameter("from").firstValue()).isEqualTo("0");
        assertThat(r.queryParameter("size").firstValue()).isEqualTo("100");
        assertThat(r.queryParameter("type").firstValue()).isEqualTo("driver");
        assertThat(r.queryParameter("index").firstValue()).isEqualTo("1");
        assertSignedCorrectly(r, AK, SK);
        assertThat(resp.id()).isEqualTo(ID);
        assertThat(resp.from()).isZero();
        assertThat(resp.total()).isEqualTo(3L);
        assertThat(resp.log()).containsExactly("具体的作业日志信息");
    }

    @Test
    void batchLogReadsFromAsAString() {
        stub(
                get(urlPathEqualTo(BATCHES + "/" + ID + "/log")),
                "{\"id\":\"" + ID + "\",\"from\":\"5\",\"total\":\"9\",\"log\":[\"a\",\"\"]}");
        GetBatchLogResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.batches().log(ID);
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(BATCHES + "/" + ID + "/log");
        assertThat(resp.from()).isEqualTo(5);
        assertThat(resp.total()).isEqualTo(9L);
        assertThat(resp.log()).containsExactly("a", "");
    }
}
