package io.lakejob.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.examples.standin.DliStandIn;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cloud commands ({@code sql}, {@code queue}, {@code resource}) against the loopback DLI
 * stand-in, each command building its own REST client from the environment as {@code lakejob}
 * does: credentials and project from the default chain, or a token in {@code --token-header}.
 */
class CliCloudTest {
    static final String PROJECT = "48cc2c48765f481480c7db940d6409d1";
    static final String AK = "CLITESTAK4Q8M2";
    static final String SK = "cli-test-secret-key-never-printed";
    static final String TOKEN = "cli-test-token-never-printed";

    @TempDir
    static Path tmp;

    static DliStandIn dli;
    static Path query;
    static Map<String, String> env;

    @BeforeAll
    static void start() throws Exception {
        dli = DliStandIn.start(PROJECT, AK, SK);
        query = Files.writeString(tmp.resolve("query.sql"), "SELECT c1, c2 FROM t1\n", StandardCharsets.UTF_8);
        env = Map.of(
                "LAKEJOB_ENDPOINT", dli.endpoint(),
                "HUAWEICLOUD_SDK_AK", AK,
                "HUAWEICLOUD_SDK_SK", SK,
                "HUAWEICLOUD_SDK_PROJECT_ID", PROJECT);
    }

    @AfterAll
    static void stop() {
        if (dli != null) {
            dli.close();
        }
    }

    private static Cli cli(Map<String, String> env) {
        return new Cli(env, Map.of("user.home", tmp.resolve("home").toString()), ClientFactory.DEFAULT);
    }

    private static Cli.Result run(int exit, String... args) {
        return run(cli(env), exit, args);
    }

