package io.lakejob.sdk.flink.internal.running;

import io.lakejob.sdk.flink.internal.targets.ClusterState;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.model.job.JobStatus;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.flink.core.execution.JobClient;

/**
 * Follows a submitted run to its end and says how it ended, reading Flink's answer beside the
 * resource manager's: a job whose client lost its cluster is not failed while its cluster lives
 * (a YARN application attempt after a JobManager failover comes back at a new address: the run is
 * re-attached there), and a cluster that ended takes the resource manager's verdict (an application
 * killed from outside is a failure with that reason, never a cancel the user asked for).
 */
public final class RunFollower {
    /** How many times a run whose cluster still lives is re-attached before it counts as lost. */
    static final int MAX_REATTACH = 30;

    /** The pause before a re-attach: the first, doubled up to the last. */
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);

    static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private RunFollower() {}

    /**
     * How a run ended.
     *
     * @param status the record's status ({@code job_finish}, {@code job_cancel_success} or {@code
     *     job_running_exception}); a record with a stop request turns the last two into a cancel
     * @param description the reason, empty for a plain finish
     */
    public record Outcome(JobStatus status, String description) {}

    /**
     * Waits until the run ended.
     *
     * @param client Flink's client of the run
     * @param target the run's target
     * @param ref the run's job
     * @param userCodeClassLoader the class loader for a new client after a re-attach
     * @param current whether the run is still the record's current one (a new run stops the wait)
     * @return how it ended
     * @throws InterruptedException when the client closes
     */
    public static Outcome await(
            JobClient client,
            DeploymentTarget target,
            JobRef ref,
            ClassLoader userCodeClassLoader,
            BooleanSupplier current)
            throws InterruptedException {
        JobClient c = client;
        long pause = FIRST_PAUSE.toMillis();
        for (int reattach = 0; ; reattach++) {
            try {
                c.getJobExecutionResult().get();
                return new Outcome(JobStatus.JOB_FINISH, "");
            } catch (ExecutionException e) {
                Outcome known = ofFlinkAnswer(e);
                if (known != null || target == null || ref == null) {
                    return known != null
                            ? known
                            : new Outcome(JobStatus.JOB_RUNNING_EXCEPTION, SqlJobRunner.describe(e));
                }
                ClusterState state = state(target, ref);
                if (state.isOver()) {
                    return ofCluster(state, ref);
                }
                if (reattach >= MAX_REATTACH || !current.getAsBoolean()) {
                    return new Outcome(
                            JobStatus.JOB_RUNNING_EXCEPTION,
                            "lost: this client lost track of " + ref.describe() + " (its cluster is "
                                    + state.phase() + (state.detail().isEmpty() ? "" : ": " + state.detail())
                                    + "): " + SqlJobRunner.describe(e));
                }
                // The cluster lives (or is starting a new attempt): find its JobManager again and go on.
                Thread.sleep(pause);
                pause = Math.min(MAX_PAUSE.toMillis(), pause * 2);
                c = target.attach(ref, userCodeClassLoader);
            }
        }
    }

    /**
     * How a run ended when its client failed: from Flink's own answer (cancelled, failed), else from
     * the resource manager.
     *
     * @param failure what the client or the run failed with
     * @param target the run's target, or {@code null}
     * @param ref the run's job, or {@code null} when it never reached Flink
     * @return how it ended
     */
    public static Outcome ofFailure(Throwable failure, DeploymentTarget target, JobRef ref) {
        Outcome known = ofFlinkAnswer(failure);
        if (known != null) {
            return known;
        }
        if (target != null && ref != null) {
            ClusterState state = state(target, ref);
            if (state.isOver()) {
                return ofCluster(state, ref);
            }
        }
        return new Outcome(JobStatus.JOB_RUNNING_EXCEPTION, SqlJobRunner.describe(failure));
    }

    private static Outcome ofFlinkAnswer(Throwable e) {
        if (FlinkFailures.isCancellation(e)) {
            // A cancel this client asked for makes the record job_cancel_success (see FlinkJobRecord#ended);
            // one it did not ask for (the Flink web UI, another client) is not the user's stop.
            return new Outcome(JobStatus.JOB_RUNNING_EXCEPTION, "the Flink job was cancelled outside this client");
        }
        if (FlinkFailures.isJobFailure(e)) {
            return new Outcome(JobStatus.JOB_RUNNING_EXCEPTION, FlinkFailures.describeJobFailure(e));
        }
        return null;
    }

    private static ClusterState state(DeploymentTarget target, JobRef ref) {
        try {
            return target.clusterState(ref.clusterId());
        } catch (RuntimeException e) {
            return new ClusterState(ClusterState.Phase.UNKNOWN, null, SqlJobRunner.rootMessage(e));
        }
    }

    private static Outcome ofCluster(ClusterState state, JobRef ref) {
        String detail = state.detail().isEmpty() ? "" : ": " + state.detail();
        if (state.phase() == ClusterState.Phase.GONE) {
            return new Outcome(
                    JobStatus.JOB_RUNNING_EXCEPTION, "the cluster of " + ref.describe() + " is gone" + detail);
        }
        String fin = state.finalStatus() == null ? "UNDEFINED" : state.finalStatus();
        return switch (fin) {
            case "SUCCEEDED" -> new Outcome(JobStatus.JOB_FINISH, "");
            case "KILLED" -> new Outcome(
                    JobStatus.JOB_RUNNING_EXCEPTION,
                    "the cluster of " + ref.describe() + " was killed outside this client" + detail);
            default -> new Outcome(
                    JobStatus.JOB_RUNNING_EXCEPTION, "the cluster of " + ref.describe() + " ended " + fin + detail);
        };
    }
}
