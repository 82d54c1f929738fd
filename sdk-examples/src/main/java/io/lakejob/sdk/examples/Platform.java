package io.lakejob.sdk.examples;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.FlinkJobsBatchResponse;
import io.lakejob.sdk.model.job.JobStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;

/**
 * A platform team's view: one job definition, run on the embedded cluster ({@code flink:local}) and,
 * unchanged, on a session cluster reached over REST ({@code flink:standalone://host:port}; here a
 * second embedded cluster with its REST endpoint on loopback, standing in for the team's own), then
 * driven as a scheduler drives it: DolphinScheduler's {@code executeType} actions (REPEAT_RUNNING,
 * PAUSE, RECOVER_SUSPENDED_PROCESS, START_FAILURE_TASK_PROCESS, STOP) as the API calls that
 * {@code lakejob flink-job exec} makes for them.
 *
 * <p>Run it with {@code mvn -q -pl sdk-examples -am compile exec:exec -Dexec.mainClass=io.lakejob.sdk.examples.Platform}.
 */
public final class Platform {
    /** The quick start's Orders, paced at 200 orders a second (5 s a run), so that a pause lands mid-run. */
    public static final String PACED_ORDERS = QuickStart.ORDERS_SQL.replace(
            "'connector' = 'datagen',", "'connector' = 'datagen',\n  'rows-per-second' = '200',");

    private static final Duration WAIT = Duration.ofMinutes(5);

    private Platform() {}

    /**
     * The job definition every target runs unchanged.
     *
     * @return the request
     */
    public static CreateFlinkSqlJobRequest definition() {
        return CreateFlinkSqlJobRequest.builder()
                .name("orders_paced")
                .sqlBody(PACED_ORDERS)
                .parallelNumber(1)
                .build();
    }

    /**
     * Runs the example.
     *
     * @param args unused
     * @throws Exception when the session cluster does not start
     */
    public static void main(String[] args) throws Exception {
        run(System.out);
    }

    /**
     * Runs the definition on both targets, then the scheduler's actions on the session cluster.
     *
     * @param out where to print
     * @throws Exception when the session cluster does not start
     */
    public static void run(PrintStream out) throws Exception {
        try (LakeJobClient local =
                LakeJobClient.builder().endpoint("flink:local").build()) {
            long id = local.jobs().createSqlJob(definition()).jobId();
            out.println("flink:local: " + runToEnd(local, id));
        }
        MiniCluster session = startSessionCluster();
        try {
            String endpoint = "flink:standalone://127.0.0.1:"
                    + session.getRestAddress().get(1, TimeUnit.MINUTES).getPort();
            try (LakeJobClient cluster =
                    LakeJobClient.builder().endpoint(endpoint).build()) {
                long id = cluster.jobs().createSqlJob(definition()).jobId();
                out.println("session cluster: " + runToEnd(cluster, id));
                for (String executeType : List.of(
                        "PAUSE", "RECOVER_SUSPENDED_PROCESS", "START_FAILURE_TASK_PROCESS", "REPEAT_RUNNING", "STOP")) {
                    out.println(executeType + ": " + execute(cluster, id, executeType));
                }
            }
        } finally {
            session.closeAsync().get(1, TimeUnit.MINUTES);
        }
    }

    /**
     * What a scheduler's action does to a job, as {@code lakejob flink-job exec --execute-type} does it.
     *
     * @param client the client
     * @param id the job
     * @param executeType a DolphinScheduler executeType
     * @return what happened
     */
    public static String execute(LakeJobClient client, long id, String executeType) {
        switch (executeType) {
            case "REPEAT_RUNNING":
                return runToEnd(client, id);
            case "RECOVER_SUSPENDED_PROCESS": {
                String savepoint = client.jobs().get(id).jobDetail().savepointPath();
                accepted(client.jobs().run(r -> r.addJobIds(id).resumeSavepoint(true)));
                return "resumed from " + (savepoint == null ? "no savepoint" : "its savepoint") + ", "
                        + awaitEnd(client, id);
            }
            case "START_FAILURE_TASK_PROCESS": {
                JobStatus status = client.jobs().get(id).status();
                boolean failed =
                        JobStatus.JOB_SUBMIT_FAIL.equals(status) || JobStatus.JOB_RUNNING_EXCEPTION.equals(status);
                return failed ? runToEnd(client, id) : "not failed (" + status + "), nothing to do";
            }
            case "PAUSE":
            case "STOP": {
                boolean pause = executeType.equals("PAUSE");
                if (!JobStatus.JOB_RUNNING.equals(client.jobs().get(id).status())) {
                    // A scheduler pauses or stops running work: start it to have something to stop.
                    accepted(client.jobs().run(id));
                    client.jobs().waitUntil(id, JobStatus.JOB_RUNNING, WAIT);
                }
                accepted(client.jobs().stop(id, pause));
                FlinkJobDetail d = client.jobs()
                        .waitUntil(id, Set.of(JobStatus.JOB_CANCEL_SUCCESS, JobStatus.JOB_FINISH), WAIT)
                        .jobDetail();
                return d.status() + (pause && d.savepointPath() != null ? " with a savepoint" : "") + ", rows so far "
                        + rows(client, id);
            }
            default:
                throw new IllegalArgumentException("not an executeType this example maps: " + executeType);
        }
    }

    private static String runToEnd(LakeJobClient client, long id) {
        accepted(client.jobs().run(id));
        return awaitEnd(client, id);
    }

    private static String awaitEnd(LakeJobClient client, long id) {
        FlinkJobDetail d =
                client.jobs().waitUntil(id, JobStatus.JOB_FINISH, WAIT).jobDetail();
        return d.status() + ", " + rows(client, id);
    }

    private static void accepted(FlinkJobsBatchResponse r) {
        if (!r.allSucceeded()) {
            throw new IllegalStateException(r.results().get(0).message());
        }
    }

    /** The last result row, {@code ordertotal | numtotal}. */
    private static String rows(LakeJobClient client, long id) {
        List<ResultRow> rows = client.flink().jobData(String.valueOf(id)).rows();
        if (rows.isEmpty()) {
            return "no rows";
        }
        ResultRow last = rows.get(rows.size() - 1);
        return last.get("ordertotal") + " | " + last.get("numtotal");
    }

    /** A session cluster: an embedded Flink cluster whose REST endpoint is on loopback. */
    private static MiniCluster startSessionCluster() throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.PORT, 0);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("64m"));
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(2)
                .build());
        cluster.start();
        return cluster;
    }
}
