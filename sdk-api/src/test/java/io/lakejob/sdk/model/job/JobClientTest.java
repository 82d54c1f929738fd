package io.lakejob.sdk.model.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.JobClient;
import io.lakejob.sdk.RetryPolicy;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.DefaultLakeJobClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.FlinkJobOperations;
import io.lakejob.sdk.spi.HttpMethod;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.testing.RecordingTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobClientTest {

    /** A clock moved only by the fake sleeper. */
    static final class FakeClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final RecordingTransport transport = new RecordingTransport();
    private final FakeClock clock = new FakeClock();
    private final List<Duration> sleeps = new ArrayList<>();

    private JobClient fakeTimeClient() {
        ClientConfiguration config = new ClientConfiguration(
                "test:recording",
                null,
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                RetryPolicy.standard(),
                clock,
                null,
                Map.of());
        return new DefaultLakeJobClient(config, transport, d -> {
                    sleeps.add(d);
                    clock.advance(d);
                })
                .jobs();
    }

    private static GetFlinkJobResponse detail(long id, String status) {
        return new GetFlinkJobResponse(
                true,
                "",
                FlinkJobDetail.builder().jobId(id).status(JobStatus.of(status)).build());
    }

    private void script(String... statuses) {
        Deque<String> q = new ArrayDeque<>(List.of(statuses));
        transport.answer(FlinkJobOperations.GET_FLINK_JOB, r -> detail(r.jobId(), q.size() > 1 ? q.poll() : q.peek()));
    }

    @Test
    void operationsCarryTheReferenceBinding() {
        assertThat(FlinkJobOperations.CREATE_FLINK_SQL_JOB.name()).isEqualTo("CreateFlinkSqlJob");
        assertThat(FlinkJobOperations.CREATE_FLINK_SQL_JOB.pathTemplate())
                .isEqualTo("/v1.0/{project_id}/streaming/sql-jobs");
        assertThat(FlinkJobOperations.RUN_FLINK_JOBS.method()).isEqualTo(HttpMethod.POST);
        assertThat(FlinkJobOperations.GET_FLINK_JOB.pathTemplate())
                .isEqualTo("/v1.0/{project_id}/streaming/jobs/{job_id}");
        assertThat(FlinkJobOperations.GET_FLINK_JOB.method()).isEqualTo(HttpMethod.GET);
        assertThat(FlinkJobOperations.STOP_FLINK_JOBS.pathTemplate())
                .isEqualTo("/v1.0/{project_id}/streaming/jobs/stop");
        assertThat(FlinkJobOperations.STOP_FLINK_JOBS.group()).isEqualTo(OperationGroup.FLINK_JOBS);
    }

    @Test
    void createSqlJobSendsTheRequestAndExposesTheNestedId() {
        transport.answer(
                FlinkJobOperations.CREATE_FLINK_SQL_JOB,
                r -> new CreateFlinkJobResponse(true, "ok", new CreatedFlinkJob(148L, JobStatus.JOB_INIT, "")));
        CreateFlinkJobResponse resp = transport.client().jobs().createSqlJob(b -> b.name("myjob")
                .queueName("testQueue")
                .sqlBody("select 1"));
        assertThat(resp.jobId()).isEqualTo(148L);
        assertThat(resp.status()).isEqualTo(JobStatus.JOB_INIT);
        assertThat(transport.lastCall().operation()).isSameAs(FlinkJobOperations.CREATE_FLINK_SQL_JOB);
        assertThat(((CreateFlinkSqlJobRequest) transport.lastCall().request()).name())
                .isEqualTo("myjob");
    }

    @Test
    void runGetAndStopConvenienceForms() {
        transport.answer(
                FlinkJobOperations.RUN_FLINK_JOBS,
                r -> new FlinkJobsBatchResponse(r.jobIds().stream()
                        .map(i -> BasicResponse.success("ok"))
                        .toList()));
        transport.answer(
                FlinkJobOperations.STOP_FLINK_JOBS,
                r -> new FlinkJobsBatchResponse(List.of(BasicResponse.success("ok"))));
        script("job_running");
        JobClient jobs = transport.client().jobs();

        FlinkJobsBatchResponse run = jobs.run(131L, 130L);
        assertThat(run.results()).hasSize(2);
        assertThat(run.allSucceeded()).isTrue();
        assertThat(transport.lastCall().request()).isEqualTo(RunFlinkJobsRequest.of(131L, 130L));

        jobs.run(b -> b.addJobIds(7L).resumeSavepoint(true));
        assertThat(((RunFlinkJobsRequest) transport.lastCall().request()).resumeSavepoint())
                .isTrue();

        assertThat(jobs.get(9L).status()).isEqualTo(JobStatus.JOB_RUNNING);
        assertThat(transport.lastCall().request()).isEqualTo(GetFlinkJobRequest.of(9L));

        jobs.stop(9L, true);
        StopFlinkJobsRequest stop = (StopFlinkJobsRequest) transport.lastCall().request();
        assertThat(stop.jobIds()).containsExactly(9L);
        assertThat(stop.triggerSavepoint()).isTrue();
        jobs.stop(b -> b.addJobIds(1L, 2L));
        assertThat(((StopFlinkJobsRequest) transport.lastCall().request()).jobIds())
                .containsExactly(1L, 2L);
    }

    @Test
    void batchResultsReportFailure() {
        FlinkJobsBatchResponse r =
                new FlinkJobsBatchResponse(List.of(BasicResponse.success("ok"), new BasicResponse(false, "no")));
        assertThat(r.allSucceeded()).isFalse();
        assertThat(new FlinkJobsBatchResponse(null).results()).isEmpty();
    }

    @Test
    void createResponseWithoutJobHasNoId() {
        CreateFlinkJobResponse r = new CreateFlinkJobResponse(false, "bad", null);
        assertThat(r.status()).isNull();
        assertThatThrownBy(r::jobId).hasMessageContaining("no job");
    }

    @Test
    void waitUntilReachesTargetAndReportsEveryChange() {
        script("job_init", "job_submitting", "job_submitting", "job_running");
        List<String> seen = new ArrayList<>();
        GetFlinkJobResponse r = fakeTimeClient()
                .waitUntil(
                        42L,
                        Set.of(JobStatus.JOB_RUNNING),
                        WaitOptions.timeout(Duration.ofMinutes(1)),
                        (prev, cur, at) -> seen.add(prev + "->" + cur));
        assertThat(r.status()).isEqualTo(JobStatus.JOB_RUNNING);
        assertThat(seen).containsExactly("null->job_init", "job_init->job_submitting", "job_submitting->job_running");
        assertThat(transport.calls()).hasSize(4);
        // Polling starts at 50 ms and doubles.
        assertThat(sleeps).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void waitUntilFailsOnOtherTerminalStatus() {
        script("job_submitting", "job_submit_fail");
        assertThatThrownBy(() -> fakeTimeClient().waitUntil(5L, JobStatus.JOB_RUNNING, Duration.ofMinutes(1)))
                .isInstanceOfSatisfying(JobStateException.class, e -> {
                    assertThat(e.jobId()).isEqualTo("5");
                    assertThat(e.status()).isEqualTo("job_submit_fail");
                });
    }

    @Test
    void cancelFailIsNotTerminalAndCancelSuccessIsAcceptedAsTarget() {
        script("job_canceling", "job_cancel_fail", "job_cancelling", "job_cancel_success");
        GetFlinkJobResponse r =
                fakeTimeClient().waitUntil(5L, Set.of(JobStatus.JOB_CANCEL_SUCCESS), Duration.ofMinutes(1));
        assertThat(r.status()).isEqualTo(JobStatus.JOB_CANCEL_SUCCESS);
    }

    @Test
    void waitUntilTimesOutWithoutRealSleeping() {
        script("job_submitting");
        assertThatThrownBy(() -> fakeTimeClient().waitUntil(5L, JobStatus.JOB_RUNNING, Duration.ofSeconds(5)))
                .isInstanceOf(LakeJobTimeoutException.class)
                .hasMessageContaining("job_submitting");
        // 50 ms doubling up to 2 s, and never past the 5 s deadline.
        assertThat(sleeps)
                .containsExactly(
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(200),
                        Duration.ofMillis(400),
                        Duration.ofMillis(800),
                        Duration.ofMillis(1600),
                        Duration.ofMillis(1850));
    }

    @Test
    void waitUntilToleratesAnswerWithoutDetail() {
        Deque<GetFlinkJobResponse> q =
                new ArrayDeque<>(List.of(new GetFlinkJobResponse(true, "", null), detail(5L, "job_running")));
        transport.answer(FlinkJobOperations.GET_FLINK_JOB, r -> q.size() > 1 ? q.poll() : q.peek());
        assertThat(fakeTimeClient()
                        .waitUntil(5L, JobStatus.JOB_RUNNING, Duration.ofMinutes(1))
                        .status())
                .isEqualTo(JobStatus.JOB_RUNNING);
    }

    @Test
    void waitUntilRejectsBadArguments() {
        JobClient jobs = fakeTimeClient();
        assertThatThrownBy(() -> jobs.waitUntil(0L, JobStatus.JOB_RUNNING, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("job_id"));
        assertThatThrownBy(() -> jobs.waitUntil(1L, Set.of(), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("targets"));
        assertThat(transport.calls()).isEmpty();
    }

    @Test
    void jobStatusTerminalSetAndAliases() {
        assertThat(JobStatus.TERMINAL)
                .containsExactlyInAnyOrder(
                        JobStatus.JOB_SUBMIT_FAIL,
                        JobStatus.JOB_RUNNING_EXCEPTION,
                        JobStatus.JOB_CANCEL_SUCCESS,
                        JobStatus.JOB_FINISH);
        assertThat(JobStatus.JOB_CANCEL_FAIL.isTerminal()).isFalse();
        assertThat(JobStatus.of("job_cancelling")).isSameAs(JobStatus.JOB_CANCELING);
        assertThat(JobStatus.of("JOB_RUNNING")).isSameAs(JobStatus.JOB_RUNNING);
        JobStatus future = JobStatus.of("job_hibernating");
        assertThat(future.isKnown()).isFalse();
        assertThat(future.value()).isEqualTo("job_hibernating");
        assertThat(future.isTerminal()).isFalse();
        assertThatThrownBy(() -> JobStatus.of(" "))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }
}
