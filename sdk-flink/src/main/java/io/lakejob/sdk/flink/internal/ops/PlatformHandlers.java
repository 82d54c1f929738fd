package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.LocalPaths;
import io.lakejob.sdk.flink.internal.running.Explainer;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.flink.internal.running.JarJobRunner;
import io.lakejob.sdk.flink.internal.running.JobSpec;
import io.lakejob.sdk.flink.internal.running.SqlFragments;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.running.SqlScript;
import io.lakejob.sdk.flink.internal.targets.ApplicationSpec;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.Savepoints;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.flink.ExecuteJarRequest;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.FlinkJobStatus;
import io.lakejob.sdk.model.flink.GatewayConfig;
import io.lakejob.sdk.model.flink.GetJobDataRequest;
import io.lakejob.sdk.model.flink.JobPlanResult;
import io.lakejob.sdk.model.flink.SavepointRequest;
import io.lakejob.sdk.model.flink.SavepointResult;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.flink.SqlExplainResult;
import io.lakejob.sdk.model.flink.SqlPlanRequest;
import io.lakejob.sdk.model.flink.StatementExplain;
import io.lakejob.sdk.model.flink.StreamGraphResult;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.spi.FlinkPlatformOperations;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Flink-platform operations of the Dinky OpenAPI: execute SQL with results, job data, explain,
 * job plan, stream graph and savepoints. Scripts get Dinky's treatment first: request variables,
 * then the client's global variables ({@code ${name}}), SQL fragments when {@code fragment} is on,
 * and statement sets ({@code useStatementSet}, or Flink's own statement-set syntax).
 */
public final class PlatformHandlers {
    private final FlinkContext ctx;
    private final FlinkJobHandlers jobs;

    public PlatformHandlers(FlinkContext ctx, FlinkJobHandlers jobs) {
        this.ctx = ctx;
        this.jobs = jobs;
    }

    public void register(HandlerRegistry r) {
        r.handle(FlinkPlatformOperations.EXECUTE_SQL, this::executeSql);
        r.handle(FlinkPlatformOperations.EXECUTE_JAR, this::executeJar);
        r.handle(FlinkPlatformOperations.GET_JOB_DATA, this::jobData);
        r.handle(FlinkPlatformOperations.EXPLAIN_SQL, this::explainSql);
        r.handle(FlinkPlatformOperations.GET_JOB_PLAN, this::jobPlan);
        r.handle(FlinkPlatformOperations.GET_STREAM_GRAPH, this::streamGraph);
        r.handle(FlinkPlatformOperations.SAVEPOINT, this::savepoint);
    }

    /** Variables, fragments and statement-set syntax applied; the Dinky rule on several INSERTs checked. */
    private SqlFragments.Prepared prepare(
            String statement, boolean fragment, boolean useStatementSet, Map<String, String> variables) {
        return prepare(statement, fragment, useStatementSet, variables, true);
    }

    /**
     * Prepares a script, with the client's global variables substituted or (for what is kept, such
     * as a job's SQL) left as written: they are substituted when the job is submitted.
     */
    private SqlFragments.Prepared prepare(
            String statement,
            boolean fragment,
            boolean useStatementSet,
            Map<String, String> variables,
            boolean withGlobals) {
        SqlFragments.Prepared p =
                SqlFragments.prepare(statement, fragment, variables, withGlobals ? ctx::withGlobalVariables : null);
        if (p.statements().isEmpty()) {
            throw LocalErrors.invalid("statement", "contains no SQL statement");
        }
        if (!useStatementSet && !p.statementSet() && p.inserts() > 1) {
            // Dinky runs only the first INSERT without a statement set; dropping the others silently loses data.
            throw LocalErrors.invalid(
                    "useStatementSet",
                    "the script has " + p.inserts() + " INSERT statements: set useStatementSet to run them as one"
                            + " Flink job (or use BEGIN STATEMENT SET; ... END;)");
        }
        return p;
    }

    /** Planning needs the variables' values; what comes back has the sensitive ones masked. */
    private SqlExplainResult explainSql(SqlPlanRequest request) {
        SqlFragments.Prepared p = SqlFragments.prepare(
                request.statement(), request.fragment(), request.variables(), ctx::withGlobalVariables);
        List<StatementExplain> out = new ArrayList<>();
        for (StatementExplain e : Explainer.explain(
                p.statements(), request.parallelism(), request.configuration(), request.batchMode())) {
            out.add(new StatementExplain(
                    e.index(), e.type(), ctx.mask(e.sql()), ctx.mask(e.explain()), e.valid(), ctx.mask(e.error())));
        }
        return new SqlExplainResult(out);
    }

    private JobPlanResult jobPlan(SqlPlanRequest request) {
        SqlFragments.Prepared p =
                prepare(request.statement(), request.fragment(), request.useStatementSet(), request.variables());
        return new JobPlanResult(ctx.mask(Explainer.jobPlan(
                p.statements(), request.parallelism(), request.configuration(), request.batchMode())));
    }

    private StreamGraphResult streamGraph(SqlPlanRequest request) {
        SqlFragments.Prepared p =
                prepare(request.statement(), request.fragment(), request.useStatementSet(), request.variables());
        return new StreamGraphResult(ctx.mask(Explainer.streamGraph(
                p.statements(), request.parallelism(), request.configuration(), request.batchMode())));
    }

    private SqlExecutionResult executeSql(ExecuteSqlRequest request) {
        // The job keeps its SQL as written (global variables as ${name}); they are substituted for
        // the run only, so no sensitive value is stored or returned with the job.
        SqlFragments.Prepared p =
                prepare(request.statement(), request.fragment(), request.useStatementSet(), request.variables(), false);
        List<SqlScript.Statement> written = SqlJobRunner.plan(p.statements());
        String sql = written.stream().map(SqlScript.Statement::sql).collect(Collectors.joining(";\n"));
        List<SqlScript.Statement> statements = written.stream()
                .map(st -> new SqlScript.Statement(st.index(), st.line(), ctx.withGlobalVariables(st.sql())))
                .toList();
        // Where the request asks, or refused before anything runs.
        TargetSettings target = ctx.targets().forRequest(request.type(), request.address(), request.gatewayConfig());
        ctx.targets().check(target);
        long id = ctx.nextJobId();
        String name = request.jobName() == null ? "lakejob-sql-" + id : request.jobName();
        CreateFlinkSqlJobRequest definition = CreateFlinkSqlJobRequest.builder()
                .name(name.length() > 57 ? name.substring(0, 57) : name)
                .sqlBody(sql)
                .build();
        FlinkJobRecord record = new FlinkJobRecord(id, definition, ctx.clock().instant());
        Map<String, String> conf = new LinkedHashMap<>(request.configuration());
        JobSpec spec = new JobSpec(
                name,
                ctx.withGlobalVariables(sql),
                request.parallelism(),
                request.checkPoint() == null || request.checkPoint() <= 0 ? null : request.checkPoint(),
                true,
                false,
                null,
                request.batchMode(),
                request.savePointPath(),
                conf,
                request.maxRowNum(),
                request.useChangeLog(),
                statements);
        SqlJobRunner.checkFor(target, null, statements, conf);
        checkSavepointPath(target, request.savePointPath());
        ctx.putJob(record);
        int attempt = record.beginRun(ctx.clock().instant());
        record.target(target);
        ctx.runner().start(record, attempt, spec, target);
        int max = request.maxRowNum();
        // As Dinky: a query with useResult returns when its rows are in; an INSERT (which has no
        // rows) and anything without useResult return once Flink accepted the job, with its id.
        boolean awaitRows =
                request.useResult() && statements.get(statements.size() - 1).isQuery();
        try {
            boolean done = record.await(
                    r -> r.isTerminal() || (awaitRows ? r.rowCount() >= max : r.flinkJobId() != null),
                    ctx.configuration().callTimeout());
            if (!done) {
                throw new LakeJobTimeoutException(
                        "executeSql did not complete", ctx.configuration().callTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LakeJobException("Interrupted while waiting for executeSql", e);
        }
        if (request.useAutoCancel() && !record.isTerminal() && record.rowCount() >= max) {
            jobs.stop(record, false);
        }
        return result(record, name);
    }

    /**
     * Runs a user jar (Dinky {@code executeJar}): deployed as an application on application targets
     * (the jar path as the cluster sees it: {@code local://} in an image, a file system URI, or a
     * local file shipped with it), else built into a job graph on the client from a local jar and
     * submitted to the target. Returns once Flink accepted the job, or it failed.
     */
    private SqlExecutionResult executeJar(ExecuteJarRequest request) {
        TargetSettings target = ctx.targets().forRequest(request.type(), request.address(), request.gatewayConfig());
        ctx.targets().check(target);
        GatewayConfig.AppConfig app = request.gatewayConfig().appConfig();
        Map<String, String> conf = new LinkedHashMap<>(
                request.gatewayConfig().flinkConfig() == null
                        ? Map.of()
                        : request.gatewayConfig().flinkConfig().configuration());
        long id = ctx.nextJobId();
        String name = request.jobName() == null ? "lakejob-jar-" + id : request.jobName();
        conf.put("pipeline.name", name);
        if (request.savePointPath() != null) {
            conf.put("execution.state-recovery.path", request.savePointPath());
        }
        checkSavepointPath(target, request.savePointPath());
        JarJobRunner.Prepared local = null;
        ApplicationSpec application = null;
        if (target.kind().mode() == TargetKind.Mode.APPLICATION) {
            // The job id is fixed per run by the jar handlers.
            application = new ApplicationSpec(
                    app.userJarPath(), app.userJarMainAppClass(), app.userJarParas(), "0", name, conf);
        } else {
            java.nio.file.Path jar = localJar(app.userJarPath());
            local = new JarJobRunner.Prepared(
                    jar,
                    app.userJarMainAppClass(),
                    app.userJarParas().toArray(new String[0]),
                    List.of(),
                    List.of(),
                    org.apache.flink.configuration.Configuration.fromMap(conf),
                    Integer.parseInt(conf.getOrDefault("parallelism.default", "1")),
                    request.savePointPath());
        }
        FlinkJobRecord record = new FlinkJobRecord(
                id,
                CreateFlinkSqlJobRequest.builder()
                        .name(name.length() > 57 ? name.substring(0, 57) : name)
                        .build(),
                ctx.clock().instant());
        ctx.putJob(record);
        jobs.jarJobs().startExecuteJar(record, local, application, target);
        try {
            boolean done = record.await(
                    r -> r.isTerminal() || r.flinkJobId() != null,
                    ctx.configuration().callTimeout());
            if (!done) {
                throw new LakeJobTimeoutException(
                        "executeJar did not complete", ctx.configuration().callTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LakeJobException("Interrupted while waiting for executeJar", e);
        }
        return result(record, name);
    }

    /**
     * On the embedded cluster, which runs in this JVM, a savepoint path whose scheme Flink has no
     * file system for here is refused before anything runs (elsewhere the cluster decides).
     */
    private static void checkSavepointPath(TargetSettings target, String path) {
        if (path != null && target.kind() == TargetKind.LOCAL) {
            Savepoints.checkFileSystem("savePointPath", path);
        }
    }

    /**
     * A jar a job graph is built from on this client: a readable local file in a folder requests
     * may read ({@link io.lakejob.sdk.flink.FlinkOptions#ALLOWED_LOCATIONS}), by its real path.
     */
    private java.nio.file.Path localJar(String userJarPath) {
        java.nio.file.Path p;
        try {
            URI u = URI.create(userJarPath);
            if (u.getScheme() != null && !u.getScheme().equalsIgnoreCase("file")) {
                throw LocalErrors.invalid(
                        "gatewayConfig.appConfig.userJarPath",
                        "a job built on this client needs a local jar, not " + userJarPath
                                + " (only application targets read jars the cluster sees)");
            }
            p = u.getScheme() == null ? java.nio.file.Path.of(userJarPath) : java.nio.file.Path.of(u);
        } catch (IllegalArgumentException e) {
            p = java.nio.file.Path.of(userJarPath);
        }
        p = ctx.locations().local("gatewayConfig.appConfig.userJarPath", p);
        if (!java.nio.file.Files.isRegularFile(p) || !java.nio.file.Files.isReadable(p)) {
            throw LocalErrors.invalid("gatewayConfig.appConfig.userJarPath", userJarPath + " is not a readable file");
        }
        return p;
    }

    /**
     * Trigger, stop or cancel by Flink job id. Stop is stop-with-savepoint; its location is kept on
     * the platform job record, so {@code run} with {@code resume_savepoint} restores from it.
     */
    private SavepointResult savepoint(SavepointRequest request) {
        String jobId = request.jobId();
        FlinkJobRecord record = ctx.jobs().stream()
                .filter(r -> jobId.equals(r.flinkJobId()))
                .findFirst()
                .orElse(null);
        JobRef ref = savepointTarget(request, record);
        DeploymentTarget target = ctx.targets().of(ref);
        Duration timeout = ctx.configuration().callTimeout();
        SavepointType type = request.savePointType();
        String triggerId = request.triggerId() == null ? SavepointRequest.newTriggerId() : request.triggerId();
        if (type.equals(SavepointType.CANCEL)) {
            boolean mine = record != null && markStopping(record);
            try {
                target.cancel(ref, timeout);
            } catch (ServiceException e) {
                // Cancelling a job that has ended is done, also once the cluster no longer keeps it.
                if (endedElsewhereThanCluster(record, jobId, e) == null) {
                    throw e;
                }
            }
            if (mine) {
                awaitEnd(record, timeout);
            }
            return new SavepointResult(null, jobId, type, null);
        }
        if (!type.equals(SavepointType.TRIGGER) && !type.equals(SavepointType.STOP)) {
            throw LocalErrors.invalid("savePointType", "must be trigger, stop or cancel, was " + type.value());
        }
        String dir = Savepoints.checkDirectory(savepointDirectory(request.targetDirectory()));
        if (ref.target().kind() == TargetKind.LOCAL) {
            Savepoints.checkFileSystem("targetDirectory", dir);
        }
        if (type.equals(SavepointType.TRIGGER)) {
            Savepoints.Outcome o;
            try {
                o = target.triggerSavepoint(ref, dir, triggerId, timeout);
            } catch (ServiceException e) {
                throw ended(record, jobId, e);
            } catch (OutcomeUnknownException e) {
                Savepoints.followUp(ctx, record, target, ref, e.clientToken(), false);
                throw e;
            }
            if (record != null) {
                record.savepointPath(o.location());
            }
            return new SavepointResult(o.location(), jobId, type, o.triggerId());
        }
        boolean mine = record != null && markStopping(record);
        Savepoints.Outcome o;
        try {
            o = target.stopWithSavepoint(ref, dir, triggerId, timeout);
        } catch (ServiceException e) {
            if (!mine) {
                throw ended(record, jobId, e);
            }
            // Flink refused or failed the stop: the job keeps running (an unknown outcome is left as is).
            record.stopRefused(
                    "stop with savepoint failed: " + e.errorMessage(),
                    ctx.clock().instant());
            throw e;
        } catch (OutcomeUnknownException e) {
            // Not a failure: the stop may still complete. The record follows it; the caller may retry
            // with the same trigger id, which Flink answers with the same savepoint.
            Savepoints.followUp(ctx, record, target, ref, e.clientToken(), true);
            throw e;
        }
        if (record != null) {
            record.savepointPath(o.location());
            if (mine) {
                awaitEnd(record, timeout);
            }
        }
        return new SavepointResult(o.location(), jobId, type, o.triggerId());
    }

    /**
     * The directory a savepoint goes to: the client's savepoint folder, or the request's; a local
     * one is a folder inside the savepoint folder (a relative name is taken there) or in a folder
     * requests may write ({@link io.lakejob.sdk.flink.FlinkOptions#ALLOWED_LOCATIONS}).
     */
    private String savepointDirectory(String requested) {
        java.nio.file.Path own = ctx.savepointDir();
        if (requested == null) {
            return own.toUri().toString();
        }
        java.nio.file.Path local;
        try {
            URI u = URI.create(requested);
            if (u.getScheme() != null
                    && u.getScheme().length() > 1
                    && !u.getScheme().equalsIgnoreCase("file")) {
                return requested;
            }
            local = u.getScheme() != null && u.getScheme().equalsIgnoreCase("file")
                    ? java.nio.file.Path.of(u)
                    : java.nio.file.Path.of(requested);
        } catch (IllegalArgumentException e) {
            throw LocalErrors.invalid("targetDirectory", "'" + requested + "' is not a valid path: " + e.getMessage());
        }
        java.nio.file.Path p = local.isAbsolute() ? local : LocalPaths.inside(own, local, "targetDirectory");
        return ctx.locations().local("targetDirectory", p, own).toUri().toString();
    }

    /**
     * Where a savepoint request's job lives: the request's {@code address} (a standalone cluster, or
     * the client's kind at that address), else the job record's run, else the client's own target.
     */
    private JobRef savepointTarget(SavepointRequest request, FlinkJobRecord record) {
        if (request.address() != null) {
            TargetSettings s = ctx.targets().forRequest(null, request.address(), null);
            ctx.targets().check(s);
            return new JobRef(
                    s, s.address() != null ? s.address() : s.clusterId() != null ? s.clusterId() : "", request.jobId());
        }
        if (record != null
                && record.jobRef() != null
                && record.jobRef().flinkJobId().equals(request.jobId())) {
            return record.jobRef();
        }
        TargetSettings s = ctx.targets().clientDefault();
        ctx.targets().check(s);
        String cluster = s.kind() == TargetKind.LOCAL
                ? TargetSettings.EMBEDDED
                : s.address() != null ? s.address() : s.clusterId();
        if (cluster == null) {
            throw LocalErrors.invalid(
                    "address", "Flink job " + request.jobId() + " is not this client's: name its cluster's address");
        }
        return new JobRef(s, cluster, request.jobId());
    }

    /**
     * How the job ended, when the cluster answered that it does not know a job the record says has
     * ended: the cluster keeps a bounded number of finished jobs, so an old one is gone there.
     *
     * @return Flink's state name for how it ended, or {@code null} when {@code e} is another error
     */
    private static String endedElsewhereThanCluster(FlinkJobRecord record, String jobId, ServiceException e) {
        if (record == null || !"DLI.0002".equals(e.errorCode())) {
            return null;
        }
        return record.endedFlinkState(jobId);
    }

    /**
     * The error for a savepoint of a job the cluster no longer keeps but the record says has ended:
     * the one Flink gives while it keeps the job ({@code DLI.0012}, not running); else {@code e}.
     */
    private static ServiceException ended(FlinkJobRecord record, String jobId, ServiceException e) {
        String state = endedElsewhereThanCluster(record, jobId, e);
        return state == null ? e : LocalErrors.unavailable("Flink job " + jobId + " is " + state + ", not running");
    }

    private boolean markStopping(FlinkJobRecord record) {
        synchronized (record) {
            if (!record.isActive()) {
                return false;
            }
            record.requestStop(ctx.clock().instant());
            return true;
        }
    }

    private static void awaitEnd(FlinkJobRecord record, Duration timeout) {
        try {
            record.await(FlinkJobRecord::isTerminal, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LakeJobException("Interrupted while waiting for the job to end", e);
        }
    }

    private SqlExecutionResult jobData(GetJobDataRequest request) {
        String id = request.jobId();
        // A platform job id is looked up directly; a Flink job id takes a scan of the records.
        FlinkJobRecord record = platformJob(id);
        if (record == null) {
            record = ctx.jobs().stream()
                    .filter(r -> id.equals(r.flinkJobId()))
                    .findFirst()
                    .orElseThrow(() -> LocalErrors.notFound("Job " + id));
        }
        return result(record, record.definition().name());
    }

    private FlinkJobRecord platformJob(String id) {
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return ctx.findJob(Long.parseLong(id));
    }

    private SqlExecutionResult result(FlinkJobRecord r, String name) {
        JobStatus s = r.status();
        boolean failed = s.equals(JobStatus.JOB_RUNNING_EXCEPTION) || s.equals(JobStatus.JOB_SUBMIT_FAIL);
        return SqlExecutionResult.builder()
                .jobId(r.flinkJobId())
                .jobName(name)
                .success(!failed)
                .error(failed ? r.statusDesc() : null)
                .status(flinkStatus(r, s))
                .jobManagerAddress(jobManagerAddress(r))
                .startTime(r.startTime())
                .endTime(r.isTerminal() ? r.updateTime() : null)
                .columns(r.columns())
                .rows(r.resultRows())
                .truncated(r.truncated())
                .build();
    }

    /** The REST address of the run's JobManager as {@code host:port}, when it can be told. */
    private String jobManagerAddress(FlinkJobRecord r) {
        JobRef ref = r.jobRef();
        if (ref == null) {
            // Never reached Flink: the cluster it was meant for, when that is one cluster.
            TargetSettings t = r.target();
            if (t != null && t.kind() == TargetKind.LOCAL) {
                URI u = ctx.targets().get(t).restAddress(TargetSettings.EMBEDDED);
                return u.getHost() + ":" + u.getPort();
            }
            return t == null ? null : t.address();
        }
        try {
            URI u = ctx.targets().of(ref).restAddress(ref.clusterId());
            return u.getHost() + ":" + u.getPort();
        } catch (RuntimeException e) {
            // The cluster is gone (an ended application): the address is no longer known.
            return ref.target().address();
        }
    }

    /**
     * The job's status in Flink's names, as Flink reports it: {@code INITIALIZING} until Flink says
     * the job is RUNNING, {@code CANCELLING} while a stop (with or without a savepoint) is under
     * way, and the state Flink ended it in (a job stopped with a savepoint is {@code FINISHED}
     * there, a cancelled one {@code CANCELED}).
     */
    private static FlinkJobStatus flinkStatus(FlinkJobRecord r, JobStatus s) {
        if (s.equals(JobStatus.JOB_RUNNING)) {
            return FlinkJobStatus.RUNNING;
        }
        if (s.equals(JobStatus.JOB_CANCELING)) {
            return FlinkJobStatus.CANCELLING;
        }
        if (JobStatus.TERMINAL.contains(s)) {
            String end = r.flinkEndState();
            return end == null ? FlinkJobStatus.FAILED : FlinkJobStatus.of(end);
        }
        return FlinkJobStatus.INITIALIZING;
    }
}
