package io.lakejob.sdk.flink.internal.targets;

import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.ClientUtils;
import org.apache.flink.client.deployment.ClusterClientJobClientAdapter;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.client.program.ClusterClientProvider;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.util.function.FunctionUtils;

/**
 * What targets whose clusters are reached over REST share: a reachability check that fails fast
 * with the cause, submission of a job graph the way Flink's own session executor does it, and
 * Flink's client for a job, made from a {@link ClusterClientProvider} that each target supplies
 * (a fixed address, or one a resource manager resolves afresh).
 */
public final class RestClusters {
    private RestClusters() {}

    /**
     * Checks that a cluster answers ({@code GET /overview}). Nothing listening fails at once; a
     * cluster still electing its leader (HTTP 503) is asked again until {@code timeout}.
     *
     * @param address the REST address
     * @param what what it is, for the message
     * @param timeout how long to wait for a cluster that is starting
     * @throws TransportException naming the address and the cause when it does not answer
     */
    public static void checkReachable(URI address, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 50;
        while (true) {
            FlinkRest.Response r;
            try {
                r = new FlinkRest(address, timeout).get("/overview");
            } catch (TransportException e) {
                throw new TransportException(
                        "Cannot reach " + what + " at " + address + ": " + SqlJobRunner.rootMessage(e), e, false);
            }
            if (r.ok()) {
                return;
            }
            if (r.status() != 503 || System.nanoTime() > deadline) {
                throw new TransportException(
                        what + " at " + address + " answered HTTP " + r.status() + " to GET /overview: " + r.errors(),
                        null,
                        false);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException("Interrupted while waiting for " + what + " at " + address, e, false);
            }
            pause = Math.min(1000, pause * 2);
        }
    }

    /**
     * Flink REST clients for a fixed address, a new one per call (Flink's job client closes each
     * client after use).
     *
     * @param address the REST address
     * @param clusterId the cluster id the clients carry
     * @param <T> the cluster id type
     * @return the provider
     */
    public static <T> ClusterClientProvider<T> provider(URI address, T clusterId) {
        Configuration conf = new Configuration();
        conf.set(RestOptions.ADDRESS, address.getHost());
        conf.set(RestOptions.PORT, address.getPort());
        return () -> {
            try {
                return new RestClusterClient<>(conf, clusterId);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create a Flink REST client for " + address, e);
            }
        };
    }

    /**
     * Submits a job graph to a session cluster and waits until Flink has initialized the job (so a
     * job that cannot start fails here), as Flink's session executor does.
     *
     * @param provider clients of the cluster
     * @param graph the job graph
     * @param userCodeClassLoader the job's user code class loader
     * @param <T> the cluster id type
     * @return completes with Flink's client for the job
     */
    public static <T> CompletableFuture<JobClient> submit(
            ClusterClientProvider<T> provider, JobGraph graph, ClassLoader userCodeClassLoader) {
        ClusterClient<T> client = provider.getClusterClient();
        return client.submitJob(graph)
                .thenApplyAsync(FunctionUtils.uncheckedFunction(jobId -> {
                    ClientUtils.waitUntilJobInitializationFinished(
                            () -> client.getJobStatus(jobId).get(),
                            () -> client.requestJobResult(jobId).get(),
                            userCodeClassLoader);
                    return jobId;
                }))
                .thenApply(jobId -> attach(provider, jobId, userCodeClassLoader))
                .whenComplete((ignored, failure) -> client.close());
    }

    /**
     * Flink's client for a job of a cluster.
     *
     * @param provider clients of the cluster
     * @param jobId the job
     * @param userCodeClassLoader the class loader for results
     * @param <T> the cluster id type
     * @return the client
     */
    public static <T> JobClient attach(
            ClusterClientProvider<T> provider, JobID jobId, ClassLoader userCodeClassLoader) {
        return new ClusterClientJobClientAdapter<>(provider, jobId, userCodeClassLoader);
    }
}
