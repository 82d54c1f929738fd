package io.lakejob.sdk.flink.internal.compat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.time.Time;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.dispatcher.MemoryExecutionGraphInfoStore;
import org.apache.flink.runtime.dispatcher.TriggerSavepointMode;
import org.apache.flink.runtime.entrypoint.component.DispatcherResourceManagerComponentFactory;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;

/**
 * A {@link MiniCluster} whose store of finished work is bounded (Flink 1.x: a finished job's archived execution graph): at most
 * {@code maxJobs} entries, each kept at most {@code expiration}, the least recently used dropped
 * first, and closed with the cluster. Flink's own mini cluster keeps everything and never closes the
 * store (its shutdown hook then holds it until the JVM exits). Flink 1 and 2 name and shape this
 * store differently; this class is the one place that knows.
 */
public abstract class ArchivingMiniCluster extends MiniCluster {
    private final MemoryExecutionGraphInfoStore archive;

    /**
     * Describes the cluster; nothing starts yet.
     *
     * @param configuration the mini cluster's configuration
     * @param maxJobs the most finished jobs the cluster keeps
     * @param expiration how long the cluster keeps a finished job
     */
    protected ArchivingMiniCluster(MiniClusterConfiguration configuration, int maxJobs, Duration expiration) {
        super(configuration);
        this.archive = archive(maxJobs, expiration);
    }

    @SuppressWarnings("deprecation") // the store's only bounded constructor takes Flink's Time
    private static MemoryExecutionGraphInfoStore archive(int maxJobs, Duration expiration) {
        // No cleanup executor: an expired entry is no longer served at once; its memory goes when the
        // store is next written (a later job ends) or read.
        return new MemoryExecutionGraphInfoStore(Time.milliseconds(expiration.toMillis()), maxJobs, null, null);
    }

    @Override
    protected DispatcherResourceManagerComponentFactory createDispatcherResourceManagerComponentFactory() {
        DispatcherResourceManagerComponentFactory flinks = super.createDispatcherResourceManagerComponentFactory();
        return (configuration,
                resourceId,
                ioExecutor,
                rpcService,
                haServices,
                blobServer,
                heartbeatServices,
                delegationTokenManager,
                metricRegistry,
                unboundedArchive,
                metricQueryServiceRetriever,
                failureEnrichers,
                fatalErrorHandler) -> {
            // The mini cluster's own store is replaced; closing it removes its shutdown hook.
            unboundedArchive.close();
            return flinks.create(
                    configuration,
                    resourceId,
                    ioExecutor,
                    rpcService,
                    haServices,
                    blobServer,
                    heartbeatServices,
                    delegationTokenManager,
                    metricRegistry,
                    archive,
                    metricQueryServiceRetriever,
                    failureEnrichers,
                    fatalErrorHandler);
        };
    }

    @Override
    public CompletableFuture<Void> closeAsync() {
        return super.closeAsync().whenComplete((ignored, error) -> {
            try {
                archive.close();
            } catch (IOException e) {
                // An in-memory store without a cleanup task does not fail to close.
            }
        });
    }

    /**
     * Triggers a savepoint of a job, or stops the job with one (Flink's stop without draining),
     * through the dispatcher in this JVM; unlike {@link MiniCluster#triggerSavepoint}, the answer is
     * awaited for {@code timeout} rather than the cluster's RPC timeout (10 s), so a large savepoint
     * is not reported failed while Flink still writes it.
     *
     * @param jobId the job
     * @param directory the target directory (a URI)
     * @param stop whether the job stops with the savepoint
     * @param timeout how long the answer may take
     * @return completes with the savepoint's location once it is written (for a stop, once the job
     *     has stopped too), or exceptionally with Flink's error
     */
    @SuppressWarnings("deprecation") // Flink 1's dispatcher takes its Time
    public CompletableFuture<String> savepoint(JobID jobId, String directory, boolean stop, Duration timeout) {
        Time t = Time.milliseconds(Math.max(1, timeout.toMillis()));
        return getDispatcherGatewayFuture()
                .thenCompose(g -> stop
                        ? g.stopWithSavepointAndGetLocation(
                                jobId,
                                directory,
                                SavepointFormatType.CANONICAL,
                                TriggerSavepointMode.SUSPEND_WITH_SAVEPOINT,
                                t)
                        : g.triggerSavepointAndGetLocation(
                                jobId, directory, SavepointFormatType.CANONICAL, TriggerSavepointMode.SAVEPOINT, t));
    }
}
