package io.lakejob.sdk.model.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityRequestsTest {

    static void rejects(String field, Supplier<?> build) {
        assertThatThrownBy(build::get).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    private static CreateFlinkSqlJobRequest.Builder sql() {
        return CreateFlinkSqlJobRequest.builder().name("myjob").sqlBody("select * from source_table");
    }

    @Test
    void nameIsRequiredAndLimitedTo57() {
        assertThat(sql().name("n".repeat(57)).build().name()).hasSize(57);
        rejects("name", () -> sql().name("n".repeat(58)).build());
        rejects("name", () -> sql().name("").build());
        rejects("name", () -> sql().name("  ").build());
        rejects("name", () -> CreateFlinkSqlJobRequest.builder().build());
    }

    @Test
    void descAndSqlBodyLengths() {
        assertThat(sql().desc("d".repeat(512)).build().desc()).hasSize(512);
        rejects("desc", () -> sql().desc("d".repeat(513)).build());
        assertThat(sql().sqlBody("s".repeat(1024 * 1024)).build().sqlBody()).hasSize(1024 * 1024);
        rejects("sql_body", () -> sql().sqlBody("s".repeat(1024 * 1024 + 1)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"_q", "123", "a-b", "a/b", "../x", ""})
    void queueNameRules(String q) {
        rejects("queue_name", () -> sql().queueName(q).build());
    }

    @Test
    void enumerationsMustBeDocumented() {
        assertThat(sql().runMode(RunMode.EDGE_NODE).build().runMode()).isEqualTo(RunMode.EDGE_NODE);
        rejects("run_mode", () -> sql().runMode(RunMode.of("mixed_cluster")).build());
        assertThat(sql().checkpointMode(CheckpointMode.of("2")).build().checkpointMode())
                .isSameAs(CheckpointMode.AT_LEAST_ONCE);
        rejects("checkpoint_mode", () -> sql().checkpointMode(CheckpointMode.ofCode(3))
                .build());
        assertThat(sql().jobType(JobType.FLINK_OPENSOURCE_SQL_JOB).build().jobType())
                .isEqualTo(JobType.FLINK_OPENSOURCE_SQL_JOB);
        rejects("job_type", () -> sql().jobType(JobType.FLINK_JAR_JOB).build());
        rejects("job_type", () -> sql().jobType(JobType.of("spark_job")).build());
    }

    @Test
    void checkpointModeCodes() {
        assertThat(CheckpointMode.EXACTLY_ONCE.code()).isEqualTo(1);
        assertThat(CheckpointMode.AT_LEAST_ONCE.code()).isEqualTo(2);
        assertThat(CheckpointMode.of("1")).isSameAs(CheckpointMode.EXACTLY_ONCE);
        assertThat(CheckpointMode.of("exactly_twice").code()).isNull();
        assertThat(CheckpointMode.of("exactly_twice").isKnown()).isFalse();
    }

    @Test
    void cuRanges() {
        assertThat(sql().cuNumber(400)
                        .managerCuNumber(1)
                        .parallelNumber(1)
                        .build()
                        .cuNumber())
                .isEqualTo(400);
        rejects("cu_number", () -> sql().cuNumber(1).build());
        rejects("cu_number", () -> sql().cuNumber(401).build());
        rejects("parallel_number", () -> sql().parallelNumber(0).build());
        rejects(
                "parallel_number",
                () -> sql().cuNumber(400).parallelNumber(2001).build());
        rejects("manager_cu_number", () -> sql().managerCuNumber(0).build());
        rejects("manager_cu_number", () -> sql().cuNumber(2).managerCuNumber(2).build());
    }

    @Test
    void parallelismIsAtMostFourTimesComputeUnits() {
        // defaults: cu_number 2, manager_cu_number 1 -> at most 4
        assertThat(sql().parallelNumber(4).build().parallelNumber()).isEqualTo(4);
        rejects("parallel_number", () -> sql().parallelNumber(5).build());
        assertThat(sql().cuNumber(4)
                        .managerCuNumber(2)
                        .parallelNumber(8)
                        .build()
                        .parallelNumber())
                .isEqualTo(8);
        rejects(
                "parallel_number",
                () -> sql().cuNumber(4).managerCuNumber(2).parallelNumber(9).build());
    }

    @Test
    void obsBucketIsRequiredWhenLogsOrCheckpointsAreOn() {
        rejects("obs_bucket", () -> sql().logEnabled(true).build());
        rejects("obs_bucket", () -> sql().checkpointEnabled(true).obsBucket(" ").build());
        assertThat(sql().logEnabled(true)
                        .checkpointEnabled(true)
                        .obsBucket("b")
                        .build()
                        .obsBucket())
                .isEqualTo("b");
        assertThat(sql().logEnabled(false).build().obsBucket()).isNull();
    }

    @Test
    void numericRules() {
        assertThat(sql().checkpointInterval(0).build().checkpointInterval()).isZero();
        rejects("checkpoint_interval", () -> sql().checkpointInterval(-1).build());
        rejects("idle_state_retention", () -> sql().idleStateRetention(-1).build());
        rejects("tm_cus", () -> sql().tmCus(0).build());
        rejects("tm_slot_num", () -> sql().tmSlotNum(0).build());
        rejects("template_id", () -> sql().templateId(0L).build());
        assertThat(sql().resumeMaxNum(-1).build().resumeMaxNum()).isEqualTo(-1);
        assertThat(sql().resumeMaxNum(3).build().resumeMaxNum()).isEqualTo(3);
        rejects("resume_max_num", () -> sql().resumeMaxNum(0).build());
        rejects("resume_max_num", () -> sql().resumeMaxNum(-2).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2:obs://bucket/dirty", "2:dir"})
    void acceptsDocumentedDirtyDataStrategies(String s) {
        assertThat(sql().dirtyDataStrategy(s).build().dirtyDataStrategy()).isEqualTo(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "2", "2:", "2: x", "ignore", "01"})
    void rejectsOtherDirtyDataStrategies(String s) {
        rejects("dirty_data_strategy", () -> sql().dirtyDataStrategy(s).build());
    }

    @Test
    void toBuilderRoundTripsWithTags() {
        CreateFlinkSqlJobRequest r = sql().desc("d")
                .templateId(100000L)
                .queueName("testQueue")
                .runMode(RunMode.EXCLUSIVE_CLUSTER)
                .cuNumber(4)
                .parallelNumber(2)
                .checkpointEnabled(true)
                .checkpointMode(CheckpointMode.EXACTLY_ONCE)
                .checkpointInterval(10)
                .obsBucket("my_obs_bucket")
                .logEnabled(true)
                .smnTopic("t")
                .restartWhenException(true)
                .idleStateRetention(3600)
                .jobType(JobType.FLINK_SQL_JOB)
                .dirtyDataStrategy("0")
                .udfJarUrl("group/test.jar")
                .managerCuNumber(1)
                .tmCus(1)
                .tmSlotNum(1)
                .resumeCheckpoint(true)
                .resumeMaxNum(5)
                .addTag("k", "v")
                .runtimeConfig("{}")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.tags()).hasSize(1);
        assertThatThrownBy(() -> r.tags().clear()).isInstanceOf(UnsupportedOperationException.class);
        rejects("tags.key", () -> sql().addTag("", "v").build());
    }

    @Test
    void runAndStopJobIds() {
        assertThat(RunFlinkJobsRequest.of(131, 130).jobIds()).containsExactly(131L, 130L);
        rejects("job_ids", () -> RunFlinkJobsRequest.of());
        rejects("job_ids", () -> RunFlinkJobsRequest.of(1, 0));
        rejects("job_ids", () -> RunFlinkJobsRequest.of(-5));
        rejects("job_ids", () -> new RunFlinkJobsRequest(null, null));
        rejects("job_ids", () -> RunFlinkJobsRequest.builder()
                .jobIds(Arrays.asList(1L, null))
                .build());
        RunFlinkJobsRequest run = RunFlinkJobsRequest.builder()
                .addJobIds(1, 2)
                .resumeSavepoint(true)
                .build();
        assertThat(run.toBuilder().build()).isEqualTo(run);

        StopFlinkJobsRequest stop = StopFlinkJobsRequest.builder()
                .jobIds(List.of(128L, 137L))
                .triggerSavepoint(false)
                .build();
        assertThat(stop.toBuilder().build()).isEqualTo(stop);
        rejects("job_ids", () -> StopFlinkJobsRequest.builder().build());
        rejects("job_ids", () -> StopFlinkJobsRequest.of(0));
        List<Long> ids = new java.util.ArrayList<>(List.of(1L));
        StopFlinkJobsRequest copy = StopFlinkJobsRequest.builder().jobIds(ids).build();
        ids.add(2L);
        assertThat(copy.jobIds()).containsExactly(1L);
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, -1L, Long.MIN_VALUE})
    void getRejectsNonPositiveIds(long id) {
        rejects("job_id", () -> GetFlinkJobRequest.of(id));
    }

    @Test
    void getAcceptsLongIds() {
        assertThat(GetFlinkJobRequest.of(Long.MAX_VALUE).jobId()).isEqualTo(Long.MAX_VALUE);
    }
}
