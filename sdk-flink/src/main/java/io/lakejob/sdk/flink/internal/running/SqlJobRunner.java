package io.lakejob.sdk.flink.internal.running;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.ops.JarJobHandlers;
import io.lakejob.sdk.flink.internal.running.app.RunnerJar;
import io.lakejob.sdk.flink.internal.running.app.SqlRunnerMain;
import io.lakejob.sdk.flink.internal.targets.ApplicationSpec;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.TargetExecutorFactory;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.flink.internal.targets.Targets;
import io.lakejob.sdk.model.job.JobStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.PipelineOptionsInternal;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.StatementSet;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;

/**
 * Runs SQL scripts as Flink jobs on a cluster's REST endpoint: DDL first, then either one
 * statement set of INSERTs or one final query whose rows are collected into the job record.
 * Each run gets a fixed Flink job id derived from the platform job id, the run number and a random
 * per-client part, so a retried submission cannot start the same run twice and two clients sharing
 * a cluster do not collide.
 */
public final class SqlJobRunner {
    /** Random per JVM, for callers without a runner. */
    private static final long JVM_NONCE = newNonce();

    private final ExecutorService executor;
    private final Clock clock;
    private final Targets targets;
    private final long nonce = newNonce();

    /**
     * Creates a runner.
     *
     * @param executor runs jobs in the background
     * @param clock the client's clock
     * @param targets where jobs run
     */
    public SqlJobRunner(ExecutorService executor, Clock clock, Targets targets) {
        this.executor = executor;
        this.clock = clock;
        this.targets = targets;
    }

    /**
     * The Flink job id of a platform job's run.
     *
     * @param platformJobId the platform job id
     * @param attempt the run number
     * @return the Flink job id
     */
    static JobID flinkJobId(long platformJobId, int attempt) {
        return jobId(JVM_NONCE, platformJobId, attempt);
    }

    /**
     * The Flink job id of a platform job's run by this runner (one per client). Platform job ids
     * are only unique within a client, so a random per-client part keeps two clients that share a
     * session cluster from colliding (Flink refuses a second job with the same id), while retries
     * of one run keep their id.
     *
     * @param platformJobId the platform job id
     * @param attempt the run number
     * @return the Flink job id
     */
    public JobID jobId(long platformJobId, int attempt) {
        return jobId(nonce, platformJobId, attempt);
    }

    private static JobID jobId(long nonce, long platformJobId, int attempt) {
        return new JobID(platformJobId, (nonce << 32) | (attempt & 0xffffffffL));
    }

    private static long newNonce() {
        return new java.security.SecureRandom().nextInt() & 0x7fffffffL;
    }

    /**
     * Checks a script before running it: it must have statements, and must not mix INSERTs with a query.
     *
     * @param sql the script
     * @return the statements
     */
    public static List<SqlScript.Statement> plan(String sql) {
        return plan(SqlScript.split(sql));
    }

    /**
     * Checks prepared statements before running them (see {@link #plan(String)}).
     *
     * @param statements the statements
     * @return the statements
     */
    public static List<SqlScript.Statement> plan(List<SqlScript.Statement> statements) {
        if (statements.isEmpty()) {
            throw LocalErrors.invalid("sql_body", "contains no SQL statement");
        }
        boolean inserts = statements.stream().anyMatch(SqlScript.Statement::isInsert);
        long queries = statements.stream().filter(SqlScript.Statement::isQuery).count();
        if (inserts && queries > 0) {
            throw LocalErrors.invalid(
                    "sql_body", "a job either writes with INSERT statements or reads with one final query, not both");
        }
        if (queries > 1
                || queries == 1 && !statements.get(statements.size() - 1).isQuery()) {
            throw LocalErrors.invalid("sql_body", "only the last statement of a job may be a query");
        }
        return statements;
    }

    /**
     * Makes every job's TableEnvironment see more catalogs (for example the client's DLI catalog,
     * reachable as {@code dli.<database>.<table>}); the job's current catalog stays its own.
     *
     * @param registrar registers catalogs on a new environment
     */
    public void catalogs(java.util.function.Consumer<TableEnvironment> registrar) {
        this.catalogs = registrar;
    }

