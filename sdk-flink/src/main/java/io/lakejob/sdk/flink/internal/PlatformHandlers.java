package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.FlinkJobStatus;
import io.lakejob.sdk.model.flink.GetJobDataRequest;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.spi.FlinkPlatformOperations;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flink-platform operations of the Dinky OpenAPI: execute SQL with results, job data. */
final class PlatformHandlers {
    private final FlinkContext ctx;
    private final FlinkJobHandlers jobs;

    PlatformHandlers(FlinkContext ctx, FlinkJobHandlers jobs) {
        this.ctx = ctx;
        this.jobs = jobs;
    }

    void register(HandlerRegistry r) {
        r.handle(FlinkPlatformOperations.EXECUTE_SQL, this::executeSql);
        r.handle(FlinkPlatformOperations.GET_JOB_DATA, this::jobData);
    }

    private SqlExecutionResult executeSql(ExecuteSqlRequest request) {
        String sql = Variables.substitute(request.statement(), request.variables());
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
                request.useChangeLog());
        ctx.putJob(record);
        int attempt = record.beginRun(ctx.clock().instant());
        ctx.runner().start(record, attempt, spec, ctx.restAddress());
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
                .jobManagerAddress(
                        ctx.restAddress().getHost() + ":" + ctx.restAddress().getPort())
                .startTime(r.startTime())
                .endTime(r.isTerminal() ? r.updateTime() : null)
                .columns(r.columns())
                .rows(r.resultRows())
                .truncated(r.truncated())
                .build();
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
