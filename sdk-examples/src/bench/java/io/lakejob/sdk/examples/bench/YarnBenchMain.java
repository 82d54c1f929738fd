package io.lakejob.sdk.examples.bench;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.flink.ExecuteSqlRequest;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.flink.client.deployment.ClusterSpecification;
import org.apache.flink.client.deployment.application.ApplicationConfiguration;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.PipelineOptionsInternal;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.yarn.YarnClientYarnClusterInformationRetriever;
import org.apache.flink.yarn.YarnClusterClientFactory;
import org.apache.flink.yarn.YarnClusterDescriptor;
import org.apache.flink.yarn.configuration.YarnConfigOptions;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;
import org.apache.hadoop.yarn.server.resourcemanager.scheduler.ResourceScheduler;
import org.apache.hadoop.yarn.server.resourcemanager.scheduler.fifo.FifoScheduler;

/**
 * Issue 8's YARN benchmark: time from submit to RUNNING (Flink's REST API lists the job RUNNING) of
 * a SQL job, through the SDK and by hand with Flink's {@code YarnClusterDescriptor}, alternating in
 * one run on one in-JVM YARN cluster whose containers are real JVMs:
 *
 * <ul>
 *   <li>yarn-application: ours = a new {@code flink:yarn-application} client's {@code
 *       flink().executeSql(...)}; by hand = {@code deployApplicationCluster} of the same SQL runner
 *       jar with the same arguments and configuration. Each application is killed after it ran.
 *   <li>yarn-session (one session deployed by hand first): ours = a new {@code
 *       flink:yarn-session://<id>} client's {@code executeSql}; by hand = a {@code TableEnvironment}
 *       with {@code execution.target=yarn-session} and {@code yarn.application.id} (Flink's own
 *       session executor, which retrieves the cluster through the descriptor). Each job is cancelled.
 * </ul>
 *
 * Prints the medians and ratios and writes them to {@code <build dir>/yarn-bench.md}. Rounds: {@code
 * -Dbench.rounds} (default 3). Arguments: the build directory.
 */
public final class YarnBenchMain {
    private static final String SQL = "CREATE TABLE Gen (k BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '10');\n"
            + "CREATE TABLE Sink (k BIGINT) WITH ('connector' = 'blackhole');\n"
            + "INSERT INTO Sink SELECT k FROM Gen";
    private static final Pattern NOT_IN_CONTAINERS = Pattern.compile(
            "(lakejob-.*|junit-.*|opentest4j-.*|apiguardian-.*|assertj-.*|jmh-.*|surefire.*)\\.jar");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private YarnBenchMain() {}

