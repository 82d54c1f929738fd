package io.lakejob.sdk.flink.internal.running;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * How a run's end and a stop request meet in the job record, in either order: a stop that took
 * effect ends the job {@code job_cancel_success}; a stop Flink refused because the job had already
 * ended by itself leaves the job as it ended ({@code job_finish}, or the failure), never
 * "stopped"; a refused stop of a running job leaves it running.
 */
class FlinkJobRecordStopTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(1);
    private static final Instant T2 = T0.plusSeconds(2);

    private static FlinkJobRecord running() {
        FlinkJobRecord r = new FlinkJobRecord(
                11,
                CreateFlinkSqlJobRequest.builder().name("j").sqlBody("SELECT 1").build(),
                T0);
        r.beginRun(T0);
        r.status(JobStatus.JOB_RUNNING, "", T0);
        return r;
    }

    @Test
    void aStopThatTookEffectEndsTheJobStopped() {
        FlinkJobRecord r = running();
        r.requestStop(T1);
        r.ended(JobStatus.JOB_FINISH, "", T2);
        assertThat(r.status()).isEqualTo(JobStatus.JOB_CANCEL_SUCCESS);
    }

    @Test
    void aJobThatFinishedBeforeTheRefusedStopReachedFlinkSaysFinished() {
        FlinkJobRecord r = running();
        r.requestStop(T1);
        r.ended(JobStatus.JOB_FINISH, "", T1);
        r.stopRefused("Flink job is not running", T2);
        assertThat(r.status()).isEqualTo(JobStatus.JOB_FINISH);
        assertThat(r.stopRequested()).isFalse();
    }

    @Test
    void aJobThatFailedBeforeTheRefusedStopKeepsItsFailure() {
        FlinkJobRecord r = running();
        r.requestStop(T1);
        r.ended(JobStatus.JOB_RUNNING_EXCEPTION, "division by zero", T1);
        r.stopRefused("Flink job is not running", T2);
        assertThat(r.status()).isEqualTo(JobStatus.JOB_RUNNING_EXCEPTION);
        assertThat(r.statusDesc()).isEqualTo("division by zero");
    }

    @Test
    void aRefusedStopOfARunningJobLeavesItRunningAndItsLaterEndIsItsOwn() {
        FlinkJobRecord r = running();
        r.requestStop(T1);
        r.stopRefused("savepoint failed", T1);
        assertThat(r.status()).isEqualTo(JobStatus.JOB_RUNNING);
        r.ended(JobStatus.JOB_FINISH, "", T2);
        assertThat(r.status()).isEqualTo(JobStatus.JOB_FINISH);
    }

    @Test
    void aNewRunForgetsThePreviousRunsEnd() {
        FlinkJobRecord r = running();
        r.requestStop(T1);
        r.ended(JobStatus.JOB_FINISH, "", T1);
        r.beginRun(T2);
        r.status(JobStatus.JOB_RUNNING, "", T2);
        r.stopRefused("late answer for the previous run", T2);
        assertThat(r.status()).isEqualTo(JobStatus.JOB_RUNNING);
    }
}
