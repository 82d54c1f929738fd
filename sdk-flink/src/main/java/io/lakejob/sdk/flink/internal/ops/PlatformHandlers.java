package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.running.Explainer;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.flink.internal.running.JobSpec;
import io.lakejob.sdk.flink.internal.running.SqlFragments;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.running.SqlScript;
import io.lakejob.sdk.flink.internal.target.Savepoints;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.FlinkJobStatus;
import io.lakejob.sdk.model.flink.GetJobDataRequest;
import io.lakejob.sdk.model.flink.JobPlanResult;
import io.lakejob.sdk.model.flink.SavepointRequest;
import io.lakejob.sdk.model.flink.SavepointResult;
import io.lakejob.sdk.model.flink.SavepointType;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.flink.SqlExplainResult;
import io.lakejob.sdk.model.flink.SqlPlanRequest;
import io.lakejob.sdk.model.flink.StreamGraphResult;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.spi.FlinkPlatformOperations;
import java.net.URI;
import java.time.Duration;
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
        r.handle(FlinkPlatformOperations.GET_JOB_DATA, this::jobData);
        r.handle(FlinkPlatformOperations.EXPLAIN_SQL, this::explainSql);
        r.handle(FlinkPlatformOperations.GET_JOB_PLAN, this::jobPlan);
        r.handle(FlinkPlatformOperations.GET_STREAM_GRAPH, this::streamGraph);
        r.handle(FlinkPlatformOperations.SAVEPOINT, this::savepoint);
    }

    /** Variables, fragments and statement-set syntax applied; the Dinky rule on several INSERTs checked. */
    private SqlFragments.Prepared prepare(
            String statement, boolean fragment, boolean useStatementSet, Map<String, String> variables) {
        SqlFragments.Prepared p = SqlFragments.prepare(statement, fragment, variables, ctx::withGlobalVariables);
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

    private SqlExplainResult explainSql(SqlPlanRequest request) {
        SqlFragments.Prepared p = SqlFragments.prepare(
                request.statement(), request.fragment(), request.variables(), ctx::withGlobalVariables);
        return new SqlExplainResult(
                Explainer.explain(p.statements(), request.parallelism(), request.configuration(), request.batchMode()));
    }

    private JobPlanResult jobPlan(SqlPlanRequest request) {
        SqlFragments.Prepared p =
                prepare(request.statement(), request.fragment(), request.useStatementSet(), request.variables());
        return new JobPlanResult(
                Explainer.jobPlan(p.statements(), request.parallelism(), request.configuration(), request.batchMode()));
    }

    private StreamGraphResult streamGraph(SqlPlanRequest request) {
        SqlFragments.Prepared p =
                prepare(request.statement(), request.fragment(), request.useStatementSet(), request.variables());
        return new StreamGraphResult(Explainer.streamGraph(
                p.statements(), request.parallelism(), request.configuration(), request.batchMode()));
    }

    private SqlExecutionResult executeSql(ExecuteSqlRequest request) {
        SqlFragments.Prepared p =
                prepare(request.statement(), request.fragment(), request.useStatementSet(), request.variables());
        List<SqlScript.Statement> statements = SqlJobRunner.plan(p.statements());
        String sql = statements.stream().map(SqlScript.Statement::sql).collect(Collectors.joining(";\n"));
        URI cluster = request.address() == null ? ctx.restAddress() : URI.create("http://" + request.address());
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
                sql,
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
        ctx.putJob(record);
        int attempt = record.beginRun(ctx.clock().instant());
        record.cluster(cluster);
        ctx.runner().start(record, attempt, spec, cluster);
        int max = request.maxRowNum();
        try {
            boolean done = record.await(
                    r -> r.isTerminal() || (request.useResult() ? r.rowCount() >= max : r.flinkJobId() != null),
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
     * Trigger, stop or cancel by Flink job id. Stop is stop-with-savepoint; its location is kept on
     * the platform job record, so {@code run} with {@code resume_savepoint} restores from it.
     */
    private SavepointResult savepoint(SavepointRequest request) {
        String jobId = request.jobId();
        FlinkJobRecord record = ctx.jobs().stream()
                .filter(r -> jobId.equals(r.flinkJobId()))
                .findFirst()
                .orElse(null);
        URI cluster = request.address() != null
                ? URI.create("http://" + request.address())
                : record != null && record.cluster() != null ? record.cluster() : ctx.restAddress();
        Duration timeout = ctx.configuration().callTimeout();
        Savepoints savepoints = Savepoints.at(cluster, timeout);
        SavepointType type = request.savePointType();
        String triggerId = request.triggerId() == null ? SavepointRequest.newTriggerId() : request.triggerId();
        if (type.equals(SavepointType.CANCEL)) {
            boolean mine = record != null && markStopping(record);
            try {
                savepoints.cancel(jobId, timeout);
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
        String dir = Savepoints.checkDirectory(
                request.targetDirectory() != null
                        ? request.targetDirectory()
                        : ctx.savepointDir().toUri().toString());
        if (type.equals(SavepointType.TRIGGER)) {
            Savepoints.Outcome o;
            try {
                o = savepoints.trigger(jobId, dir, triggerId, timeout);
            } catch (ServiceException e) {
                throw ended(record, jobId, e);
            } catch (OutcomeUnknownException e) {
                Savepoints.followUp(ctx, record, cluster, jobId, e.clientToken(), false);
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
            o = savepoints.stop(jobId, dir, triggerId, timeout);
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
            Savepoints.followUp(ctx, record, cluster, jobId, e.clientToken(), true);
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
        FlinkJobRecord record = ctx.jobs().stream()
                .filter(r -> id.equals(r.flinkJobId()) || id.equals(String.valueOf(r.id())))
                .findFirst()
                .orElseThrow(() -> LocalErrors.notFound("Job " + id));
        return result(record, record.definition().name());
    }

    private SqlExecutionResult result(FlinkJobRecord r, String name) {
        JobStatus s = r.status();
        boolean failed = s.equals(JobStatus.JOB_RUNNING_EXCEPTION) || s.equals(JobStatus.JOB_SUBMIT_FAIL);
        return SqlExecutionResult.builder()
                .jobId(r.flinkJobId())
                .jobName(name)
                .success(!failed)
                .error(failed ? r.statusDesc() : null)
                .status(flinkStatus(s))
                .jobManagerAddress(address(r.cluster() == null ? ctx.restAddress() : r.cluster()))
                .startTime(r.startTime())
                .endTime(r.isTerminal() ? r.updateTime() : null)
                .columns(r.columns())
                .rows(r.resultRows())
                .truncated(r.truncated())
                .build();
    }

    private static String address(URI u) {
        return u.getHost() + ":" + u.getPort();
    }

    private static FlinkJobStatus flinkStatus(JobStatus s) {
        if (s.equals(JobStatus.JOB_RUNNING)) {
            return FlinkJobStatus.RUNNING;
        }
        if (s.equals(JobStatus.JOB_FINISH)) {
            return FlinkJobStatus.FINISHED;
        }
        if (s.equals(JobStatus.JOB_CANCEL_SUCCESS)) {
            return FlinkJobStatus.CANCELED;
        }
        if (s.equals(JobStatus.JOB_CANCELING)) {
            return FlinkJobStatus.CANCELLING;
        }
        if (s.equals(JobStatus.JOB_RUNNING_EXCEPTION) || s.equals(JobStatus.JOB_SUBMIT_FAIL)) {
            return FlinkJobStatus.FAILED;
        }
        return FlinkJobStatus.INITIALIZING;
    }
}
