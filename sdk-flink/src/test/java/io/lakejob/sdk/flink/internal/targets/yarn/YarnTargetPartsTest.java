package io.lakejob.sdk.flink.internal.targets.yarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.internal.targets.ClusterState;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.queue.Queue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.yarn.YarnClusterDescriptor;
import org.apache.flink.yarn.configuration.YarnConfigOptions;
import org.apache.hadoop.yarn.api.records.ApplicationAttemptId;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.QueueInfo;
import org.apache.hadoop.yarn.api.records.QueueState;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.util.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YARN target's parts that need no cluster: reports, settings, queues, refusals. */
class YarnTargetPartsTest {
    private static ApplicationReport report(
            YarnApplicationState state, FinalApplicationStatus fin, String host, int port, int attempt, String diag) {
        ApplicationReport r = Records.newRecord(ApplicationReport.class);
        ApplicationId id = ApplicationId.newInstance(1700000000000L, 7);
        r.setApplicationId(id);
        r.setCurrentApplicationAttemptId(ApplicationAttemptId.newInstance(id, attempt));
        r.setYarnApplicationState(state);
        r.setFinalApplicationStatus(fin);
        r.setHost(host);
        r.setRpcPort(port);
        r.setDiagnostics(diag);
        return r;
    }

    @Test
    void stateAndFinalStatusAreReadTogether() {
        assertThat(YarnTarget.stateOf(report(
                                YarnApplicationState.RUNNING, FinalApplicationStatus.UNDEFINED, "nm1", 41234, 1, ""))
                        .phase())
                .isEqualTo(ClusterState.Phase.ALIVE);
        assertThat(YarnTarget.stateOf(report(
                                YarnApplicationState.ACCEPTED, FinalApplicationStatus.UNDEFINED, "N/A", -1, 1, ""))
                        .phase())
                .isEqualTo(ClusterState.Phase.STARTING);
        // A second attempt whose JobManager has not registered yet: starting, not dead.
        ClusterState failover = YarnTarget.stateOf(
                report(YarnApplicationState.RUNNING, FinalApplicationStatus.UNDEFINED, "N/A", -1, 2, ""));
        assertThat(failover.phase()).isEqualTo(ClusterState.Phase.STARTING);
        assertThat(failover.detail()).contains("attempt 2");
        ClusterState killed = YarnTarget.stateOf(report(
                YarnApplicationState.KILLED,
                FinalApplicationStatus.KILLED,
                "nm1",
                41234,
                1,
                "Application killed by user."));
        assertThat(killed.phase()).isEqualTo(ClusterState.Phase.ENDED);
        assertThat(killed.finalStatus()).isEqualTo("KILLED");
        assertThat(killed.detail()).contains("Application killed by user.");
        // An application master that died without a verdict: the state names the end.
        assertThat(YarnTarget.stateOf(report(
                                YarnApplicationState.FAILED, FinalApplicationStatus.UNDEFINED, "nm1", 1, 1, "boom"))
                        .finalStatus())
                .isEqualTo("FAILED");
        // The JobManager has said how the application ends, YARN still shows it RUNNING.
        ClusterState finishing = YarnTarget.stateOf(
                report(YarnApplicationState.RUNNING, FinalApplicationStatus.SUCCEEDED, "nm1", 41234, 1, ""));
        assertThat(finishing.phase()).isEqualTo(ClusterState.Phase.ENDED);
        assertThat(finishing.finalStatus()).isEqualTo("SUCCEEDED");
    }

    @Test
    void perJobNeedsTheFlinkLineThatHasIt() {
        // Flink 2 removed per-job clusters; the 1.20 line still has them.
        assertThat(YarnTargetFactory.hasPerJobClusters(YarnClusterDescriptor.class))
                .isEqualTo(io.lakejob.sdk.flink.testcompat.TestCompat.FLINK_MAJOR == 1);
        assertThat(YarnTargetFactory.hasPerJobClusters(Object.class)).isFalse();
    }

