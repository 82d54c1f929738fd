package io.lakejob.sdk.flink.internal.targets.local;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.Savepoints;
import io.lakejob.sdk.model.flink.SavepointRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.runtime.messages.FlinkJobNotFoundException;
import org.apache.flink.runtime.minicluster.MiniCluster;

/**
 * Savepoints and cancel of the embedded cluster's jobs in this JVM: the outcome comes from Flink's
 * own future the moment Flink knows it, instead of polling the cluster's REST API. What the REST
 * path guarantees holds here too:
 *
 * <ul>
 *   <li>a trigger id names one savepoint: a retry with it (after a timeout) waits for the same
 *       savepoint instead of starting a second one, for the last {@value #REMEMBERED} triggers;
 *   <li>a savepoint is taken only once every task runs (checked over REST first, as Flink refuses
 *       it earlier), and one refused because tasks restarted meanwhile is tried again;
 *   <li>no answer within the call's timeout is an unknown outcome ({@link OutcomeUnknownException}
 *       with the trigger id), never a failure: the savepoint may still complete, and waiting again
 *       with the trigger id ({@link #await}) gets its result;
 *   <li>stop is stop-with-savepoint (no drain), never cancel-with-savepoint.
 * </ul>
 *
 * Thread-safe.
 */
final class LocalJobControl {
    /** How many triggers are remembered for retries with the same trigger id. */
    static final int REMEMBERED = 256;

    /** Flink keeps a savepoint's result for 5 minutes over REST; the dispatcher's answer here waits as long. */
    private static final Duration RESULT_RETENTION = Duration.ofMinutes(5);

    private static final int NOT_RUNNING_RETRIES = 3;

    private final EmbeddedCluster cluster;
    private final Map<String, CompletableFuture<String>> triggered = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    LocalJobControl(EmbeddedCluster cluster) {
        this.cluster = cluster;
    }

