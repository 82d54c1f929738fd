package io.lakejob.sdk.model.batch;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;
import java.util.Set;

/**
 * The state of a Spark batch job (reference 10.1.1, table 10-7). Text is matched
 * case-insensitively (the reference's 10.1.5 example answers {@code Success}); unknown values from
 * the service are kept.
 */
public final class BatchState extends ExtensibleEnum {
    private static final EnumRegistry<BatchState> REGISTRY = new EnumRegistry<>(BatchState::new);

    /** The job is starting. */
    public static final BatchState STARTING = REGISTRY.known("starting");
    /** The job is running. */
    public static final BatchState RUNNING = REGISTRY.known("running");
    /** The job has exited (failed or was cancelled). */
    public static final BatchState DEAD = REGISTRY.known("dead");
    /** The job finished successfully. */
    public static final BatchState SUCCESS = REGISTRY.known("success");
    /** The job is recovering (retrying after a failure). */
    public static final BatchState RECOVERING = REGISTRY.known("recovering");

    /** The states a job never leaves: {@link #DEAD} and {@link #SUCCESS}. */
    public static final Set<BatchState> TERMINAL = Set.of(DEAD, SUCCESS);

    private BatchState(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static BatchState of(String value) {
        return REGISTRY.of("state", value);
    }

    /**
     * Whether the job can no longer change state.
     *
     * @return {@code true} for {@link #DEAD} and {@link #SUCCESS}
     */
    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<BatchState> knownValues() {
        return REGISTRY.values();
    }
}