    private volatile java.util.function.Consumer<TableEnvironment> catalogs;

    /**
     * Starts a run in the background.
     *
     * @param record the job record (its run has begun)
     * @param attempt the run number
     * @param spec what to run
     * @param target where it runs (checked by {@link Targets#check})
     * @return completes when the run ends, never exceptionally
     */
    public CompletableFuture<Void> start(FlinkJobRecord record, int attempt, JobSpec spec, TargetSettings target) {
        List<SqlScript.Statement> statements = spec.statements() != null ? plan(spec.statements()) : plan(spec.sql());
        return CompletableFuture.runAsync(() -> run(record, attempt, spec, statements, target), executor);
    }

    private void run(
            FlinkJobRecord record, int attempt, JobSpec spec, List<SqlScript.Statement> statements, TargetSettings ts) {
        boolean submitted = false;
        DeploymentTarget target = null;
        try {
            target = targets.get(ts);
            // Deploys a session or attaches to it; an unreachable cluster fails the run here, with the
            // cause. The embedded cluster starts meanwhile, while the job is planned (submitting waits).
            CompletableFuture<String> opened = target.openAsync();
            if (target.kind().mode() == TargetKind.Mode.APPLICATION) {
                awaitOpen(opened);
                runApplication(record, attempt, spec, statements, target, ts);
                return;
            }
            String executorId = targets.executorId(ts);
            TableEnvironment tEnv = TableEnvironment.create(settings(jobId(record.id(), attempt), spec, executorId));
            java.util.function.Consumer<TableEnvironment> extra = catalogs;
            if (extra != null) {
                extra.accept(tEnv);
            }
            String udfJar = spec.configuration().get(JarJobHandlers.UDF_JAR_KEY);
            if (udfJar != null) {
                // udf_jar_url: the jar joins the planner's class path and ships with the job.
                tEnv.executeSql("ADD JAR '" + udfJar.replace("'", "''") + "'");
            }
            List<SqlScript.Statement> inserts = new ArrayList<>();
            SqlScript.Statement query = null;
            for (SqlScript.Statement s : statements) {
                if (s.isInsert()) {
                    inserts.add(s);
                } else if (s.isQuery()) {
                    query = s;
                } else {
                    execute(tEnv, s).await();
                }
            }
            awaitOpen(opened);
            if (record.stopRequested()) {
                record.status(JobStatus.JOB_CANCEL_SUCCESS, "stopped before submission", clock.instant());
                return;
            }
            if (!inserts.isEmpty()) {
                StatementSet set = tEnv.createStatementSet();
                for (SqlScript.Statement s : inserts) {
                    try {
                        set.addInsertSql(s.sql());
                    } catch (RuntimeException e) {
                        throw statementError(s, e);
                    }
                }
                TableResult result = set.execute();
                JobClient client = result.getJobClient().orElseThrow();
                record.submitted(
                        client, TargetExecutorFactory.takeClusterId(executorId, client.getJobID()), clock.instant());
                RunningWatch.start(record, attempt, client, executor, clock);
                submitted = true;
                RunFollower.Outcome o = RunFollower.await(
                        client,
                        target,
                        record.jobRef(),
                        SqlJobRunner.class.getClassLoader(),
                        () -> record.attempt() == attempt);
                record.ended(o.status(), o.description(), clock.instant());
                return;
            } else if (query != null) {
                TableResult result = execute(tEnv, query);
                record.columns(result.getResolvedSchema().getColumnNames(), spec.changelog());
                JobClient client = result.getJobClient().orElseThrow();
                record.submitted(
                        client, TargetExecutorFactory.takeClusterId(executorId, client.getJobID()), clock.instant());
                RunningWatch.start(record, attempt, client, executor, clock);
                submitted = true;
                try (CloseableIterator<Row> it = result.collect()) {
                    boolean first = true;
                    while (it.hasNext()) {
                        Row row = it.next();
                        if (first) {
                            // A row comes from running tasks: the job runs, whatever the watch saw yet.
                            record.running(attempt, clock.instant());
                            first = false;
                        }
                        record.apply(row, spec.maxRows());
                    }
                }
                // Every row is in, but the job may still be finishing (after a stop with savepoint
                // it is RUNNING for a while): its end is Flink's to tell.
                RunFollower.Outcome o = RunFollower.await(
                        client,
                        target,
                        record.jobRef(),
                        SqlJobRunner.class.getClassLoader(),
                        () -> record.attempt() == attempt);
                record.ended(o.status(), o.description(), clock.instant());
                return;
            }
            record.ended(JobStatus.JOB_FINISH, "", clock.instant());
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (submitted) {
                settle(record, e);
                RunFollower.Outcome o = RunFollower.ofFailure(e, target, record.jobRef());
                record.ended(o.status(), o.description(), clock.instant());
            } else {
                record.ended(JobStatus.JOB_SUBMIT_FAIL, describe(e), clock.instant());
            }
        }
    }

