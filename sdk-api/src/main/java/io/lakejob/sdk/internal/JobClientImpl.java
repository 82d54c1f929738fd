package io.lakejob.sdk.internal;

import io.lakejob.sdk.JobClient;
import io.lakejob.sdk.StatusListener;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.job.BatchDeleteFlinkJobsRequest;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.DeleteFlinkJobRequest;
import io.lakejob.sdk.model.job.ExportFlinkJobsRequest;
import io.lakejob.sdk.model.job.ExportFlinkJobsResponse;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphRequest;
import io.lakejob.sdk.model.job.GetFlinkJobExecuteGraphResponse;
import io.lakejob.sdk.model.job.GetFlinkJobRequest;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.ImportFlinkJobsRequest;
import io.lakejob.sdk.model.job.ImportFlinkJobsResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import io.lakejob.sdk.model.job.ListFlinkJobsResponse;
import io.lakejob.sdk.model.job.ObsAuthorizeRequest;
import io.lakejob.sdk.model.job.RunFlinkJobsRequest;
import io.lakejob.sdk.model.job.StopFlinkJobsRequest;
import io.lakejob.sdk.model.job.UpdateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.UpdateFlinkJobResponse;
import io.lakejob.sdk.model.job.UpdateFlinkSqlJobRequest;
import io.lakejob.sdk.spi.FlinkJobOperations;
import io.lakejob.sdk.spi.OperationGroup;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Implements {@link JobClient} on an {@link Invoker}. */
public final class JobClientImpl implements JobClient {
    /** Stands for an answer without a status while waiting; never a target, never terminal. */
    private static final JobStatus NO_STATUS = JobStatus.of("(no status)");

    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public JobClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public CreateFlinkJobResponse createSqlJob(CreateFlinkSqlJobRequest request) {
        return invoker.invoke(FlinkJobOperations.CREATE_FLINK_SQL_JOB, request);
    }

    @Override
    public FlinkJobsBatchResponse run(RunFlinkJobsRequest request) {
        return invoker.invoke(FlinkJobOperations.RUN_FLINK_JOBS, request);
    }

    @Override
    public GetFlinkJobResponse get(GetFlinkJobRequest request) {
        return invoker.invoke(FlinkJobOperations.GET_FLINK_JOB, request);
    }

    @Override
    public FlinkJobsBatchResponse stop(StopFlinkJobsRequest request) {
        return invoker.invoke(FlinkJobOperations.STOP_FLINK_JOBS, request);
    }

    @Override
    public BasicResponse obsAuthorize(ObsAuthorizeRequest request) {
        return invoker.invoke(FlinkJobOperations.OBS_AUTHORIZE, request);
    }

    @Override
    public UpdateFlinkJobResponse updateSqlJob(UpdateFlinkSqlJobRequest request) {
        return invoker.invoke(FlinkJobOperations.UPDATE_FLINK_SQL_JOB, request);
    }

    @Override
    public CreateFlinkJobResponse createJarJob(CreateFlinkJarJobRequest request) {
        return invoker.invoke(FlinkJobOperations.CREATE_FLINK_JAR_JOB, request);
    }

    @Override
    public UpdateFlinkJobResponse updateJarJob(UpdateFlinkJarJobRequest request) {
        return invoker.invoke(FlinkJobOperations.UPDATE_FLINK_JAR_JOB, request);
    }

    @Override
    public ListFlinkJobsResponse list(ListFlinkJobsRequest request) {
        return invoker.invoke(FlinkJobOperations.LIST_FLINK_JOBS, request);
    }

    @Override
    public GetFlinkJobExecuteGraphResponse getExecuteGraph(GetFlinkJobExecuteGraphRequest request) {
        return invoker.invoke(FlinkJobOperations.GET_FLINK_JOB_EXECUTE_GRAPH, request);
    }

    @Override
    public BasicResponse delete(DeleteFlinkJobRequest request) {
        return invoker.invoke(FlinkJobOperations.DELETE_FLINK_JOB, request);
    }

    @Override
    public BasicResponse batchDelete(BatchDeleteFlinkJobsRequest request) {
        return invoker.invoke(FlinkJobOperations.BATCH_DELETE_FLINK_JOBS, request);
    }

    @Override
    public ExportFlinkJobsResponse exportJobs(ExportFlinkJobsRequest request) {
        return invoker.invoke(FlinkJobOperations.EXPORT_FLINK_JOBS, request);
    }

    @Override
    public ImportFlinkJobsResponse importJobs(ImportFlinkJobsRequest request) {
        return invoker.invoke(FlinkJobOperations.IMPORT_FLINK_JOBS, request);
    }

    @Override
    public GetFlinkJobResponse waitUntil(
            long jobId, Set<JobStatus> targets, WaitOptions options, StatusListener<JobStatus> listener) {
        return invoker.waits().await(spec(jobId, targets, options, listener));
    }

    @Override
    public CompletableFuture<GetFlinkJobResponse> waitUntilAsync(
            long jobId, Set<JobStatus> targets, WaitOptions options, StatusListener<JobStatus> listener) {
        Waiter.Spec<GetFlinkJobResponse, JobStatus> spec;
        try {
            spec = spec(jobId, targets, options, listener);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return invoker.waits().start(spec);
    }

    private Waiter.Spec<GetFlinkJobResponse, JobStatus> spec(
            long jobId, Set<JobStatus> targets, WaitOptions options, StatusListener<JobStatus> listener) {
        GetFlinkJobRequest request = GetFlinkJobRequest.of(jobId);
        if (targets == null || targets.isEmpty()) {
            throw new ValidationException("targets", "at least one target status is required");
        }
        if (options == null) {
            throw new ValidationException("options", "is required");
        }
        for (JobStatus t : targets) {
            if (t == null) {
                throw new ValidationException("targets", "must not contain null");
            }
        }
        return new Waiter.Spec<>(
                Long.toString(jobId),
                OperationGroup.FLINK_JOBS,
                () -> get(request),
                r -> r.status() == null ? NO_STATUS : r.status(),
                Set.copyOf(targets),
                JobStatus.TERMINAL,
                options,
                listener,
                null);
    }
}
