package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.flink.internal.running.JarJobRunner;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.targets.ApplicationSpec;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.CreatedFlinkJob;
import io.lakejob.sdk.model.job.FlinkJobConfig;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobUpdate;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.JobType;
import io.lakejob.sdk.model.job.UpdateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.UpdateFlinkJobResponse;
import io.lakejob.sdk.spi.FlinkJobOperations;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flink jar jobs (reference 9.4, 9.5): create and update here; run, stop, get, list and delete go
 * through the shared job table ({@link FlinkJobHandlers} dispatches a jar job's run and details
 * here). Also resolves the {@code udf_jar_url} of Flink SQL jobs to a jar in the resource store.
 */
public final class JarJobHandlers {
    /**
     * A key of a SQL job's runtime configuration map (never sent to Flink as such) naming the
     * local UDF jar {@link SqlJobRunner} adds with {@code ADD JAR}.
     */
    public static final String UDF_JAR_KEY = "lakejob.internal.udf-jar";

    private final FlinkContext ctx;
    private final QueueHandlers queues;
    private final ResourceHandlers resources;
    private final JarJobRunner runner;

    public JarJobHandlers(FlinkContext ctx, QueueHandlers queues, FlinkJobHandlers jobs, ResourceHandlers resources) {
        this.ctx = ctx;
        this.queues = queues;
        this.resources = resources;
        this.runner = new JarJobRunner(ctx, resources);
        jobs.jars(this);
    }

    public void register(HandlerRegistry r) {
        r.handle(FlinkJobOperations.CREATE_FLINK_JAR_JOB, this::create);
        r.handle(FlinkJobOperations.UPDATE_FLINK_JAR_JOB, this::update);
    }

    /**
     * The SQL-shaped definition every job record carries, for the shared list, queue and export
     * code (no SQL; the parallelism lives in the jar definition, as SQL jobs have stricter limits).
     */
    private static CreateFlinkSqlJobRequest shell(CreateFlinkJarJobRequest d) {
        return CreateFlinkSqlJobRequest.builder()
                .name(d.name())
                .desc(d.desc())
                .queueName(d.queueName())
                .restartWhenException(d.restartWhenException())
                .runtimeConfig(d.runtimeConfig())
                .tags(d.tags())
                .build();
    }

    private CreateFlinkJobResponse create(CreateFlinkJarJobRequest d) {
        queues.require(FlinkContext.queueOf(shell(d)));
        runner.prepare(d, null);
        long id = ctx.nextJobId();
        FlinkJobRecord record = new FlinkJobRecord(id, shell(d), ctx.clock().instant());
        record.jarDefinition(d);
        ctx.putJob(record);
        return new CreateFlinkJobResponse(
                true, "Job " + id + " created", new CreatedFlinkJob(id, JobStatus.JOB_INIT, ""));
    }

    private UpdateFlinkJobResponse update(UpdateFlinkJarJobRequest u) {
        FlinkJobRecord r = ctx.job(u.jobId());
        synchronized (r) {
            CreateFlinkJarJobRequest d = r.jarDefinition();
            if (d == null) {
                throw LocalErrors.invalid(
                        "job_id", "Flink job " + u.jobId() + " is a SQL job; update it with UpdateFlinkSqlJob");
            }
            if (r.isActive()) {
                throw LocalErrors.unavailable(
                        "Flink job " + u.jobId() + " is " + r.status() + "; stop it before updating");
            }
            CreateFlinkJarJobRequest.Builder b = d.toBuilder();
            if (u.name() != null && !u.name().isEmpty()) {
                b.name(u.name());
            }
            if (u.desc() != null) {
                b.desc(u.desc());
            }
            if (u.queueName() != null) {
                queues.require(u.queueName());
                b.queueName(u.queueName());
            }
            if (u.mainClass() != null) {
                b.mainClass(u.mainClass());
            }
            if (u.entrypointArgs() != null) {
                b.entrypointArgs(u.entrypointArgs());
            }
            // Every setting the update sets replaces the stored one. Lists cannot say "unset": an
            // empty list keeps the current dependencies.
            b.settings(d.settings().overlay(u.settings()));
            CreateFlinkJarJobRequest updated = b.build();
            runner.prepare(updated, null);
            Instant now = ctx.clock().instant();
            r.jarDefinition(updated);
            r.definition(shell(updated), now);
            return new UpdateFlinkJobResponse(true, "Job " + u.jobId() + " updated", new FlinkJobUpdate(now));
        }
    }

