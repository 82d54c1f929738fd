package io.lakejob.sdk.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import com.huaweicloud.sdk.dli.v1.model.BatchDeleteFlinkJobsRequestBody;
import com.huaweicloud.sdk.dli.v1.model.BatchRunFlinkJobsRequestBody;
import com.huaweicloud.sdk.dli.v1.model.CreateFlinkJarJobRequestBody;
import com.huaweicloud.sdk.dli.v1.model.CreateFlinkSqlJobRequestBody;
import com.huaweicloud.sdk.dli.v1.model.CreateFlinkSqlJobTemplateRequestBody;
import com.huaweicloud.sdk.dli.v1.model.CreateSparkJobRequestBody;
import com.huaweicloud.sdk.dli.v1.model.ExportFlinkJobsRequestBody;
import com.huaweicloud.sdk.dli.v1.model.ImportFlinkJobsRequestBody;
import com.huaweicloud.sdk.dli.v1.model.JobResource;
import com.huaweicloud.sdk.dli.v1.model.JobResourcesGroup;
import com.huaweicloud.sdk.dli.v1.model.RegisterBucketRequestBody;
import com.huaweicloud.sdk.dli.v1.model.StopFlinkJobsRequestBody;
import com.huaweicloud.sdk.dli.v1.model.UpdateFlinkJarJobRequestBody;
import com.huaweicloud.sdk.dli.v1.model.UpdateFlinkSqlJobRequestBody;
import com.huaweicloud.sdk.dli.v1.model.UpdateFlinkSqlJobTemplateRequestBody;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.batch.BatchResource;
import io.lakejob.sdk.model.batch.BatchResourceGroup;
import io.lakejob.sdk.model.batch.ScType;
import io.lakejob.sdk.model.job.CheckpointMode;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.job.RunMode;
import io.lakejob.sdk.model.template.TemplateJobType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request bodies of chapters 9, 10.1 and 11 against the oracle: the same request built with the
 * official {@code huaweicloud-sdk-dli} model classes and written with the official SDK's own mapper
 * ({@code JsonUtils.getDefaultMapper()}) must give the same JSON tree as what our transport sent.
 *
 * <p>Decisions this pins (the reference contradicts itself on them):
 * <ul>
 *   <li>{@code checkpoint_mode} is sent as a number ({@code 1} exactly once, {@code 2} at least
 *       once): the reference's tables and the official SDK ({@code Integer checkpointMode}); the
 *       reference's examples show names.
 *   <li>the stop flag is {@code trigger_savepoint} (example and official SDK), not the table's
 *       {@code trigger_save_point}.
 *   <li>{@code idle_state_retention} keeps that name and is a number of seconds (9.3's table, the
 *       examples and the official SDK); 9.2's table spells it {@code idle_state_retenion}, in hours.
 *   <li>10.1.1 sends {@code className}, {@code pyFiles}, {@code driverMemory}, {@code driverCores},
 *       {@code executorMemory}, {@code executorCores}, {@code numExecutors} in camelCase, as the
 *       official SDK does (this reference edition writes snake_case), and {@code conf} as an object.
 * </ul>
 * No intended differences remain: every asserted tree is equal in full.
 */
class FlinkBatchTemplateOracleTest extends WireSupport {
    private static final ObjectMapper OFFICIAL = JsonUtils.getDefaultMapper();

