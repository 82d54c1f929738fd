package io.lakejob.sdk.flink.internal.running;

import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.types.Row;
import org.apache.flink.types.RowKind;

/**
 * The state of one platform Flink job: its definition, status, Flink job id and the rows its
 * final query produced. Thread-safe: every access synchronises on the record.
 */
public final class FlinkJobRecord {
    private final long id;
    private final Instant createTime;
    private CreateFlinkSqlJobRequest definition;
    private JobStatus status = JobStatus.JOB_INIT;
    private String statusDesc = "";
    private Instant startTime;
    private Instant updateTime;
    private String flinkJobId;
    private JobClient flinkClient;
    private int attempt;
    private boolean stopRequested;
    private JobStatus naturalEnd;
    private String naturalEndDesc = "";
    private boolean flinkRunning;
    private String flinkEnd;
    private String savepointPath;
    private List<String> columns = List.of();
    private final List<List<Object>> rows = new ArrayList<>();
    private boolean truncated;
    private boolean changelog;
    private long runResults;
    private int savepointRun;
    private String runSql;
    private String resumedFrom;
    private long resumedResults;
    private boolean resultsHere;
    private TargetSettings target;
    private String clusterId;
    private io.lakejob.sdk.model.job.CreateFlinkJarJobRequest jarDefinition;
    private volatile Runnable onChange;
    private volatile java.util.function.UnaryOperator<String> masker = s -> s;
    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();

    public FlinkJobRecord(long id, CreateFlinkSqlJobRequest definition, Instant now) {
        this.id = id;
        this.definition = definition;
        this.createTime = now;
        this.updateTime = now;
    }

    /** @return the platform job id */
    public long id() {
        return id;
    }

    /** @return when the job was created */
    public Instant createTime() {
        return createTime;
    }

    public synchronized CreateFlinkSqlJobRequest definition() {
        return definition;
    }

    public synchronized void definition(CreateFlinkSqlJobRequest d, Instant now) {
        this.definition = d;
        this.updateTime = now;
        changed();
    }

    /**
     * Sets what masks sensitive values in status descriptions before they are kept (a failure can
     * echo SQL with global variables substituted).
     */
    public void masker(java.util.function.UnaryOperator<String> m) {
        this.masker = m == null ? s -> s : m;
    }

