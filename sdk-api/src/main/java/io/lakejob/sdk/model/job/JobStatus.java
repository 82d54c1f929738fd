package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;
import java.util.Set;

/**
 * The status of a Flink job (reference 9.7 {@code status} and 9.8 {@code job_detail.status}).
 * Unknown values from the service are kept. The reference spells the stopping state both
 * {@code job_canceling} (9.7) and {@code job_cancelling} (9.8); both give {@link #JOB_CANCELING}.
 */
public final class JobStatus extends ExtensibleEnum {
    private static final EnumRegistry<JobStatus> REGISTRY = new EnumRegistry<>(JobStatus::new);

    /** Draft: created, not yet run. */
    public static final JobStatus JOB_INIT = REGISTRY.known("job_init");
    /** Being submitted. */
    public static final JobStatus JOB_SUBMITTING = REGISTRY.known("job_submitting");
    /** Submission failed. Terminal. */
    public static final JobStatus JOB_SUBMIT_FAIL = REGISTRY.known("job_submit_fail");
    /** Running (submitted and returned a normal result). */
    public static final JobStatus JOB_RUNNING = REGISTRY.known("job_running");
    /** Stopped by a run-time exception. Terminal. */
    public static final JobStatus JOB_RUNNING_EXCEPTION = REGISTRY.known("job_running_exception");
    /** Downloading. */
    public static final JobStatus JOB_DOWNLOADING = REGISTRY.known("job_downloading");
    /** Idle. */
    public static final JobStatus JOB_IDLE = REGISTRY.known("job_idle");
    /** Stopping ({@code job_canceling}; the alias {@code job_cancelling} gives this value too). */
    public static final JobStatus JOB_CANCELING = REGISTRY.known("job_canceling");
    /** Stopped. Terminal. */
    public static final JobStatus JOB_CANCEL_SUCCESS = REGISTRY.known("job_cancel_success");
    /** Stopping failed; the job may still run, so not terminal. */
    public static final JobStatus JOB_CANCEL_FAIL = REGISTRY.known("job_cancel_fail");
    /** Creating a savepoint. */
    public static final JobStatus JOB_SAVEPOINTING = REGISTRY.known("job_savepointing");
    /** Stopped because the account is in arrears (a DLI status not listed in chapter 9). */
    public static final JobStatus JOB_ARREARAGE_STOPPED = REGISTRY.known("job_arrearage_stopped");
    /** Recovering after arrears were paid (a DLI status not listed in chapter 9). */
    public static final JobStatus JOB_ARREARAGE_RECOVERING = REGISTRY.known("job_arrearage_recovering");
    /** Finished. Terminal. */
    public static final JobStatus JOB_FINISH = REGISTRY.known("job_finish");

    static {
        REGISTRY.alias("job_cancelling", JOB_CANCELING);
    }

    /**
     * The statuses a job does not leave by itself: {@code job_submit_fail},
     * {@code job_running_exception}, {@code job_cancel_success} and {@code job_finish}. A waiter
     * that sees one of them outside its targets fails. {@code job_cancel_fail} is not terminal.
     */
    public static final Set<JobStatus> TERMINAL =
            Set.of(JOB_SUBMIT_FAIL, JOB_RUNNING_EXCEPTION, JOB_CANCEL_SUCCESS, JOB_FINISH);

    private JobStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static JobStatus of(String value) {
        return REGISTRY.of("status", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<JobStatus> knownValues() {
        return REGISTRY.values();
    }

    /**
     * Whether this status is one of {@link #TERMINAL}.
     *
     * @return {@code true} for a terminal status
     */
    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }
}
