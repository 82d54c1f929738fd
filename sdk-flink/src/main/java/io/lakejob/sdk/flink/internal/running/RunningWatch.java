package io.lakejob.sdk.flink.internal.running;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;

/**
 * Tells a job record when Flink says its run's job is RUNNING: Flink accepting a job is not the
 * job running (it is INITIALIZING, then CREATED, for as long as its JobMaster needs), and the
 * record says {@code job_running} only once Flink does ({@link FlinkJobRecord#running}).
 */
public final class RunningWatch {
    /** How many failed status reads in a row end the watch (the run's own follower reports its end). */
    private static final int MAX_FAILURES = 10;

    private RunningWatch() {}

    /**
     * Asks Flink for the job's status in the background until it is RUNNING or over, or the record
     * has moved on.
     *
     * @param record the job record
     * @param run the run (attempt number)
     * @param client Flink's client of the run's job
     * @param executor where the watch runs
     * @param clock the client's clock
     */
    public static void start(FlinkJobRecord record, int run, JobClient client, Executor executor, Clock clock) {
        try {
            executor.execute(() -> watch(record, run, client, clock));
        } catch (RejectedExecutionException e) {
            // The client is closing: nothing to report any more.
        }
    }

    static void watch(FlinkJobRecord record, int run, JobClient client, Clock clock) {
        long pause = 10;
        int failures = 0;
        while (record.attempt() == run && !record.isTerminal()) {
            JobStatus s = null;
            try {
                s = client.getJobStatus().get(30, TimeUnit.SECONDS);
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                if (++failures >= MAX_FAILURES) {
                    return;
                }
            }
            if (s == JobStatus.RUNNING) {
                record.running(run, clock.instant());
                return;
            }
            if (s != null && s.isGloballyTerminalState()) {
                return;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(100, pause * 2);
        }
    }
}