    @Test
    void missingModulesAreNamedWithTheirArtifacts() {
        assertThatThrownBy(() -> YarnTargetFactory.checkAvailable(
                        TargetKind.YARN_APPLICATION, ClassLoader.getPlatformClassLoader()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("org.apache.flink:flink-yarn:"
                        + io.lakejob.sdk.flink.internal.FlinkClassPath.runningFlinkVersion())
                .hasMessageContaining("org.apache.hadoop:hadoop-yarn-client")
                .hasMessageContaining("org.apache.hadoop:hadoop-common")
                .hasMessageContaining("org.apache.hadoop:hadoop-hdfs-client");
        YarnTargetFactory.checkAvailable(TargetKind.YARN_APPLICATION, YarnTargetFactory.class.getClassLoader());
        if (io.lakejob.sdk.flink.testcompat.TestCompat.FLINK_MAJOR == 1) {
            YarnTargetFactory.checkAvailable(TargetKind.YARN_PER_JOB, YarnTargetFactory.class.getClassLoader());
        } else {
            assertThatThrownBy(() -> YarnTargetFactory.checkAvailable(
                            TargetKind.YARN_PER_JOB, YarnTargetFactory.class.getClassLoader()))
                    .isInstanceOf(io.lakejob.sdk.exception.NotSupportedException.class)
                    .hasMessageContaining("yarn-application");
        }
    }

    @Test
    void settingsAreCheckedBeforeAnyIo() {
        YarnTargetFactory f = new YarnTargetFactory();
        assertThatThrownBy(() -> f.check(
                        TargetSettings.of(TargetKind.YARN_SESSION, "test").withClusterId("app_1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("application_<cluster timestamp>_<number>");
        assertThatThrownBy(() -> f.check(
                        TargetSettings.of(TargetKind.YARN_PER_JOB, "test").withClusterId("application_1_1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("yarn-session");
        assertThatThrownBy(() -> f.check(new TargetSettings(
                        TargetKind.YARN_APPLICATION,
                        "test",
                        null,
                        null,
                        null,
                        "hdfs:///etc/hadoop",
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("folder on this machine");
        assertThatThrownBy(() -> f.check(new TargetSettings(
                        TargetKind.YARN_SESSION,
                        "queue etl",
                        null,
                        null,
                        "/nonexistent/flink-conf",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("flinkConfigPath /nonexistent/flink-conf of queue etl is not a folder");
    }

    @Test
    void theConfigurationsComeFromTheFoldersAndKeysOfTheSettings(@TempDir Path dir) throws Exception {
        Path flink = Files.createDirectories(dir.resolve("flink"));
        Files.writeString(flink.resolve("config.yaml"), "taskmanager.numberOfTaskSlots: 3\nparallelism.default: 2\n");
        Path hadoop = Files.createDirectories(dir.resolve("hadoop"));
        Files.writeString(
                hadoop.resolve("yarn-site.xml"),
                "<configuration><property><name>yarn.resourcemanager.address</name>"
                        + "<value>rm.example:8032</value></property></configuration>");
        TargetSettings s = new TargetSettings(
                TargetKind.YARN_APPLICATION,
                "test",
                null,
                null,
                flink.toString(),
                hadoop.toString(),
                "hdfs:///flink/lib",
                null,
                null,
                null,
                null,
                Map.of(
                        "parallelism.default", "4",
                        "flink.hadoop.fs.defaultFS", "hdfs://nn:8020",
                        "flink.yarn.resourcemanager.connect.max-wait.ms", "5000"));
        Configuration conf = YarnSetup.flinkConfiguration(s);
        assertThat(conf.getString("taskmanager.numberOfTaskSlots", null)).isEqualTo("3");
        assertThat(conf.getString("parallelism.default", null)).isEqualTo("4");
        assertThat(conf.get(DeploymentOptions.TARGET)).isEqualTo("yarn-application");
        assertThat(conf.get(YarnConfigOptions.PROVIDED_LIB_DIRS)).containsExactly("hdfs:///flink/lib");

        YarnConfiguration yarn = YarnSetup.yarnConfiguration(s, conf, Map.of("HADOOP_CONF_DIR", "/nonexistent"));
        assertThat(yarn.get("yarn.resourcemanager.address")).isEqualTo("rm.example:8032");
        assertThat(yarn.get("fs.defaultFS")).isEqualTo("hdfs://nn:8020");
        assertThat(yarn.get("yarn.resourcemanager.connect.max-wait.ms")).isEqualTo("5000");
        YarnTarget.failFast(yarn);
        assertThat(yarn.get(YarnConfiguration.RESOURCEMANAGER_CONNECT_MAX_WAIT_MS))
                .isEqualTo("5000");

        YarnConfiguration fromEnv = YarnSetup.yarnConfiguration(
                TargetSettings.of(TargetKind.YARN_SESSION, "test"),
                new Configuration(),
                Map.of("HADOOP_CONF_DIR", hadoop.toString()));
        assertThat(fromEnv.get("yarn.resourcemanager.address")).isEqualTo("rm.example:8032");
        YarnTarget.failFast(fromEnv);
        assertThat(fromEnv.get(YarnConfiguration.RESOURCEMANAGER_CONNECT_MAX_WAIT_MS))
                .isEqualTo("30000");

        assertThatThrownBy(() -> YarnSetup.flinkConfiguration(new TargetSettings(
                        TargetKind.YARN_APPLICATION,
                        "test",
                        null,
                        null,
                        hadoop.toString(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("neither config.yaml nor flink-conf.yaml");
    }

    @Test
    void aSchedulerQueueMapsOntoTheQueueFields() {
        QueueInfo q = Records.newRecord(QueueInfo.class);
        q.setQueueName("etl.daily");
        q.setCapacity(0.25f);
        q.setCurrentCapacity(1.5f);
        q.setMaximumCapacity(0.5f);
        q.setQueueState(QueueState.RUNNING);
        Queue mapped = YarnQueues.map(List.of(q)).get(0);
        assertThat(mapped.queueName()).isEqualTo("yarn_etl_daily");
        assertThat(mapped.cuSpec()).isEqualTo(25);
        assertThat(mapped.cuCount()).isEqualTo(150);
        assertThat(mapped.cuScaleOutLimit()).isEqualTo(50);
        assertThat(mapped.labels())
                .isEqualTo("yarn.queue=etl.daily,yarn.state=RUNNING,yarn.capacity=0.25,yarn.usedCapacity=1.5,"
                        + "yarn.maximumCapacity=0.5");
        assertThat(mapped.description()).contains("etl.daily", "RUNNING", "25.0%", "150.0%");
    }

    @Test
    void anApplicationsJarIsAUriTheClusterReads(@TempDir Path dir) throws Exception {
        assertThat(YarnTarget.jarUri("hdfs:///apps/job.jar")).isEqualTo("hdfs:///apps/job.jar");
        assertThat(YarnTarget.jarUri("local:///opt/flink/usrlib/job.jar"))
                .isEqualTo("local:///opt/flink/usrlib/job.jar");
        Path jar = Files.writeString(dir.resolve("job.jar"), "x");
        assertThat(YarnTarget.jarUri(jar.toString())).isEqualTo(jar.toUri().toString());
        assertThatThrownBy(() -> YarnTarget.jarUri(dir.resolve("missing.jar").toString()))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("not a readable file");
    }
}