    /** Waits for the target's {@link DeploymentTarget#openAsync()}, throwing what it failed with. */
    private static void awaitOpen(CompletableFuture<String> opened) throws InterruptedException {
        try {
            opened.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new LakeJobException(SqlJobRunner.rootMessage(cause), cause);
        }
    }

    /**
     * When Flink says the run's job was cancelled or failed, waits (a minute at most) until Flink
     * has it ended, so the record never says it ended while Flink still shows it cancelling.
     */
    private static void settle(FlinkJobRecord record, Throwable failure) {
        JobClient c = record.flinkClient();
        if (c == null
                || Thread.currentThread().isInterrupted()
                || !(FlinkFailures.isCancellation(failure) || FlinkFailures.isJobFailure(failure))) {
            return;
        }
        try {
            c.getJobExecutionResult().get(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Ended (cancelled or failed, as expected), or not known in time: report it now.
        }
    }

    private static TableResult execute(TableEnvironment tEnv, SqlScript.Statement s) {
        try {
            return tEnv.executeSql(s.sql());
        } catch (RuntimeException e) {
            throw statementError(s, e);
        }
    }

    private static ServiceException statementError(SqlScript.Statement s, RuntimeException e) {
        return new ServiceException(
                400,
                "DLI.0005",
                "Statement " + s.index() + " (line " + s.line() + "): " + rootMessage(e),
                null,
                false,
                e);
    }

    /**
     * What a run's failure says: the first of the SDK's own errors in the chain (their messages name
     * what failed and why), else for a job Flink failed {@link FlinkFailures#describeJobFailure},
     * else the deepest cause with a message.
     *
     * @param e the failure
     * @return the description
     */
    public static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceException se && se.errorMessage() != null) {
                return se.errorMessage();
            }
            if (t instanceof io.lakejob.sdk.exception.LakeJobException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        // A job Flink failed: what failed, and Flink's account of it.
        return FlinkFailures.isJobFailure(e) ? FlinkFailures.describeJobFailure(e) : rootMessage(e);
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        String best = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                best = t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        String m = best == null ? e.getClass().getSimpleName() : best;
        return m.length() > 2000 ? m.substring(0, 2000) + "..." : m;
    }

    private static EnvironmentSettings settings(JobID jobId, JobSpec spec, String executorId) {
        Configuration conf = jobConfiguration(jobId, spec);
        // The job's target submits it: in memory to the embedded cluster, over REST to a session, ...
        TargetExecutorFactory.configure(conf, executorId);
        EnvironmentSettings.Builder b = EnvironmentSettings.newInstance().withConfiguration(conf);
        return (spec.batchMode() ? b.inBatchMode() : b.inStreamingMode()).build();
    }

