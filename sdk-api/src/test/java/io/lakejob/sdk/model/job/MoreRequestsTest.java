package io.lakejob.sdk.model.job;

import static io.lakejob.sdk.model.job.PriorityRequestsTest.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoreRequestsTest {

    @Test
    void obsAuthorizeNeedsBuckets() {
        assertThat(ObsAuthorizeRequest.of("bucket1").obsBuckets()).containsExactly("bucket1");
        rejects("obs_buckets", () -> ObsAuthorizeRequest.of());
        rejects("obs_buckets", () -> new ObsAuthorizeRequest(null));
        rejects("obs_buckets", () -> ObsAuthorizeRequest.of("b", " "));
        rejects("obs_buckets", () -> new ObsAuthorizeRequest(Arrays.asList("b", null)));
    }

    private static UpdateFlinkSqlJobRequest.Builder updSql() {
        return UpdateFlinkSqlJobRequest.builder().jobId(12L);
    }

    @Test
    void updateSqlJobRules() {
        assertThat(updSql().name("").build().name()).isEmpty();
        rejects("name", () -> updSql().name("n".repeat(58)).build());
        rejects("job_id", () -> UpdateFlinkSqlJobRequest.builder().build());
        rejects("job_id", () -> updSql().jobId(0).build());
        rejects("job_id", () -> updSql().jobId(-3).build());
        rejects("desc", () -> updSql().desc("d".repeat(513)).build());
        rejects("queue_name", () -> updSql().queueName("../x").build());
        rejects("sql_body", () -> updSql().sqlBody("s".repeat(1024 * 1024 + 1)).build());
        rejects("run_mode", () -> updSql().runMode(RunMode.of("x")).build());
        rejects("cu_number", () -> updSql().cuNumber(401).build());
        rejects("parallel_number", () -> updSql().cuNumber(2).parallelNumber(5).build());
        // without cu_number the stored value is unknown: only the absolute range applies
        assertThat(updSql().parallelNumber(2000).build().parallelNumber()).isEqualTo(2000);
        rejects("obs_bucket", () -> updSql().logEnabled(true).obsBucket("").build());
        rejects("edge_group_ids", () -> updSql().edgeGroupIds(List.of(" ")).build());
        rejects("dirty_data_strategy", () -> updSql().dirtyDataStrategy("9").build());
        rejects("resume_max_num", () -> updSql().resumeMaxNum(0).build());
        rejects("checkpoint_mode", () -> updSql().checkpointMode(CheckpointMode.of("x"))
                .build());
        UpdateFlinkSqlJobRequest r = updSql().name("myjob")
                .edgeGroupIds(List.of("62de1e1c-066e-48a8-a79d-f461a31b2ee1"))
                .operatorConfig("{}")
                .staticEstimatorConfig("{\"operator_list\":[]}")
                .idleStateRetention(3600)
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.jobId()).isEqualTo(12L);
    }

    private static CreateFlinkJarJobRequest.Builder jar() {
        return CreateFlinkJarJobRequest.builder().name("test").entrypoint("javaQueueStream.jar");
    }

    @Test
    void createJarJobRules() {
        rejects("name", () -> CreateFlinkJarJobRequest.builder().build());
        rejects("name", () -> jar().name("n".repeat(58)).build());
        rejects("desc", () -> jar().desc("d".repeat(513)).build());
        rejects("queue_name", () -> jar().queueName("a/b").build());
        rejects("obs_bucket", () -> jar().logEnabled(true).build());
        rejects("cu_number", () -> jar().cuNumber(1).build());
        rejects("manager_cu_number", () -> jar().cuNumber(2).managerCuNumber(3).build());
        rejects("parallel_number", () -> jar().parallelNumber(2001).build());
        rejects("dependency_jars", () -> jar().dependencyJars(List.of("")).build());
        rejects("dependency_files", () -> jar().dependencyFiles(Arrays.asList("a", null))
                .build());
        rejects("tm_cus", () -> jar().tmCus(0).build());
        rejects("resume_max_num", () -> jar().resumeMaxNum(-7).build());
        CreateFlinkJarJobRequest r = jar().desc("job for test")
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
                .entrypointArgs("-windowSize 2000 -rate 3")
                .dependencyJars(List.of("myGroup/test.jar", "myGroup/test1.jar"))
                .dependencyFiles(List.of("myGroup/test.csv"))
                .checkpointPath("obs://b/cp")
                .addTag("k", "v")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThatThrownBy(() -> r.dependencyJars().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void updateJarJobRules() {
        UpdateFlinkJarJobRequest.Builder b = UpdateFlinkJarJobRequest.builder().jobId(99L);
        assertThat(b.jobType(JobType.FLINK_JAR_JOB).build().jobType()).isEqualTo(JobType.FLINK_JAR_JOB);
        rejects("job_type", () -> UpdateFlinkJarJobRequest.builder()
                .jobId(1L)
                .jobType(JobType.FLINK_SQL_JOB)
                .build());
        rejects("job_id", () -> UpdateFlinkJarJobRequest.builder().build());
        rejects("job_id", () -> UpdateFlinkJarJobRequest.builder().jobId(0L).build());
        rejects(
                "queue_name",
                () -> UpdateFlinkJarJobRequest.builder().jobId(1L).queueName("").build());
        rejects("obs_bucket", () -> UpdateFlinkJarJobRequest.builder()
                .jobId(1L)
                .logEnabled(true)
                .build());
        UpdateFlinkJarJobRequest r = UpdateFlinkJarJobRequest.builder()
                .jobId(1L)
                .name("test1")
                .runtimeConfig("x")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
    }

    @Test
    void listRules() {
        ListFlinkJobsRequest all = ListFlinkJobsRequest.all();
        assertThat(all.limit()).isNull();
        assertThat(ListFlinkJobsRequest.builder().limit(100).build().limit()).isEqualTo(100);
        rejects("limit", () -> ListFlinkJobsRequest.builder().limit(101).build());
        rejects("limit", () -> ListFlinkJobsRequest.builder().limit(0).build());
        rejects("offset", () -> ListFlinkJobsRequest.builder().offset(-1).build());
        rejects(
                "name",
                () -> ListFlinkJobsRequest.builder().name("n".repeat(58)).build());
        rejects(
                "queue_name",
                () -> ListFlinkJobsRequest.builder().queueName("a\r\nb").build());
        rejects("status", () -> ListFlinkJobsRequest.builder()
                .status(JobStatus.of("job_weird"))
                .build());
        rejects(
                "job_type",
                () -> ListFlinkJobsRequest.builder().jobType(JobType.of("x")).build());
        rejects("order", () -> ListFlinkJobsRequest.builder()
                .order(FlinkJobOrder.of("random"))
                .build());
        ListFlinkJobsRequest r = ListFlinkJobsRequest.builder()
                .jobType(JobType.FLINK_JAR_JOB)
                .status(JobStatus.of("job_cancelling"))
                .queueName("q")
                .order(FlinkJobOrder.ASC)
                .limit(10)
                .name("")
                .offset(20)
                .showDetail(true)
                .userName("u")
                .tags("k=v")
                .build();
        assertThat(r.status()).isSameAs(JobStatus.JOB_CANCELING);
        assertThat(r.toBuilder().build()).isEqualTo(r);
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, -1L})
    void pathJobIdsMustBePositive(long id) {
        rejects("job_id", () -> DeleteFlinkJobRequest.of(id));
        rejects("job_id", () -> GetFlinkJobExecuteGraphRequest.of(id));
    }

    @Test
    void batchDelete() {
        assertThat(BatchDeleteFlinkJobsRequest.of(12, 232).jobIds()).containsExactly(12L, 232L);
        rejects("job_ids", () -> BatchDeleteFlinkJobsRequest.of());
        rejects("job_ids", () -> BatchDeleteFlinkJobsRequest.of(12, -1));
        rejects("job_ids", () -> new BatchDeleteFlinkJobsRequest(null));
    }

    @Test
    void exportRules() {
        ExportFlinkJobsRequest sel = ExportFlinkJobsRequest.selected("obs-test", 100);
        assertThat(sel.isSelected()).isTrue();
        assertThat(sel.jobSelected()).containsExactly(100L);
        assertThat(sel.toBuilder().build()).isEqualTo(sel);
        assertThat(ExportFlinkJobsRequest.all("obs-test").jobSelected()).isEmpty();
        rejects("job_selected", () -> ExportFlinkJobsRequest.selected("obs-test"));
        rejects("job_selected", () -> ExportFlinkJobsRequest.selected("obs-test", 0));
        rejects("job_selected", () -> ExportFlinkJobsRequest.builder()
                .obsDir("d")
                .isSelected(false)
                .addJobSelected(1)
                .build());
        rejects("obs_dir", () -> ExportFlinkJobsRequest.all(" "));
        rejects(
                "obs_dir",
                () -> ExportFlinkJobsRequest.builder().isSelected(false).build());
        rejects(
                "is_selected",
                () -> ExportFlinkJobsRequest.builder().obsDir("d").build());
    }

    @Test
    void importRules() {
        ImportFlinkJobsRequest r = ImportFlinkJobsRequest.of("test/a.zip", true);
        assertThat(r.isCover()).isTrue();
        rejects("zip_file", () -> ImportFlinkJobsRequest.of(null, null));
        rejects("zip_file", () -> ImportFlinkJobsRequest.of("", false));
    }

    @Test
    void responsesCopyListsAndExposeConvenienceAccessors() {
        assertThat(new ExportFlinkJobsResponse(true, "", null).zipFile()).isEmpty();
        assertThat(new ImportFlinkJobsResponse(true, "", null).jobMapping()).isEmpty();
        assertThat(new UpdateFlinkJobResponse(true, "", null).updateTime()).isNull();
        assertThat(new UpdateFlinkJobResponse(
                                true, "", new FlinkJobUpdate(java.time.Instant.ofEpochMilli(1578905682534L)))
                        .updateTime()
                        .toEpochMilli())
                .isEqualTo(1578905682534L);
        ListFlinkJobsResponse empty = new ListFlinkJobsResponse(true, "", null);
        assertThat(empty.items()).isEmpty();
        assertThat(empty.totalCount()).isEmpty();
        ListFlinkJobsResponse one = new ListFlinkJobsResponse(
                true,
                "",
                new FlinkJobList(26, List.of(FlinkJob.builder().jobId(146L).build())));
        assertThat(one.items()).extracting(FlinkJob::jobId).containsExactly(146L);
        assertThat(one.totalCount()).hasValue(26);
        FlinkJobConfig cfg = FlinkJobConfig.builder()
                .cuNumber(2)
                .dependencyJars(List.of("a.jar"))
                .build();
        assertThat(cfg.edgeGroupIds()).isEmpty();
        assertThat(cfg.toBuilder().build()).isEqualTo(cfg);
        FlinkJobDetail d = FlinkJobDetail.builder()
                .jobId(104L)
                .jobConfig(cfg)
                .status(JobStatus.JOB_INIT)
                .build();
        assertThat(d.toBuilder().build()).isEqualTo(d);
        assertThat(new GetFlinkJobResponse(true, "", d).status()).isEqualTo(JobStatus.JOB_INIT);
    }

    @Test
    void enumsKeepUnknownValues() {
        assertThat(JobType.of("flink_sql_edge_job").isKnown()).isFalse();
        assertThat(JobType.of("FLINK_JAR_JOB")).isSameAs(JobType.FLINK_JAR_JOB);
        assertThat(RunMode.of("edge_node")).isSameAs(RunMode.EDGE_NODE);
        assertThat(RunMode.of("hybrid").value()).isEqualTo("hybrid");
        assertThat(FlinkJobOrder.of("desc")).isSameAs(FlinkJobOrder.DESC);
        assertThat(JobStatus.knownValues()).contains(JobStatus.JOB_ARREARAGE_STOPPED, JobStatus.JOB_FINISH);
    }
}
