package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;
import java.util.Set;

/**
 * The status of a Flink job as Flink reports it. Unknown values are kept.
 */
public final class FlinkJobStatus extends ExtensibleEnum {
    private static final EnumRegistry<FlinkJobStatus> REGISTRY = new EnumRegistry<>(FlinkJobStatus::new);

    /** The job is being initialised. */
    public static final FlinkJobStatus INITIALIZING = REGISTRY.known("INITIALIZING");
    /** The job was created and no task has started. */
    public static final FlinkJobStatus CREATED = REGISTRY.known("CREATED");
    /** The job is running. */
    public static final FlinkJobStatus RUNNING = REGISTRY.known("RUNNING");
    /** The job failed and waits for its tasks to stop. */
    public static final FlinkJobStatus FAILING = REGISTRY.known("FAILING");
    /** The job failed (terminal). */
    public static final FlinkJobStatus FAILED = REGISTRY.known("FAILED");
    /** The job is being cancelled. */
    public static final FlinkJobStatus CANCELLING = REGISTRY.known("CANCELLING");
    /** The job was cancelled (terminal). */
    public static final FlinkJobStatus CANCELED = REGISTRY.known("CANCELED");
    /** The job finished (terminal). */
    public static final FlinkJobStatus FINISHED = REGISTRY.known("FINISHED");
    /** The job is restarting. */
    public static final FlinkJobStatus RESTARTING = REGISTRY.known("RESTARTING");
    /** The job was suspended; it ends here on this cluster but may be recovered elsewhere. */
    public static final FlinkJobStatus SUSPENDED = REGISTRY.known("SUSPENDED");
    /** The job is being reconciled after a JobManager failover. */
    public static final FlinkJobStatus RECONCILING = REGISTRY.known("RECONCILING");

    private static final Set<FlinkJobStatus> TERMINAL = Set.of(FAILED, CANCELED, FINISHED, SUSPENDED);

    static {
        REGISTRY.alias("CANCELLED", CANCELED);
    }

    private FlinkJobStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Whether the job will not change status any more on its cluster (FINISHED, FAILED,
     * CANCELED, SUSPENDED).
     *
     * @return {@code true} for a terminal status
     */
    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static FlinkJobStatus of(String value) {
        return REGISTRY.of("status", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<FlinkJobStatus> knownValues() {
        return REGISTRY.values();
    }
}
