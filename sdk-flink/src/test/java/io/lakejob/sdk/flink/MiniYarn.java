package io.lakejob.sdk.flink;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;
import org.apache.hadoop.yarn.server.resourcemanager.scheduler.ResourceScheduler;
import org.apache.hadoop.yarn.server.resourcemanager.scheduler.fifo.FifoScheduler;

/**
 * An in-JVM YARN cluster (one ResourceManager, one NodeManager) whose containers are real JVMs on
 * this machine, set up as {@code shared/flink-clusters.md} describes: FIFO scheduler, 8 GB and 16
 * vcores on the node, no memory checks, the container class path is a written Hadoop configuration
 * folder ({@link #hadoopConf()}, holding the cluster's {@code yarn-site.xml}) and this JVM's jars
 * minus the SDK and the test tools (so a job's own classes travel in its jar, and the SQL runner
 * needs nothing of the SDK on the cluster). {@link #flinkConf()} is a Flink configuration folder
 * for the targets: small memory, Java 17 flags, a local staging folder.
 *
 * <p>{@link #close()} kills every application still alive, waits until YARN reports each final and
 * its container JVMs are gone, then stops the cluster.
 */
final class MiniYarn implements AutoCloseable {
    /** Jars of this JVM's class path that stay off the containers' class path. */
    private static final Pattern NOT_IN_CONTAINERS = Pattern.compile(
            "(lakejob-.*|junit-.*|opentest4j-.*|apiguardian-.*|assertj-.*|byte-buddy-.*|surefire.*)\\.jar");

    private static final Duration STOP = Duration.ofMinutes(1);

    private final Path dir;
    private final MiniYARNCluster cluster;
    private final YarnClient client;

    private MiniYarn(Path dir, MiniYARNCluster cluster, YarnClient client) {
        this.dir = dir;
        this.cluster = cluster;
        this.client = client;
    }

    /**
     * Starts a cluster.
     *
     * @param dir an empty folder for its configuration, staging and data
     * @return the running cluster
     */
    static MiniYarn start(Path dir) throws IOException {
        Path hadoop = Files.createDirectories(dir.resolve("hadoop-conf"));
        Path flink = Files.createDirectories(dir.resolve("flink-conf"));
        Files.createDirectories(dir.resolve("staging"));
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
        // Two attempts at most (the failover test asks for two; every other application for one).
        conf.setInt(YarnConfiguration.RM_AM_MAX_ATTEMPTS, 2);
        conf.setLong(YarnConfiguration.NM_SLEEP_DELAY_BEFORE_SIGKILL_MS, 100);
        conf.setLong(YarnConfiguration.NM_PROCESS_KILL_WAIT_MS, 2000);
        List<String> cp = new ArrayList<>();
        cp.add(hadoop.toString());
        cp.addAll(containerClassPath());
        conf.set(YarnConfiguration.YARN_APPLICATION_CLASSPATH, String.join(",", cp));
        MiniYARNCluster cluster = new MiniYARNCluster("lakejob-yarn", 1, 1, 1);
        cluster.init(conf);
        cluster.start();
        YarnClient client = null;
        try {
            try (OutputStream out = Files.newOutputStream(hadoop.resolve("yarn-site.xml"))) {
                cluster.getConfig().writeXml(out);
            }
            Files.writeString(dir.resolve("log4j.properties"), "rootLogger.level = INFO\n");
            writeFlinkConf(flink, dir);
            YarnConfiguration c = new YarnConfiguration();
            c.addResource(new org.apache.hadoop.fs.Path(
                    hadoop.resolve("yarn-site.xml").toUri()));
            client = YarnClient.createYarnClient();
            client.init(c);
            client.start();
            // Ready once the node manager registered its resources.
            YarnClient ready = client;
            Await.until("the NodeManager registered", STOP, () -> {
                try {
                    return ready.getYarnClusterMetrics().getNumNodeManagers() == 1;
                } catch (Exception e) {
                    return false;
                }
            });
            return new MiniYarn(dir, cluster, client);
        } catch (RuntimeException | IOException | Error e) {
            if (client != null) {
                client.stop();
            }
            cluster.stop();
            throw e;
        }
    }

