package io.lakejob.sdk.flink.internal.targets.kubernetes;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.job.JobStatus;
import java.time.Duration;

/**
 * A client JVM without flink-kubernetes on its class path, for {@link KubernetesModuleMissingTest}:
 * asks for both Kubernetes kinds and prints how each was refused ({@code REFUSED <kind> <exception
 * class> <message>}), then runs a job on its embedded cluster and prints {@code LOCAL <status>}.
 */
public final class NoKubernetesMain {
    private NoKubernetesMain() {}

    /**
     * Runs the client.
     *
     * @param args none
     * @throws Exception on any unexpected failure
     */
    public static void main(String[] args) throws Exception {
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property("flink.targets.apps.type", "kubernetes-application")
                .property("flink.targets.apps.image", "example/flink:1.20.1")
                .build()) {
            try {
                client.flink()
                        .executeSql(ExecuteSqlRequest.builder()
                                .type(ExecutionTarget.KUBERNETES_SESSION)
                                .address("127.0.0.1:8081")
                                .statement(
                                        "CREATE TABLE t (n INT) WITH ('connector' = 'datagen', 'number-of-rows' = '3');\n"
                                                + "CREATE TABLE s (n INT) WITH ('connector' = 'blackhole');\n"
                                                + "INSERT INTO s SELECT n FROM t")
                                .build());
                System.out.println("ACCEPTED kubernetes-session");
            } catch (RuntimeException e) {
                System.out.println("REFUSED kubernetes-session " + e.getClass().getName() + " " + e.getMessage());
            }
            client.queues()
                    .create(q -> q.queueName("apps_q").cuCount(16).labels(java.util.List.of("flink.target=apps")));
            long app = client.jobs()
                    .createSqlJob(j -> j.name("to_k8s").queueName("apps_q").sqlBody("INSERT INTO s SELECT 1"))
                    .job()
                    .jobId();
            try {
                client.jobs().run(app);
                System.out.println("ACCEPTED kubernetes-application");
            } catch (RuntimeException e) {
                System.out.println(
                        "REFUSED kubernetes-application " + e.getClass().getName() + " " + e.getMessage());
            }
            long local = client.jobs()
                    .createSqlJob(j -> j.name("local_one")
                            .sqlBody("CREATE TABLE t (n INT) WITH ('connector' = 'datagen', 'number-of-rows' = '3');\n"
                                    + "CREATE TABLE s (n INT) WITH ('connector' = 'blackhole');\n"
                                    + "INSERT INTO s SELECT n FROM t"))
                    .job()
                    .jobId();
            client.jobs().run(local);
            System.out.println("LOCAL "
                    + client.jobs()
                            .waitUntil(
                                    local,
                                    java.util.Set.of(
                                            JobStatus.JOB_FINISH,
                                            JobStatus.JOB_RUNNING_EXCEPTION,
                                            JobStatus.JOB_SUBMIT_FAIL),
                                    Duration.ofMinutes(2))
                            .jobDetail()
                            .status()
                            .value());
        }
        System.exit(0);
    }
}