    /**
     * Triggers a savepoint, or stops the job with one, and waits for its outcome.
     *
     * @param job the job
     * @param rest the cluster's REST savepoints, for the wait until every task runs
     * @param directory the target directory (a URI)
     * @param triggerId the client's trigger id, or {@code null} for a new one
     * @param timeout how long to wait
     * @param stop whether the job stops with the savepoint
     * @return the savepoint's location and trigger id
     */
    Savepoints.Outcome savepoint(
            JobRef job, Savepoints rest, String directory, String triggerId, Duration timeout, boolean stop) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String tid = triggerId == null ? SavepointRequest.newTriggerId() : triggerId;
        JobID id = JobID.fromHexString(job.flinkJobId());
        for (int attempt = 1; ; attempt++) {
            CompletableFuture<String> f = triggeredFor(job, tid);
            if (f == null) {
                rest.awaitAllTasksRunning(job.flinkJobId(), remaining(deadline));
                f = trigger(job, tid, directory, stop, remaining(deadline));
            }
            try {
                return outcome(id, f, tid, deadline, stop);
            } catch (NotAllRunning e) {
                // Tasks restarted between the check and the trigger: wait again, with a fresh trigger
                // id because the failed result stays under the old one.
                if (attempt >= NOT_RUNNING_RETRIES) {
                    throw LocalErrors.unavailable(e.getMessage());
                }
                tid = SavepointRequest.newTriggerId();
            }
        }
    }

    /**
     * Waits again for a savepoint triggered earlier by its trigger id.
     *
     * @param job the job
     * @param triggerId the trigger id
     * @param stop whether it was a stop with savepoint
     * @param timeout how long to wait
     * @return the outcome, or {@code null} when this client did not trigger it (then only Flink's REST
     *     API can tell)
     */
    Savepoints.Outcome await(JobRef job, String triggerId, boolean stop, Duration timeout) {
        CompletableFuture<String> f = triggeredFor(job, triggerId);
        if (f == null) {
            return null;
        }
        try {
            return outcome(
                    JobID.fromHexString(job.flinkJobId()), f, triggerId, System.nanoTime() + timeout.toNanos(), stop);
        } catch (NotAllRunning e) {
            throw LocalErrors.unavailable(e.getMessage());
        }
    }

    /**
     * Cancels a job and waits until it has ended.
     *
     * @param job the job
     * @param timeout how long to wait
     * @return Flink's final state, for example {@code CANCELED}
     */
    String cancel(JobRef job, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        MiniCluster mc = cluster.miniCluster();
        JobID id = JobID.fromHexString(job.flinkJobId());
        JobStatus state = get(mc.getJobStatus(id), job, deadline, "reading the state of");
        if (!state.isGloballyTerminalState()) {
            try {
                get(mc.cancelJob(id), job, deadline, "cancelling");
            } catch (io.lakejob.sdk.exception.ServiceException e) {
                if (!"DLI.0002".equals(e.errorCode())) {
                    throw e;
                }
                // It ended (and was cleaned up) meanwhile.
            }
            try {
                mc.requestJobResult(id).get(left(deadline), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new LakeJobTimeoutException(
                        "Flink job " + job.flinkJobId() + " did not end after cancel (" + stateName(mc, id) + ")",
                        timeout);
            } catch (ExecutionException e) {
                // Its end is read below.
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
        }
        String end = stateName(mc, id);
        return end.startsWith("unknown") ? "CANCELED" : end;
    }

    private synchronized CompletableFuture<String> triggeredFor(JobRef job, String triggerId) {
        return triggered.get(job.flinkJobId() + "/" + triggerId);
    }

    private synchronized CompletableFuture<String> trigger(
            JobRef job, String triggerId, String directory, boolean stop, Duration timeout) {
        return triggered.computeIfAbsent(job.flinkJobId() + "/" + triggerId, k -> cluster.embedded()
                .savepoint(JobID.fromHexString(job.flinkJobId()), directory, stop, timeout.plus(RESULT_RETENTION)));
    }

    private Savepoints.Outcome outcome(
            JobID id, CompletableFuture<String> savepoint, String tid, long deadline, boolean stop) {
        String what = (stop ? "Stop with savepoint" : "Savepoint") + " of Flink job " + id;
        String location;
        try {
            location = savepoint.get(left(deadline), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // Not a failure: the savepoint may still complete; waiting again with the trigger id gets it.
            throw new OutcomeUnknownException(
                    (stop ? "StopWithSavepoint" : "TriggerSavepoint") + " of Flink job " + id,
                    tid,
                    "no answer in time (job is " + stateName(cluster.miniCluster(), id)
                            + "); retry with the same trigger id",
                    null);
        } catch (InterruptedException e) {
            throw interrupted(e);
        } catch (ExecutionException e) {
            Throwable cause = cause(e);
            if (cause instanceof FlinkJobNotFoundException) {
                throw LocalErrors.notFound("Flink job " + id + " on the embedded cluster");
            }
            if (cause instanceof TimeoutException) {
                // The dispatcher's answer timed out: Flink may still write the savepoint.
                throw new OutcomeUnknownException(
                        (stop ? "StopWithSavepoint" : "TriggerSavepoint") + " of Flink job " + id, tid, cause);
            }
            String message = SqlJobRunner.rootMessage(cause);
            if (message.contains("not all required tasks are currently running")) {
                throw new NotAllRunning(what + " failed: " + message);
            }
            throw LocalErrors.unavailable(what + " failed: " + message
                    + (stop ? "; the job is " + stateName(cluster.miniCluster(), id) + " (not stopped)" : ""));
        }
        if (stop) {
            // The savepoint's answer comes once the job has stopped; its end is recorded right after.
            try {
                cluster.miniCluster().requestJobResult(id).get(left(deadline), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // The savepoint is written; how the job ended is the job record's business.
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
        }
        return new Savepoints.Outcome(location, tid);
    }

    private static <T> T get(CompletableFuture<T> f, JobRef job, long deadline, String doing) {
        try {
            return f.get(left(deadline), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw LocalErrors.unavailable(
                    "No answer from the embedded cluster " + doing + " Flink job " + job.flinkJobId());
        } catch (InterruptedException e) {
            throw interrupted(e);
        } catch (ExecutionException e) {
            Throwable cause = cause(e);
            if (cause instanceof FlinkJobNotFoundException) {
                throw LocalErrors.notFound("Flink job " + job.flinkJobId() + " on the embedded cluster");
            }
            throw LocalErrors.unavailable(doing.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + doing.substring(1)
                    + " Flink job " + job.flinkJobId() + " failed: " + SqlJobRunner.rootMessage(cause));
        }
    }

    private static String stateName(MiniCluster mc, JobID id) {
        try {
            return mc.getJobStatus(id).get(5, TimeUnit.SECONDS).name();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown (interrupted)";
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return "unknown (" + SqlJobRunner.rootMessage(e) + ")";
        }
    }

    /** The first cause that is not a future's wrapper. */
    private static Throwable cause(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof java.util.concurrent.CompletionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof FlinkJobNotFoundException) {
                return c;
            }
        }
        return t;
    }

    private static long left(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(left(deadline));
    }

    private static LakeJobException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new LakeJobException("Interrupted while waiting for Flink", e);
    }

    private static final class NotAllRunning extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAllRunning(String message) {
            super(message, null, false, false);
        }
    }
}
