package io.lakejob.sdk.flink.internal.targets;

/**
 * What the resource manager says of a cluster, read beside Flink's own answers so that a job is never
 * shown running when its cluster died: a YARN application's state and final status together, or
 * whether a Kubernetes deployment still exists.
 *
 * @param phase where the cluster is in its life
 * @param finalStatus the resource manager's verdict on an ended cluster ({@code SUCCEEDED}, {@code
 *     FAILED}, {@code KILLED}), or {@code null} while it lives or when it has none
 * @param detail the resource manager's words (YARN diagnostics, the state as read), never {@code null}
 */
public record ClusterState(Phase phase, String finalStatus, String detail) {
    /** A cluster in its life. */
    public enum Phase {
        /** Accepted, not yet running (YARN NEW ... ACCEPTED, or a new attempt after a failover). */
        STARTING,
        /** Running. */
        ALIVE,
        /** Ended; {@link #finalStatus()} says how. */
        ENDED,
        /** The resource manager does not know it (never existed, or forgotten). */
        GONE,
        /** It could not be asked. */
        UNKNOWN
    }

    /** A running cluster with nothing more to say. */
    public static final ClusterState ALIVE = new ClusterState(Phase.ALIVE, null, "");

    /**
     * Checks the state.
     *
     * @param phase the phase
     * @param finalStatus the final status
     * @param detail the detail
     */
    public ClusterState {
        java.util.Objects.requireNonNull(phase, "phase");
        detail = detail == null ? "" : detail;
    }

    /** @return whether the cluster has ended or is gone: its jobs can run no more */
    public boolean isOver() {
        return phase == Phase.ENDED || phase == Phase.GONE;
    }
}