    /**
     * Runs the benchmark.
     *
     * @param args the build directory
     * @throws Exception when a deployment fails
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target");
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path dir = Files.createTempDirectory("lakejob-yarn-bench-");
        Path hadoop = Files.createDirectories(dir.resolve("hadoop-conf"));
        Path flink = Files.createDirectories(dir.resolve("flink-conf"));
        MiniYARNCluster cluster = startYarn(hadoop);
        YarnClient yarn = YarnClient.createYarnClient();
        YarnConfiguration yc = new YarnConfiguration();
        yc.addResource(new org.apache.hadoop.fs.Path(hadoop.resolve("yarn-site.xml").toUri()));
        yarn.init(yc);
        yarn.start();
        try {
            writeFlinkConf(flink, dir);
            while (yarn.getYarnClusterMetrics().getNumNodeManagers() < 1) {
                Thread.sleep(100);
            }
            List<Long> appOurs = new ArrayList<>();
            List<Long> appHand = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                System.out.printf(Locale.ROOT, "round %d of %d: yarn-application%n", round, rounds);
                appOurs.add(oursApplication(flink, hadoop, yarn, "bench_app_ours_" + round));
                appHand.add(byHandApplication(flink, yc, yarn, "bench_app_hand_" + round));
            }
            String session = deploySession(flink, yc, yarn);
            List<Long> sesOurs = new ArrayList<>();
            List<Long> sesHand = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                System.out.printf(Locale.ROOT, "round %d of %d: yarn-session%n", round, rounds);
                sesOurs.add(oursSession(flink, hadoop, yarn, session, "bench_ses_ours_" + round));
                sesHand.add(byHandSession(flink, yc, yarn, session, "bench_ses_hand_" + round));
            }
            String table = String.format(
                    Locale.ROOT,
                    "| submit to RUNNING (median ms, n=%d) | ours | by hand | ratio | target |%n"
                            + "| --- | ---: | ---: | ---: | --- |%n"
                            + "| yarn-application SQL job | %,d | %,d | %.2fx | <= 1.1x |%n"
                            + "| yarn-session SQL job | %,d | %,d | %.2fx | <= 1.1x |%n",
                    rounds,
                    median(appOurs),
                    median(appHand),
                    median(appOurs) / (double) median(appHand),
                    median(sesOurs),
                    median(sesHand),
                    median(sesOurs) / (double) median(sesHand));
            System.out.println();
            System.out.println("all (ms): application ours " + appOurs + ", by hand " + appHand + "; session ours "
                    + sesOurs + ", by hand " + sesHand);
            System.out.print(table);
            Files.createDirectories(out);
            Files.writeString(out.resolve("yarn-bench.md"), table);
        } finally {
            for (ApplicationReport r : yarn.getApplications()) {
                yarn.killApplication(r.getApplicationId());
            }
            yarn.stop();
            cluster.stop();
        }
        System.exit(0);
    }

    private static long median(List<Long> l) {
        List<Long> s = new ArrayList<>(l);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static MiniYARNCluster startYarn(Path hadoop) throws Exception {
        YarnConfiguration conf = new YarnConfiguration();
        conf.setClass(YarnConfiguration.RM_SCHEDULER, FifoScheduler.class, ResourceScheduler.class);
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 32);
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MAXIMUM_ALLOCATION_MB, 4096);
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MAXIMUM_ALLOCATION_VCORES, 16);
        conf.setInt(YarnConfiguration.NM_VCORES, 16);
        conf.setInt(YarnConfiguration.NM_PMEM_MB, 8192);
        conf.setInt("yarn.minicluster.yarn.nodemanager.resource.memory-mb", 8192);
        conf.setBoolean(YarnConfiguration.NM_PMEM_CHECK_ENABLED, false);
        conf.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
        conf.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 99.0f);
        conf.setBoolean(YarnConfiguration.LOG_AGGREGATION_ENABLED, false);
        conf.setInt(YarnConfiguration.RM_AM_MAX_ATTEMPTS, 1);
        conf.setLong(YarnConfiguration.NM_SLEEP_DELAY_BEFORE_SIGKILL_MS, 100);
        List<String> cp = new ArrayList<>();
        cp.add(hadoop.toString());
        for (String e : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
            Path p = Path.of(e);
            if (Files.isRegularFile(p)
                    && e.endsWith(".jar")
                    && !NOT_IN_CONTAINERS.matcher(p.getFileName().toString()).matches()) {
                cp.add(e);
            }
        }
        conf.set(YarnConfiguration.YARN_APPLICATION_CLASSPATH, String.join(",", cp));
        MiniYARNCluster cluster = new MiniYARNCluster("lakejob-yarn-bench", 1, 1, 1);
        cluster.init(conf);
        cluster.start();
        try (OutputStream o = Files.newOutputStream(hadoop.resolve("yarn-site.xml"))) {
            cluster.getConfig().writeXml(o);
        }
        return cluster;
    }

    private static void writeFlinkConf(Path flink, Path dir) throws Exception {
        Files.writeString(dir.resolve("log4j.properties"), "rootLogger.level = INFO\n");
        Files.createDirectories(dir.resolve("staging"));
        String opens = System.getProperty("bench.java.opts", "");
        String yaml = "jobmanager.memory.process.size: \"1024m\"\n"
                + "taskmanager.memory.process.size: \"1024m\"\n"
                + "taskmanager.memory.managed.size: \"64m\"\n"
                + "taskmanager.numberOfTaskSlots: \"2\"\n"
                + "yarn.application-attempts: \"1\"\n"
                + "env.java.opts.all: \"" + opens + "\"\n"
                + "containerized.master.env.JAVA_HOME: \"" + System.getProperty("java.home") + "\"\n"
                + "containerized.taskmanager.env.JAVA_HOME: \"" + System.getProperty("java.home") + "\"\n"
                + "yarn.staging-directory: \"" + dir.resolve("staging").toUri() + "\"\n"
                + "$internal.yarn.log-config-file: \"" + dir.resolve("log4j.properties") + "\"\n";
        Files.writeString(flink.resolve("config.yaml"), yaml);
    }

    private static LakeJobClient client(String endpoint, Path flink, Path hadoop) {
        return LakeJobClient.builder()
                .endpoint(endpoint)
                .property("flink.target.flinkConfigPath", flink.toString())
                .property("flink.target.hadoopConfigPath", hadoop.toString())
                .property("flink.close.clusters", "keep")
                .callTimeout(Duration.ofMinutes(3))
                .build();
    }

    /** Waits until Flink's REST API at the application's JobManager lists the job RUNNING. */
    private static void awaitRunning(YarnClient yarn, ApplicationId app, String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            ApplicationReport r = yarn.getApplicationReport(app);
            if (r.getRpcPort() > 0) {
                try {
                    HttpResponse<String> res = HTTP.send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://" + r.getHost() + ":" + r.getRpcPort() + "/jobs/" + jobId))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() == 200 && res.body().contains("\"state\":\"RUNNING\"")) {
                        return;
                    }
                } catch (java.io.IOException e) {
                    // not answering yet
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("job " + jobId + " of " + app + " never RUNNING");
    }

    private static ApplicationId applicationNamed(YarnClient yarn, String name) throws Exception {
        for (ApplicationReport r : yarn.getApplications()) {
            if (r.getName().equals(name)) {
                return r.getApplicationId();
            }
        }
        throw new IllegalStateException("no application " + name);
    }

    private static long oursApplication(Path flink, Path hadoop, YarnClient yarn, String name) throws Exception {
        try (LakeJobClient c = client("flink:yarn-application", flink, hadoop)) {
            long t0 = System.nanoTime();
            SqlExecutionResult r = c.flink()
                    .executeSql(ExecuteSqlRequest.builder()
                            .type(ExecutionTarget.YARN_APPLICATION)
                            .jobName(name)
                            .statement(SQL)
                            .build());
            if (!r.success()) {
                throw new IllegalStateException(r.error());
            }
            ApplicationId app = applicationNamed(yarn, name);
            awaitRunning(yarn, app, r.jobId());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            yarn.killApplication(app);
            return ms;
        }
    }

    private static long byHandApplication(Path flink, YarnConfiguration yc, YarnClient yarn, String name)
            throws Exception {
        long t0 = System.nanoTime();
        Configuration conf = GlobalConfiguration.loadConfiguration(flink.toString());
        conf.set(DeploymentOptions.TARGET, "yarn-application");
        conf.set(YarnConfigOptions.APPLICATION_NAME, name);
        conf.set(PipelineOptions.NAME, name);
        String jobId = new org.apache.flink.api.common.JobID().toHexString();
        conf.set(PipelineOptionsInternal.PIPELINE_FIXED_JOB_ID, jobId);
        conf.set(
                PipelineOptions.JARS,
                List.of(io.lakejob.sdk.flink.internal.running.app.RunnerJar.path()
                        .toUri()
                        .toString()));
        List<String> statements = List.of(SQL.split(";\n"));
        try (YarnClusterDescriptor d = new YarnClusterDescriptor(
                conf, yc, yarn, YarnClientYarnClusterInformationRetriever.create(yarn), true)) {
            ClusterSpecification spec = new YarnClusterClientFactory().getClusterSpecification(conf);
            ApplicationId app;
            try (ClusterClient<ApplicationId> c = d.deployApplicationCluster(
                            spec,
                            new ApplicationConfiguration(
                                    io.lakejob.sdk.flink.internal.running.app.SqlRunnerMain.arguments(false, statements)
                                            .toArray(new String[0]),
                                    io.lakejob.sdk.flink.internal.running.app.RunnerJar.mainClass()))
                    .getClusterClient()) {
                app = c.getClusterId();
            }
            awaitRunning(yarn, app, jobId);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            yarn.killApplication(app);
            return ms;
        }
    }

    private static String deploySession(Path flink, YarnConfiguration yc, YarnClient yarn) throws Exception {
        Configuration conf = GlobalConfiguration.loadConfiguration(flink.toString());
        conf.set(DeploymentOptions.TARGET, "yarn-session");
        conf.set(YarnConfigOptions.APPLICATION_NAME, "bench session");
        try (YarnClusterDescriptor d = new YarnClusterDescriptor(
                        conf, yc, yarn, YarnClientYarnClusterInformationRetriever.create(yarn), true);
                ClusterClient<ApplicationId> c = d.deploySessionCluster(
                                new YarnClusterClientFactory().getClusterSpecification(conf))
                        .getClusterClient()) {
            return c.getClusterId().toString();
        }
    }

    private static long oursSession(Path flink, Path hadoop, YarnClient yarn, String session, String name)
            throws Exception {
        try (LakeJobClient c = client("flink:yarn-session://" + session, flink, hadoop)) {
            long t0 = System.nanoTime();
            SqlExecutionResult r = c.flink()
                    .executeSql(ExecuteSqlRequest.builder().jobName(name).statement(SQL).build());
            if (!r.success()) {
                throw new IllegalStateException(r.error());
            }
            ApplicationId app = ApplicationId.fromString(session);
            awaitRunning(yarn, app, r.jobId());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            c.flink().savepoint(r.jobId(), io.lakejob.sdk.model.flink.SavepointType.CANCEL);
            return ms;
        }
    }

    private static long byHandSession(Path flink, YarnConfiguration yc, YarnClient yarn, String session, String name)
            throws Exception {
        long t0 = System.nanoTime();
        Configuration conf = GlobalConfiguration.loadConfiguration(flink.toString());
        conf.set(DeploymentOptions.TARGET, "yarn-session");
        conf.set(YarnConfigOptions.APPLICATION_ID, session);
        conf.set(PipelineOptions.NAME, name);
        // Flink's session executor reads YARN settings from flink.yarn.* keys (or HADOOP_CONF_DIR).
        for (java.util.Map.Entry<String, String> e : yc) {
            if (e.getKey().startsWith("yarn.")) {
                conf.setString("flink." + e.getKey(), yc.get(e.getKey()));
            }
        }
        TableEnvironment tEnv = TableEnvironment.create(
                EnvironmentSettings.newInstance().withConfiguration(conf).inStreamingMode().build());
        String[] parts = SQL.split(";\n");
        tEnv.executeSql(parts[0]);
        tEnv.executeSql(parts[1]);
        TableResult r = tEnv.executeSql(parts[2]);
        org.apache.flink.core.execution.JobClient jc = r.getJobClient().orElseThrow();
        awaitRunning(yarn, ApplicationId.fromString(session), jc.getJobID().toHexString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        jc.cancel().get();
        return ms;
    }
}