    /**
     * Runs a jar job (called by RunFlinkJobs for records with a jar definition).
     *
     * @param record the record
     * @param resumeSavepoint whether to restore the job's last savepoint
     * @return the per-job result
     */
    BasicResponse run(FlinkJobRecord record, boolean resumeSavepoint) {
        synchronized (record) {
            if (record.isActive()) {
                return new BasicResponse(false, "Flink job " + record.id() + " is already " + record.status());
            }
            CreateFlinkJarJobRequest d = record.jarDefinition();
            String restore = resumeSavepoint ? record.savepointPath() : null;
            JarJobRunner.Prepared p;
            try {
                p = runner.prepare(d, restore);
            } catch (io.lakejob.sdk.exception.ServiceException e) {
                return new BasicResponse(false, "Flink job " + record.id() + ": " + e.errorMessage());
            }
            String queue = FlinkContext.queueOf(record.definition());
            queues.checkCapacity(queue, p.parallelism());
            TargetSettings target = queues.target(queue);
            // A target this client cannot deploy to is refused here, before the run begins.
            ctx.targets().check(target);
            int attempt = record.beginRun(ctx.clock().instant());
            record.target(target);
            runner.start(record, attempt, p, target);
        }
        return new BasicResponse(true, "Flink job " + record.id() + " submitted");
    }

    /**
     * Starts a jar run that is not one of the reference's jar jobs (Dinky {@code executeJar}): a jar
     * built into a job graph on the client, or an application deployed with it.
     *
     * @param record the job record (added to the context, not begun)
     * @param local the jar run for session and per-job targets, or {@code null} for an application
     * @param app the application for application targets, or {@code null}
     * @param target the target (checked)
     * @return the run number
     */
    public int startExecuteJar(
            FlinkJobRecord record, JarJobRunner.Prepared local, ApplicationSpec app, TargetSettings target) {
        synchronized (record) {
            int attempt = record.beginRun(ctx.clock().instant());
            record.target(target);
            if (app != null) {
                runner.startApplication(
                        record,
                        attempt,
                        new ApplicationSpec(
                                app.jar(),
                                app.mainClass(),
                                app.args(),
                                ctx.runner().jobId(record.id(), attempt).toHexString(),
                                app.jobName(),
                                app.configuration()),
                        target);
            } else {
                runner.start(record, attempt, local, target);
            }
            return attempt;
        }
    }

    /**
     * Adds a jar job's main class, arguments and packages to its details.
     *
     * @param record the record
     * @param detail the details built from the shared definition
     * @return the details
     */
    FlinkJobDetail detail(FlinkJobRecord record, FlinkJobDetail detail) {
        CreateFlinkJarJobRequest d = record.jarDefinition();
        if (d == null) {
            return detail;
        }
        FlinkJobConfig base =
                detail.jobConfig() == null ? FlinkJobConfig.builder().build() : detail.jobConfig();
        return detail.toBuilder()
                .jobType(JobType.FLINK_JAR_JOB)
                .mainClass(d.mainClass())
                .entrypointArgs(d.entrypointArgs())
                .jobConfig(base.toBuilder()
                        .entrypoint(d.entrypoint())
                        .parallelNumber(d.parallelNumber())
                        .cuNumber(d.cuNumber())
                        .dependencyJars(d.dependencyJars())
                        .dependencyFiles(d.dependencyFiles())
                        .managerCuNumber(d.managerCuNumber())
                        .logEnabled(d.logEnabled())
                        .obsBucket(d.obsBucket())
                        .smnTopic(d.smnTopic())
                        .tmCus(d.tmCus())
                        .tmSlotNum(d.tmSlotNum())
                        .resumeCheckpoint(d.resumeCheckpoint())
                        .resumeMaxNum(d.resumeMaxNum())
                        .checkpointPath(d.checkpointPath())
                        .build())
                .build();
    }

    /**
     * The runtime configuration of a SQL job with its {@code udf_jar_url} resolved to a local jar
     * under {@link #UDF_JAR_KEY}.
     *
     * @param runtime the parsed runtime configuration
     * @param udfJarUrl the SQL job's {@code udf_jar_url}, or {@code null}
     * @return the configuration to run with
     */
    Map<String, String> withUdfJar(Map<String, String> runtime, String udfJarUrl) {
        if (udfJarUrl == null || udfJarUrl.isBlank()) {
            return runtime;
        }
        Path jar = resources.resolve("udf_jar_url", udfJarUrl);
        Map<String, String> out = new LinkedHashMap<>(runtime);
        out.put(UDF_JAR_KEY, jar.toAbsolutePath().toString());
        return out;
    }
}
