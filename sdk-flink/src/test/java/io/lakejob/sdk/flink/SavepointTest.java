package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.flink.SavepointRequest;
import io.lakejob.sdk.model.flink.SavepointResult;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.JobStatus;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Savepoints by Flink job id (Dinky's {@code savepoint}): trigger keeps the job running, stop is
 * stop-with-savepoint and its path restores a later run, cancel takes none. Each test asks right
 * after the job reports RUNNING, so the wait for every task RUNNING is exercised too.
 */
@ExtendWith(SharedFlinkClient.class)
class SavepointTest {
    /** An endless keyed count: it has state, so a restore is visible. */
    static final String COUNTS = "CREATE TABLE Ev (k INT, v BIGINT) WITH ("
            + "'connector'='datagen', 'rows-per-second'='200', 'fields.k.min'='1', 'fields.k.max'='5');\n"
            + "CREATE TABLE Counts (k INT, c BIGINT) WITH ('connector'='blackhole');\n"
            + "INSERT INTO Counts SELECT k, COUNT(*) FROM Ev GROUP BY k";

    private static long startJob(LakeJobClient client, String name) {
        long id = client.jobs()
                .createSqlJob(j -> j.name(name).sqlBody(COUNTS).parallelNumber(1))
                .job()
                .jobId();
        client.jobs().run(id);
        await(client, id, JobStatus.JOB_RUNNING);
        return id;
    }

    static io.lakejob.sdk.model.job.FlinkJobDetail await(LakeJobClient client, long id, JobStatus target) {
        return client.jobs()
                .waitUntil(
                        id,
                        java.util.Set.of(target),
                        io.lakejob.sdk.WaitOptions.timeout(Duration.ofMinutes(1))
                                .withPollInterval(Duration.ofMillis(20)),
                        null)
                .jobDetail();
    }

    private static String flinkId(LakeJobClient client, long id) {
        return client.flink().jobData(String.valueOf(id)).jobId();
    }

    private static URI rest(LakeJobClient client, long id) {
        return URI.create("http://" + client.flink().jobData(String.valueOf(id)).jobManagerAddress());
    }

    private static Path onDisk(String location) {
        return Path.of(URI.create(location));
    }

    @Test
    void triggerWritesASavepointAndTheJobKeepsRunning(LakeJobClient client) throws Exception {
        long id = startJob(client, "sp_trigger");
        String fid = flinkId(client, id);
        String tid = SavepointRequest.newTriggerId();

        SavepointResult r = client.flink()
                .savepoint(
                        s -> s.jobId(fid).savePointType(SavepointType.TRIGGER).triggerId(tid));

        assertThat(r.triggerId()).isEqualTo(tid);
        assertThat(r.jobId()).isEqualTo(fid);
        assertThat(Files.isRegularFile(onDisk(r.savepointPath()).resolve("_metadata")))
                .isTrue();
        assertThat(StatementSetTest.state(rest(client, id), fid)).isEqualTo("RUNNING");
        assertThat(client.jobs().get(id).jobDetail().status()).isEqualTo(JobStatus.JOB_RUNNING);

        // The same trigger id again is the same savepoint, not a second one: retries are safe.
        SavepointResult again = client.flink()
                .savepoint(
                        s -> s.jobId(fid).savePointType(SavepointType.TRIGGER).triggerId(tid));
        assertThat(again.savepointPath()).isEqualTo(r.savepointPath());

        client.flink().savepoint(fid, SavepointType.CANCEL);
    }

    @Test
    void stopTakesASavepointThatRunWithResumeRestores(LakeJobClient client) throws Exception {
        long id = startJob(client, "sp_stop");
        String fid = flinkId(client, id);

        SavepointResult r = client.flink().savepoint(fid, SavepointType.STOP);

        assertThat(r.savepointPath()).isNotBlank();
        assertThat(Files.isRegularFile(onDisk(r.savepointPath()).resolve("_metadata")))
                .isTrue();
        URI rest = rest(client, id);
        // Stop-with-savepoint ends the job as FINISHED; a cancel-with-savepoint would show CANCELED.
        assertThat(StatementSetTest.state(rest, fid)).isEqualTo("FINISHED");
        assertThat(await(client, id, JobStatus.JOB_CANCEL_SUCCESS).savepointPath())
                .isEqualTo(r.savepointPath());

        client.jobs().run(run -> run.addJobIds(id).resumeSavepoint(true));
        await(client, id, JobStatus.JOB_RUNNING);
        String resumed = flinkId(client, id);
        assertThat(resumed).isNotEqualTo(fid);
        // Waits for Flink to leave INITIALIZING before it reads the checkpoint statistics.
        StatementSetTest.assertRestoredFrom(rest, resumed, r.savepointPath());

        client.flink().savepoint(resumed, SavepointType.CANCEL);
    }

    @Test
    void executeSqlRestoresFromASavePointPath(LakeJobClient client) throws Exception {
        SqlExecutionResult first =
                client.flink().executeSql(s -> s.statement(COUNTS).parallelism(1));
        String path =
                client.flink().savepoint(first.jobId(), SavepointType.STOP).savepointPath();

        SqlExecutionResult second = client.flink()
                .executeSql(s -> s.statement(COUNTS).parallelism(1).savePointPath(path));
        URI rest = URI.create("http://" + second.jobManagerAddress());
        StatementSetTest.assertRestoredFrom(rest, second.jobId(), path);
        client.flink().savepoint(second.jobId(), SavepointType.CANCEL);
    }

    @Test
    void cancelStopsWithoutASavepoint(LakeJobClient client) throws Exception {
        long id = startJob(client, "sp_cancel");
        String fid = flinkId(client, id);

        SavepointResult r = client.flink().savepoint(fid, SavepointType.CANCEL);

        assertThat(r.savepointPath()).isNull();
        assertThat(StatementSetTest.state(rest(client, id), fid)).isEqualTo("CANCELED");
        assertThat(client.jobs().get(id).jobDetail().status()).isEqualTo(JobStatus.JOB_CANCEL_SUCCESS);
        assertThat(client.jobs().get(id).jobDetail().savepointPath()).isNull();
    }

    @Test
    void aJobTheClusterDoesNotKnowIsNotFound(LakeJobClient client) {
        assertThatThrownBy(() -> client.flink().savepoint("0123456789abcdef0123456789abcdef", SavepointType.TRIGGER))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));
    }

    @Test
    void aFinishedJobCannotTakeASavepoint(LakeJobClient client) throws Exception {
        SqlExecutionResult done = client.flink()
                .executeSql(s -> s.statement(StatementSetTest.SOURCE + "SELECT n FROM Src")
                        .useResult(true));
        assertThat(done.success()).as(done.error()).isTrue();
        StatementSetTest.awaitFinished(client, done.jobId());
        assertThatThrownBy(() -> client.flink().savepoint(done.jobId(), SavepointType.STOP))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("DLI.0012");
                    assertThat(e.getMessage()).contains("FINISHED");
                });
    }
}