    @BeforeEach
    void answerEverything() {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"is_success\":true,\"id\":\"x\",\"job\":{\"job_id\":1}}")));
    }

    private JsonNode ours(Consumer<LakeJobClient> call) {
        try (LakeJobClient client = client()) {
            call.accept(client);
        }
        return json(onlyRequest().getBodyAsString());
    }

    private static JsonNode official(Object body) {
        try {
            return OFFICIAL.readTree(OFFICIAL.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void obsAuthorize91() {
        JsonNode ours = ours(c -> c.jobs().obsAuthorize("bucket1", "bucket2"));
        assertThat(ours)
                .isEqualTo(official(new RegisterBucketRequestBody().withObsBuckets(List.of("bucket1", "bucket2"))));
    }

    @Test
    void createSqlJob92() {
        JsonNode ours = ours(c -> c.jobs().createSqlJob(b -> b.name("myjob")
                .desc("d")
                .templateId(100000L)
                .queueName("testQueue")
                .sqlBody("select * from source_table")
                .runMode(RunMode.EXCLUSIVE_CLUSTER)
                .cuNumber(2)
                .parallelNumber(1)
                .checkpointEnabled(true)
                .checkpointMode(CheckpointMode.EXACTLY_ONCE)
                .checkpointInterval(10)
                .obsBucket("my_obs_bucket")
                .logEnabled(true)
                .smnTopic("topic")
                .restartWhenException(true)
                .idleStateRetention(3600)
                .jobType(JobType.FLINK_OPENSOURCE_SQL_JOB)
                .dirtyDataStrategy("2:obs-dir")
                .udfJarUrl("group/test.jar")
                .managerCuNumber(1)
                .tmCus(1)
                .tmSlotNum(2)
                .resumeCheckpoint(true)
                .resumeMaxNum(-1)
                .addTag("k", "v")
                .runtimeConfig("a=b")));
        CreateFlinkSqlJobRequestBody body = new CreateFlinkSqlJobRequestBody()
                .withName("myjob")
                .withDesc("d")
                .withTemplateId(100000L)
                .withQueueName("testQueue")
                .withSqlBody("select * from source_table")
                .withRunMode("exclusive_cluster")
                .withCuNumber(2)
                .withParallelNumber(1)
                .withCheckpointEnabled(true)
                .withCheckpointMode(1)
                .withCheckpointInterval(10)
                .withObsBucket("my_obs_bucket")
                .withLogEnabled(true)
                .withSmnTopic("topic")
                .withRestartWhenException(true)
                .withIdleStateRetention(3600)
                .withJobType("flink_opensource_sql_job")
                .withDirtyDataStrategy("2:obs-dir")
                .withUdfJarUrl("group/test.jar")
                .withManagerCuNumber(1)
                .withTmCus(1)
                .withTmSlotNum(2)
                .withResumeCheckpoint(true)
                .withResumeMaxNum(-1)
                .withTags(List.of(
                        new com.huaweicloud.sdk.dli.v1.model.Tag().withKey("k").withValue("v")))
                .withRuntimeConfig("a=b");
        // The SDK adds its client-token tag for reconciling (checked and removed here).
        assertThat(withoutClientToken(ours)).isEqualTo(official(body));
        assertThat(ours.get("checkpoint_mode").isInt()).isTrue();
        assertThat(ours.has("idle_state_retention")).isTrue();
    }

    @Test
    void updateSqlJob93WithAtLeastOnce() {
        JsonNode ours = ours(c -> c.jobs().updateSqlJob(b -> b.jobId(7L)
                .name("myjob")
                .queueName("q")
                .sqlBody("select 1")
                .runMode(RunMode.SHARED_CLUSTER)
                .cuNumber(4)
                .parallelNumber(4)
                .checkpointEnabled(false)
                .checkpointMode(CheckpointMode.AT_LEAST_ONCE)
                .checkpointInterval(10)
                .logEnabled(false)
                .restartWhenException(false)
                .idleStateRetention(7200)
                .edgeGroupIds(List.of("g1", "g2"))
                .dirtyDataStrategy("0")
                .managerCuNumber(1)
                .tmCus(2)
                .tmSlotNum(1)
                .operatorConfig("{\"op\":1}")
                .resumeCheckpoint(false)
                .resumeMaxNum(3)
                .runtimeConfig("r")));
        UpdateFlinkSqlJobRequestBody body = new UpdateFlinkSqlJobRequestBody()
                .withName("myjob")
                .withQueueName("q")
                .withSqlBody("select 1")
                .withRunMode("shared_cluster")
                .withCuNumber(4)
                .withParallelNumber(4)
                .withCheckpointEnabled(false)
                .withCheckpointMode(2)
                .withCheckpointInterval(10)
                .withLogEnabled(false)
                .withRestartWhenException(false)
                .withIdleStateRetention(7200)
                .withEdgeGroupIds(List.of("g1", "g2"))
                .withDirtyDataStrategy("0")
                .withManagerCuNumber(1)
                .withTmCus(2)
                .withTmSlotNum(1)
                .withOperatorConfig("{\"op\":1}")
                .withResumeCheckpoint(false)
                .withResumeMaxNum(3)
                .withRuntimeConfig("r");
        assertThat(ours).isEqualTo(official(body));
    }

    @Test
    void createJarJob94() {
        JsonNode ours = ours(c -> c.jobs().createJarJob(b -> b.name("test")
                .desc("job for test")
                .queueName("testQueue")
                .cuNumber(2)
                .managerCuNumber(1)
                .parallelNumber(1)
                .logEnabled(true)
                .obsBucket("bucketName")
                .smnTopic("topic")
                .mainClass("org.example.Main")
                .entrypointArgs("-windowSize 2000")
                .restartWhenException(false)
                .entrypoint("javaQueueStream.jar")
                .dependencyJars(List.of("myGroup/test.jar"))
                .dependencyFiles(List.of("myGroup/test.csv"))
                .tmCus(1)
                .tmSlotNum(1)
                .resumeCheckpoint(true)
                .resumeMaxNum(5)
                .checkpointPath("obs://b/cp")
                .addTag("k", "v")
                .runtimeConfig("x")));
        CreateFlinkJarJobRequestBody body = new CreateFlinkJarJobRequestBody()
                .withName("test")
                .withDesc("job for test")
                .withQueueName("testQueue")
                .withCuNumber(2)
                .withManagerCuNumber(1)
                .withParallelNumber(1)
                .withLogEnabled(true)
                .withObsBucket("bucketName")
                .withSmnTopic("topic")
                .withMainClass("org.example.Main")
                .withEntrypointArgs("-windowSize 2000")
                .withRestartWhenException(false)
                .withEntrypoint("javaQueueStream.jar")
                .withDependencyJars(List.of("myGroup/test.jar"))
                .withDependencyFiles(List.of("myGroup/test.csv"))
                .withTmCus(1)
                .withTmSlotNum(1)
                .withResumeCheckpoint(true)
                .withResumeMaxNum(5)
                .withCheckpointPath("obs://b/cp")
                .withTags(List.of(
                        new com.huaweicloud.sdk.dli.v1.model.Tag().withKey("k").withValue("v")))
                .withRuntimeConfig("x");
        // The SDK adds its client-token tag for reconciling (checked and removed here).
        assertThat(withoutClientToken(ours)).isEqualTo(official(body));
    }

    @Test
    void updateJarJob95() {
        JsonNode ours = ours(c -> c.jobs().updateJarJob(b -> b.jobId(138L)
                .name("test1")
                .jobType(JobType.FLINK_JAR_JOB)
                .queueName("testQueue")
                .cuNumber(2)
                .entrypoint("FemaleInfoCollec.jar")
                .dependencyJars(List.of("a.jar"))
                .checkpointPath("obs://b/cp")));
        UpdateFlinkJarJobRequestBody body = new UpdateFlinkJarJobRequestBody()
                .withName("test1")
                .withJobType("flink_jar_job")
                .withQueueName("testQueue")
                .withCuNumber(2)
                .withEntrypoint("FemaleInfoCollec.jar")
                .withDependencyJars(List.of("a.jar"))
                .withCheckpointPath("obs://b/cp");
        assertThat(ours).isEqualTo(official(body));
    }

    @Test
    void runJobs96() {
        JsonNode ours = ours(c -> c.jobs().run(b -> b.addJobIds(131, 130).resumeSavepoint(true)));
        assertThat(ours)
                .isEqualTo(official(new BatchRunFlinkJobsRequestBody()
                        .withJobIds(List.of(131L, 130L))
                        .withResumeSavepoint(true)));
    }

    @Test
    void stopJobs910UsesTriggerSavepoint() {
        JsonNode ours = ours(c -> c.jobs().stop(b -> b.addJobIds(128, 137).triggerSavepoint(true)));
        JsonNode official = official(
                new StopFlinkJobsRequestBody().withJobIds(List.of(128L, 137L)).withTriggerSavepoint(true));
        assertThat(ours).isEqualTo(official);
        assertThat(ours.has("trigger_savepoint")).isTrue();
        assertThat(ours.has("trigger_save_point")).isFalse();
    }

    @Test
    void batchDelete912() {
        JsonNode ours = ours(c -> c.jobs().batchDelete(12, 232));
        assertThat(ours).isEqualTo(official(new BatchDeleteFlinkJobsRequestBody().withJobIds(List.of(12L, 232L))));
    }

    @Test
    void exportJobs913() {
        JsonNode ours = ours(c ->
                c.jobs().exportJobs(b -> b.obsDir("obs-test").isSelected(true).addJobSelected(100)));
        assertThat(ours)
                .isEqualTo(official(new ExportFlinkJobsRequestBody()
                        .withObsDir("obs-test")
                        .withIsSelected(true)
                        .withJobSelected(List.of(100L))));
    }

    @Test
    void importJobs914() {
        JsonNode ours = ours(c -> c.jobs().importJobs("test/a.zip", false));
        assertThat(ours)
                .isEqualTo(official(new ImportFlinkJobsRequestBody()
                        .withZipFile("test/a.zip")
                        .withIsCover(false)));
    }

    @Test
    void createBatch1011() {
        JsonNode ours = ours(c -> c.batches().create(r -> r.file("batchTest/spark-examples.jar")
                .className("org.apache.spark.examples.SparkPi")
                .queue("test")
                .args("a", "b")
                .scType(ScType.A)
                .jars("demo-1.0.0.jar")
                .pythonFiles("lib.py")
                .files("count.txt")
                .modules("sys.datasource.dws")
                .resources(BatchResource.of("groupTest/testJar.jar", "jar"))
                .groups(BatchResourceGroup.of("groupTestJar", List.of(BatchResource.of("testJar.jar", "jar"))))
                .conf("spark.sql.shuffle.partitions", "10")
                .name("TestDemo4")
                .driverMemory("2G")
                .driverCores(2)
                .executorMemory("4G")
                .executorCores(1)
                .numExecutors(3)
                .obsBucket("bucket")
                .autoRecovery(true)
                .maxRetryTimes(20)
                .catalogName("dli")));
        CreateSparkJobRequestBody body = new CreateSparkJobRequestBody()
                .withFile("batchTest/spark-examples.jar")
                .withClassName("org.apache.spark.examples.SparkPi")
                .withQueue("test")
                .withArgs(List.of("a", "b"))
                .withScType("A")
                .withJars(List.of("demo-1.0.0.jar"))
                .withPyFiles(List.of("lib.py"))
                .withFiles(List.of("count.txt"))
                .withModules(List.of("sys.datasource.dws"))
                .withResources(List.of(
                        new JobResource().withName("groupTest/testJar.jar").withType("jar")))
                .withGroups(List.of(new JobResourcesGroup()
                        .withName("groupTestJar")
                        .withResources(List.of(
                                new JobResource().withName("testJar.jar").withType("jar")))))
                .withConf(Map.of("spark.sql.shuffle.partitions", "10"))
                .withName("TestDemo4")
                .withDriverMemory("2G")
                .withDriverCores(2)
                .withExecutorMemory("4G")
                .withExecutorCores(1)
                .withNumExecutors(3)
                .withObsBucket("bucket")
                .withAutoRecovery(true)
                .withMaxRetryTimes(20)
                .withCatalogName("dli");
        JsonNode official = official(body);
        assertThat(ours).isEqualTo(official);
        assertThat(ours.has("className")).isTrue();
        assertThat(ours.has("class_name")).isFalse();
    }

    @Test
    void createBatchWithClusterName() {
        JsonNode ours = ours(
                c -> c.batches().create(r -> r.file("f.jar").className("Main").clusterName("q1")));
        assertThat(ours)
                .isEqualTo(official(new CreateSparkJobRequestBody()
                        .withFile("f.jar")
                        .withClassName("Main")
                        .withClusterName("q1")));
    }

    @Test
    void createTemplate111() {
        JsonNode ours = ours(c -> c.templates().create(t -> t.name("simple_stream_sql")
                .desc("快速上手示例")
                .sqlBody("select * from source_table")
                .addTag("k", "v")
                .jobType(TemplateJobType.of("flink_sql_job"))));
        CreateFlinkSqlJobTemplateRequestBody body = new CreateFlinkSqlJobTemplateRequestBody()
                .withName("simple_stream_sql")
                .withDesc("快速上手示例")
                .withSqlBody("select * from source_table")
                .withTags(List.of(
                        new com.huaweicloud.sdk.dli.v1.model.Tag().withKey("k").withValue("v")))
                .withJobType(CreateFlinkSqlJobTemplateRequestBody.JobTypeEnum.FLINK_SQL_JOB);
        assertThat(ours).isEqualTo(official(body));
    }

    @Test
    void updateTemplate112() {
        JsonNode ours = ours(c ->
                c.templates().update(t -> t.templateId(2L).name("n").desc("d").sqlBody("select 1")));
        assertThat(ours)
                .isEqualTo(official(new UpdateFlinkSqlJobTemplateRequestBody()
                        .withName("n")
                        .withDesc("d")
                        .withSqlBody("select 1")));
    }

    @Test
    void theReferenceExamplesDifferFromTheOracleOnlyWhereDocumented() {
        // 9.2's example with checkpoint_mode by name: the official model cannot even carry it
        // (Integer), which is why the number is sent.
        ObjectNode example = (ObjectNode) json(resource("9.2-request.json"));
        assertThat(example.get("checkpoint_mode").isTextual()).isTrue();
        CreateFlinkSqlJobRequestBody oracle;
        try {
            example.put("checkpoint_mode", 1);
            oracle = OFFICIAL.treeToValue(example, CreateFlinkSqlJobRequestBody.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(official(oracle)).isEqualTo(example);
    }
}
