package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.resource.ListResourcesResponse;
import io.lakejob.sdk.model.resource.Resource;
import io.lakejob.sdk.model.resource.ResourceGroup;
import io.lakejob.sdk.model.resource.ResourceKind;
import io.lakejob.sdk.model.resource.ResourceModule;
import io.lakejob.sdk.model.resource.ResourceStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections 8.1-8.8 over real HTTP against WireMock: exact requests, signatures, parsed answers. */
class ResourceWireTest extends WireSupport {
    private static final String RESOURCES = "/v2.0/" + PROJECT + "/resources";

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
    void uploadSendsTheReferenceBodyAndReadsTheGroup() {
        answer(201, resource("8.1-response.json"));
        ResourceGroup g;
        try (LakeJobClient client = client()) {
            g = client.resources().upload(u -> u.addPath("https://xkftest.obs.xxx.com/txr_test/jars/spark-sdv-app.jar")
                    .addPath("https://xkftest.obs.xxx.com/txr_test/jars/wordcount")
                    .addPath("https://xkftest.obs.xxx.com/txr_test/jars/wordcount.py")
                    .kind(ResourceKind.JAR)
                    .group("gatk")
                    .isAsync(true));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", RESOURCES);
        // The reference's example writes "is_async": "true"; the documented type (and the
        // official SDK's) is Boolean, so a JSON boolean is sent.
        ObjectNode expected = (ObjectNode) json(resource("8.1-request.json"));
        expected.put("is_async", true);
        assertJsonBody(r, expected);

        assertThat(g.groupName()).isEqualTo("gatk");
        assertThat(g.status()).isEqualTo(ResourceStatus.READY);
        assertThat(g.resources()).containsExactly("spark-sdv-app.jar", "wordcount", "wordcount.py");
        assertThat(g.details()).hasSize(3);
        Resource d = g.details().get(1);
        assertThat(d.resourceName()).isEqualTo("wordcount");
        assertThat(d.resourceType()).isEqualTo(ResourceKind.JAR);
        assertThat(d.status()).isEqualTo(ResourceStatus.READY);
        assertThat(d.underlyingName()).isEqualTo("987e208d-d46e-4475-a8c0-a62f0275750b_wordcount");
        assertThat(d.createTime()).isEqualTo(Instant.EPOCH);
        assertThat(g.createTime()).isEqualTo(Instant.ofEpochMilli(1551334579654L));
        assertThat(g.updateTime()).isEqualTo(Instant.ofEpochMilli(1551345369070L));
        assertThat(g.isAsync()).isNull();
    }

    @Test
    void uploadSendsTagsAndReadsAStringIsAsync() {
        answer(201, "{\"group_name\":\"g\",\"status\":\"uploading\",\"is_async\":\"true\",\"resources\":\"one.jar\"}");
        ResourceGroup g;
        try (LakeJobClient client = client()) {
            g = client.resources().upload(u -> u.addPath("obs://b/one.jar")
                    .kind(ResourceKind.PY_FILE)
                    .group("g")
                    .addTag("team", "data"));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"paths\":[\"obs://b/one.jar\"],\"kind\":\"pyFile\",\"group\":\"g\","
                        + "\"tags\":[{\"key\":\"team\",\"value\":\"data\"}]}"));
        assertThat(g.isAsync()).isTrue();
        assertThat(g.status()).isEqualTo(ResourceStatus.UPLOADING);
        assertThat(g.resources()).containsExactly("one.jar");
        assertThat(g.details()).isEmpty();
    }

