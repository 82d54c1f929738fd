package io.lakejob.sdk.flink.internal.compat;

import org.apache.flink.api.dag.Pipeline;
import org.apache.flink.client.deployment.executors.PipelineExecutorUtils;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.Path;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.jsonplan.JsonPlanGenerator;
import org.apache.flink.runtime.rest.util.RestMapperUtils;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * What differs between Flink lines, for Flink 2.x (this file is compiled into {@code
 * lakejob-sdk-flink2}; {@code src/flink1} has the Flink 1.x one, with the same methods).
 */
public final class FlinkCompat {
    /** The Flink major line this build is for. */
    public static final int FLINK_MAJOR = 2;

    /** The artifact of the SDK built for this line. */
    public static final String ARTIFACT = "io.lakejob:lakejob-sdk-flink2";

    private FlinkCompat() {}

    /**
     * The job graph of a pipeline planned on the client, with the job settings of its configuration
     * (fixed job id, jars, class path, savepoint restore). Flink 2 submits stream graphs; the SDK
     * still hands clusters a job graph (Flink 2 accepts both as an {@code ExecutionPlan}).
     *
     * @param pipeline the pipeline
     * @param configuration its configuration
     * @param userCodeClassLoader the user code class loader
     * @return the job graph
     * @throws Exception when it cannot be built
     */
    public static JobGraph jobGraph(Pipeline pipeline, Configuration configuration, ClassLoader userCodeClassLoader)
            throws Exception {
        StreamGraph streamGraph = PipelineExecutorUtils.getStreamGraph(pipeline, configuration);
        JobGraph graph = streamGraph.getJobGraph(userCodeClassLoader);
        // Flink 2 uploads a stream graph's jars itself and leaves them out of the job graph it makes:
        // put them back, or the job's user jars (ADD JAR, pipeline.jars) never reach the cluster.
        for (Path jar : streamGraph.getUserJars()) {
            graph.addJar(jar);
        }
        return graph;
    }

    /**
     * Flink's JSON plan of a job graph (what its REST API serves as {@code /jobs/<id>/plan}).
     *
     * @param graph the job graph
     * @return the JSON text
     */
    public static String jsonPlan(JobGraph graph) {
        try {
            return RestMapperUtils.getStrictObjectMapper().writeValueAsString(JsonPlanGenerator.generatePlan(graph));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write Flink's job plan as JSON", e);
        }
    }
}
