package io.lakejob.sdk.flink.internal.running;

import org.apache.flink.runtime.client.JobCancellationException;
import org.apache.flink.runtime.client.JobExecutionException;
import org.apache.flink.util.SerializedThrowable;

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

    /**
     * A failed job's description, as Flink gives it: what failed (the deepest cause, always named by
     * its class, the original one for an exception Flink sent serialized, with its message when it
     * has one) and Flink's own account of the failure when it says more (for example {@code Recovery
     * is suppressed by NoRestartBackoffTimeStrategy}: why the job ended instead of restarting).
     *
     * @param e what the job's result or a query's rows failed with
     * @return the description, at most about 2000 characters
     */
    public static String describeJobFailure(Throwable e) {
        JobExecutionException job = find(e, JobExecutionException.class);
        Throwable start = job != null ? job : e;
        String account = null;
        Throwable deepest = start;
        for (Throwable t = start.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = message(t);
            if (account == null && m != null) {
                account = m;
            }
            deepest = t;
        }
        String what = className(deepest) + (message(deepest) == null ? "" : ": " + message(deepest));
        String out = account == null || account.equals(message(deepest)) ? what : what + " (Flink: " + account + ")";
        return out.length() > 2000 ? out.substring(0, 2000) + "..." : out;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return null;
        }
        if (t instanceof SerializedThrowable st) {
            // Its message may repeat the class name: "java.lang.X: message".
            String prefix = st.getOriginalErrorClassName() + ": ";
            if (m.startsWith(prefix)) {
                m = m.substring(prefix.length());
            } else if (m.equals(st.getOriginalErrorClassName())) {
                return null;
            }
        }
        return m.strip();
    }

    private static String className(Throwable t) {
        String name = t instanceof SerializedThrowable st && st.getOriginalErrorClassName() != null
                ? st.getOriginalErrorClassName()
                : t.getClass().getName();
        return name.substring(name.lastIndexOf('.') + 1);
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
