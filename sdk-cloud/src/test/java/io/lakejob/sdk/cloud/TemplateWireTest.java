package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.template.CreateJobTemplateResponse;
import io.lakejob.sdk.model.template.DeleteJobTemplateResponse;
import io.lakejob.sdk.model.template.JobTemplate;
import io.lakejob.sdk.model.template.ListJobTemplatesResponse;
import io.lakejob.sdk.model.template.TemplateJobType;
import io.lakejob.sdk.model.template.TemplateOrder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sections 11.1-11.4 over real HTTP against WireMock: exact requests, signatures, parsed answers. */
class TemplateWireTest extends WireSupport {
    private static final String TEMPLATES = "/v1.0/" + PROJECT + "/streaming/job-templates";

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
    void createTemplate111() {
        stub(post(urlPathEqualTo(TEMPLATES)), resource("11.1-response.json"));
        CreateJobTemplateResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.templates()
                    .create(t -> t.name("simple_stream_sql").desc("快速上手示例").sqlBody("select * from source_table"));
        }
        LoggedRequest r = sent("POST", TEMPLATES);
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(json(r.getBodyAsString())).isEqualTo(json(resource("11.1-request.json")));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEqualTo("新建成功");
        JobTemplate t = resp.template();
        assertThat(t.templateId()).isZero();
        assertThat(t.name()).isEqualTo("IoT_example");
        assertThat(t.desc()).isEqualTo("快速上手示例");
        assertThat(t.createTime()).isEqualTo(Instant.ofEpochMilli(1516952710040L));
        assertThat(t.jobType()).isSameAs(TemplateJobType.of("flink_sql_job"));
        assertThat(t.updateTime()).isNull();
    }

    @Test
    void createTemplateSendsTagsAndJobType() {
        stub(post(urlPathEqualTo(TEMPLATES)), "{\"is_success\":true,\"template\":{\"template_id\":\"12\"}}");
        CreateJobTemplateResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.templates().create(t -> t.name("n")
                    .sqlBody("select 1")
                    .addTag("k", "v")
                    .jobType(TemplateJobType.of("flink_opensource_sql_job")));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"name\":\"n\",\"sql_body\":\"select 1\",\"tags\":[{\"key\":\"k\",\"value\":\"v\"}],"
                        + "\"job_type\":\"flink_opensource_sql_job\"}"));
        assertThat(resp.template().templateId()).isEqualTo(12L);
    }

    @Test
    void deleteTemplate113() {
        stub(delete(urlPathEqualTo(TEMPLATES + "/2")), resource("11.3-response.json"));
        DeleteJobTemplateResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.templates().delete(2L);
        }
        LoggedRequest r = sent("DELETE", TEMPLATES + "/2");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEqualTo("删除成功");
        assertThat(resp.templateId()).isEqualTo(2L);
    }

    @Test
    void listTemplates114SendsEveryQueryParameter() {
        stub(get(urlPathEqualTo(TEMPLATES)), resource("11.4-response.json"));
        ListJobTemplatesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.templates().list(l -> l.name("upd ate")
                    .tags("tag1=v1,tag2=v2")
                    .offset(20L)
                    .limit(10)
                    .order(TemplateOrder.of("asc")));
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("GET");
        assertThat(rawPath(r)).isEqualTo(TEMPLATES);
        assertThat(r.getQueryParams().keySet()).containsExactlyInAnyOrder("name", "tags", "offset", "limit", "order");
        assertThat(r.queryParameter("name").firstValue()).isEqualTo("upd ate");
        assertThat(r.queryParameter("tags").firstValue()).isEqualTo("tag1=v1,tag2=v2");
        assertThat(r.queryParameter("offset").firstValue()).isEqualTo("20");
        assertThat(r.queryParameter("limit").firstValue()).isEqualTo("10");
        assertThat(r.queryParameter("order").firstValue()).isEqualTo("asc");
        assertThat(rawQuery(r)).contains("tags=tag1%3Dv1%2Ctag2%3Dv2");
        assertThat(r.getBody()).isEmpty();
        assertSignedCorrectly(r, AK, SK);

        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.templateCount()).isEqualTo(2);
        assertThat(resp.templates()).hasSize(2);
        JobTemplate t = resp.templates().get(0);
        assertThat(t.templateId()).isEqualTo(2L);
        assertThat(t.name()).isEqualTo("updatetest");
        assertThat(t.sqlBody()).isEqualTo("select * from source_table");
        assertThat(t.createTime()).isEqualTo(Instant.ofEpochMilli(1578748092000L));
        assertThat(t.updateTime()).isEqualTo(Instant.ofEpochMilli(1578748092000L));
        assertThat(t.jobType()).isSameAs(TemplateJobType.of("flink_sql_job"));
        JobTemplate t2 = resp.templates().get(1);
        assertThat(t2.templateId()).isEqualTo(1L);
        assertThat(t2.sqlBody()).isEmpty();
        assertThat(t2.jobType()).isNull();
    }

    @Test
    void listTemplatesReadsStringIdsAndOneObjectForTheArray() {
        stub(
                get(urlPathEqualTo(TEMPLATES)),
                "{\"is_success\":\"true\",\"template_list\":{\"total_count\":\"1\",\"templates\":"
                        + "{\"template_id\":\"9007199254740993\",\"name\":\"solo\",\"create_time\":\"1578748092000\"}}}");
        ListJobTemplatesResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.templates().list(l -> {});
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(TEMPLATES);
        assertThat(resp.templateCount()).isEqualTo(1);
        assertThat(resp.templates()).singleElement().satisfies(t -> {
            assertThat(t.templateId()).isEqualTo(9007199254740993L);
            assertThat(t.name()).isEqualTo("solo");
            assertThat(t.createTime()).isEqualTo(Instant.ofEpochMilli(1578748092000L));
        });
    }
}
