package io.lakejob.sdk.flink.internal.targets;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job deployed in application mode: the JobManager runs {@code mainClass} from {@code jar}, so
 * nothing is planned on the client and nothing calls back to it.
 *
 * @param jar the jar holding the main class: a local path (shipped with the application), or a
 *     {@code local://} path inside the image, or a file system URI the cluster reads ({@code hdfs://})
 * @param mainClass the main class, or {@code null} for the jar's {@code Main-Class}
 * @param args the program arguments
 * @param flinkJobId the job id the application's job gets
 * @param jobName the Flink job name
 * @param configuration Flink configuration of the job (parallelism, checkpoints, restore path, ...)
 */
public record ApplicationSpec(
        String jar,
        String mainClass,
        List<String> args,
        String flinkJobId,
        String jobName,
        Map<String, String> configuration) {
    /**
     * Checks the specification.
     *
     * @param jar the jar
     * @param mainClass the main class
     * @param args the arguments
     * @param flinkJobId the job id
     * @param jobName the job name
     * @param configuration the configuration
     */
    public ApplicationSpec {
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(flinkJobId, "flinkJobId");
        args = List.copyOf(args);
        configuration = Map.copyOf(configuration);
    }
}
