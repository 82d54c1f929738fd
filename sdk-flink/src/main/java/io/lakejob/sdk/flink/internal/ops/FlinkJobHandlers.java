package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.flink.internal.running.JobSpec;
import io.lakejob.sdk.flink.internal.running.QueryResume;
import io.lakejob.sdk.flink.internal.running.RuntimeConfig;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.running.SqlScript;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.Savepoints;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.job.CheckpointMode;
import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.CreatedFlinkJob;
import io.lakejob.sdk.model.job.FlinkJobConfig;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobRequest;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.job.RunFlinkJobsRequest;
import io.lakejob.sdk.model.job.StopFlinkJobsRequest;
import io.lakejob.sdk.spi.FlinkJobOperations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;

/**
 * Flink SQL jobs (reference chapter 9) on the cluster: create, run, get, stop.
 *
 * <p>{@code run} with {@code resume_savepoint} restores the job's last savepoint. For a job whose
 * script ends in a query, the query's result continues across the resume: the rows the earlier run
 * delivered stay in the job's result and the resumed run's changes apply to them (see {@link
 * QueryResume} for how the savepoint is prepared and when a resume is refused instead).
 */
public final class FlinkJobHandlers {
    private final FlinkContext ctx;
    private final QueueHandlers queues;
    private volatile JarJobHandlers jars;

    public FlinkJobHandlers(FlinkContext ctx, QueueHandlers queues) {
        this.ctx = ctx;
        this.queues = queues;
    }

    /** Connects the jar job handlers, which run jar jobs and resolve {@code udf_jar_url}. */
    void jars(JarJobHandlers jarJobs) {
        this.jars = jarJobs;
    }

    /** @return the jar job handlers */
    JarJobHandlers jarJobs() {
        return jars;
    }

    public void register(HandlerRegistry r) {
        r.handle(FlinkJobOperations.CREATE_FLINK_SQL_JOB, this::createSqlJob);
        r.handle(FlinkJobOperations.RUN_FLINK_JOBS, this::runJobs);
        r.handle(FlinkJobOperations.GET_FLINK_JOB, this::getJob);
        r.handle(FlinkJobOperations.STOP_FLINK_JOBS, this::stopJobs);
    }

    private CreateFlinkJobResponse createSqlJob(CreateFlinkSqlJobRequest original) {
        CreateFlinkSqlJobRequest request = original;
        queues.require(FlinkContext.queueOf(request));
        if (request.sqlBody() == null && request.templateId() != null) {
            // A template fills the SQL of a job created without one.
            request = request.toBuilder()
                    .sqlBody(ctx.templateSql(request.templateId()))
                    .build();
        }
        if (request.sqlBody() == null) {
            throw LocalErrors.invalid("sql_body", "is required when no template_id is given");
        }
        SqlJobRunner.plan(request.sqlBody());
        long id = ctx.nextJobId();
        FlinkJobRecord record = new FlinkJobRecord(id, request, ctx.clock().instant());
        ctx.putJob(record);
        return new CreateFlinkJobResponse(
                true, "Job " + id + " created", new CreatedFlinkJob(id, JobStatus.JOB_INIT, ""));
    }

    private FlinkJobsBatchResponse runJobs(RunFlinkJobsRequest request) {
        // Every job's target is checked before any job starts: one this client cannot deploy to
        // refuses the whole call, and no job runs anywhere else instead.
        for (long id : request.jobIds()) {
            FlinkJobRecord record = ctx.findJob(id);
            if (record != null) {
                ctx.targets().check(queues.target(FlinkContext.queueOf(record.definition())));
            }
        }
        List<BasicResponse> results = new ArrayList<>();
        for (long id : request.jobIds()) {
            FlinkJobRecord record = ctx.findJob(id);
            if (record == null) {
                results.add(new BasicResponse(false, "Flink job " + id + " does not exist"));
                continue;
            }
            if (record.jarDefinition() != null) {
                results.add(jars.run(record, Boolean.TRUE.equals(request.resumeSavepoint())));
                continue;
            }
            if (record.definition().sqlBody() == null) {
                results.add(new BasicResponse(
                        false, "Flink job " + id + " was started by executeJar: run it again with executeJar"));
                continue;
            }
            synchronized (record) {
                if (record.isActive()) {
                    results.add(new BasicResponse(false, "Flink job " + id + " is already " + record.status()));
                    continue;
                }
                String restore = Boolean.TRUE.equals(request.resumeSavepoint()) ? record.savepointPath() : null;
                CreateFlinkSqlJobRequest d = record.definition();
                String queue = FlinkContext.queueOf(d);
                queues.checkCapacity(queue, d.parallelNumber() == null ? 1 : d.parallelNumber());
                TargetSettings target = queues.target(queue);
                // A target this client cannot deploy to is refused here, before the run begins.
                ctx.targets().check(target);
                String sql = ctx.withGlobalVariables(d.sqlBody());
                QueryResume.Prepared query = null;
                if (restore != null && endsWithQuery(d.sqlBody())) {
                    // The query's rows so far stay; the restored run continues them (see QueryResume).
                    try {
                        query = QueryResume.prepare(record, restore, sql);
                    } catch (QueryResume.Refused e) {
                        results.add(new BasicResponse(
                                false,
                                "Flink job " + id + " ends with a query that cannot resume from its savepoint: "
                                        + e.getMessage() + "; run it without resume_savepoint to start the query"
                                        + " afresh"));
                        continue;
                    }
                }
                JobSpec spec = spec(d, sql, query == null ? restore : query.restorePath());
                SqlJobRunner.checkFor(target, sql, null, spec.configuration());
                int attempt = query == null
                        ? record.beginRun(ctx.clock().instant(), sql, null, 0)
                        : record.beginRun(ctx.clock().instant(), sql, restore, query.results());
                record.target(target);
                ctx.runner().start(record, attempt, spec, target);
            }
            results.add(new BasicResponse(true, "Flink job " + id + " submitted"));
        }
        return new FlinkJobsBatchResponse(results);
    }

