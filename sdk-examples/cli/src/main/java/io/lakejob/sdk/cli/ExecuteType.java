package io.lakejob.sdk.cli;

import java.util.Locale;

/**
 * DolphinScheduler's {@code executeType} (the actions on a process instance), mapped onto
 * {@code lakejob flink-job} commands by {@code lakejob flink-job exec --execute-type <type> <job>}.
 */
public enum ExecuteType {
    /** Does nothing and prints the job's status. */
    NONE("status: nothing is changed"),
    /** Runs the job again from the start ({@code flink-job run}). */
    REPEAT_RUNNING("run again from the start (flink-job run)"),
    /** Resumes the job from its latest savepoint ({@code flink-job resume}). */
    RECOVER_SUSPENDED_PROCESS("resume from the latest savepoint (flink-job resume)"),
    /**
     * Runs the job again only if its last run failed ({@code job_submit_fail},
     * {@code job_running_exception}); otherwise prints its status and changes nothing.
     */
    START_FAILURE_TASK_PROCESS("run again only if the last run failed, else nothing"),
    /** Stops the job without a savepoint ({@code flink-job cancel}). */
    STOP("stop without a savepoint (flink-job cancel)"),
    /** Stops the job with a savepoint, so that RECOVER_SUSPENDED_PROCESS resumes it ({@code flink-job stop --savepoint}). */
    PAUSE("stop with a savepoint (flink-job stop --savepoint)");

    private final String meaning;

    ExecuteType(String meaning) {
        this.meaning = meaning;
    }

    /**
     * What the type does, for the help text.
     *
     * @return a short description
     */
    public String meaning() {
        return meaning;
    }

    /**
     * Parses a type: case-insensitive, {@code -} or {@code _} between words.
     *
     * @param value for example {@code RECOVER_SUSPENDED_PROCESS} or {@code pause}
     * @return the type
     * @throws IllegalArgumentException when it is none of them
     */
    public static ExecuteType parse(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ExecuteType t : values()) {
            if (t.name().equals(v)) {
                return t;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not an executeType; one of: "
                + String.join(
                        ", ", java.util.Arrays.stream(values()).map(Enum::name).toList()));
    }
}
