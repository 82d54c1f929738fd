package io.lakejob.sdk.flink.internal.targets.yarn;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.TargetContext;
import io.lakejob.sdk.flink.internal.targets.TargetFactory;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes the YARN targets. Loaded by class name only (see {@code Targets}): this class refers to no
 * YARN or Hadoop type in its signatures, so it loads without them and {@link #checkAvailable} can say
 * what is missing.
 */
public final class YarnTargetFactory implements TargetFactory {
    /** A YARN application id, as {@code ApplicationId.toString()} writes it. */
    static final Pattern APPLICATION_ID = Pattern.compile("application_[0-9]+_[0-9]+");

    /** Classes a YARN target needs, and the artifact that brings each. */
    static final List<String[]> REQUIRED = List.of(
            new String[] {"org.apache.flink.yarn.YarnClusterDescriptor", "org.apache.flink:flink-yarn"},
            new String[] {"org.apache.hadoop.yarn.client.api.YarnClient", "org.apache.hadoop:hadoop-yarn-client"},
            new String[] {"org.apache.hadoop.yarn.conf.YarnConfiguration", "org.apache.hadoop:hadoop-yarn-common"},
            new String[] {"org.apache.hadoop.conf.Configuration", "org.apache.hadoop:hadoop-common"});

    /** Creates the factory ({@code Targets} does, by reflection). */
    public YarnTargetFactory() {}

    @Override
    public Set<TargetKind> kinds() {
        return Set.of(TargetKind.YARN_SESSION, TargetKind.YARN_PER_JOB, TargetKind.YARN_APPLICATION);
    }

    @Override
    public void checkAvailable(TargetKind kind) {
        checkAvailable(kind, YarnTargetFactory.class.getClassLoader());
    }

    /**
     * Checks that flink-yarn and the Hadoop YARN client can be loaded, and that this Flink line has
     * per-job clusters when {@code kind} is {@code yarn-per-job}.
     *
     * @param kind the kind
     * @param loader where to look
     */
    static void checkAvailable(TargetKind kind, ClassLoader loader) {
        List<String> missing = new ArrayList<>();
        Class<?> descriptor = null;
        for (String[] r : REQUIRED) {
            try {
                Class<?> c = Class.forName(r[0], false, loader);
                if (descriptor == null && r[1].endsWith("flink-yarn")) {
                    descriptor = c;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(r[0] + " (" + r[1] + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException(missingMessage(kind, missing));
        }
        if (kind == TargetKind.YARN_PER_JOB && !hasPerJobClusters(descriptor)) {
            throw new NotSupportedException(
                    "execution target yarn-per-job",
                    "flink",
                    "Flink " + io.lakejob.sdk.flink.internal.FlinkClassPath.runningFlinkVersion()
                            + " has no per-job clusters on YARN (Flink 2 removed them);"
                            + " use yarn-application, which runs the job's main method in its own cluster");
        }
    }

    /** The message naming the artifacts a YARN target needs. */
    static String missingMessage(TargetKind kind, List<String> missing) {
        return "The " + kind + " target needs flink-yarn and the Hadoop YARN client on the class path, which"
                + " the SDK declares optional; missing: " + String.join(", ", missing) + ". Add"
                + " org.apache.flink:flink-yarn:" + io.lakejob.sdk.flink.internal.FlinkClassPath.runningFlinkVersion()
                + " (the same version as your other Flink artifacts, flink.version, and as the cluster's Flink),"
                + " and org.apache.hadoop:hadoop-yarn-client, org.apache.hadoop:hadoop-common and"
                + " org.apache.hadoop:hadoop-hdfs-client at the Hadoop version your YARN cluster runs (the SDK is"
                + " tested with 3.3.6); see the README, section YARN";
    }

    /**
     * Whether a Flink line deploys per-job clusters: its {@code YarnClusterDescriptor} has {@code
     * deployJobCluster} (Flink 1.x; removed in 2.0).
     *
     * @param yarnClusterDescriptor the descriptor class
     * @return whether it does
     */
    static boolean hasPerJobClusters(Class<?> yarnClusterDescriptor) {
        for (Method m : yarnClusterDescriptor.getMethods()) {
            if (m.getName().equals("deployJobCluster") && m.getParameterCount() == 3) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(TargetSettings settings) {
        String id = settings.clusterId();
        if (id != null) {
            if (!settings.kind().isSession()) {
                throw new ConfigurationException("A " + settings.kind() + " target deploys its own application per"
                        + " job and attaches to none, but " + settings.origin() + " names " + id
                        + "; use yarn-session to submit into a running application");
            }
            if (!APPLICATION_ID.matcher(id).matches()) {
                throw new ConfigurationException("The YARN application id '" + id + "' of " + settings.origin()
                        + " is not of the form application_<cluster timestamp>_<number>");
            }
        }
        checkLocalFolder("flinkConfigPath", settings.flinkConfigPath(), settings);
        checkLocalFolder("hadoopConfigPath", settings.hadoopConfigPath(), settings);
        // A folder that is not there is named now, not after the job was accepted.
        if (settings.flinkConfigPath() != null) {
            YarnSetup.localFolder("flinkConfigPath", settings.flinkConfigPath(), settings);
        }
        if (settings.hadoopConfigPath() != null) {
            YarnSetup.localFolder("hadoopConfigPath", settings.hadoopConfigPath(), settings);
        }
    }

    private static void checkLocalFolder(String what, String path, TargetSettings settings) {
        if (path == null) {
            return;
        }
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        if (colon > 1 && (slash < 0 || colon < slash) && !path.startsWith("file:")) {
            throw new ConfigurationException("The " + what + " of " + settings.origin() + " must be a folder on"
                    + " this machine (it is read by the client), not " + path);
        }
    }

    @Override
    public DeploymentTarget create(TargetSettings settings, TargetContext context) {
        return new YarnTarget(settings, context);
    }
}