    private static boolean endsWithQuery(String sql) {
        if (sql == null) {
            return false;
        }
        List<SqlScript.Statement> statements = SqlScript.split(sql);
        return !statements.isEmpty() && statements.get(statements.size() - 1).isQuery();
    }

    private JobSpec spec(CreateFlinkSqlJobRequest d, String sql, String restorePath) {
        boolean checkpoints = Boolean.TRUE.equals(d.checkpointEnabled());
        long interval = d.checkpointInterval() == null ? 10 : d.checkpointInterval();
        return new JobSpec(
                d.name(),
                sql,
                d.parallelNumber(),
                checkpoints ? Duration.ofSeconds(Math.max(1, interval)).toMillis() : null,
                d.checkpointMode() == null || !CheckpointMode.AT_LEAST_ONCE.equals(d.checkpointMode()),
                Boolean.TRUE.equals(d.restartWhenException()),
                d.idleStateRetention(),
                false,
                restorePath,
                jars == null
                        ? RuntimeConfig.parse(d.runtimeConfig())
                        : jars.withUdfJar(RuntimeConfig.parse(d.runtimeConfig()), d.udfJarUrl()),
                ctx.settings().maxResultRows(),
                false);
    }

    private GetFlinkJobResponse getJob(GetFlinkJobRequest request) {
        FlinkJobRecord r = ctx.job(request.jobId());
        CreateFlinkSqlJobRequest d = r.definition();
        FlinkJobDetail detail = FlinkJobDetail.builder()
                .jobId(r.id())
                .name(d.name())
                .desc(d.desc())
                .jobType(d.jobType() == null ? JobType.FLINK_SQL_JOB : d.jobType())
                .status(r.status())
                .statusDesc(r.statusDesc())
                .createTime(r.createTime())
                .startTime(r.startTime())
                .queueName(FlinkContext.queueOf(d))
                .projectId(ctx.configuration().projectId())
                .sqlBody(d.sqlBody())
                .savepointPath(r.savepointPath())
                .runMode(d.runMode())
                .jobConfig(FlinkJobConfig.builder()
                        .checkpointEnabled(d.checkpointEnabled())
                        .checkpointInterval(d.checkpointInterval())
                        .checkpointMode(d.checkpointMode())
                        .cuNumber(d.cuNumber())
                        .parallelNumber(d.parallelNumber())
                        .restartWhenException(d.restartWhenException())
                        .idleStateRetention(d.idleStateRetention())
                        .udfJarUrl(d.udfJarUrl())
                        .runtimeConfig(d.runtimeConfig())
                        .build())
                .updateTime(r.updateTime())
                .build();
        if (jars != null) {
            detail = jars.detail(r, detail);
        }
        return new GetFlinkJobResponse(true, "", detail);
    }

    private FlinkJobsBatchResponse stopJobs(StopFlinkJobsRequest request) {
        List<BasicResponse> results = new ArrayList<>();
        for (long id : request.jobIds()) {
            FlinkJobRecord record = ctx.findJob(id);
            if (record == null) {
                results.add(new BasicResponse(false, "Flink job " + id + " does not exist"));
                continue;
            }
            results.add(stop(record, Boolean.TRUE.equals(request.triggerSavepoint())));
        }
        return new FlinkJobsBatchResponse(results);
    }

    BasicResponse stop(FlinkJobRecord record, boolean savepoint) {
        JobClient client;
        synchronized (record) {
            if (!record.isActive()) {
                return new BasicResponse(
                        false, "Flink job " + record.id() + " is not running (" + record.status() + ")");
            }
            client = record.flinkClient();
            record.requestStop(ctx.clock().instant());
        }
        if (client == null) {
            return new BasicResponse(true, "Flink job " + record.id() + " stopped before it was submitted");
        }
        try {
            Duration timeout = ctx.configuration().callTimeout();
            if (savepoint) {
                // Stop-with-savepoint over REST: waits for every task RUNNING, uses a trigger id, and
                // treats a timeout as unknown (the job may still stop), never as a failed stop.
                JobRef ref = record.jobRef();
                DeploymentTarget target = ctx.targets().of(ref);
                String dir =
                        Savepoints.checkDirectory(ctx.savepointDir().toUri().toString());
                String path;
                try {
                    path = target.stopWithSavepoint(ref, dir, null, timeout).location();
                } catch (io.lakejob.sdk.exception.ServiceException e) {
                    record.stopRefused(
                            "stop with savepoint failed: " + e.errorMessage(),
                            ctx.clock().instant());
                    throw e;
                } catch (io.lakejob.sdk.exception.OutcomeUnknownException e) {
                    // Not a failure: the stop may still complete; the record follows it in the background.
                    Savepoints.followUp(ctx, record, target, ref, e.clientToken(), true);
                    return new BasicResponse(
                            true,
                            "Flink job " + record.id() + ": stop requested, savepoint still in progress (trigger id "
                                    + e.clientToken() + "); the job status follows");
                }
                record.savepointPath(path);
                return new BasicResponse(true, "Flink job " + record.id() + " stopped with savepoint " + path);
            }
            client.cancel().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new BasicResponse(true, "Flink job " + record.id() + " stopped");
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // A failed stop does not mean the job stopped: report what the job is doing now.
            return new BasicResponse(
                    false,
                    "Stopping Flink job " + record.id() + " failed: " + SqlJobRunner.rootMessage(e) + "; job status is "
                            + record.status());
        }
    }
}