    private static Cli.Result run(Cli cli, int exit, String... args) {
        Cli.Result r = cli.run(args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        assertThat(r.out() + r.err()).as("no secret printed").doesNotContain(SK).doesNotContain(TOKEN);
        return r;
    }

    @Test
    void aSqlJobIsSubmittedWaitedForPreviewedExportedAndCancelled() {
        JsonNode done = run(0, "-o", "json", "sql", "submit", query.toString(), "--wait", "--preview")
                .json();
        assertThat(done.get("status").asText()).isEqualTo("FINISHED");
        assertThat(done.get("jobType").asText()).isEqualTo("QUERY");
        assertThat(done.get("columns").toString()).isEqualTo("[\"c1\",\"c2\"]");
        assertThat(done.get("rows").toString()).isEqualTo("[[23,\"sda\"]]");
        String id = done.get("jobId").asText();

        Cli.Result text = run(0, "sql", "submit", query.toString(), "--wait", "--preview");
        assertThat(text.out()).isEqualTo("c1 | c2\n23 | sda\n");
        assertThat(text.err()).containsPattern("sql job [0-9a-f-]+: FINISHED after [0-9.]+ (ms|s)");

        JsonNode status = run(0, "-o", "json", "sql", "status", id).json();
        assertThat(status.get("status").asText()).isEqualTo("FINISHED");
        assertThat(status.get("resultCount").asInt()).isEqualTo(1);
        assertThat(run(0, "sql", "preview", id).out()).isEqualTo("c1 | c2\n23 | sda\n");
        assertThat(run(0, "-o", "json", "sql", "preview", id, "--max-rows", "1")
                        .json()
                        .get("rows"))
                .hasSize(1);

        JsonNode export = run(0, "-o", "json", "sql", "export", id, "--to", "obs://bucket/out", "--wait")
                .json();
        assertThat(export.get("exportJobId").asText()).matches("[0-9a-f-]{36}");
        assertThat(export.get("status").asText()).isEqualTo("FINISHED");
        assertThat(dli.requests()).anyMatch(r -> r.equals("POST /v1.0/" + PROJECT + "/jobs/" + id + "/export-result"));

        String submitted = run(0, "sql", "submit", query.toString()).out().trim();
        assertThat(submitted).matches("[0-9a-f-]{36}");
        assertThat(run(0, "-o", "json", "sql", "cancel", submitted)
                        .json()
                        .get("cancelled")
                        .asBoolean())
                .isTrue();
        JsonNode refused = run(6, "-o", "json", "sql", "cancel", id).json();
        assertThat(refused.get("error").get("errorCode").asText()).isEqualTo("DLI.0003");
        assertThat(refused.get("error").get("requestId").asText()).startsWith("standin-");
        assertThat(run(1, "-o", "json", "sql", "wait", submitted)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("CANCELLED");
    }

    @Test
    void failuresHaveTheirExitCodes() throws Exception {
        dli.failNextJob("Table or view not found: t1");
        Cli.Result failed = run(1, "-o", "json", "sql", "submit", query.toString(), "--wait");
        assertThat(failed.json().get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.json().get("message").asText()).isEqualTo("Table or view not found: t1");
        assertThat(failed.err())
                .contains("lakejob: error: sql job")
                .contains("ended FAILED: Table or view not found: t1");

        JsonNode service = run(6, "-o", "json", "sql", "submit", query.toString(), "--queue", "nightly")
                .json();
        assertThat(service.get("error").get("errorCode").asText()).isEqualTo("DLI.0002");
        assertThat(service.get("error").get("httpStatus").asInt()).isEqualTo(400);
        assertThat(service.get("error").get("message").asText()).contains("There is no queue named nightly");
        assertThat(run(6, "sql", "submit", query.toString(), "--queue", "nightly")
                        .err())
                .containsPattern("request id standin-\\d+");

        assertThat(run(2, "-o", "json", "sql", "submit", query.toString(), "--queue", "not a queue!")
                        .json()
                        .get("error")
                        .get("type")
                        .asText())
                .isEqualTo("ValidationException");

        // The answer of a submit is lost: the job is found by its client token, not submitted twice.
        int before = dli.submittedJobs();
        dli.loseNextAnswer();
        Cli.Result reconciled = run(0, "-o", "json", "sql", "submit", query.toString(), "--wait");
        assertThat(reconciled.err()).contains("the submit got no answer; the service has it as sql job");
        assertThat(reconciled.json().get("status").asText()).isEqualTo("FINISHED");
        assertThat(dli.submittedJobs()).isEqualTo(before + 1);

        Map<String, String> noCredentials = new LinkedHashMap<>(env);
        noCredentials.remove("HUAWEICLOUD_SDK_AK");
        noCredentials.remove("HUAWEICLOUD_SDK_SK");
        JsonNode config =
                run(cli(noCredentials), 3, "-o", "json", "queue", "list").json();
        assertThat(config.get("error").get("message").asText())
                .contains("No credentials found")
                .contains("HUAWEICLOUD_SDK_AK");
        assertThat(run(cli(Map.of()), 3, "queue", "list").err()).contains("No endpoint: give --endpoint");

        Map<String, String> wrongKey = new LinkedHashMap<>(env);
        wrongKey.put("HUAWEICLOUD_SDK_SK", "another-secret-key");
        assertThat(run(cli(wrongKey), 6, "-o", "json", "queue", "list")
                        .json()
                        .get("error")
                        .get("httpStatus")
                        .asInt())
                .isEqualTo(401);

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        JsonNode unreachable = run(7, "-o", "json", "--endpoint", "http://127.0.0.1:" + closed, "queue", "list")
                .json();
        assertThat(unreachable.get("error").get("kind").asText()).isEqualTo("unreachable");

        assertThat(run(3, "-o", "json", "flink-job", "rows", "1")
                        .json()
                        .get("error")
                        .get("type")
                        .asText())
                .isEqualTo("NotSupportedException");
    }

    @Test
    void queuesAndResourcesAreListedAndUploaded() {
        JsonNode queues = run(0, "-o", "json", "queue", "list").json();
        assertThat(queues.get("queues").findValuesAsText("name")).containsExactly("test", "default");
        assertThat(queues.get("queues").get(0).get("labels").asText()).isEqualTo("multi_az=2");
        assertThat(run(0, "queue", "list").out()).startsWith("test\tspark\t16 CU\tmulti_az=2\n");

        JsonNode resources = run(0, "-o", "json", "resource", "list").json();
        assertThat(resources.get("resources").findValuesAsText("name"))
                .containsExactly("luxor-router-1.1.1.jar", "person.csv");
        assertThat(run(0, "resource", "list").out()).contains("groupTest/person.csv\tfile\tREADY");

        JsonNode uploaded = run(
                        0,
                        "-o",
                        "json",
                        "resource",
                        "upload",
                        "--group",
                        "etl",
                        "https://bucket.obs.example.com/jars/etl-1.0.jar")
                .json();
        assertThat(uploaded.get("group").asText()).isEqualTo("etl");
        assertThat(uploaded.get("resources").findValuesAsText("name")).containsExactly("etl-1.0.jar");
    }

    @Test
    void aTokenIsSentInTheHeaderGivenAndNeverTakenFromTheCommandLine() throws Exception {
        try (DliStandIn ds = DliStandIn.startWithToken(PROJECT, "token", TOKEN)) {
            Map<String, String> withToken =
                    Map.of("LAKEJOB_ENDPOINT", ds.endpoint(), "LAKEJOB_PROJECT_ID", PROJECT, "LAKEJOB_TOKEN", TOKEN);
            assertThat(run(cli(withToken), 0, "--token-header", "token", "queue", "list")
                            .out())
                    .contains("default");
            // Sent in X-Auth-Token by default, which this service does not read.
            assertThat(run(cli(withToken), 6, "queue", "list").err()).contains("401");

            Path file = Files.writeString(tmp.resolve("token.txt"), TOKEN + "\n", StandardCharsets.UTF_8);
            Map<String, String> noToken = Map.of("LAKEJOB_ENDPOINT", ds.endpoint(), "LAKEJOB_PROJECT_ID", PROJECT);
            assertThat(run(cli(noToken), 0, "--token-header", "token", "--token-file", file.toString(), "queue", "list")
                            .out())
                    .contains("test");
            assertThat(run(cli(noToken), 3, "--token-header", "token", "queue", "list")
                            .err())
                    .contains("--token-header token needs a token");
            assertThat(run(cli(noToken), 2, "--token", TOKEN, "queue", "list").err())
                    .contains("Unknown option");
        }
    }
}