    @Test
    void listSendsKindAndTagsAndReadsAnAnswerWithoutTotal() {
        answer(200, resource("8.2-response.json"));
        ListResourcesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.resources().list(l -> l.kind(ResourceKind.MODEL_FILE).tags("k1=v1,k2=v2"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", RESOURCES);
        assertThat(r.getQueryParams().keySet()).containsExactlyInAnyOrder("kind", "tags");
        assertThat(r.queryParameter("kind").firstValue()).isEqualTo("modelFile");
        assertThat(r.queryParameter("tags").firstValue()).isEqualTo("k1=v1,k2=v2");
        assertThat(r.getBody()).isEmpty();

        assertThat(resp.total()).isNull(); // the reference's example has no "total"
        assertThat(resp.resources()).hasSize(1);
        Resource res = resp.resources().get(0);
        assertThat(res.resourceName()).isEqualTo("luxor-router-1.1.1.jar");
        assertThat(res.resourceType()).isEqualTo(ResourceKind.JAR);
        assertThat(res.createTime()).isEqualTo(Instant.ofEpochMilli(1521532893736L));
        assertThat(res.updateTime()).isEqualTo(Instant.ofEpochMilli(1521552364503L));
        assertThat(resp.groups()).hasSize(1);
        ResourceGroup g = resp.groups().get(0);
        assertThat(g.groupName()).isEqualTo("groupTest");
        assertThat(g.resources()).hasSize(2);
        assertThat(g.details().get(1).resourceType()).isEqualTo(ResourceKind.FILE);
        assertThat(g.details().get(1).resourceName()).isEqualTo("person.csv");
        assertThat(g.updateTime()).isEqualTo(Instant.ofEpochMilli(1547091098666L));
        assertThat(resp.modules()).hasSize(1);
        ResourceModule m = resp.modules().get(0);
        assertThat(m.moduleName()).isEqualTo("gatk");
        assertThat(m.status()).isEqualTo(ResourceStatus.READY);
        assertThat(m.resources()).containsExactly("gatk.jar", "tika-core-1.18.jar", "s3fs-2.2.2.jar");
        assertThat(m.moduleType()).isNull();
    }

    @Test
    void listWithoutFiltersSendsNoQueryAndReadsTotal() {
        answer(200, "{\"resources\":[],\"total\":\"0\"}");
        ListResourcesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.resources().list();
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(RESOURCES);
        assertThat(resp.total()).isZero();
        assertThat(resp.resources()).isEmpty();
        assertThat(resp.groups()).isEmpty();
        assertThat(resp.modules()).isEmpty();
    }

    @Test
    void uploadJarsSendsTheReferenceBody() {
        answer(201, resource("8.3-response.json"));
        ResourceGroup g;
        try (LakeJobClient client = client()) {
            g = client.resources().uploadJars("gatk", List.of("https://test.obs.xxx.com/test_dli.jar"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", RESOURCES + "/jars");
        assertJsonBody(r, json(resource("8.3-request.json")));
        assertThat(g.groupName()).isEqualTo("gatk");
        assertThat(g.resources()).containsExactly("test_dli.jar");
        assertThat(g.details().get(0).createTime()).isEqualTo(Instant.ofEpochMilli(1608804435312L));
        assertThat(g.details().get(0).underlyingName()).isEqualTo("test_dli.jar");
        assertThat(g.isAsync()).isFalse();
    }

    @Test
    void uploadPyFilesSendsTheReferenceBody() {
        answer(201, resource("8.4-response.json"));
        ResourceGroup g;
        try (LakeJobClient client = client()) {
            g = client.resources().uploadPyFiles("gatk", List.of("https://test.obs.xxx.com/dli_tf.py"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", RESOURCES + "/pyfiles");
        assertJsonBody(r, json(resource("8.4-request.json")));
        assertThat(g.details().get(0).resourceType()).isEqualTo(ResourceKind.PY_FILE);
        assertThat(g.details().get(0).resourceName()).isEqualTo("dli_tf.py");
        assertThat(g.createTime()).isEqualTo(Instant.ofEpochMilli(1521532893736L));
    }

    @Test
    void uploadFilesSendsTheReferenceBody() {
        answer(201, resource("8.5-response.json"));
        ResourceGroup g;
        try (LakeJobClient client = client()) {
            g = client.resources()
                    .uploadFiles(
                            "gatk",
                            List.of("https://test.obs.xxx.com/test_dli.jar", "https://test.obs.xxx.com/dli_tf.py"));
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "POST", RESOURCES + "/files");
        assertJsonBody(r, json(resource("8.5-request.json")));
        assertThat(g.resources()).containsExactly("test_dli.jar", "dli_tf.py");
        assertThat(g.details()).extracting(Resource::resourceType).containsOnly(ResourceKind.FILE);
        assertThat(g.isAsync()).isFalse();
    }

    @Test
    void getReadsALowerCaseStatusAndSendsTheGroup() {
        answer(200, resource("8.6-response.json"));
        Resource res;
        try (LakeJobClient client = client()) {
            res = client.resources().get("luxor-ommanager-dist.tar.gz", "my.group-1");
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", RESOURCES + "/luxor-ommanager-dist.tar.gz");
        assertThat(r.getQueryParams().keySet()).containsExactly("group");
        assertThat(r.queryParameter("group").firstValue()).isEqualTo("my.group-1");
        assertThat(res.resourceName()).isEqualTo("luxor-ommanager-dist.tar.gz");
        assertThat(res.status()).isEqualTo(ResourceStatus.UPLOADING); // "uploading" on the wire
        assertThat(res.resourceType()).isEqualTo(ResourceKind.JAR);
        assertThat(res.createTime()).isEqualTo(Instant.ofEpochMilli(1522055409139L));
        assertThat(res.updateTime()).isEqualTo(Instant.ofEpochMilli(1522228350501L));
        assertThat(res.underlyingName()).startsWith("7885d26e-");
        assertThat(res.owner()).isNull();
    }

    @Test
    void getEncodesTheResourceNameOnce() {
        answer(200, "{\"resource_name\":\"a!b.jar\",\"status\":\"READY\",\"owner\":\"u1\"}");
        Resource res;
        try (LakeJobClient client = client()) {
            res = client.resources().get("a!b.jar");
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "GET", RESOURCES + "/a%21b.jar");
        assertThat(rawQuery(r)).isEmpty();
        assertThat(res.resourceName()).isEqualTo("a!b.jar");
        assertThat(res.owner()).isEqualTo("u1");
    }

    @Test
    void deleteSendsTheGroupAsQueryAndNoBody() {
        // The reference documents no response body; a DLI-style JSON answer is read.
        answer(200, "{\"is_success\":true,\"message\":\"\"}");
        BasicResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.resources().delete("spark-sdv-app.jar", "gatk");
        }
        LoggedRequest r = onlyRequest();
        assertSent(r, "DELETE", RESOURCES + "/spark-sdv-app.jar");
        assertThat(rawQuery(r)).isEqualTo("group=gatk");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
    }

    @Test
    void deleteAcceptsTheDocumentedEmptyAnswer() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        BasicResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.resources().delete("spark-sdv-app.jar", "gatk");
        }
        assertThat(rawQuery(onlyRequest())).isEqualTo("group=gatk");
        assertThat(resp.isSuccess()).isNull();
    }

    @Test
    void updateOwnerOfAPackageInAGroup() {
        answer(200, resource("8.8-response.json"));
        try (LakeJobClient client = client()) {
            client.resources()
                    .updateOwner(o -> o.newOwner("scuser1").groupName("g1").resourceName("a.jar"));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"new_owner\":\"scuser1\",\"group_name\":\"g1\",\"resource_name\":\"a.jar\"}"));
    }
}
