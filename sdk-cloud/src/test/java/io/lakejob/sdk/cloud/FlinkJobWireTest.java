package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.job.CheckpointMode;
import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.ExportFlinkJobsResponse;
import io.lakejob.sdk.model.job.FlinkExecuteGraph;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.FlinkJobConfig;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobOrder;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphResponse;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.ImportFlinkJobsResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.job.ListFlinkJobsResponse;
import io.lakejob.sdk.model.job.RunMode;
import io.lakejob.sdk.model.job.UpdateFlinkJobResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sections 9.1-9.14 over real HTTP against WireMock: exact requests (compared with the reference's
 * example bodies), signatures, and the reference's example answers parsed into typed values.
 */
class FlinkJobWireTest extends WireSupport {
    private static final String BASE = "/v1.0/" + PROJECT;

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

    private static JsonNode withCheckpointModeNumber(String resource) {
        // The examples show checkpoint_mode by name; the tables and the official SDK send the number.
        ObjectNode expected = (ObjectNode) json(resource(resource));
        assertThat(expected.get("checkpoint_mode").asText()).isEqualTo("exactly_once");
        expected.put("checkpoint_mode", 1);
        return expected;
    }

    @Test
    void createSqlJob92() {
        stub(post(urlPathEqualTo(BASE + "/streaming/sql-jobs")), resource("9.2-response.json"));
        CreateFlinkJobResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().createSqlJob(b -> b.name("myjob")
                    .desc("这是个做字符记数的作业")
                    .templateId(100000L)
                    .queueName("testQueue")
                    .sqlBody("select * from source_table")
                    .runMode(RunMode.EXCLUSIVE_CLUSTER)
                    .cuNumber(2)
                    .parallelNumber(1)
                    .checkpointEnabled(false)
                    .checkpointMode(CheckpointMode.EXACTLY_ONCE)
                    .checkpointInterval(0)
                    .obsBucket("my_obs_bucket")
                    .logEnabled(false)
                    .restartWhenException(false)
                    .idleStateRetention(3600)
                    .jobType(JobType.FLINK_SQL_JOB)
                    .dirtyDataStrategy("0")
                    .udfJarUrl("group/test.jar"));
        }
        LoggedRequest r = sent("POST", BASE + "/streaming/sql-jobs");
        assertThat(withoutClientToken(json(r.getBodyAsString())))
                .isEqualTo(withCheckpointModeNumber("9.2-request.json"));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobId()).isEqualTo(148L);
        assertThat(resp.job().statusName()).isSameAs(JobStatus.JOB_INIT);
        assertThat(resp.job().statusDesc()).isEmpty();
    }

    @Test
    void createSqlJobSendsTagsRuntimeFieldsAndAtLeastOnceAsTwo() {
        stub(post(urlPathEqualTo(BASE + "/streaming/sql-jobs")), resource("9.2-response.json"));
        try (LakeJobClient client = client()) {
            client.jobs().createSqlJob(b -> b.name("j")
                    .sqlBody("select 1")
                    .checkpointMode(CheckpointMode.AT_LEAST_ONCE)
                    .managerCuNumber(1)
                    .tmCus(1)
                    .tmSlotNum(2)
                    .resumeCheckpoint(true)
                    .resumeMaxNum(-1)
                    .addTag("team", "data")
                    .runtimeConfig("a=b"));
        }
        assertThat(withoutClientToken(json(onlyRequest().getBodyAsString())))
                .isEqualTo(json("{\"name\":\"j\",\"sql_body\":\"select 1\",\"checkpoint_mode\":2,"
                        + "\"manager_cu_number\":1,\"tm_cus\":1,\"tm_slot_num\":2,\"resume_checkpoint\":true,"
                        + "\"resume_max_num\":-1,\"tags\":[{\"key\":\"team\",\"value\":\"data\"}],"
                        + "\"runtime_config\":\"a=b\"}"));
    }

    @Test
    void checkpointModesGivenByTheirNumbersGoOutAsThoseNumbers() {
        stub(post(urlPathEqualTo(BASE + "/streaming/sql-jobs")), resource("9.2-response.json"));
        try (LakeJobClient client = client()) {
            client.jobs().createSqlJob(b -> b.name("a").sqlBody("s").checkpointMode(CheckpointMode.of("2")));
        }
        assertThat(withoutClientToken(json(onlyRequest().getBodyAsString())))
                .isEqualTo(json("{\"name\":\"a\",\"sql_body\":\"s\",\"checkpoint_mode\":2}"));
    }

    @Test
    void updateSqlJob93() {
        stub(put(urlPathEqualTo(BASE + "/streaming/sql-jobs/4711")), resource("9.3-response.json"));
        UpdateFlinkJobResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().updateSqlJob(b -> b.jobId(4711L)
                    .name("myjob")
                    .desc("这是我的第一个作业")
                    .queueName("testQueue")
                    .sqlBody("select * from source_table")
                    .runMode(RunMode.SHARED_CLUSTER)
                    .cuNumber(4)
                    .parallelNumber(4)
                    .checkpointEnabled(false)
                    .checkpointMode(CheckpointMode.EXACTLY_ONCE)
                    .checkpointInterval(10)
                    .obsBucket("")
                    .logEnabled(false)
                    .smnTopic("")
                    .restartWhenException(false)
                    .idleStateRetention(3600)
                    .edgeGroupIds(
                            List.of("62de1e1c-066e-48a8-a79d-f461a31b2ee1", "2eb00f85-99f2-4144-bcb7-d39ff47f9002"))
                    .dirtyDataStrategy("0")
                    .udfJarUrl("group/test.jar"));
        }
        LoggedRequest r = sent("PUT", BASE + "/streaming/sql-jobs/4711");
        assertThat(json(r.getBodyAsString())).isEqualTo(withCheckpointModeNumber("9.3-request.json"));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.job().updateTime()).isEqualTo(Instant.ofEpochMilli(1578905682534L));
    }

    @Test
    void createJarJob94() {
        stub(post(urlPathEqualTo(BASE + "/streaming/flink-jobs")), resource("9.4-response.json"));
        CreateFlinkJobResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().createJarJob(b -> b.name("test")
                    .desc("job for test")
                    .queueName("testQueue")
                    .managerCuNumber(1)
                    .cuNumber(2)
                    .parallelNumber(1)
                    .tmCus(1)
                    .tmSlotNum(1)
                    .logEnabled(true)
                    .obsBucket("bucketName")
                    .smnTopic("topic")
                    .mainClass("org.apache.flink.examples.streaming.JavaQueueStream")
                    .restartWhenException(false)
                    .entrypoint("javaQueueStream.jar")
                    .entrypointArgs("-windowSize 2000 -rate 3")
                    .dependencyJars(List.of("myGroup/test.jar", "myGroup/test1.jar"))
                    .dependencyFiles(List.of("myGroup/test.csv", "myGroup/test1.csv")));
        }
        LoggedRequest r = sent("POST", BASE + "/streaming/flink-jobs");
        assertThat(withoutClientToken(json(r.getBodyAsString()))).isEqualTo(json(resource("9.4-request.json")));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobId()).isEqualTo(138L);
        assertThat(resp.job().statusName()).isSameAs(JobStatus.JOB_INIT);
    }

    @Test
    void updateJarJob95() {
        stub(put(urlPathEqualTo(BASE + "/streaming/flink-jobs/138")), resource("9.5-response.json"));
        UpdateFlinkJobResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().updateJarJob(b -> b.jobId(138L)
                    .name("test1")
                    .desc("job for test")
                    .jobType(JobType.FLINK_JAR_JOB)
                    .queueName("testQueue")
                    .managerCuNumber(1)
                    .cuNumber(2)
                    .parallelNumber(1)
                    .logEnabled(false)
                    .mainClass("org.apache.flink.examples.streaming.JavaQueueStream")
                    .restartWhenException(false)
                    .entrypoint("FemaleInfoCollec.jar")
                    .dependencyJars(List.of("myGroup/test.jar", "myGroup/test1.jar"))
                    .dependencyFiles(List.of("myGroup/test.csv", "myGroup/test1.csv")));
        }
        LoggedRequest r = sent("PUT", BASE + "/streaming/flink-jobs/138");
        assertThat(json(r.getBodyAsString())).isEqualTo(json(resource("9.5-request.json")));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.job().updateTime()).isEqualTo(Instant.ofEpochMilli(1516952770835L));
    }

    @Test
    void listJobs97SendsEveryQueryParameter() {
        stub(get(urlPathEqualTo(BASE + "/streaming/jobs")), resource("9.7-response.json"));
        ListFlinkJobsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().list(b -> b.jobType(JobType.FLINK_SQL_JOB)
                    .status(JobStatus.JOB_RUNNING)
                    .queueName("q1")
                    .order(FlinkJobOrder.ASC)
                    .limit(20)
                    .name("my job")
                    .offset(40)
                    .showDetail(false)
                    .userName("u1")
                    .tags("k=v"));
        }
        LoggedRequest r = onlyRequest();
        assertThat(r.getMethod().getName()).isEqualTo("GET");
        assertThat(rawPath(r)).isEqualTo(BASE + "/streaming/jobs");
        assertThat(r.getQueryParams().keySet())
                .containsExactlyInAnyOrder(
                        "job_type",
                        "status",
                        "queue_name",
                        "order",
                        "limit",
                        "name",
                        "offset",
                        "show_detail",
                        "user_name",
                        "tags");
        assertThat(r.queryParameter("job_type").firstValue()).isEqualTo("flink_sql_job");
        assertThat(r.queryParameter("status").firstValue()).isEqualTo("job_running");
        assertThat(r.queryParameter("queue_name").firstValue()).isEqualTo("q1");
        assertThat(r.queryParameter("order").firstValue()).isEqualTo("asc");
        assertThat(r.queryParameter("limit").firstValue()).isEqualTo("20");
        assertThat(r.queryParameter("name").firstValue()).isEqualTo("my job");
        assertThat(r.queryParameter("offset").firstValue()).isEqualTo("40");
        assertThat(r.queryParameter("show_detail").firstValue()).isEqualTo("false");
        assertThat(r.queryParameter("user_name").firstValue()).isEqualTo("u1");
        assertThat(rawQuery(r)).contains("tags=k%3Dv").contains("name=my%20job");
        assertThat(r.getBody()).isEmpty();
        assertSignedCorrectly(r, AK, SK);

        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobList().totalCount()).isEqualTo(26);
        FlinkJob j = resp.jobList().jobs().get(0);
        assertThat(j.jobId()).isEqualTo(146L);
        assertThat(j.name()).isEqualTo("aaaaaa");
        assertThat(j.jobType()).isSameAs(JobType.FLINK_SQL_JOB);
        assertThat(j.status()).isSameAs(JobStatus.JOB_INIT);
        assertThat(j.createTime()).isEqualTo(Instant.ofEpochMilli(1578892414688L));
        assertThat(j.duration()).isZero();
        assertThat(j.rootId()).isEqualTo(-1L);
        assertThat(j.graphEditorEnabled()).isFalse();
        assertThat(j.hasSavepoint()).isFalse();
        assertThat(j.jobConfig()).isNull();
    }

    @Test
    void listJobsWithoutFiltersSendsNoQueryAndReadsDetailsAndCancellingSpelling() {
        stub(
                get(urlPathEqualTo(BASE + "/streaming/jobs")),
                "{\"is_success\":true,\"job_list\":{\"total_count\":\"1\",\"jobs\":{\"job_id\":\"9007199254740993\","
                        + "\"status\":\"job_cancelling\",\"job_type\":\"flink_future_job\",\"run_mode\":\"shared_cluster\","
                        + "\"job_config\":{\"checkpoint_mode\":2,\"operator_config\":{\"op\":3},\"edge_group_ids\":\"g1\"}}}}");
        ListFlinkJobsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().list(b -> {});
        }
        assertThat(onlyRequest().getUrl()).isEqualTo(BASE + "/streaming/jobs");
        FlinkJob j = resp.jobList().jobs().get(0);
        assertThat(j.jobId()).isEqualTo(9007199254740993L);
        assertThat(j.status()).isSameAs(JobStatus.JOB_CANCELING);
        assertThat(j.jobType().value()).isEqualTo("flink_future_job");
        assertThat(j.jobType().isKnown()).isFalse();
        assertThat(j.runMode()).isSameAs(RunMode.SHARED_CLUSTER);
        assertThat(j.jobConfig().checkpointMode()).isSameAs(CheckpointMode.AT_LEAST_ONCE);
        assertThat(json(j.jobConfig().operatorConfig())).isEqualTo(json("{\"op\":3}"));
        assertThat(j.jobConfig().edgeGroupIds()).containsExactly("g1");
    }

    @Test
    void getJob98ReadsTheJarExample() {
        stub(get(urlPathEqualTo(BASE + "/streaming/jobs/104")), resource("9.8-response-jar.json"));
        GetFlinkJobResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().get(104L);
        }
        LoggedRequest r = sent("GET", BASE + "/streaming/jobs/104");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        FlinkJobDetail d = resp.jobDetail();
        assertThat(d.jobId()).isEqualTo(104L);
        assertThat(d.userId()).isEqualTo("011c99a26ae84a1bb963a75e7637d3fd");
        assertThat(d.queueName()).isEqualTo("flinktest");
        assertThat(d.projectId()).isEqualTo("330e068af1334c9782f4226acc00a2e2");
        assertThat(d.runMode()).isSameAs(RunMode.EXCLUSIVE_CLUSTER);
        assertThat(d.jobType()).isSameAs(JobType.FLINK_JAR_JOB);
        assertThat(d.status()).isSameAs(JobStatus.JOB_INIT);
        assertThat(d.createTime()).isEqualTo(Instant.ofEpochMilli(1578466221525L));
        assertThat(d.updateTime()).isEqualTo(Instant.ofEpochMilli(1578467395713L));
        assertThat(d.startTime()).isNull();
        assertThat(d.mainClass()).isNull();
        FlinkJobConfig c = d.jobConfig();
        assertThat(c.checkpointMode()).isSameAs(CheckpointMode.EXACTLY_ONCE);
        assertThat(c.checkpointInterval()).isEqualTo(10);
        assertThat(c.obsBucket()).isNull();
        assertThat(c.rootId()).isEqualTo(-1L);
        assertThat(c.managerCuNumber()).isEqualTo(1);
        assertThat(c.cuNumber()).isEqualTo(2);
        assertThat(c.idleStateRetention()).isEqualTo(3600);
        assertThat(c.entrypoint()).isEqualTo("FemaleInfoCollection.jar");
        assertThat(c.dependencyJars()).containsExactly("FemaleInfoCollection.jar", "ObsBatchTest.jar");
        assertThat(c.dependencyFiles()).containsExactly("FemaleInfoCollection.jar", "ReadFromResource");
        assertThat(c.edgeGroupIds()).isEmpty();
    }

    @Test
    void getJob98ReadsTheOpenSourceExampleAndNestedConfigObjects() {
        stub(get(urlPathEqualTo(BASE + "/streaming/jobs/90634")), resource("9.8-response-opensource.json"));
        GetFlinkJobResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().get(90634L);
        }
        sent("GET", BASE + "/streaming/jobs/90634");
        FlinkJobDetail d = resp.jobDetail();
        assertThat(d.jobId()).isEqualTo(90634L);
        assertThat(d.name()).isEqualTo("test_guoquan");
        assertThat(d.jobType()).isSameAs(JobType.FLINK_OPENSOURCE_SQL_JOB);
        assertThat(d.status()).isSameAs(JobStatus.JOB_CANCEL_SUCCESS);
        assertThat(d.startTime()).isEqualTo(Instant.ofEpochMilli(1638433497621L));
        assertThat(d.executionGraph()).isEqualTo("xxx");
        assertThat(d.savepointPath()).isNull();
        FlinkJobConfig c = d.jobConfig();
        assertThat(c.checkpointEnabled()).isTrue();
        assertThat(c.checkpointInterval()).isEqualTo(600);
        assertThat(c.obsBucket()).isEqualTo("dli-test");
        assertThat(c.parallelNumber()).isEqualTo(3);
        assertThat(c.resumeCheckpoint()).isTrue();
        assertThat(c.resumeMaxNum()).isEqualTo(-1);
        assertThat(c.udfJarUrl()).isEqualTo("test/flink_test-1.0-SNAPSHOT-jar-with-dependencies.jar");
        assertThat(c.tmSlotNum()).isEqualTo(3);
        assertThat(c.operatorConfig()).isEqualTo("xxx");
        assertThat(c.staticEstimatorConfig()).isEqualTo("xxx");
        assertThat(c.dependencyJars()).isEmpty();
    }

    @Test
    void getJob98KeepsConfigObjectsAsJsonTextAndToleratesMissingFields() {
        stub(
                get(urlPathEqualTo(BASE + "/streaming/jobs/7")),
                "{\"is_success\":\"true\",\"job_detail\":{\"job_id\":7,\"status\":\"job_cancelling\","
                        + "\"job_config\":{\"static_estimator_config\":{\"a\":[1,2]},\"runtime_config\":{\"k\":\"v\"},"
                        + "\"graph_editor_data\":{\"nodes\":[]},\"checkpoint_mode\":\"1\"}}}");
        GetFlinkJobResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().get(7L);
        }
        FlinkJobDetail d = resp.jobDetail();
        assertThat(d.status()).isSameAs(JobStatus.JOB_CANCELING);
        assertThat(d.name()).isNull();
        assertThat(d.createTime()).isNull();
        FlinkJobConfig c = d.jobConfig();
        assertThat(json(c.staticEstimatorConfig())).isEqualTo(json("{\"a\":[1,2]}"));
        assertThat(json(c.runtimeConfig())).isEqualTo(json("{\"k\":\"v\"}"));
        assertThat(json(c.graphEditorData())).isEqualTo(json("{\"nodes\":[]}"));
        assertThat(c.checkpointMode()).isSameAs(CheckpointMode.EXACTLY_ONCE);
        assertThat(c.cuNumber()).isNull();
    }

    @Test
    void executeGraph99ReadsTheHyphenatedAndCamelCaseNames() {
        stub(get(urlPathEqualTo(BASE + "/streaming/jobs/148/execute-graph")), resource("9.9-response.json"));
        GetFlinkJobExecuteGraphResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().getExecuteGraph(148L);
        }
        LoggedRequest r = sent("GET", BASE + "/streaming/jobs/148/execute-graph");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        FlinkExecuteGraph g = resp.executeGraph();
        assertThat(g.jid()).isEqualTo("4e966f43f2c90b0e1bf3188ecf55504b");
        assertThat(g.name()).isEmpty();
        assertThat(g.isStoppable()).isFalse();
        assertThat(g.state()).isEqualTo("RUNNING");
        assertThat(g.startTime()).isEqualTo(Instant.ofEpochMilli(1578904488436L));
        assertThat(g.endTime()).isNull(); // -1 while it runs
        assertThat(g.duration()).isEqualTo(516274L);
    }

    @Test
    void stopJobs910ReadsTheDocumentedArrayToo() {
        stub(
                post(urlPathEqualTo(BASE + "/streaming/jobs/stop")),
                "[{\"is_success\":\"true\",\"message\":\"a\"},null,{\"is_success\":false,\"message\":\"b\"}]");
        FlinkJobsBatchResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().stop(12L, true);
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"job_ids\":[12],\"trigger_savepoint\":true}"));
        assertThat(resp.results()).extracting(BasicResponse::message).containsExactly("a", "b");
        assertThat(resp.results()).extracting(BasicResponse::isSuccess).containsExactly(true, false);
    }

    @Test
    void deleteJob911() {
        stub(delete(urlPathEqualTo(BASE + "/streaming/jobs/9223372036854775807")), resource("9.11-response.json"));
        BasicResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().delete(Long.MAX_VALUE);
        }
        LoggedRequest r = sent("DELETE", BASE + "/streaming/jobs/9223372036854775807");
        assertThat(r.getBody()).isEmpty();
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.message()).isEqualTo("作业删除成功");
    }

    @Test
    void exportJobs913() {
        stub(post(urlPathEqualTo(BASE + "/streaming/jobs/export")), resource("9.13-response.json"));
        ExportFlinkJobsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs()
                    .exportJobs(b -> b.obsDir("obs-test").isSelected(true).addJobSelected(100));
        }
        LoggedRequest r = sent("POST", BASE + "/streaming/jobs/export");
        assertThat(json(r.getBodyAsString())).isEqualTo(json(resource("9.13-request.json")));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.zipFile()).containsExactly("obs-test/aggregate_1582677879475.zip");
    }

    @Test
    void exportJobsReadsOneZipFileAsAString() {
        stub(
                post(urlPathEqualTo(BASE + "/streaming/jobs/export")),
                "{\"is_success\":true,\"zip_file\":\"obs-test/one.zip\"}");
        ExportFlinkJobsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().exportJobs(b -> b.obsDir("obs-test").isSelected(false));
        }
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"obs_dir\":\"obs-test\",\"is_selected\":false}"));
        assertThat(resp.zipFile()).containsExactly("obs-test/one.zip");
    }

    @Test
    void importJobs914ReadsStringIdsAsLongs() {
        stub(post(urlPathEqualTo(BASE + "/streaming/jobs/import")), resource("9.14-response.json"));
        ImportFlinkJobsResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().importJobs("test/gggregate_1582677879475.zip", true);
        }
        LoggedRequest r = sent("POST", BASE + "/streaming/jobs/import");
        assertThat(json(r.getBodyAsString())).isEqualTo(json(resource("9.14-request.json")));
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.jobMapping()).hasSize(1);
        assertThat(resp.jobMapping().get(0).oldJobId()).isEqualTo(100L);
        assertThat(resp.jobMapping().get(0).newJobId()).isEqualTo(200L);
        assertThat(resp.jobMapping().get(0).remark()).isEqualTo("Job successfully created");
    }

    @Test
    void createAnswerWithoutAJobIdGivesNoJob() {
        stub(post(urlPathEqualTo(BASE + "/streaming/flink-jobs")), "{\"is_success\":true,\"job\":{}}");
        CreateFlinkJobResponse resp;
        try (LakeJobClient client = client()) {
            resp = client.jobs().createJarJob(b -> b.name("x").queueName("q"));
        }
        assertThat(resp.isSuccess()).isTrue();
        assertThat(resp.job()).isNull();
    }
}
