package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.flink.internal.running.RunningWatch;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.flink.FlinkJobStatus;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.api.common.JobID;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statuses say what Flink says, never ahead of it: a job is running once Flink runs it, stopping
 * until Flink has ended it, and ended as Flink ended it; and a stop with savepoint of a job the
 * embedded cluster already dropped answers at once instead of waiting for the call timeout.
 */
@ExtendWith(LakeJobFlinkExtension.class)
class StatusTruthTest {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String QUERY = "CREATE TABLE Ev (k INT, v BIGINT) WITH ('connector'='datagen',"
            + " 'rows-per-second'='50', 'fields.k.min'='1', 'fields.k.max'='3');\n"
            + "SELECT k, COUNT(*) AS c FROM Ev GROUP BY k";

    @Test
    void aStopWithSavepointEndsAsFlinkEndsIt(LakeJobClient client) throws Exception {
        SqlExecutionResult started =
                client.flink().executeSql(s -> s.statement(QUERY).jobName("truth_stop"));
        String flinkId = started.jobId();
        String rest = "http://" + started.jobManagerAddress();
        // Running as soon as, and no sooner than, Flink says so.
        Await.until(
                "the job to run", WAIT, () -> client.flink().jobData(flinkId).status(), FlinkJobStatus.RUNNING::equals);
        assertThat(flinkState(rest, flinkId)).isEqualTo("RUNNING");

        client.flink().savepoint(s -> s.jobId(flinkId).savePointType(SavepointType.STOP));
        SqlExecutionResult after = client.flink().jobData(flinkId);
        // Stopped with a savepoint, the job FINISHED in Flink, and the client says so once Flink does.
        assertThat(after.status()).isEqualTo(FlinkJobStatus.FINISHED);
        assertThat(flinkState(rest, flinkId)).isEqualTo("FINISHED");
        long id = client.jobs().listAll(ListFlinkJobsRequest.builder().build()).stream()
                .filter(j -> "truth_stop".equals(j.name()))
                .findFirst()
                .orElseThrow()
                .jobId();
        assertThat(client.jobs().get(id).jobDetail().status()).isEqualTo(JobStatus.JOB_CANCEL_SUCCESS);
    }

    @Test
    void aStopWithSavepointOfAJobTheClusterDroppedAnswersWithoutWaitingForTheCallTimeout(@TempDir Path tmp)
            throws Exception {
        try (LakeJobClient c = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, "2")
                // The cluster forgets a finished job at once ...
                .property(FlinkOptions.LOCAL_ARCHIVE_EXPIRATION, "1 ms")
                .property(FlinkOptions.SAVEPOINT_DIR, tmp.toString())
                // ... and a stop that read "not found" as "still running" would wait this long.
                .callTimeout(Duration.ofHours(1))
                .build()) {
            long id = c.jobs()
                    .createSqlJob(
                            j -> j.name("dropped").sqlBody(SavepointTest.COUNTS).parallelNumber(1))
                    .jobId();
            c.jobs().run(id);
            c.jobs().waitUntil(id, JobStatus.JOB_RUNNING, WAIT);
            BasicResponse stopped = CompletableFuture.supplyAsync(() -> c.jobs().stop(id, true))
                    .get(WAIT.toMinutes(), TimeUnit.MINUTES)
                    .results()
                    .get(0);
            assertThat(stopped.isSuccess()).as(stopped.message()).isTrue();
            assertThat(c.jobs()
                            .waitUntil(id, JobStatus.JOB_CANCEL_SUCCESS, WAIT)
                            .jobDetail()
                            .savepointPath())
                    .isNotBlank();
        }
    }

    @Test
    void aJobIsRunningOnlyOnceFlinkSaysSo() throws Exception {
        JobID jid = new JobID();
        AtomicReference<org.apache.flink.api.common.JobStatus> flink =
                new AtomicReference<>(org.apache.flink.api.common.JobStatus.INITIALIZING);
        AtomicInteger asked = new AtomicInteger();
        JobClient fake = (JobClient) Proxy.newProxyInstance(
                JobClient.class.getClassLoader(), new Class<?>[] {JobClient.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getJobID":
                            return jid;
                        case "getJobStatus":
                            asked.incrementAndGet();
                            return CompletableFuture.completedFuture(flink.get());
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        FlinkJobRecord r = new FlinkJobRecord(
                1,
                CreateFlinkSqlJobRequest.builder().name("j").sqlBody("SELECT 1").build(),
                Clock.systemUTC().instant());
        int run = r.beginRun(Clock.systemUTC().instant());
        r.submitted(fake, "embedded", Clock.systemUTC().instant());
        assertThat(r.status()).isEqualTo(JobStatus.JOB_SUBMITTING);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            RunningWatch.start(r, run, fake, executor, Clock.systemUTC());
            Await.until("Flink to be asked three times", WAIT, () -> asked.get() >= 3);
            assertThat(r.status()).isEqualTo(JobStatus.JOB_SUBMITTING);
            flink.set(org.apache.flink.api.common.JobStatus.RUNNING);
            Await.until("the record to say running", WAIT, () -> r.status().equals(JobStatus.JOB_RUNNING));
        } finally {
            executor.shutdownNow();
        }
    }

    /** Flink's own state of a job, from the dispatcher's live job list. */
    private static String flinkState(String rest, String flinkId) throws Exception {
        JsonNode overview;
        try (java.io.InputStream in =
                URI.create(rest + "/jobs/overview").toURL().openStream()) {
            overview = JSON.readTree(in);
        }
        for (JsonNode j : overview.path("jobs")) {
            if (flinkId.equals(j.path("jid").asText())) {
                return j.path("state").asText();
            }
        }
        return "(not listed)";
    }
}
