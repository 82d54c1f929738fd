package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.flink.SavepointResult;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.FlinkExecuteGraph;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.JobStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded cluster keeps a bounded number of finished jobs ({@link
 * FlinkOptions#LOCAL_ARCHIVE_MAX_JOBS}): older ones leave its REST API, and every operation of the
 * client on such a job answers as it did while the cluster kept the job. Runs its own small
 * cluster, since the bound is a cluster setting.
 */
class FinishedJobArchiveTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofMinutes(2);

    private static String count(int rows) {
        return "CREATE TABLE T (a INT) WITH ('connector'='datagen','number-of-rows'='" + rows + "');\n"
                + "SELECT COUNT(*) AS c FROM T";
    }

    /** What the client answers about a finished job, operation by operation. */
    private record Answers(
            JobStatus status,
            List<Object> rows,
            JobStatus listed,
            String stop,
            String triggerError,
            String stopWithSavepointError,
            SavepointResult cancel,
            FlinkExecuteGraph graph) {}

    @Test
    void everyOperationOnAFinishedJobTheClusterDroppedAnswersAsBefore(@TempDir Path savepoints) {
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, "2")
                .property(FlinkOptions.LOCAL_ARCHIVE_MAX_JOBS, "2")
                .property(FlinkOptions.SAVEPOINT_DIR, savepoints.toString())
                .build()) {
            long old = client.jobs()
                    .createSqlJob(j -> j.name("archived-old").sqlBody(count(3)).parallelNumber(1))
                    .jobId();
            client.jobs().run(old);
            client.jobs().waitUntil(old, JobStatus.JOB_FINISH, WAIT);
            SqlExecutionResult data = client.flink().jobData(String.valueOf(old));
            String flinkId = data.jobId();
            URI rest = URI.create("http://" + data.jobManagerAddress());
            assertThat(get(rest, "/jobs/" + flinkId).path("state").asText()).isEqualTo("FINISHED");
            Answers kept = answers(client, old, flinkId);
            assertThat(kept.rows()).containsExactly(3L);
            assertThat(kept.graph().state()).isEqualTo("FINISHED");

            // Two later jobs end: the cluster keeps at most two finished jobs, so the old one goes.
            for (int i = 0; i < 2; i++) {
                SqlExecutionResult later = client.flink()
                        .executeSql(b -> b.statement(count(1)).parallelism(1).useResult(true));
                assertThat(later.success()).as(later.error()).isTrue();
            }
            // Its REST summary may be served from Flink's REST cache a few seconds more.
            Await.until("the cluster dropping the old job", WAIT, () -> status(rest, "/jobs/" + flinkId) == 404);
            JsonNode overview = get(rest, "/jobs/overview").path("jobs");
            assertThat(overview.size()).isEqualTo(2);
            assertThat(overview.findValuesAsText("jid")).doesNotContain(flinkId);

            Answers dropped = answers(client, old, flinkId);
            assertThat(dropped)
                    .usingRecursiveComparison()
                    .ignoringFields("graph.startTime", "graph.endTime", "graph.duration")
                    .isEqualTo(kept);
            // The graph's times now come from the client's record of the run: the same run, seen
            // from the client (submission to the end of the result) rather than from the cluster.
            FlinkExecuteGraph g = dropped.graph();
            assertThat(g.startTime()).isNotNull();
            assertThat(g.endTime()).isAfterOrEqualTo(g.startTime());
            assertThat(g.duration())
                    .isEqualTo(Duration.between(g.startTime(), g.endTime()).toMillis());
            assertThat(Duration.between(g.startTime(), kept.graph().startTime()).abs())
                    .isLessThan(Duration.ofSeconds(30));

            // The job runs again: a new Flink job the cluster runs and keeps, with the right result.
            client.jobs().run(old);
            client.jobs().waitUntil(old, JobStatus.JOB_FINISH, WAIT);
            SqlExecutionResult again = client.flink().jobData(String.valueOf(old));
            assertThat(again.jobId()).isNotEqualTo(flinkId);
            assertThat(again.rows().get(0).values()).containsExactly(3L);
            assertThat(get(rest, "/jobs/" + again.jobId()).path("state").asText())
                    .isEqualTo("FINISHED");
            assertThat(client.jobs()
                            .updateSqlJob(u -> u.jobId(old).desc("kept in the client"))
                            .updateTime())
                    .isNotNull();
            assertThat(client.jobs().delete(old).isSuccess()).isTrue();
        }
    }

    @Test
    void theBoundIsCheckedWhenTheClientIsBuilt() {
        for (String[] bad : List.of(
                new String[] {FlinkOptions.LOCAL_ARCHIVE_MAX_JOBS, "0"},
                new String[] {FlinkOptions.LOCAL_ARCHIVE_MAX_JOBS, "many"},
                new String[] {FlinkOptions.LOCAL_ARCHIVE_EXPIRATION, "soon"},
                new String[] {FlinkOptions.LOCAL_ARCHIVE_EXPIRATION, "0 s"})) {
            assertThatThrownBy(() -> LakeJobClient.builder()
                            .endpoint("flink:local")
                            .property(bad[0], bad[1])
                            .build()
                            .close())
                    .as("%s = %s", bad[0], bad[1])
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(bad[0]);
        }
        LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_ARCHIVE_MAX_JOBS, "1")
                .property(FlinkOptions.LOCAL_ARCHIVE_EXPIRATION, "30 min")
                .build()
                .close();
    }

    private static Answers answers(LakeJobClient client, long id, String flinkId) {
        List<Object> rows = new ArrayList<>();
        client.flink().jobData(String.valueOf(id)).rows().forEach(r -> rows.addAll(r.values()));
        JobStatus listed = client.jobs().list(l -> l.name("archived-old")).items().stream()
                .filter(j -> j.jobId() == id)
                .map(FlinkJob::status)
                .findFirst()
                .orElseThrow();
        return new Answers(
                client.jobs().get(id).jobDetail().status(),
                rows,
                listed,
                client.jobs().stop(id, false).results().get(0).message(),
                savepointError(client, flinkId, SavepointType.TRIGGER),
                savepointError(client, flinkId, SavepointType.STOP),
                client.flink().savepoint(flinkId, SavepointType.CANCEL),
                client.jobs().getExecuteGraph(id).executeGraph());
    }

    /** A savepoint of an ended job is refused: the error code and message. */
    private static String savepointError(LakeJobClient client, String flinkId, SavepointType type) {
        Throwable[] error = new Throwable[1];
        assertThatThrownBy(() -> client.flink().savepoint(flinkId, type))
                .isInstanceOfSatisfying(ServiceException.class, e -> error[0] = e);
        ServiceException e = (ServiceException) error[0];
        return e.errorCode() + " " + e.errorMessage();
    }

    private static int status(URI rest, String path) {
        return send(rest, path).statusCode();
    }

    private static JsonNode get(URI rest, String path) {
        HttpResponse<String> r = send(rest, path);
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(URI rest, String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(rest.resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