    /** The Flink configuration of a run: the job's own keys, then the job settings turned into keys. */
    private static Configuration jobConfiguration(JobID jobId, JobSpec spec) {
        Configuration conf = new Configuration();
        for (Map.Entry<String, String> e : spec.configuration().entrySet()) {
            if (!e.getKey().equals(JarJobHandlers.UDF_JAR_KEY)) {
                conf.setString(e.getKey(), e.getValue());
            }
        }
        conf.set(PipelineOptions.NAME, spec.name());
        conf.set(PipelineOptionsInternal.PIPELINE_FIXED_JOB_ID, jobId.toHexString());
        if (spec.parallelism() != null) {
            conf.setString("parallelism.default", String.valueOf(spec.parallelism()));
        }
        if (spec.checkpointIntervalMillis() != null) {
            conf.setString("execution.checkpointing.interval", spec.checkpointIntervalMillis() + " ms");
            conf.setString("execution.checkpointing.mode", spec.exactlyOnce() ? "EXACTLY_ONCE" : "AT_LEAST_ONCE");
        }
        if (!spec.configuration().containsKey("restart-strategy.type")) {
            conf.setString("restart-strategy.type", spec.restartOnFailure() ? "fixed-delay" : "none");
            if (spec.restartOnFailure()) {
                conf.setString("restart-strategy.fixed-delay.attempts", "3");
                conf.setString("restart-strategy.fixed-delay.delay", "1 s");
            }
        }
        if (spec.idleStateRetentionSeconds() != null) {
            conf.setString(
                    "table.exec.state.ttl",
                    Duration.ofSeconds(spec.idleStateRetentionSeconds()).toMillis() + " ms");
        }
        if (spec.restorePath() != null) {
            conf.setString("execution.state-recovery.path", spec.restorePath());
        }
        return conf;
    }

