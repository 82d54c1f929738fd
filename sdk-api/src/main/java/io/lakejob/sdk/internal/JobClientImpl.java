package io.lakejob.sdk.internal;

import io.lakejob.sdk.JobClient;
import io.lakejob.sdk.StatusListener;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.job.CreateFlinkJobResponse;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.GetFlinkJobRequest;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.RunFlinkJobsRequest;
import io.lakejob.sdk.model.job.StopFlinkJobsRequest;
import io.lakejob.sdk.spi.FlinkJobOperations;
import java.util.Set;

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
    public GetFlinkJobResponse waitUntil(
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
        Set<JobStatus> wanted = Set.copyOf(targets);
        return Waiter.await(
                Long.toString(jobId),
                () -> get(request),
                r -> r.status() == null ? NO_STATUS : r.status(),
                wanted,
                JobStatus.TERMINAL,
                options,
                listener,
                invoker.clock(),
                invoker.sleeper());
    }
}
