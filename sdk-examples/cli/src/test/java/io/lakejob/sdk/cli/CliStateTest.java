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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands on a {@code flink:} endpoint as separate {@code lakejob} runs would make them: each one
 * builds its own client, and what one submits the next finds in the state folder.
 */
class CliStateTest {
    @TempDir
    Path tmp;

    private Cli.Result run(Cli cli, int exit, String... args) {
        Cli.Result r = cli.run(args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        return r;
    }

    @Test
    void aJobSubmittedByOneCommandIsRunAndReadByTheNextOnesAndABusyStateFolderIsRefused() throws Exception {
        Path state = tmp.resolve("state");
        Path sql = Files.writeString(tmp.resolve("orders.sql"), QuickStart.ORDERS_SQL, StandardCharsets.UTF_8);
        Cli cli = new Cli(
                Map.of("LAKEJOB_ENDPOINT", "flink:local", "LAKEJOB_STATE_DIR", state.toString()),
                Map.of("user.home", tmp.resolve("home").toString()),
                ClientFactory.DEFAULT);

        String id = run(cli, 0, "flink-job", "submit", "--name", "orders_agg", "--sql-file", sql.toString())
                .out()
                .trim();
        assertThat(Files.isDirectory(state.resolve("metadata"))).isTrue();
        JsonNode listed = run(cli, 0, "-o", "json", "flink-job", "list").json();
        assertThat(listed.get("jobs").get(0).get("jobId").asText()).isEqualTo(id);
        assertThat(listed.get("jobs").get(0).get("status").asText()).isEqualTo("job_init");

        assertThat(run(cli, 0, "flink-job", "run", "orders_agg", "--rows", "--progress-every", "none")
                        .out())
                .isEqualTo("ordertotal | numtotal\n1 | 1001000\n");
        assertThat(run(cli, 0, "-o", "json", "flink-job", "status", id)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("job_finish");

        // Another live client holds the folder: changes are refused, reads go on.
        try (LakeJobClient holder = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.METADATA_DIR, state.resolve("metadata").toString())
                .build()) {
            assertThat(holder.jobs().get(Long.parseLong(id)).jobDetail().name()).isEqualTo("orders_agg");
            JsonNode busy = run(
                            cli,
                            3,
                            "-o",
                            "json",
                            "flink-job",
                            "submit",
                            "--name",
                            "other",
                            "--sql-file",
                            sql.toString())
                    .json();
            assertThat(busy.get("error").get("message").asText()).contains("is in use by another running lakejob");
            run(cli, 0, "flink-job", "status", "orders_agg");
        }

        // Without state, nothing is kept between commands.
        assertThat(run(cli, 0, "-o", "json", "--no-state", "flink-job", "list")
                        .json()
                        .get("jobs"))
                .isEmpty();
        run(cli, 0, "--state-dir", state.toString(), "flink-job", "delete", "orders_agg");
        assertThat(run(cli, 0, "-o", "json", "flink-job", "list").json().get("jobs"))
                .isEmpty();
    }
}
