package io.lakejob.sdk.flink.internal.running;

import org.apache.flink.runtime.client.JobCancellationException;
import org.apache.flink.runtime.client.JobExecutionException;

/** Tells how a Flink job ended from the exception its job client's result completed with. */
public final class FlinkFailures {
    private FlinkFailures() {}

    /**
     * @param e what a job client's {@code getJobExecutionResult()} failed with
     * @return whether Flink says the job was cancelled
     */
    public static boolean isCancellation(Throwable e) {
        return find(e, JobCancellationException.class) != null;
    }

    /**
     * @param e what a job client's {@code getJobExecutionResult()} failed with
     * @return whether Flink reported the job's own end (it failed), as opposed to the client losing
     *     contact with the cluster
     */
    public static boolean isJobFailure(Throwable e) {
        return find(e, JobExecutionException.class) != null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
