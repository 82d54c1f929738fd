package io.lakejob.sdk.flink.internal.targets.kubernetes;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;

/**
 * Flink's job client for a job on a Kubernetes cluster whose REST endpoint is resolved on every
 * call: a call made while the endpoint cannot be resolved (a LoadBalancer still pending, a Service
 * gone) fails its future instead of throwing, so that whoever follows the job asks Kubernetes what
 * became of the cluster, as for any other lost connection.
 */
final class LazyJobClient implements JobClient {
    private final JobID id;
    private final Supplier<JobClient> delegate;

    /**
     * Wraps a client.
     *
     * @param id the job
     * @param delegate makes the client (may throw)
     */
    LazyJobClient(JobID id, Supplier<JobClient> delegate) {
        this.id = id;
        this.delegate = delegate;
    }

    private <T> CompletableFuture<T> call(java.util.function.Function<JobClient, CompletableFuture<T>> f) {
        try {
            return f.apply(delegate.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public JobID getJobID() {
        return id;
    }

    @Override
    public CompletableFuture<JobStatus> getJobStatus() {
        return call(JobClient::getJobStatus);
    }

    @Override
    public CompletableFuture<Void> cancel() {
        return call(JobClient::cancel);
    }

    @Override
    public CompletableFuture<String> stopWithSavepoint(
            boolean advanceToEndOfEventTime, String savepointDirectory, SavepointFormatType formatType) {
        return call(c -> c.stopWithSavepoint(advanceToEndOfEventTime, savepointDirectory, formatType));
    }

    @Override
    public CompletableFuture<String> triggerSavepoint(String savepointDirectory, SavepointFormatType formatType) {
        return call(c -> c.triggerSavepoint(savepointDirectory, formatType));
    }

    @Override
    public CompletableFuture<Map<String, Object>> getAccumulators() {
        return call(JobClient::getAccumulators);
    }

    @Override
    public CompletableFuture<JobExecutionResult> getJobExecutionResult() {
        return call(JobClient::getJobExecutionResult);
    }
}
