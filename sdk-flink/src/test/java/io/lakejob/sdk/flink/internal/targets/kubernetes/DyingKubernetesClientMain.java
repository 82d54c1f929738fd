package io.lakejob.sdk.flink.internal.targets.kubernetes;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.flink.FlinkOptions;
import io.lakejob.sdk.model.job.JobStatus;
import java.time.Duration;
import java.util.List;

/**
 * A client JVM that dies with a job running on a kubernetes-session, for {@link
 * KubernetesSessionTest}: on a metadata directory it runs a Flink SQL job on a queue whose target is
 * the session, prints {@code READY <platform job id> <Flink job id>} once it runs, and waits to be
 * killed (it never closes its client).
 *
 * <p>Arguments: {@code <metadata dir> <kubeconfig> <namespace> <cluster id> <address> <image>}.
 */
public final class DyingKubernetesClientMain {
    private DyingKubernetesClientMain() {}

    /**
     * The client's properties, shared with the client that takes over.
     *
     * @param args the arguments
     * @return the builder
     */
    static io.lakejob.sdk.LakeJobClientBuilder client(String[] args) {
        return LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.METADATA_DIR, args[0])
                .property("flink.targets.k8s.type", "kubernetes-session")
                .property("flink.targets.k8s.kubeConfig", args[1])
                .property("flink.targets.k8s.namespace", args[2])
                .property("flink.targets.k8s.clusterId", args[3])
                .property("flink.targets.k8s.address", args[4])
                .property("flink.targets.k8s.image", args[5]);
    }

    /**
     * Runs the client.
     *
     * @param args see the class comment
     * @throws Exception on any failure (the test then reads the output)
     */
    public static void main(String[] args) throws Exception {
        LakeJobClient client = client(args).build();
        client.queues().create(q -> q.queueName("k8s_q").cuCount(16).labels(List.of("flink.target=k8s")));
        long id = client.jobs()
                .createSqlJob(j -> j.name("left_on_k8s")
                        .queueName("k8s_q")
                        .sqlBody("CREATE TABLE t (n BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '5');\n"
                                + "CREATE TABLE s (n BIGINT) WITH ('connector' = 'blackhole');\n"
                                + "INSERT INTO s SELECT n FROM t"))
                .job()
                .jobId();
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_RUNNING, Duration.ofMinutes(2));
        System.out.println(
                "READY " + id + " " + client.flink().jobData(String.valueOf(id)).jobId());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
