package io.lakejob.sdk.flink;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import java.time.Duration;

/**
 * Run by {@link YarnModulesAbsentTest} in a JVM whose class path lacks flink-yarn and Hadoop: a
 * {@code flink:local} job runs, and a YARN request fails with the SDK's configuration error. Prints
 * one line per outcome ({@code local <rows>}, {@code yarn-present <bool>}, {@code yarn <exception
 * class>: <message>}).
 */
public final class NoYarnMain {
    private NoYarnMain() {}

    /**
     * Runs both.
     *
     * @param args none
     */
    public static void main(String[] args) {
        boolean yarnPresent;
        try {
            Class.forName("org.apache.hadoop.yarn.client.api.YarnClient");
            yarnPresent = true;
        } catch (ClassNotFoundException e) {
            yarnPresent = false;
        }
        System.out.println("yarn-present " + yarnPresent);
        try (LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, "1")
                .callTimeout(Duration.ofMinutes(2))
                .build()) {
            SqlExecutionResult r = client.flink()
                    .executeSql(q -> q.statement("SELECT 6 * 7 AS answer").useResult(true));
            System.out.println("local " + r.success() + " " + r.rows().get(0).get("answer"));
            try {
                client.flink().executeSql(q -> q.type(ExecutionTarget.YARN_SESSION)
                        .statement("CREATE TABLE B (n INT) WITH ('connector' = 'blackhole');\n"
                                + "INSERT INTO B VALUES (1)"));
                System.out.println("yarn accepted");
            } catch (RuntimeException e) {
                System.out.println("yarn " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        System.exit(0);
    }
}
