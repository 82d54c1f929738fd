package io.lakejob.sdk.model.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.spi.TemplateOperations;
import io.lakejob.sdk.testing.RecordingTransport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateRequestsTest {

    static void fails(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    // ---- 11.1 create

    @Test
    void createNeedsANameOfOneTo57Characters() {
        fails("name", () -> CreateJobTemplateRequest.builder().build());
        fails("name", () -> CreateJobTemplateRequest.builder().name("").build());
        fails("name", () -> CreateJobTemplateRequest.builder().name("   ").build());
        assertThat(CreateJobTemplateRequest.builder().name("n").build().name()).isEqualTo("n");
        assertThat(CreateJobTemplateRequest.builder()
                        .name("n".repeat(57))
                        .build()
                        .name())
                .hasSize(57);
        fails(
                "name",
                () -> CreateJobTemplateRequest.builder().name("n".repeat(58)).build());
        fails(
                "name",
                () -> CreateJobTemplateRequest.builder().name("n".repeat(64)).build());
    }

    @Test
    void createDescIsAtMost512() {
        assertThat(CreateJobTemplateRequest.builder().name("t").desc("").build().desc())
                .isEmpty();
        assertThat(CreateJobTemplateRequest.builder()
                        .name("t")
                        .desc("d".repeat(512))
                        .build()
                        .desc())
                .hasSize(512);
        fails("desc", () -> CreateJobTemplateRequest.builder()
                .name("t")
                .desc("d".repeat(513))
                .build());
    }

    @Test
    void createSqlBodyIsAtMost2048() {
        assertThat(CreateJobTemplateRequest.of("t", "").sqlBody()).isEmpty();
        assertThat(CreateJobTemplateRequest.of("t", "s".repeat(2048)).sqlBody()).hasSize(2048);
        fails("sql_body", () -> CreateJobTemplateRequest.of("t", "s".repeat(2049)));
    }

    @Test
    void createJobTypeIsOnlyTheTwoDocumentedValues() {
        assertThat(CreateJobTemplateRequest.builder().name("t").build().jobType())
                .isNull();
        assertThat(CreateJobTemplateRequest.builder()
                        .name("t")
                        .jobType(TemplateJobType.FLINK_OPENSOURCE_SQL_JOB)
                        .build()
                        .jobType())
                .isSameAs(TemplateJobType.FLINK_OPENSOURCE_SQL_JOB);
        assertThat(CreateJobTemplateRequest.builder()
                        .name("t")
                        .jobType(TemplateJobType.of("FLINK_SQL_JOB"))
                        .build()
                        .jobType())
                .isSameAs(TemplateJobType.FLINK_SQL_JOB);
        fails("job_type", () -> CreateJobTemplateRequest.builder()
                .name("t")
                .jobType(TemplateJobType.of("flink_jar_job"))
                .build());
    }

    @Test
    void unknownJobTypesInResponsesAreKept() {
        TemplateJobType jar = TemplateJobType.of("flink_jar_job");
        assertThat(jar.isKnown()).isFalse();
        assertThat(jar.value()).isEqualTo("flink_jar_job");
        assertThat(JobTemplate.builder().jobType(jar).build().jobType()).isEqualTo(jar);
        assertThat(TemplateJobType.knownValues())
                .extracting(TemplateJobType::value)
                .containsExactly("flink_sql_job", "flink_opensource_sql_job");
        fails("job_type", () -> TemplateJobType.of(" "));
    }

    @Test
    void createTagsAreValidatedAndImmutable() {
        CreateJobTemplateRequest r = CreateJobTemplateRequest.builder()
                .name("t")
                .addTag("env", "prod")
                .addTag("team", "")
                .build();
        assertThat(r.tags()).containsExactly(Tag.of("env", "prod"), Tag.of("team", ""));
        assertThatThrownBy(() -> r.tags().add(Tag.of("a", "b"))).isInstanceOf(UnsupportedOperationException.class);
        fails("tags.key", () -> CreateJobTemplateRequest.builder()
                .name("t")
                .addTag("", "v")
                .build());
        fails("tags.value", () -> CreateJobTemplateRequest.builder()
                .name("t")
                .addTag("k", null)
                .build());
        List<Tag> withNull = new ArrayList<>();
        withNull.add(null);
        fails("tags", () -> CreateJobTemplateRequest.builder()
                .name("t")
                .tags(withNull)
                .build());
    }

    @Test
    void createToBuilderRoundTrips() {
        CreateJobTemplateRequest r = CreateJobTemplateRequest.builder()
                .name("simple_stream_sql")
                .desc("快速上手示例")
                .sqlBody("select * from source_table")
                .addTag("k", "v")
                .jobType(TemplateJobType.FLINK_SQL_JOB)
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        fails("name", () -> r.toBuilder().name("").build());
    }

    // ---- 11.2 update

    @Test
    void updateRules() {
        UpdateJobTemplateRequest ok = UpdateJobTemplateRequest.builder()
                .templateId(2)
                .name("n".repeat(57))
                .desc("d".repeat(512))
                .sqlBody("s".repeat(1024 * 1024))
                .build();
        assertThat(ok.sqlBody()).hasSize(1024 * 1024);
        assertThat(ok.toBuilder().build()).isEqualTo(ok);
        assertThat(UpdateJobTemplateRequest.builder()
                        .templateId(2)
                        .name("")
                        .build()
                        .name())
                .isEmpty();
        fails("name", () -> UpdateJobTemplateRequest.builder()
                .templateId(2)
                .name("n".repeat(58))
                .build());
        fails("desc", () -> UpdateJobTemplateRequest.builder()
                .templateId(2)
                .desc("d".repeat(513))
                .build());
        fails("sql_body", () -> UpdateJobTemplateRequest.builder()
                .templateId(2)
                .sqlBody("s".repeat(1024 * 1024 + 1))
                .build());
        fails("template_id", () -> UpdateJobTemplateRequest.builder().name("n").build());
        fails(
                "template_id",
                () -> UpdateJobTemplateRequest.builder().templateId(-1).build());
    }

    // ---- 11.3 delete

    @ParameterizedTest
    @ValueSource(longs = {-1, -2, Long.MIN_VALUE})
    void negativeTemplateIdsAreRejected(long id) {
        fails("template_id", () -> DeleteJobTemplateRequest.of(id));
        fails("template_id", () -> new UpdateJobTemplateRequest(id, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, Long.MAX_VALUE})
    void templateIdsAreDecimalPathSegments(long id) {
        assertThat(DeleteJobTemplateRequest.of(id).templateId()).isEqualTo(id);
        assertThat(Long.toString(id)).matches("[0-9]+");
    }

    // ---- 11.4 list

    @Test
    void listRules() {
        ListJobTemplatesRequest all = ListJobTemplatesRequest.all();
        assertThat(all.limit()).isNull();
        assertThat(all.offset()).isNull();
        assertThat(all.order()).isNull();
        ListJobTemplatesRequest r = ListJobTemplatesRequest.builder()
                .name("upd")
                .addTag("tag1", "v1")
                .addTag("tag2", "v2")
                .offset(0L)
                .limit(10)
                .order(TemplateOrder.ASC)
                .build();
        assertThat(r.tags()).isEqualTo("tag1=v1,tag2=v2");
        assertThat(r.toBuilder().build()).isEqualTo(r);
        fails("limit", () -> ListJobTemplatesRequest.builder().limit(0).build());
        fails("offset", () -> ListJobTemplatesRequest.builder().offset(-1L).build());
        fails("order", () -> ListJobTemplatesRequest.builder()
                .order(TemplateOrder.of("random"))
                .build());
        assertThat(TemplateOrder.of("DESC")).isSameAs(TemplateOrder.DESC);
        assertThat(TemplateOrder.of("random").isKnown()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tag1", "=v", "tag1=v1,", ",tag1=v1", "a=b=c", "tag1=v1,,tag2=v2"})
    void malformedTagFiltersAreRejected(String tags) {
        fails("tags", () -> ListJobTemplatesRequest.builder().tags(tags).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tag1=v1", "tag1=v1,tag2=v2", "k=", "环境=生产"})
    void tagFiltersAreAccepted(String tags) {
        assertThat(ListJobTemplatesRequest.builder().tags(tags).build().tags()).isEqualTo(tags);
    }

    @Test
    void listResponseIsAPage() {
        JobTemplate t = JobTemplate.builder()
                .templateId(2L)
                .name("updatetest")
                .desc("快速上手示例")
                .createTime(Instant.ofEpochMilli(1578748092000L))
                .updateTime(Instant.ofEpochMilli(1578748092000L))
                .sqlBody("select * from source_table")
                .jobType(TemplateJobType.FLINK_SQL_JOB)
                .build();
        assertThat(t.toBuilder().build()).isEqualTo(t);
        ListJobTemplatesResponse page = new ListJobTemplatesResponse(true, "获取模板列表成功", 2, List.of(t));
        assertThat(page.items()).containsExactly(t);
        assertThat(page.totalCount()).hasValue(2);
        assertThat(new ListJobTemplatesResponse(true, "", null, null).items()).isEmpty();
        assertThat(new ListJobTemplatesResponse(true, "", null, null).totalCount())
                .isEmpty();
        assertThatThrownBy(() -> page.templates().add(t)).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- catalogue and client

    @Test
    void operationsMatchTheReference() {
        List<Operation<?, ?>> ops = List.of(
                TemplateOperations.CREATE_JOB_TEMPLATE,
                TemplateOperations.UPDATE_JOB_TEMPLATE,
                TemplateOperations.DELETE_JOB_TEMPLATE,
                TemplateOperations.LIST_JOB_TEMPLATES);
        assertThat(ops).extracting(Operation::section).containsExactly("11.1", "11.2", "11.3", "11.4");
        assertThat(ops)
                .extracting(Operation::method)
                .containsExactly(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.GET);
        assertThat(ops)
                .extracting(Operation::pathTemplate)
                .containsExactly(
                        "/v1.0/{project_id}/streaming/job-templates",
                        "/v1.0/{project_id}/streaming/job-templates/{template_id}",
                        "/v1.0/{project_id}/streaming/job-templates/{template_id}",
                        "/v1.0/{project_id}/streaming/job-templates");
        for (Operation<?, ?> op : ops) {
            assertThat(op.group()).isEqualTo(OperationGroup.TEMPLATES);
            assertThat(Operations.byName(op.name())).containsSame(op);
        }
    }

    @Test
    void clientSendsTheRightOperations() {
        RecordingTransport t = new RecordingTransport()
                .answer(
                        TemplateOperations.CREATE_JOB_TEMPLATE,
                        r -> new CreateJobTemplateResponse(
                                true,
                                "新建成功",
                                JobTemplate.builder()
                                        .templateId(7L)
                                        .name(r.name())
                                        .build()))
                .answer(TemplateOperations.UPDATE_JOB_TEMPLATE, r -> BasicResponse.success("更新模板成功"))
                .answer(
                        TemplateOperations.DELETE_JOB_TEMPLATE,
                        r -> new DeleteJobTemplateResponse(true, "删除成功", r.templateId()));
        try (LakeJobClient client = t.client()) {
            CreateJobTemplateResponse created =
                    client.templates().create(b -> b.name("simple_stream_sql").sqlBody("select 1"));
            assertThat(created.templateId()).isEqualTo(7L);
            assertThat(t.lastCall().operation()).isSameAs(TemplateOperations.CREATE_JOB_TEMPLATE);
            assertThat(t.lastCall().request()).isEqualTo(CreateJobTemplateRequest.of("simple_stream_sql", "select 1"));

            client.templates().update(b -> b.templateId(7).desc("new"));
            assertThat(t.lastCall().operation()).isSameAs(TemplateOperations.UPDATE_JOB_TEMPLATE);
            assertThat(t.lastCall().request()).isEqualTo(new UpdateJobTemplateRequest(7, null, "new", null));

            assertThat(client.templates().delete(7).templateId()).isEqualTo(7L);
            assertThat(t.lastCall().operation()).isSameAs(TemplateOperations.DELETE_JOB_TEMPLATE);
            assertThat(t.lastCall().request()).isEqualTo(DeleteJobTemplateRequest.of(7));

            assertThatThrownBy(() -> client.templates().delete(-3)).isInstanceOf(ValidationException.class);
        }
        assertThat(t.calls()).hasSize(3);
    }

    @Test
    void listAllFollowsOffsetsUntilAShortPage() {
        List<JobTemplate> all = LongStream.range(0, 7)
                .mapToObj(i -> JobTemplate.builder().templateId(i).name("t" + i).build())
                .collect(Collectors.toList());
        RecordingTransport t = new RecordingTransport().answer(TemplateOperations.LIST_JOB_TEMPLATES, r -> {
            int from = (int) (long) r.offset();
            return new ListJobTemplatesResponse(
                    true, "", null, all.subList(Math.min(from, 7), Math.min(from + r.limit(), 7)));
        });
        try (LakeJobClient client = t.client()) {
            List<String> names = client
                    .templates()
                    .listAll(ListJobTemplatesRequest.builder()
                            .limit(3)
                            .name("t")
                            .offset(99L)
                            .build())
                    .stream()
                    .map(JobTemplate::name)
                    .collect(Collectors.toList());
            assertThat(names).containsExactly("t0", "t1", "t2", "t3", "t4", "t5", "t6");
            assertThat(t.calls())
                    .extracting(c -> ((ListJobTemplatesRequest) c.request()).offset())
                    .containsExactly(0L, 3L, 6L);
            assertThat(t.calls()).allSatisfy(c -> assertThat(((ListJobTemplatesRequest) c.request()).name())
                    .isEqualTo("t"));
        }
    }

    @Test
    void listAllStopsAtTheReportedTotalAndUsesTheListOverload() {
        RecordingTransport t = new RecordingTransport()
                .answer(
                        TemplateOperations.LIST_JOB_TEMPLATES,
                        r -> new ListJobTemplatesResponse(
                                true,
                                "",
                                2,
                                r.offset() == null || r.offset() == 0
                                        ? List.of(
                                                JobTemplate.builder()
                                                        .templateId(1L)
                                                        .build(),
                                                JobTemplate.builder()
                                                        .templateId(2L)
                                                        .build())
                                        : List.of(JobTemplate.builder()
                                                .templateId(99L)
                                                .build())));
        try (LakeJobClient client = t.client()) {
            assertThat(client.templates()
                            .listAll(ListJobTemplatesRequest.builder().limit(2).build()))
                    .extracting(JobTemplate::templateId)
                    .containsExactly(1L, 2L);
            assertThat(t.calls()).hasSize(1);
            client.templates().list(b -> b.order(TemplateOrder.DESC).limit(5));
            assertThat(t.lastCall().request())
                    .isEqualTo(ListJobTemplatesRequest.builder()
                            .order(TemplateOrder.DESC)
                            .limit(5)
                            .build());
            assertThat(client.templates().listAll()).hasSize(2);
            assertThat(((ListJobTemplatesRequest) t.lastCall().request()).limit())
                    .isEqualTo(100);
        }
    }

    @Test
    void referenceExamplesAreBundled() throws IOException {
        String create = example("11.1-request.json");
        assertThat(create).contains("\"name\": \"simple_stream_sql\"").contains("\"sql_body\"");
        CreateJobTemplateRequest r = CreateJobTemplateRequest.builder()
                .name("simple_stream_sql")
                .desc("快速上手示例")
                .sqlBody("select * from source_table")
                .build();
        assertThat(create).contains(r.desc()).contains(r.sqlBody());
        assertThat(example("11.1-response.json")).contains("\"template_id\": 0");
        assertThat(example("11.2-request.json")).contains("simple_stream_sql");
        assertThat(example("11.2-response.json")).contains("更新模板成功");
        assertThat(example("11.3-response.json")).contains("\"template_id\": 2");
        assertThat(example("11.4-response.json")).contains("\"total_count\": 2").contains("updatetest");
    }

    private static String example(String name) throws IOException {
        try (InputStream in = TemplateRequestsTest.class.getResourceAsStream("/io/lakejob/sdk/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
