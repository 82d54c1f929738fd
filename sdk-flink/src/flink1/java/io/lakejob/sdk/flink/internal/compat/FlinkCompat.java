package io.lakejob.sdk.flink.internal.compat;

import org.apache.flink.api.dag.Pipeline;
import org.apache.flink.client.deployment.executors.PipelineExecutorUtils;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.jsonplan.JsonPlanGenerator;

/**
 * What differs between Flink lines, for Flink 1.x (this file is compiled into {@code
 * lakejob-sdk-flink}; {@code src/flink2} has the Flink 2.x one, with the same methods). Keep every
 * version difference here or in this package, and as small as this.
 */
public final class FlinkCompat {
    /** The Flink major line this build is for. */
    public static final int FLINK_MAJOR = 1;

    /** The artifact of the SDK built for this line. */
    public static final String ARTIFACT = "io.lakejob:lakejob-sdk-flink";

    private FlinkCompat() {}

    /**
     * The job graph of a pipeline planned on the client, with the job settings of its configuration
     * (fixed job id, jars, class path, savepoint restore).
     *
     * @param pipeline the pipeline
     * @param configuration its configuration
     * @param userCodeClassLoader the user code class loader
     * @return the job graph
     * @throws Exception when it cannot be built
     */
    public static JobGraph jobGraph(Pipeline pipeline, Configuration configuration, ClassLoader userCodeClassLoader)
            throws Exception {
        return PipelineExecutorUtils.getJobGraph(pipeline, configuration, userCodeClassLoader);
    }

    /**
     * Flink's JSON plan of a job graph (what its REST API serves as {@code /jobs/<id>/plan}).
     *
     * @param graph the job graph
     * @return the JSON text
     */
    public static String jsonPlan(JobGraph graph) {
        return JsonPlanGenerator.generatePlan(graph);
    }
}
