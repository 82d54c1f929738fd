package io.lakejob.sdk.flink.internal.target.local;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.dag.Pipeline;
import org.apache.flink.client.deployment.executors.PipelineExecutorUtils;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.PipelineExecutor;
import org.apache.flink.core.execution.PipelineExecutorFactory;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterJobClient;

/**
 * A Flink {@link PipelineExecutorFactory} (execution target {@value #TARGET}) that submits jobs
 * straight to an embedded {@link MiniCluster} of this JVM instead of over its REST endpoint.
 *
 * <p>The job then runs on the same cluster, with the same fixed job id, and stays reachable over
 * REST (savepoints, status); only the client side changes: the job graph is handed over in
 * memory, and the {@link JobClient} (job result, collected rows of a query, cancel) calls the
 * cluster directly instead of polling REST with a back-off. A job whose configuration names
 * this target must carry the cluster's REST address ({@link RestOptions#ADDRESS}, {@link
 * RestOptions#PORT}); the cluster is looked up by it among those {@linkplain #register registered}.
 *
 * <p>Found by Flink through {@code META-INF/services/org.apache.flink.core.execution.PipelineExecutorFactory}.
 */
public final class InProcessExecutorFactory implements PipelineExecutorFactory {
    /** The value of {@code execution.target} that selects this executor. */
    public static final String TARGET = "lakejob-embedded";

    private static final Map<String, MiniCluster> CLUSTERS = new ConcurrentHashMap<>();

    /** Creates the factory; Flink's service loader calls this. */
    public InProcessExecutorFactory() {}

    /**
     * Makes a started cluster reachable by its REST address.
     *
     * @param restAddress the cluster's REST address
     * @param cluster the cluster
     */
    public static void register(URI restAddress, MiniCluster cluster) {
        CLUSTERS.put(key(restAddress.getHost(), restAddress.getPort()), cluster);
    }

    /**
     * Forgets a cluster (call before closing it).
     *
     * @param restAddress the address it was registered with
     */
    public static void unregister(URI restAddress) {
        CLUSTERS.remove(key(restAddress.getHost(), restAddress.getPort()));
    }

    /**
     * Whether jobs for this REST address can be submitted in process.
     *
     * @param restAddress a cluster's REST address
     * @return whether a cluster is registered for it
     */
    public static boolean isRegistered(URI restAddress) {
        return CLUSTERS.containsKey(key(restAddress.getHost(), restAddress.getPort()));
    }

    private static String key(String host, int port) {
        return host + ":" + port;
    }

    @Override
    public String getName() {
        return TARGET;
    }

    @Override
    public boolean isCompatibleWith(Configuration configuration) {
        return TARGET.equalsIgnoreCase(configuration.get(DeploymentOptions.TARGET));
    }

    @Override
    public PipelineExecutor getExecutor(Configuration configuration) {
        return InProcessExecutorFactory::execute;
    }

    private static CompletableFuture<JobClient> execute(
            Pipeline pipeline, Configuration configuration, ClassLoader userCodeClassLoader) throws Exception {
        String key = key(configuration.get(RestOptions.ADDRESS), configuration.get(RestOptions.PORT));
        MiniCluster cluster = CLUSTERS.get(key);
        if (cluster == null) {
            throw new IllegalStateException("No embedded Flink cluster is registered at " + key);
        }
        JobGraph jobGraph = PipelineExecutorUtils.getJobGraph(pipeline, configuration, userCodeClassLoader);
        return cluster.submitJob(jobGraph)
                .thenApply(result -> new MiniClusterJobClient(
                        result.getJobID(),
                        cluster,
                        userCodeClassLoader,
                        MiniClusterJobClient.JobFinalizationBehavior.NOTHING));
    }
}
