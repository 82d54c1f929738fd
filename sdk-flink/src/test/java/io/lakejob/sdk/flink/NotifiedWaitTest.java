package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.StatusListener;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.WaitProgress;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Waits on the Flink transport end when the job does: the transport tells waiters of every status
 * change, so a wait whose poll interval is far longer than the job still returns as soon as the
 * job has finished, through a read the notification prompted.
 */
@ExtendWith(LakeJobFlinkExtension.class)
class NotifiedWaitTest {
    /** Polls so rarely that only a notification can end the waits in time. */
    static final WaitOptions RARE_POLLS = new WaitOptions(Duration.ofMinutes(5), Duration.ofMinutes(4));

    static final String ROWS = "CREATE TABLE Nums (n INT) WITH ('connector' = 'datagen',"
            + " 'fields.n.kind' = 'sequence', 'fields.n.start' = '1', 'fields.n.end' = '%d',"
            + " 'rows-per-second' = '1000000');\n"
            + "SELECT n FROM Nums";

    static long jobOf(LakeJobClient client, String sql) {
        long id = client.jobs()
                .createSqlJob(j -> j.name("notified").sqlBody(sql).parallelNumber(1))
                .job()
                .jobId();
        client.jobs().run(id);
        return id;
    }

    @Test
    void aFlinkJobWaitEndsWhenTheJobFinishesNotAtTheNextPoll(LakeJobClient client) {
        long id = jobOf(client, String.format(ROWS, 100));
        List<WaitProgress<JobStatus>> reads = new CopyOnWriteArrayList<>();
        GetFlinkJobResponse done = client.jobs()
                .waitUntil(id, Set.of(JobStatus.JOB_FINISH), RARE_POLLS, StatusListener.onEveryPoll(reads::add));
        assertThat(done.status()).isEqualTo(JobStatus.JOB_FINISH);
        WaitProgress<JobStatus> last = reads.get(reads.size() - 1);
        assertThat(last.last()).isTrue();
        assertThat(last.notified()).isTrue();
        // Every read but the first was prompted by a change, none by the 4-minute interval.
        assertThat(reads.subList(1, reads.size())).allMatch(WaitProgress::notified);
        assertThat(reads.get(0).nextPoll()).isEqualTo(Duration.ofMinutes(4));
        assertThat(last.elapsed()).isLessThan(Duration.ofMinutes(4));

        SqlExecutionResult data = client.flink().jobData(String.valueOf(id));
        assertThat(data.rows()).hasSize(100);
        assertThat(client.flink().jobData(data.jobId()).rows()).hasSize(100);
    }

    @Test
    void anAsynchronousWaitIsCompletedByTheJobsEnd(LakeJobClient client) throws Exception {
        long id = jobOf(client, String.format(ROWS, 1000));
        List<WaitProgress<JobStatus>> reads = new CopyOnWriteArrayList<>();
        CompletableFuture<GetFlinkJobResponse> f = client.jobs()
                .waitUntilAsync(id, Set.of(JobStatus.JOB_FINISH), RARE_POLLS, StatusListener.onEveryPoll(reads::add));
        assertThat(f.get(2, TimeUnit.MINUTES).status()).isEqualTo(JobStatus.JOB_FINISH);
        assertThat(reads.get(reads.size() - 1).notified()).isTrue();
        assertThat(client.flink().jobData(String.valueOf(id)).rows()).hasSize(1000);

        // A job that fails ends its wait with the job's error, through the future.
        long failing = jobOf(
                client,
                "CREATE TABLE Bad (n INT) WITH ('connector' = 'datagen',"
                        + " 'number-of-rows' = '5');\nSELECT 10 / (n - n) FROM Bad");
        CompletableFuture<GetFlinkJobResponse> failed =
                client.jobs().waitUntilAsync(failing, Set.of(JobStatus.JOB_FINISH), RARE_POLLS, null);
        assertThat(failed)
                .failsWithin(Duration.ofMinutes(2))
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(JobStateException.class, s -> assertThat(s.status())
                        .isIn(JobStatus.JOB_RUNNING_EXCEPTION.value(), JobStatus.JOB_SUBMIT_FAIL.value()));
    }

    @Test
    void aSqlJobWaitEndsWhenTheStatementFinishes(LakeJobClient client) throws Exception {
        String id = client.sql()
                .submit(s -> s.sql("SELECT x FROM (VALUES (1), (2), (3)) AS t(x)"))
                .jobId();
        List<WaitProgress<SqlJobStatus>> reads = new CopyOnWriteArrayList<>();
        GetSqlJobStatusResponse done = client.sql()
                .waitUntil(id, Set.of(SqlJobStatus.FINISHED), RARE_POLLS, StatusListener.onEveryPoll(reads::add));
        assertThat(done.resultCount()).isEqualTo(3);
        assertThat(reads.get(reads.size() - 1).elapsed()).isLessThan(Duration.ofMinutes(4));
        assertThat(reads.size() == 1 || reads.get(reads.size() - 1).notified()).isTrue();

        String async = client.sql()
                .submit(s -> s.sql("SELECT x FROM (VALUES (1), (2)) AS t(x)"))
                .jobId();
        CompletableFuture<GetSqlJobStatusResponse> f =
                client.sql().waitUntilAsync(async, Set.of(SqlJobStatus.FINISHED), RARE_POLLS, null);
        assertThat(f.get(2, TimeUnit.MINUTES).resultCount()).isEqualTo(2);
    }
}
