package io.lakejob.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The platform example: one definition on two targets, then the scheduler's actions. */
class PlatformTest {
    @Test
    void oneDefinitionRunsOnBothTargetsAndFollowsTheSchedulersActions() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Platform.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");

        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("flink:local: job_finish, 1 | 1001000");
        assertThat(lines[1]).isEqualTo("session cluster: job_finish, 1 | 1001000");
        // Paused mid-run with a savepoint, then resumed from it: the same total, nothing counted twice.
        assertThat(lines[2]).startsWith("PAUSE: job_cancel_success with a savepoint, rows so far ");
        assertThat(lines[2]).doesNotEndWith("1 | 1001000");
        assertThat(lines[3])
                .isEqualTo("RECOVER_SUSPENDED_PROCESS: resumed from its savepoint, job_finish, 1 | 1001000");
        assertThat(lines[4]).isEqualTo("START_FAILURE_TASK_PROCESS: not failed (job_finish), nothing to do");
        assertThat(lines[5]).isEqualTo("REPEAT_RUNNING: job_finish, 1 | 1001000");
        assertThat(lines[6]).startsWith("STOP: job_cancel_success, rows so far ");
    }
}