    /** Sets what runs after every change of the persisted state (the metadata store's save). */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /**
     * Runs {@code watcher} after every status change from now on: how a waiter of the API learns at
     * once that the job moved ({@code StatusNotifier}). It runs on the thread that changed the status,
     * holding the record's lock, so it must return quickly and never block.
     *
     * @param watcher what to run
     * @return removes the watcher
     */
    public Runnable watch(Runnable watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    private void changed() {
        Runnable r = onChange;
        if (r != null) {
            r.run();
        }
    }

    /** Restores the persisted state of a job saved by an earlier client (see {@code MetadataJobs}). */
    public synchronized void restore(
            JobStatus s,
            String desc,
            Instant start,
            Instant update,
            String flinkId,
            String savepoint,
            TargetSettings runTarget,
            String runClusterId,
            int attempts) {
        this.status = Objects.requireNonNull(s);
        this.statusDesc = desc == null ? "" : desc;
        this.startTime = start;
        this.updateTime = update;
        this.flinkJobId = flinkId;
        this.savepointPath = savepoint;
        this.target = runTarget;
        this.clusterId = runClusterId;
        this.attempt = attempts;
    }

    public synchronized int attempt() {
        return attempt;
    }

    /** @return the definition of a jar job (reference 9.4), or {@code null} for a SQL job */
    public synchronized io.lakejob.sdk.model.job.CreateFlinkJarJobRequest jarDefinition() {
        return jarDefinition;
    }

    /** Makes this record a jar job's, or updates its jar definition. */
    public synchronized void jarDefinition(io.lakejob.sdk.model.job.CreateFlinkJarJobRequest d) {
        this.jarDefinition = d;
        changed();
    }

    public synchronized JobStatus status() {
        return status;
    }

    public synchronized String statusDesc() {
        return statusDesc;
    }

    /**
     * Sets the status. A terminal status also drops the run's {@link JobClient}: the Flink job has
     * ended, and the client would otherwise keep Flink objects (its cluster client, the run's user
     * class loader with a jar job's or UDF's classes) for as long as the record lives.
     */
    public synchronized void status(JobStatus s, String desc, Instant now) {
        this.status = Objects.requireNonNull(s);
        this.statusDesc = desc == null ? "" : masker.apply(desc);
        this.updateTime = now;
        if (s.equals(JobStatus.JOB_RUNNING)) {
            flinkRunning = true;
        }
        if (JobStatus.TERMINAL.contains(s)) {
            flinkClient = null;
        }
        notifyAll();
        for (Runnable w : watchers) {
            w.run();
        }
        changed();
    }

    public synchronized boolean isTerminal() {
        return JobStatus.TERMINAL.contains(status);
    }

    /**
     * How the Flink job of the latest run ended, in Flink's state names, for answering about it
     * once the cluster no longer keeps it (a cluster keeps a bounded number of finished jobs).
     *
     * @param flinkId a Flink job id
     * @return {@code FINISHED}, {@code CANCELED} or {@code FAILED} when {@code flinkId} is the latest
     *     run's and the run has ended, else {@code null}
     */
    public synchronized String endedFlinkState(String flinkId) {
        if (!isTerminal() || flinkId == null || !flinkId.equals(flinkJobId)) {
            return null;
        }
        return flinkEndState();
    }

    /**
     * How the latest run ended in Flink's state names: a job stopped with a savepoint is
     * {@code FINISHED} there although the platform says {@code job_cancel_success}.
     *
     * @return {@code FINISHED}, {@code CANCELED} or {@code FAILED}, or {@code null} while the run is not over
     */
    public synchronized String flinkEndState() {
        if (!isTerminal()) {
            return null;
        }
        if (flinkEnd != null) {
            return flinkEnd;
        }
        if (status.equals(JobStatus.JOB_FINISH)) {
            return "FINISHED";
        }
        return status.equals(JobStatus.JOB_CANCEL_SUCCESS) ? "CANCELED" : "FAILED";
    }

    /**
     * Blocks until the condition holds or the timeout passes; woken by every status or row change.
     *
     * @return whether the condition holds
     */
    public synchronized boolean await(
            java.util.function.Predicate<FlinkJobRecord> condition, java.time.Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    public synchronized Instant startTime() {
        return startTime;
    }

    public synchronized Instant updateTime() {
        return updateTime;
    }

    public synchronized boolean isActive() {
        return status.equals(JobStatus.JOB_SUBMITTING)
                || status.equals(JobStatus.JOB_RUNNING)
                || status.equals(JobStatus.JOB_CANCELING)
                || status.equals(JobStatus.JOB_SAVEPOINTING);
    }

    /** Starts a new run: clears the previous run's results and returns its attempt number. */
    public synchronized int beginRun(Instant now) {
        return beginRun(now, null, null, 0);
    }

    /**
     * Starts a new run and returns its attempt number.
     *
     * @param now the time
     * @param sql the SQL the run executes (global variables applied), or {@code null}
     * @param resumedFrom the savepoint a query job resumes from, keeping the result rows that match
     *     it (the new run's changes apply to them), or {@code null} to clear the results
     * @param savepointResults how many result rows the savepoint's run had delivered (checked
     *     against the savepoint), when {@code resumedFrom} is set
     * @return the attempt number
     */
    public synchronized int beginRun(Instant now, String sql, String resumedFrom, long savepointResults) {
        attempt++;
        stopRequested = false;
        naturalEnd = null;
        naturalEndDesc = "";
        flinkRunning = false;
        flinkEnd = null;
        flinkJobId = null;
        flinkClient = null;
        runResults = 0;
        runSql = sql;
        this.resumedFrom = resumedFrom;
        this.resumedResults = resumedFrom == null ? 0 : savepointResults;
        this.resultsHere = true;
        if (resumedFrom == null) {
            columns = List.of();
            rows.clear();
            truncated = false;
            changelog = false;
        }
        startTime = now;
        status(JobStatus.JOB_SUBMITTING, "", now);
        return attempt;
    }

    /** @return how many result rows the current (or latest) run's query delivered */
    synchronized long runResults() {
        return runResults;
    }

    /**
     * @return the savepoint the current (or latest) run resumed from with the result rows kept, or
     *     {@code null}
     */
    synchronized String resumedFrom() {
        return resumedFrom;
    }

    /**
     * @return whether this client collected the job's result rows since they began (it started the
     *     latest run); {@code false} for a record loaded from the metadata store, whose rows, and
     *     those of a job it re-attached to, were collected by another client
     */
    synchronized boolean resultsHere() {
        return resultsHere;
    }

    /** @return how many result rows the savepoint {@link #resumedFrom()} stands for */
    synchronized long resumedResults() {
        return resumedResults;
    }

    /** @return the SQL of the current (or latest) run, or {@code null} when not known */
    synchronized String runSql() {
        return runSql;
    }

    /**
     * @return the run (attempt number) during which this client recorded the savepoint path, or 0
     *     when none was (for example a record loaded from the metadata store)
     */
    synchronized int savepointRun() {
        return savepointRun;
    }

    /**
     * Flink accepted the current run.
     *
     * @param client Flink's client for the job
     * @param cluster the id of the cluster it went to
     * @param now the time
     */
    public synchronized void submitted(JobClient client, String cluster, Instant now) {
        this.flinkClient = client;
        this.flinkJobId = client.getJobID().toHexString();
        this.clusterId = cluster;
        // Still submitting until Flink says RUNNING (see running()): it may be INITIALIZING for a while.
        this.updateTime = now;
        notifyAll();
        changed();
    }

    /**
     * Flink reported the run's job RUNNING: the record says {@code job_running} from now on (unless
     * a stop is under way, which keeps its stopping state).
     *
     * @param run the run (attempt number) Flink's answer was about
     * @param now the time
     */
    public synchronized void running(int run, Instant now) {
        if (run != attempt || isTerminal()) {
            return;
        }
        flinkRunning = true;
        if (status.equals(JobStatus.JOB_SUBMITTING) && !stopRequested) {
            status(JobStatus.JOB_RUNNING, "", now);
        }
    }

    /**
     * An application cluster was deployed for the current run, and its job (with its fixed id) is
     * not yet known to Flink: the record stays {@code job_submitting} with {@code desc} saying what
     * it waits for (for example {@code deployed, endpoint pending}), and knows the job and its
     * cluster already (a stop, a kill or a later client find them).
     *
     * @param flinkId the Flink job id the application's job will have
     * @param cluster the id of the cluster deployed for it
     * @param desc what the run waits for
     * @param now the time
     */
    public synchronized void deployed(String flinkId, String cluster, String desc, Instant now) {
        this.flinkJobId = flinkId;
        this.clusterId = cluster;
        if (!stopRequested) {
            status(JobStatus.JOB_SUBMITTING, desc, now);
        } else {
            changed();
        }
    }

    /**
     * Updates what a deployed run waits for ({@link #deployed}), while it still waits.
     *
     * @param desc the description
     * @param now the time
     */
    public synchronized void deployProgress(String desc, Instant now) {
        if (!stopRequested && status.equals(JobStatus.JOB_SUBMITTING) && !desc.equals(statusDesc)) {
            status(JobStatus.JOB_SUBMITTING, desc, now);
        }
    }

    /**
     * Records where the current run goes, before it is submitted.
     *
     * @param runTarget the settings of its target
     */
    public synchronized void target(TargetSettings runTarget) {
        this.target = runTarget;
        this.clusterId = null;
        changed();
    }

    /** @return the settings of the target of the current (or latest) run, or {@code null} before any run */
    public synchronized TargetSettings target() {
        return target;
    }

    /** @return the cluster the current (or latest) run went to, or {@code null} before Flink accepted it */
    public synchronized String clusterId() {
        return clusterId;
    }

    /**
     * @return where the current (or latest) run's Flink job lives, or {@code null} before Flink
     *     accepted it
     */
    public synchronized JobRef jobRef() {
        return target == null || clusterId == null || flinkJobId == null
                ? null
                : new JobRef(target, clusterId, flinkJobId);
    }

    /** @return the Flink job client of the current run while it is not over, else {@code null} */
    public synchronized JobClient flinkClient() {
        return flinkClient;
    }

    public synchronized String flinkJobId() {
        return flinkJobId;
    }

    public synchronized boolean stopRequested() {
        return stopRequested;
    }

    public synchronized void requestStop(Instant now) {
        stopRequested = true;
        status(JobStatus.JOB_CANCELING, "", now);
    }

    /**
     * Undoes {@link #requestStop} after Flink refused a stop (for example a failed savepoint): the
     * job keeps running, so the record says so again.
     */
    public synchronized void stopRefused(String reason, Instant now) {
        if (!stopRequested) {
            return;
        }
        if (status.equals(JobStatus.JOB_CANCELING)) {
            stopRequested = false;
            status(flinkRunning ? JobStatus.JOB_RUNNING : JobStatus.JOB_SUBMITTING, reason, now);
        } else if (status.equals(JobStatus.JOB_CANCEL_SUCCESS) && naturalEnd != null) {
            // The run ended by itself while the refused stop was under way (for example a bounded
            // job that finished first): it ended as Flink says, it was not stopped.
            stopRequested = false;
            flinkEnd = naturalEnd.equals(JobStatus.JOB_FINISH) ? "FINISHED" : "FAILED";
            status(naturalEnd, naturalEndDesc, now);
        }
    }

    /**
     * The run ended. Without a stop request the record takes {@code natural}; with one it is
     * {@code job_cancel_success}, and {@code natural} is kept in case the stop is then found refused
     * ({@link #stopRefused}): a job that finished by itself just before a stop reached Flink says
     * {@code job_finish}, not that it was stopped.
     *
     * @param natural how the run ended by itself (finish, running exception, submit failure)
     * @param desc the description for {@code natural}
     * @param now the time
     */
    public synchronized void ended(JobStatus natural, String desc, Instant now) {
        flinkEnd = natural.equals(JobStatus.JOB_FINISH) ? "FINISHED" : stopRequested ? "CANCELED" : "FAILED";
        if (stopRequested) {
            naturalEnd = natural;
            naturalEndDesc = desc == null ? "" : masker.apply(desc);
            status(JobStatus.JOB_CANCEL_SUCCESS, "", now);
        } else {
            status(natural, desc, now);
        }
    }

    public synchronized String savepointPath() {
        return savepointPath;
    }

    public synchronized void savepointPath(String path) {
        this.savepointPath = path;
        this.savepointRun = attempt;
        changed();
    }

    public synchronized void columns(List<String> names, boolean withChangelog) {
        this.changelog = withChangelog;
        List<String> c = new ArrayList<>();
        if (withChangelog) {
            c.add(ResultRow.OP_COLUMN);
        }
        c.addAll(names);
        this.columns = List.copyOf(c);
    }

    public synchronized int rowCount() {
        return rows.size();
    }

    public synchronized List<String> columns() {
        return columns;
    }

    /**
     * Applies one changelog row to the materialised result: inserts and update-afters add a row,
     * update-befores and deletes remove an equal one. Every row counts towards {@link #runResults()}.
     */
    synchronized void apply(Row row, int maxRows) {
        runResults++;
        RowKind kind = row.getKind();
        List<Object> values = new ArrayList<>(row.getArity() + 1);
        if (changelog) {
            values.add(row.getKind().shortString());
            for (int i = 0; i < row.getArity(); i++) {
                values.add(ValueConverter.toJava(row.getField(i)));
            }
            if (rows.size() < maxRows) {
                rows.add(values);
            } else {
                truncated = true;
            }
            notifyAll();
            return;
        }
        for (int i = 0; i < row.getArity(); i++) {
            values.add(ValueConverter.toJava(row.getField(i)));
        }
        if (kind == RowKind.UPDATE_BEFORE || kind == RowKind.DELETE) {
            rows.remove(values);
        } else if (rows.size() < maxRows) {
            rows.add(values);
        } else {
            truncated = true;
        }
        notifyAll();
    }

    public synchronized List<ResultRow> resultRows() {
        List<ResultRow> out = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            out.add(ResultRow.of(columns, r));
        }
        return out;
    }

    public synchronized boolean truncated() {
        return truncated;
    }
}
