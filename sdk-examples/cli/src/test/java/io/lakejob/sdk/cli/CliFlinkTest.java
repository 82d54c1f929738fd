package io.lakejob.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.examples.QuickStart;
import io.lakejob.sdk.flink.FlinkOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code flink-job} command on {@code flink:local}, its exit codes and its JSON. The commands
 * share one client (as a program embedding the command line may), so that a job run by one command
 * is still running for the next; {@link CliStateTest} runs commands as separate processes would.
 */
class CliFlinkTest {
    /** An unbounded stream counted per key into a blackhole: runs until stopped. */
    static final String STREAM = "CREATE TABLE Ev (k INT) WITH ('connector'='datagen', 'rows-per-second'='50',"
            + " 'fields.k.min'='1', 'fields.k.max'='5');\n"
            + "CREATE TABLE Counts (k INT, c BIGINT) WITH ('connector'='blackhole');\n"
            + "INSERT INTO Counts SELECT k, COUNT(*) FROM Ev GROUP BY k\n";

    /** Fails at run time: '1x' is no INT. */
    static final String BROKEN = "CREATE TABLE Ev (n INT) WITH ('connector'='datagen', 'fields.n.kind'='sequence',"
            + " 'fields.n.start'='1', 'fields.n.end'='10');\n"
            + "SELECT CAST(CAST(n AS STRING) || 'x' AS INT) AS broken FROM Ev\n";

    @TempDir
    static Path tmp;

    static LakeJobClient client;
    static Cli cli;
    static Path orders;
    static Path stream;
    static Path broken;

    @BeforeAll
    static void start() throws Exception {
        client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.SAVEPOINT_DIR, tmp.resolve("savepoints").toString())
                .build();
        cli = Cli.sharing(client, Map.of());
        orders = Files.writeString(tmp.resolve("orders.sql"), QuickStart.ORDERS_SQL, StandardCharsets.UTF_8);
        stream = Files.writeString(tmp.resolve("stream.sql"), STREAM, StandardCharsets.UTF_8);
        broken = Files.writeString(tmp.resolve("broken.sql"), BROKEN, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
    }

