package io.lakejob.sdk.flink.internal.targets;

import io.lakejob.sdk.flink.internal.compat.FlinkCompat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.dag.Pipeline;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.PipelineExecutor;
import org.apache.flink.core.execution.PipelineExecutorFactory;
import org.apache.flink.runtime.jobgraph.JobGraph;

/**
 * A Flink {@link PipelineExecutorFactory} (execution target {@value #TARGET}) that hands a pipeline
 * planned on the client (a SQL script's {@code TableEnvironment}, a DataStream program) to a {@link
 * DeploymentTarget}: the target decides how it reaches its cluster (in memory for the embedded
 * cluster, REST for a session, a new YARN application per job). The target is named in the job's
 * configuration by {@link #TARGET_ID}, an id given out by {@link #register}.
 *
 * <p>Found by Flink through {@code META-INF/services/org.apache.flink.core.execution.PipelineExecutorFactory}.
 */
public final class TargetExecutorFactory implements PipelineExecutorFactory {
    /** The value of {@code execution.target} that selects this executor. */
    public static final String TARGET = "lakejob-target";

    /** Which registered target a job goes to. */
    public static final ConfigOption<String> TARGET_ID =
            ConfigOptions.key("lakejob.target.id").stringType().noDefaultValue();

    private static final Map<String, Registration> TARGETS = new ConcurrentHashMap<>();

    private record Registration(DeploymentTarget target, Map<JobID, String> clusters) {}

    /** Creates the factory; Flink's service loader calls this. */
    public TargetExecutorFactory() {}

    /**
     * Makes a target reachable by jobs.
     *
     * @param target the target
     * @return its id, for {@link #configure}
     */
    public static String register(DeploymentTarget target) {
        String id = UUID.randomUUID().toString();
        TARGETS.put(id, new Registration(target, new ConcurrentHashMap<>()));
        return id;
    }

    /**
     * Forgets a target (when it closes).
     *
     * @param id its id
     */
    public static void unregister(String id) {
        TARGETS.remove(id);
    }

    /**
     * Makes a job configuration go to a registered target.
     *
     * @param conf the job's configuration
     * @param id the target's id
     */
    public static void configure(Configuration conf, String id) {
        conf.set(DeploymentOptions.TARGET, TARGET);
        conf.set(DeploymentOptions.ATTACHED, true);
        conf.set(TARGET_ID, id);
    }

    /**
     * The target of a job configuration.
     *
     * @param id a target id
     * @return the target, or {@code null} when none is registered under the id
     */
    public static DeploymentTarget target(String id) {
        Registration r = id == null ? null : TARGETS.get(id);
        return r == null ? null : r.target();
    }

    /**
     * The cluster a job submitted through a target went to (a per-job target makes one per job).
     *
     * @param id the target's id
     * @param jobId the job
     * @return the cluster id, or {@code null} when the job did not go through this factory
     */
    public static String takeClusterId(String id, JobID jobId) {
        Registration r = TARGETS.get(id);
        return r == null ? null : r.clusters().remove(jobId);
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
        return TargetExecutorFactory::execute;
    }

    private static CompletableFuture<JobClient> execute(
            Pipeline pipeline, Configuration configuration, ClassLoader userCodeClassLoader) throws Exception {
        String id = configuration.get(TARGET_ID);
        Registration r = id == null ? null : TARGETS.get(id);
        if (r == null) {
            throw new IllegalStateException("No LakeJob deployment target is registered as " + id
                    + " (the client that planned this job was closed)");
        }
        JobGraph graph = FlinkCompat.jobGraph(pipeline, configuration, userCodeClassLoader);
        return r.target().submit(graph, userCodeClassLoader).thenApply(s -> {
            r.clusters().put(s.client().getJobID(), s.clusterId());
            return s.client();
        });
    }
}