    private static void writeFlinkConf(Path flink, Path dir) throws IOException {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("jobmanager.memory.process.size", "1024m");
        c.put("taskmanager.memory.process.size", "1024m");
        c.put("taskmanager.memory.managed.size", "64m");
        c.put("taskmanager.numberOfTaskSlots", "2");
        c.put("yarn.application-attempts", "1");
        c.put("env.java.opts.all", String.join(" ", FlinkProcessCluster.JAVA17_FLAGS));
        c.put("containerized.master.env.JAVA_HOME", System.getProperty("java.home"));
        c.put("containerized.taskmanager.env.JAVA_HOME", System.getProperty("java.home"));
        c.put("yarn.staging-directory", dir.resolve("staging").toUri().toString());
        c.put("$internal.yarn.log-config-file", dir.resolve("log4j.properties").toString());
        StringBuilder yaml = new StringBuilder();
        c.forEach((k, v) ->
                yaml.append(k).append(": \"").append(v.replace("\"", "\\\"")).append("\"\n"));
        Files.writeString(flink.resolve("config.yaml"), yaml.toString());
    }

    /** @return this JVM's jars without the SDK and the test tools: what the containers run on */
    static List<String> containerClassPath() {
        List<String> cp = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            if (Files.isRegularFile(p)
                    && name.endsWith(".jar")
                    && !NOT_IN_CONTAINERS.matcher(name).matches()) {
                cp.add(entry);
            }
        }
        return cp;
    }

    /** @return the Hadoop configuration folder ({@code yarn-site.xml}) a client reaches the cluster with */
    Path hadoopConf() {
        return dir.resolve("hadoop-conf");
    }

    /** @return the Flink configuration folder ({@code config.yaml}) of the targets */
    Path flinkConf() {
        return dir.resolve("flink-conf");
    }

    /** @return the test's own YARN client (reports, kills, queues) */
    YarnClient client() {
        return client;
    }

    /**
     * The report of an application.
     *
     * @param id the application id
     * @return the report
     */
    ApplicationReport report(String id) {
        try {
            return client.getApplicationReport(ApplicationId.fromString(id));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the Flink applications YARN runs now */
    List<ApplicationReport> running() {
        try {
            return client.getApplications(EnumSet.of(YarnApplicationState.RUNNING));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The JVMs of an application's containers on this machine.
     *
     * @param id the application id
     * @return their processes
     */
    static List<ProcessHandle> containerProcesses(String id) {
        String container = "container_" + id.substring("application_".length());
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains(container) && c.contains("java"))
                        .orElse(false))
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .collect(Collectors.toList());
    }

    /**
     * The JobManager JVM of an application's current attempt.
     *
     * @param id the application id
     * @return its process, if it runs
     */
    static Optional<ProcessHandle> jobManagerProcess(String id) {
        return containerProcesses(id).stream()
                .filter(p -> p.info().commandLine().orElse("").contains("ClusterEntrypoint")
                        || p.info().commandLine().orElse("").contains("ClusterEntryPoint"))
                .findFirst();
    }

    /**
     * Kills an application as an operator would ({@code yarn application -kill}).
     *
     * @param id the application id
     */
    void kill(String id) {
        try {
            client.killApplication(ApplicationId.fromString(id));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            List<ApplicationReport> all = client.getApplications();
            for (ApplicationReport r : all) {
                if (!isFinal(r.getYarnApplicationState())) {
                    client.killApplication(r.getApplicationId());
                }
            }
            for (ApplicationReport r : all) {
                String id = r.getApplicationId().toString();
                Await.until(
                        "application " + id + " final",
                        STOP,
                        () -> isFinal(report(id).getYarnApplicationState()));
                Await.until("the containers of " + id + " gone", STOP, () -> containerProcesses(id)
                        .isEmpty());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the applications of the mini YARN cluster", e);
        } finally {
            client.stop();
            cluster.stop();
        }
    }

    private static boolean isFinal(YarnApplicationState s) {
        return s == YarnApplicationState.FINISHED
                || s == YarnApplicationState.FAILED
                || s == YarnApplicationState.KILLED;
    }
}