    private static Cli.Result run(int exit, String... args) {
        Cli.Result r = cli.run(args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        return r;
    }

    @Test
    void aSqlJobRunsPrintsItsRowsAndAnswersEveryReadingCommand() {
        Cli.Result r = run(0, "flink-job", "run", "--name", "orders", "--sql-file", orders.toString(), "--rows");
        assertThat(r.out()).isEqualTo("ordertotal | numtotal\n1 | 1001000\n");
        assertThat(r.err()).containsPattern("flink job \\d+ \\(orders\\): job_finish after [0-9.]+ (ms|s)");

        JsonNode rows = run(0, "-o", "json", "flink-job", "rows", "orders").json();
        assertThat(rows.get("columns").toString()).isEqualTo("[\"ordertotal\",\"numtotal\"]");
        assertThat(rows.get("rows").get(0).get(1).asLong()).isEqualTo(1001000L);
        long id = rows.get("jobId").asLong();

        JsonNode status =
                run(0, "-o", "json", "flink-job", "status", String.valueOf(id)).json();
        assertThat(status.get("name").asText()).isEqualTo("orders");
        assertThat(status.get("status").asText()).isEqualTo("job_finish");
        assertThat(status.get("failed").asBoolean()).isFalse();
        assertThat(run(0, "flink-job", "status", "orders").out()).contains("status: job_finish");

        JsonNode list =
                run(0, "-o", "json", "flink-job", "list", "--name", "orders").json();
        assertThat(list.get("jobs")).hasSize(1);
        assertThat(list.get("jobs").get(0).get("jobId").asLong()).isEqualTo(id);

        // DolphinScheduler's REPEAT_RUNNING: run again from the start; the others change nothing here.
        JsonNode again = run(
                        0, "-o", "json", "flink-job", "exec", "--execute-type", "REPEAT_RUNNING", "orders", "--rows")
                .json();
        assertThat(again.get("action").asText()).isEqualTo("run");
        assertThat(again.get("result").asText()).isEqualTo("ok");
        assertThat(again.get("rows").get(0).get(1).asLong()).isEqualTo(1001000L);
        assertThat(again.get("elapsedMs").asLong()).isPositive();
        JsonNode notFailed = run(
                        0, "-o", "json", "flink-job", "exec", "--execute-type", "start_failure_task_process", "orders")
                .json();
        assertThat(notFailed.get("action").asText()).isEqualTo("none");
        assertThat(notFailed.get("status").asText()).isEqualTo("job_finish");
        assertThat(run(0, "-o", "json", "flink-job", "exec", "--execute-type", "NONE", "orders")
                        .json()
                        .get("action")
                        .asText())
                .isEqualTo("none");

        // Detached, then waited for by another command.
        assertThat(run(0, "-o", "json", "flink-job", "run", "orders", "--detach")
                        .json()
                        .get("result")
                        .asText())
                .isEqualTo("ok");
        assertThat(run(0, "flink-job", "wait", "orders", "--rows").out()).contains("1 | 1001000");

        run(0, "flink-job", "delete", "orders");
        JsonNode gone =
                run(6, "-o", "json", "flink-job", "status", String.valueOf(id)).json();
        assertThat(gone.get("error").get("kind").asText()).isEqualTo("service_error");
        assertThat(gone.get("error").get("errorCode").asText()).isEqualTo("DLI.0002");
        JsonNode unknown = run(6, "-o", "json", "flink-job", "status", "orders").json();
        assertThat(unknown.get("error").get("message").asText()).isEqualTo("No Flink job is named 'orders'");
    }

    @Test
    void aFailedJobExitsOneAndStartFailureTaskProcessRunsItAgain() {
        JsonNode failed = run(1, "-o", "json", "flink-job", "run", "--name", "broken", "--sql-file", broken.toString())
                .json();
        assertThat(failed.get("result").asText()).isEqualTo("failed");
        assertThat(failed.get("status").asText()).isIn("job_running_exception", "job_submit_fail");

        JsonNode status = run(0, "-o", "json", "flink-job", "status", "broken").json();
        assertThat(status.get("failed").asBoolean()).isTrue();

        Cli.Result again = run(1, "flink-job", "exec", "--execute-type", "START_FAILURE_TASK_PROCESS", "broken");
        assertThat(again.err()).contains("lakejob: error: Flink job").contains("(broken) ended job_");
    }

    @Test
    void aStreamStopsWithASavepointResumesAndFollowsTheExecuteTypes() {
        JsonNode created = run(
                        0,
                        "-o",
                        "json",
                        "flink-job",
                        "submit",
                        "--name",
                        "counts",
                        "--sql-file",
                        stream.toString(),
                        "--parallelism",
                        "1")
                .json();
        assertThat(created.get("action").asText()).isEqualTo("created");
        assertThat(created.get("status").asText()).isEqualTo("job_init");
        JsonNode updated = run(
                        0,
                        "-o",
                        "json",
                        "flink-job",
                        "submit",
                        "--name",
                        "counts",
                        "--sql-file",
                        stream.toString(),
                        "--parallelism",
                        "1")
                .json();
        assertThat(updated.get("action").asText()).isEqualTo("updated");
        assertThat(updated.get("jobId").asLong()).isEqualTo(created.get("jobId").asLong());
        assertThat(run(0, "flink-job", "submit", "--name", "counts", "--sql-file", stream.toString())
                        .out()
                        .trim())
                .isEqualTo(created.get("jobId").asText());

        // Never a savepoint yet: RECOVER_SUSPENDED_PROCESS has nothing to resume from.
        assertThat(run(6, "flink-job", "resume", "counts").err()).contains("has no savepoint to resume from");

        JsonNode running = run(0, "-o", "json", "flink-job", "run", "counts", "--until", "running")
                .json();
        assertThat(running.get("status").asText()).isEqualTo("job_running");
        assertThat(run(6, "flink-job", "run", "counts").err())
                .contains("was refused")
                .contains("already");
        JsonNode timeout = run(4, "-o", "json", "flink-job", "wait", "counts", "--timeout", "2s")
                .json();
        assertThat(timeout.get("error").get("kind").asText()).isEqualTo("timeout");

        JsonNode stopped = run(0, "-o", "json", "flink-job", "stop", "counts", "--savepoint")
                .json();
        assertThat(stopped.get("status").asText()).isEqualTo("job_cancel_success");
        assertThat(stopped.get("savepointTaken").asBoolean()).isTrue();
        String savepoint = stopped.get("savepointPath").asText();
        assertThat(savepoint).contains("savepoints");

        JsonNode resumed = run(0, "-o", "json", "flink-job", "resume", "counts", "--until", "running")
                .json();
        assertThat(resumed.get("resumedFrom").asText()).isEqualTo(savepoint);
        assertThat(resumed.get("status").asText()).isEqualTo("job_running");

        JsonNode paused = run(0, "-o", "json", "flink-job", "exec", "--execute-type", "PAUSE", "counts")
                .json();
        assertThat(paused.get("action").asText()).isEqualTo("stop with savepoint");
        assertThat(paused.get("savepointTaken").asBoolean()).isTrue();
        assertThat(paused.get("savepointPath").asText()).isNotEqualTo(savepoint);

        JsonNode recovered = run(
                        0,
                        "-o",
                        "json",
                        "flink-job",
                        "exec",
                        "--execute-type",
                        "RECOVER_SUSPENDED_PROCESS",
                        "counts",
                        "--until",
                        "running")
                .json();
        assertThat(recovered.get("action").asText()).isEqualTo("resume");
        assertThat(recovered.get("resumedFrom").asText())
                .isEqualTo(paused.get("savepointPath").asText());

        JsonNode halted = run(0, "-o", "json", "flink-job", "exec", "--execute-type", "STOP", "counts")
                .json();
        assertThat(halted.get("status").asText()).isEqualTo("job_cancel_success");
        assertThat(halted.get("savepointTaken").asBoolean()).isFalse();
        assertThat(run(0, "-o", "json", "flink-job", "exec", "--execute-type", "START_FAILURE_TASK_PROCESS", "counts")
                        .json()
                        .get("action")
                        .asText())
                .isEqualTo("none");

        // Cancel: a running job stops without a savepoint; a stopped one is refused.
        run(0, "flink-job", "run", "counts", "--until", "running");
        JsonNode cancelled =
                run(0, "-o", "json", "flink-job", "cancel", "counts").json();
        assertThat(cancelled.get("status").asText()).isEqualTo("job_cancel_success");
        assertThat(run(6, "flink-job", "cancel", "counts").err()).contains("not running");
    }

    @Test
    void aJarRunsAsAFlinkJarJob() throws Exception {
        Path jar = UserJars.jarOf(tmp.resolve("count.jar"), CountJob.class);
        JsonNode done = run(
                        0,
                        "-o",
                        "json",
                        "flink-job",
                        "run",
                        "--name",
                        "count_jar",
                        "--jar",
                        jar.toString(),
                        "--main-class",
                        CountJob.class.getName())
                .json();
        assertThat(done.get("type").asText()).isEqualTo("flink_jar_job");
        assertThat(done.get("status").asText()).isEqualTo("job_finish");
        JsonNode resources = run(0, "-o", "json", "resource", "list").json();
        assertThat(resources.get("resources").toString())
                .contains("\"group\":\"lakejob\"")
                .contains("count.jar");
    }

    @Test
    void badUsageExitsTwoAndEveryCommandHasHelp() {
        assertThat(run(2).err()).contains("a command is required");
        assertThat(run(2, "flink-job", "run").err()).contains("give a JOB");
        assertThat(run(2, "--bogus").err()).contains("Unknown option: '--bogus'");
        JsonNode json = run(2, "-o", "json", "flink-job", "exec", "--execute-type", "JUMP", "x")
                .json();
        assertThat(json.get("error").get("message").asText()).startsWith("'JUMP' is not an executeType");
        assertThat(run(
                                2,
                                "flink-job",
                                "run",
                                "--name",
                                "x",
                                "--sql-file",
                                tmp.resolve("none.sql").toString())
                        .err())
                .contains("Cannot read the SQL file");
        assertThat(run(2, "flink-job", "wait", "x", "--timeout", "soon").err()).contains("'soon' is not a duration");

        int commands = help(Lakejob.commandLine(new Lakejob()), new java.util.ArrayList<>());
        assertThat(commands).isGreaterThanOrEqualTo(24);
    }

    /** Runs {@code --help} on the command and every subcommand; returns how many. */
    private static int help(picocli.CommandLine command, java.util.List<String> path) {
        int n = 0;
        for (Map.Entry<String, picocli.CommandLine> sub :
                command.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            java.util.List<String> args = new java.util.ArrayList<>(path);
            args.add(sub.getKey());
            java.util.List<String> withHelp = new java.util.ArrayList<>(args);
            withHelp.add("--help");
            Cli.Result r = cli.run(withHelp.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", withHelp)).isZero();
            assertThat(r.out())
                    .as(String.join(" ", withHelp))
                    .contains("Usage: lakejob " + String.join(" ", args))
                    .contains("Exit codes:");
            n += 1 + help(sub.getValue(), args);
        }
        return n;
    }
}