    private static boolean interruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException || t instanceof java.io.InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client closes while a deployed run is followed (its executor interrupts the run's thread).
     * A run whose job Flink already has was cancelled by the close (FlinkContext#close); one whose job
     * has not started is deleted, as close cancels running jobs: the application would otherwise start
     * its job later with nobody following it.
     */
    private static void closed(
            FlinkJobRecord record, DeploymentTarget target, JobRef ref, boolean following, Clock clock) {
        Thread.interrupted(); // the delete below must not be interrupted too
        try {
            if (following) {
                record.ended(
                        JobStatus.JOB_RUNNING_EXCEPTION,
                        "this client closed while following " + ref.describe(),
                        clock.instant());
                return;
            }
            try {
                target.kill(ref.clusterId());
                record.ended(
                        JobStatus.JOB_CANCEL_SUCCESS,
                        "this client closed before the job started: " + ref.clusterId() + " deleted",
                        clock.instant());
            } catch (RuntimeException k) {
                record.ended(
                        JobStatus.JOB_RUNNING_EXCEPTION,
                        "this client closed before the job started and could not delete " + ref.clusterId() + ": "
                                + rootMessage(k),
                        clock.instant());
            }
        } finally {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Checks, before a run begins, that its script can run on its target: an application cluster
     * runs the script without the client, so a final query (whose rows come back to the client) and
     * a UDF jar from the client's resources cannot go there.
     *
     * @param target where the run goes
     * @param sql the script (global variables applied), or {@code null} when {@code statements} is given
     * @param statements the prepared statements, or {@code null}
     * @param configuration the run's configuration
     * @throws io.lakejob.sdk.exception.ServiceException DLI.0001 saying why not
     */
    public static void checkFor(
            TargetSettings target,
            String sql,
            List<SqlScript.Statement> statements,
            Map<String, String> configuration) {
        if (target.kind().mode() != TargetKind.Mode.APPLICATION) {
            return;
        }
        List<SqlScript.Statement> all = statements != null ? statements : SqlScript.split(sql);
        if (all.stream().anyMatch(SqlScript.Statement::isQuery)) {
            throw LocalErrors.invalid(
                    "sql_body",
                    "a job on " + target.kind() + " runs without this client, so its final query's rows could not"
                            + " come back; write them with INSERT into a table, or run the query on a session target");
        }
        if (configuration.containsKey(JarJobHandlers.UDF_JAR_KEY)) {
            throw LocalErrors.invalid(
                    "udf_jar_url",
                    "a job on " + target.kind() + " takes one jar, the SQL runner's; put UDFs in the cluster's"
                            + " image or lib folder, or run the job on a session target");
        }
    }

    /**
     * An application-mode run: the cluster runs the SQL runner with the script, and the client
     * follows the job it starts.
     */
    private void runApplication(
            FlinkJobRecord record,
            int attempt,
            JobSpec spec,
            List<SqlScript.Statement> statements,
            DeploymentTarget target,
            TargetSettings ts) {
        JobID jobId = jobId(record.id(), attempt);
        Map<String, String> conf =
                new java.util.LinkedHashMap<>(jobConfiguration(jobId, spec).toMap());
        ApplicationSpec app = new ApplicationSpec(
                target.sqlRunnerJar(RunnerJar.path()),
                RunnerJar.mainClass(),
                SqlRunnerMain.arguments(
                        spec.batchMode(),
                        statements.stream().map(SqlScript.Statement::sql).toList()),
                jobId.toHexString(),
                spec.name(),
                conf);
        if (record.stopRequested()) {
            record.status(JobStatus.JOB_CANCEL_SUCCESS, "stopped before submission", clock.instant());
            return;
        }
        deployAndFollow(record, attempt, target, ts, app, clock, SqlJobRunner.class.getClassLoader(), executor);
    }

    /**
     * Deploys an application for a run and follows its job to the end. A deploy that fails throws
     * (the run never reached a cluster); everything after it ends the record: while the target waits
     * for the application's job (an endpoint still pending, a JobManager starting) the record is
     * {@code job_submitting} saying so; a stop during that wait deletes the application (its job
     * must not start unfollowed); a cluster that went away ends it {@code job_running_exception}
     * naming the cluster.
     *
     * @param record the job record (its run has begun)
     * @param attempt the run number
     * @param target the application target
     * @param ts the target's settings
     * @param app what the cluster runs
     * @param clock the client's clock
     * @param classLoader the class loader for Flink's job client
     * @param executor runs the watch that reports the run running once Flink does
     */
    static void deployAndFollow(
            FlinkJobRecord record,
            int attempt,
            DeploymentTarget target,
            TargetSettings ts,
            ApplicationSpec app,
            Clock clock,
            ClassLoader classLoader,
            java.util.concurrent.Executor executor) {
        String clusterId = target.deployApplication(app);
        JobRef ref = new JobRef(ts, clusterId, app.flinkJobId());
        record.deployed(app.flinkJobId(), clusterId, "deployed as " + clusterId, clock.instant());
        boolean following = false;
        try {
            boolean known = target.awaitApplication(
                    ref,
                    desc -> record.deployProgress(desc, clock.instant()),
                    () -> record.attempt() == attempt && !record.stopRequested());
            if (!known) {
                if (record.attempt() == attempt && record.stopRequested()) {
                    // Stopped before its job reached Flink: the application must not start it later.
                    target.kill(clusterId);
                    record.ended(
                            JobStatus.JOB_CANCEL_SUCCESS,
                            "stopped before its job started: " + clusterId + " deleted",
                            clock.instant());
                }
                return;
            }
            JobClient client = target.attach(ref, classLoader);
            record.submitted(client, clusterId, clock.instant());
            // Running only once Flink says so (the record says submitting until then).
            RunningWatch.start(record, attempt, client, executor, clock);
            following = true;
            RunFollower.Outcome o =
                    RunFollower.await(client, target, ref, classLoader, () -> record.attempt() == attempt);
            record.ended(o.status(), o.description(), clock.instant());
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || interruption(e)) {
                closed(record, target, ref, following, clock);
                return;
            }
            RunFollower.Outcome o = RunFollower.ofFailure(e, target, ref);
            record.ended(o.status(), o.description(), clock.instant());
        } catch (InterruptedException e) {
            closed(record, target, ref, following, clock);
        }
    }
}
