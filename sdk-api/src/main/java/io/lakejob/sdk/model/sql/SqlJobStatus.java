package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;
import java.util.Set;

/** The status of a SQL job (reference 7.3.5, 7.3.7, 7.3.11). Unknown values from the service are kept. */
public final class SqlJobStatus extends ExtensibleEnum {
    private static final EnumRegistry<SqlJobStatus> REGISTRY = new EnumRegistry<>(SqlJobStatus::new);

    /** The job is running. */
    public static final SqlJobStatus RUNNING = REGISTRY.known("RUNNING");
    /** The job's resources are being resized. */
    public static final SqlJobStatus SCALING = REGISTRY.known("SCALING");
    /** The job is being submitted. */
    public static final SqlJobStatus LAUNCHING = REGISTRY.known("LAUNCHING");
    /** The job finished successfully (terminal). */
    public static final SqlJobStatus FINISHED = REGISTRY.known("FINISHED");
    /** The job failed (terminal). */
    public static final SqlJobStatus FAILED = REGISTRY.known("FAILED");
    /** The job was cancelled (terminal). */
    public static final SqlJobStatus CANCELLED = REGISTRY.known("CANCELLED");

    /** The statuses a job cannot leave: {@code FINISHED}, {@code FAILED}, {@code CANCELLED}. */
    public static final Set<SqlJobStatus> TERMINAL = Set.of(FINISHED, FAILED, CANCELLED);

    static {
        REGISTRY.alias("CANCELED", CANCELLED);
    }

    /**
     * Whether the job cannot leave this status.
     *
     * @return {@code true} for {@code FINISHED}, {@code FAILED} and {@code CANCELLED}
     */
    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    private SqlJobStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static SqlJobStatus of(String value) {
        return REGISTRY.of("status", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<SqlJobStatus> knownValues() {
        return REGISTRY.values();
    }
}
