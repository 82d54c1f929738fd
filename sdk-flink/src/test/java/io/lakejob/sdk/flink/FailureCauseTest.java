package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.internal.running.RunFollower;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.flink.api.common.JobID;
import org.apache.flink.runtime.JobException;
import org.apache.flink.runtime.client.JobExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failures keep their cause: a failed Flink job says what failed and Flink's account of it, a
 * download that cannot connect names the URL and why, and a savepoint path whose scheme the
 * embedded cluster has no file system for is refused before the job is submitted.
 */
@ExtendWith(LakeJobFlinkExtension.class)
class FailureCauseTest {
    private static final Duration WAIT = Duration.ofMinutes(2);

    @Test
    void aFailedJobSaysWhatFailedAndFlinksAccountOfIt(LakeJobClient client) {
        long id = client.jobs()
                .createSqlJob(j -> j.name("fails_at_runtime")
                        .sqlBody("CREATE TABLE Src9 (n INT) WITH ('connector'='datagen', 'number-of-rows'='5',"
                                + " 'fields.n.min'='1', 'fields.n.max'='3');\n"
                                + "CREATE TABLE Snk9 (n INT) WITH ('connector'='blackhole');\n"
                                + "INSERT INTO Snk9 SELECT 10 / (n - n) FROM Src9"))
                .jobId();
        client.jobs().run(id);
        FlinkJobDetail d = client.jobs()
                .waitUntil(id, Set.of(JobStatus.JOB_RUNNING_EXCEPTION), WAIT)
                .jobDetail();
        assertThat(d.statusDesc())
                .contains("ArithmeticException: / by zero")
                .contains("Recovery is suppressed by NoRestartBackoffTimeStrategy");

        // A cause without a message is named by its class, not dropped for a message above it.
        ExecutionException noMessage = new ExecutionException(new JobExecutionException(
                new JobID(),
                "Job execution failed.",
                new JobException(
                        "Recovery is suppressed by NoRestartBackoffTimeStrategy", new IllegalStateException())));
        assertThat(RunFollower.ofFailure(noMessage, null, null).description())
                .startsWith("IllegalStateException")
                .contains("Recovery is suppressed by NoRestartBackoffTimeStrategy");
    }

    @Test
    void aDownloadThatCannotConnectNamesTheUrlAndWhy() {
        String url = "https://127.0.0.1:1/lib/app.jar";
        try (LakeJobClient c = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.ALLOWED_LOCATIONS, "https://127.0.0.1:1")
                .build()) {
            assertThatThrownBy(() -> c.resources().uploadJars("unreachable", List.of(url)))
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.errorMessage())
                            .contains(url)
                            .contains("ConnectException")
                            .doesNotContain(": null"));
        }
    }

    @Test
    void aSavepointPathTheEmbeddedClusterHasNoFileSystemForIsRefusedBeforeTheJobRuns(LakeJobClient client) {
        // Like hdfs:// without Hadoop on the class path: no file system serves the scheme here.
        String path = "nofs://namenode:8020/savepoints/savepoint-1";
        assertThatThrownBy(() -> client.flink().executeSql(s -> s.statement("SELECT 1 AS x")
                        .jobName("no_file_system")
                        .savePointPath(path)))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("DLI.0001");
                    assertThat(e.errorMessage()).contains("savePointPath").contains("'nofs'");
                });
        assertThat(client.jobs().listAll(ListFlinkJobsRequest.builder().build()))
                .noneMatch(j -> "no_file_system".equals(j.name()));

        SqlExecutionResult running =
                client.flink().executeSql(s -> s.statement(SavepointTest.COUNTS).jobName("savepoint_to_nofs"));
        try {
            assertThatThrownBy(() -> client.flink().savepoint(s -> s.jobId(running.jobId())
                            .savePointType(SavepointType.TRIGGER)
                            .targetDirectory("nofs://namenode:8020/savepoints")))
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.errorMessage())
                            .contains("targetDirectory")
                            .contains("'nofs'"));
        } finally {
            client.flink().savepoint(s -> s.jobId(running.jobId()).savePointType(SavepointType.CANCEL));
        }
    }
}
