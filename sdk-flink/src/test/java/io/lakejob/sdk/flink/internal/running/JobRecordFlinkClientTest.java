package io.lakejob.sdk.flink.internal.running;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SqlJobType;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.api.common.JobID;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;

/**
 * Job records hold a run's Flink {@link JobClient} only while the run is not over: a client keeps
 * Flink objects (its cluster client, the run's user class loader with a jar job's or UDF's
 * classes), and records live until the job is deleted.
 */
class JobRecordFlinkClientTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(1);

    private static JobClient client() {
        JobID id = new JobID();
        return (JobClient) Proxy.newProxyInstance(
                JobClient.class.getClassLoader(), new Class<?>[] {JobClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getJobID")) {
                        return id;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static FlinkJobRecord submitted(JobClient c) {
        FlinkJobRecord r = new FlinkJobRecord(
                7,
                CreateFlinkSqlJobRequest.builder().name("j").sqlBody("SELECT 1").build(),
                T0);
        r.beginRun(T0);
        r.submitted(c, "embedded", T0);
        return r;
    }

    @Test
    void aFlinkJobRecordDropsItsClientWhenTheRunEnds() {
        JobClient c = client();
        FlinkJobRecord r = submitted(c);
        assertThat(r.flinkClient()).isSameAs(c);
        r.ended(JobStatus.JOB_FINISH, "", T1);
        assertThat(r.flinkClient()).isNull();
        // What the API still answers about the ended run stays.
        assertThat(r.flinkJobId()).isEqualTo(c.getJobID().toHexString());
        assertThat(r.endedFlinkState(c.getJobID().toHexString())).isEqualTo("FINISHED");
    }

    @Test
    void aStopInProgressKeepsTheClientUntilTheRunHasEnded() {
        JobClient c = client();
        FlinkJobRecord r = submitted(c);
        r.requestStop(T1);
        assertThat(r.flinkClient()).as("needed to cancel the job").isSameAs(c);
        r.ended(JobStatus.JOB_FINISH, "", T1);
        assertThat(r.status()).isEqualTo(JobStatus.JOB_CANCEL_SUCCESS);
        assertThat(r.flinkClient()).isNull();
        // Stopped with a savepoint, the job FINISHED in Flink (the platform says it was stopped).
        assertThat(r.endedFlinkState(r.flinkJobId())).isEqualTo("FINISHED");
        // Cancelled, it is CANCELED there.
        FlinkJobRecord cancelled = submitted(client());
        cancelled.requestStop(T1);
        cancelled.ended(JobStatus.JOB_RUNNING_EXCEPTION, "cancelled", T1);
        assertThat(cancelled.status()).isEqualTo(JobStatus.JOB_CANCEL_SUCCESS);
        assertThat(cancelled.endedFlinkState(cancelled.flinkJobId())).isEqualTo("CANCELED");
    }

    @Test
    void everyTerminalStatusDropsTheClient() {
        for (JobStatus end :
                List.of(JobStatus.JOB_CANCEL_SUCCESS, JobStatus.JOB_RUNNING_EXCEPTION, JobStatus.JOB_SUBMIT_FAIL)) {
            FlinkJobRecord r = submitted(client());
            r.status(end, "", T1);
            assertThat(r.flinkClient()).as(end.value()).isNull();
        }
        FlinkJobRecord running = submitted(client());
        running.status(JobStatus.JOB_RUNNING, "", T1);
        assertThat(running.flinkClient()).isNotNull();
        assertThat(running.endedFlinkState(running.flinkJobId()))
                .as("a running job has not ended")
                .isNull();
    }

    @Test
    void endedFlinkStateAnswersOnlyForTheLatestRunsFlinkJob() {
        FlinkJobRecord r = submitted(client());
        r.ended(JobStatus.JOB_RUNNING_EXCEPTION, "boom", T1);
        assertThat(r.endedFlinkState(r.flinkJobId())).isEqualTo("FAILED");
        assertThat(r.endedFlinkState(new JobID().toHexString())).isNull();
        assertThat(r.endedFlinkState(null)).isNull();
    }

    private static SqlStatementRecord statement() {
        return new SqlStatementRecord(
                UUID.randomUUID(), SqlJobType.QUERY, "SELECT 1", 1, "db", null, "me", List.of(), Map.of(), T0);
    }

    @Test
    void aSqlStatementRecordDropsItsClientWhenTheJobEnds() {
        JobClient c = client();
        SqlStatementRecord r = statement();
        assertThat(r.submitted(c)).isTrue();
        r.finish(SqlJobStatus.FINISHED, "", T1);
        assertThat(r.requestCancel()).isNull();
    }

    @Test
    void aSqlStatementRecordKeepsItsClientWhileTheJobRuns() {
        JobClient c = client();
        SqlStatementRecord r = statement();
        r.submitted(c);
        assertThat(r.requestCancel()).isSameAs(c);
    }

    @Test
    void aClientArrivingAfterTheEndIsNotKept() {
        SqlStatementRecord r = statement();
        r.finish(SqlJobStatus.FAILED, "lost", T1);
        assertThat(r.submitted(client())).isTrue();
        assertThat(r.requestCancel()).isNull();
    }
}
