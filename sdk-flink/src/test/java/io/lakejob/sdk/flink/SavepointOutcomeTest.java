package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.flink.SavepointRequest;
import io.lakejob.sdk.model.flink.SavepointResult;
import io.lakejob.sdk.model.flink.SavepointType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a savepoint does when Flink is slow or says no, against a scripted Flink REST endpoint:
 * it waits for every task RUNNING before triggering, sends a client trigger id, never
 * cancel-with-savepoint, treats a timeout as an unknown outcome (not a failed stop), falls back to
 * the checkpoint history, and a retry with the same trigger id returns the same savepoint.
 */
class SavepointOutcomeTest {
    private static final String JOB = "00000000000000000000000000000abc";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    HttpServer server;
    LakeJobClient client;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    final AtomicInteger jobReads = new AtomicInteger();
    volatile int initializingReads = 2;
    volatile String jobState = "RUNNING";
    volatile String savepointStatus = "{\"status\":{\"id\":\"IN_PROGRESS\"}}";
    volatile String checkpoints = "{\"latest\":{\"savepoint\":null}}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        client = LakeJobClient.builder()
                .endpoint("flink:standalone://127.0.0.1:" + server.getAddress().getPort())
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(1))
                .callTimeout(Duration.ofSeconds(2))
                .property(FlinkOptions.SAVEPOINT_DIR, dir.toString())
                .build();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        requests.add(method + " " + path);
        byte[] in = ex.getRequestBody().readAllBytes();
        if (in.length > 0) {
            bodies.add(JSON.readTree(in));
        }
        String out;
        if (method.equals("GET") && path.equals("/jobs/" + JOB)) {
            boolean starting = jobReads.incrementAndGet() <= initializingReads;
            out = "{\"jid\":\"" + JOB + "\",\"state\":\"" + jobState + "\",\"vertices\":[{\"status\":\"RUNNING\","
                    + "\"tasks\":{\"RUNNING\":" + (starting ? 0 : 1) + ",\"INITIALIZING\":" + (starting ? 1 : 0)
                    + ",\"FINISHED\":0}}]}";
        } else if (method.equals("POST") && path.startsWith("/jobs/" + JOB + "/")) {
            out = "{\"request-id\":\""
                    + bodies.get(bodies.size() - 1).path("triggerId").asText() + "\"}";
        } else if (method.equals("GET") && path.startsWith("/jobs/" + JOB + "/savepoints/")) {
            out = savepointStatus;
        } else if (method.equals("GET") && path.equals("/jobs/" + JOB + "/checkpoints")) {
            out = checkpoints;
        } else {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        byte[] b = out.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(out.contains("request-id") ? 202 : 200, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Test
    void aStopThatDoesNotAnswerInTimeIsUnknownNotFailedAndCarriesItsTriggerId() {
        String tid = SavepointRequest.newTriggerId();

        assertThatThrownBy(() -> client.flink()
                        .savepoint(s ->
                                s.jobId(JOB).savePointType(SavepointType.STOP).triggerId(tid)))
                .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
                    assertThat(e.clientToken()).isEqualTo(tid);
                    assertThat(e.getMessage()).contains("job is RUNNING");
                });

        // The trigger came only after every task was RUNNING, exactly once, as stop-with-savepoint.
        int post = requests.indexOf("POST /jobs/" + JOB + "/stop");
        assertThat(post).isGreaterThan(2);
        assertThat(requests.stream().filter(r -> r.startsWith("POST"))).containsExactly("POST /jobs/" + JOB + "/stop");
        assertThat(requests).doesNotContain("PATCH /jobs/" + JOB);
        JsonNode body = bodies.get(0);
        assertThat(body.path("triggerId").asText()).isEqualTo(tid);
        assertThat(body.path("drain").asBoolean(true)).isFalse();
        assertThat(body.has("cancel-job")).isFalse();
        assertThat(body.path("targetDirectory").asText())
                .startsWith("file:")
                .contains(dir.getFileName().toString());
    }

    @Test
    void aRetryWithTheSameTriggerIdReturnsTheSavepointThatCompletedMeanwhile() {
        initializingReads = 0;
        String tid = SavepointRequest.newTriggerId();
        assertThatThrownBy(() -> client.flink().savepoint(s -> s.jobId(JOB)
                        .savePointType(SavepointType.TRIGGER)
                        .triggerId(tid)))
                .isInstanceOf(OutcomeUnknownException.class);

        savepointStatus = "{\"status\":{\"id\":\"COMPLETED\"},\"operation\":{\"location\":\"file:/sp/savepoint-1\"}}";
        SavepointResult r = client.flink()
                .savepoint(
                        s -> s.jobId(JOB).savePointType(SavepointType.TRIGGER).triggerId(tid));

        assertThat(r.savepointPath()).isEqualTo("file:/sp/savepoint-1");
        assertThat(r.triggerId()).isEqualTo(tid);
        assertThat(bodies).extracting(b -> b.path("triggerId").asText()).containsExactly(tid, tid);
        assertThat(bodies).extracting(b -> b.path("cancel-job").asBoolean(true)).containsExactly(false, false);
    }

    @Test
    void aStoppedJobWhoseAnswerWasLostIsFoundInTheCheckpointHistory() {
        initializingReads = 0;
        checkpoints = "{\"latest\":{\"savepoint\":{\"external_path\":\"file:/sp/savepoint-2\"}}}";
        // The job reads RUNNING for the trigger, then FINISHED when the timeout makes us look again.
        server.removeContext("/");
        server.createContext("/", ex -> {
            if (requests.stream().anyMatch(r -> r.startsWith("POST"))) {
                jobState = "FINISHED";
            }
            handle(ex);
        });

        SavepointResult r = client.flink().savepoint(JOB, SavepointType.STOP);

        assertThat(r.savepointPath()).isEqualTo("file:/sp/savepoint-2");
    }

    @Test
    void aSavepointFlinkReportsAsFailedLeavesTheJobRunningAndSaysSo() {
        initializingReads = 0;
        savepointStatus = "{\"status\":{\"id\":\"COMPLETED\"},\"operation\":{\"failure-cause\":{\"class\":\"x\","
                + "\"stack-trace\":\"org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint expired\"}}}";

        assertThatThrownBy(() -> client.flink().savepoint(JOB, SavepointType.STOP))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("DLI.0012");
                    assertThat(e.getMessage()).contains("Checkpoint expired").contains("RUNNING (not stopped)");
                });
    }

    @Test
    void anUnusableSavepointDirectoryIsRejectedBeforeAnyTrigger() throws IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> client.flink().savepoint(s -> s.jobId(JOB)
                        .savePointType(SavepointType.TRIGGER)
                        .targetDirectory(file.toString())))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0001"));
        assertThat(requests).noneMatch(r -> r.startsWith("POST"));
    }
}
