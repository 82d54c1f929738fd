package io.lakejob.sdk.flink.internal.targets.yarn;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.IllegalConfigurationException;
import org.apache.flink.yarn.configuration.YarnConfigOptions;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/**
 * The Flink and YARN configurations of a YARN target, from its settings: what Flink's own CLI would
 * read from {@code FLINK_CONF_DIR} and {@code HADOOP_CONF_DIR}, with the folders and keys the target
 * names instead.
 */
final class YarnSetup {
    /** The Hadoop files read from a Hadoop configuration folder, in this order (later ones win). */
    static final List<String> HADOOP_FILES =
            List.of("core-site.xml", "hdfs-site.xml", "yarn-site.xml", "mapred-site.xml");

    private YarnSetup() {}

    /**
     * The target's Flink configuration: the {@code config.yaml} (or {@code flink-conf.yaml}) of
     * {@code flinkConfigPath}, then the settings' Flink keys over it, then the execution target and
     * {@code flinkLibPath} as {@code yarn.provided.lib.dirs}.
     *
     * @param settings the target's settings
     * @return a new configuration
     * @throws ConfigurationException when the folder cannot be read
     */
    static Configuration flinkConfiguration(TargetSettings settings) {
        Configuration conf;
        if (settings.flinkConfigPath() != null) {
            Path dir = localFolder("flinkConfigPath", settings.flinkConfigPath(), settings);
            if (!Files.isRegularFile(dir.resolve("config.yaml"))
                    && !Files.isRegularFile(dir.resolve("flink-conf.yaml"))) {
                throw new ConfigurationException("The flinkConfigPath " + dir + " of " + settings.origin()
                        + " holds neither config.yaml nor flink-conf.yaml");
            }
            try {
                conf = GlobalConfiguration.loadConfiguration(dir.toString());
            } catch (IllegalConfigurationException e) {
                throw new ConfigurationException(
                        "Cannot read the Flink configuration in " + dir + " (" + settings.origin() + "): "
                                + e.getMessage(),
                        e);
            }
        } else {
            conf = new Configuration();
        }
        for (Map.Entry<String, String> e : settings.flinkConfiguration().entrySet()) {
            conf.setString(e.getKey(), e.getValue());
        }
        conf.set(DeploymentOptions.TARGET, settings.kind().wireName());
        if (settings.flinkLibPath() != null) {
            List<String> dirs = new ArrayList<>(
                    conf.getOptional(YarnConfigOptions.PROVIDED_LIB_DIRS).orElse(List.of()));
            if (!dirs.contains(settings.flinkLibPath())) {
                dirs.add(settings.flinkLibPath());
            }
            conf.set(YarnConfigOptions.PROVIDED_LIB_DIRS, dirs);
        }
        return conf;
    }

    /**
     * The target's YARN configuration: Hadoop's defaults and the class path's {@code *-site.xml}, then
     * {@code core-site.xml}, {@code hdfs-site.xml}, {@code yarn-site.xml} and {@code mapred-site.xml}
     * from {@code hadoopConfigPath} (else from {@code HADOOP_CONF_DIR}, else {@code YARN_CONF_DIR}),
     * then the Flink keys {@code flink.hadoop.<key>} and {@code flink.yarn.<key>} as {@code <key>} and
     * {@code yarn.<key>} (as Flink's own YARN client reads them).
     *
     * @param settings the target's settings
     * @param flink the target's Flink configuration
     * @param env the environment (for {@code HADOOP_CONF_DIR})
     * @return a new configuration
     * @throws ConfigurationException when the folder named by the settings is not there
     */
    static YarnConfiguration yarnConfiguration(TargetSettings settings, Configuration flink, Map<String, String> env) {
        YarnConfiguration yarn = new YarnConfiguration();
        Path dir = null;
        if (settings.hadoopConfigPath() != null) {
            Path d = localFolder("hadoopConfigPath", settings.hadoopConfigPath(), settings);
            if (HADOOP_FILES.stream().noneMatch(f -> Files.isRegularFile(d.resolve(f)))) {
                throw new ConfigurationException("The hadoopConfigPath " + d + " of " + settings.origin()
                        + " holds none of " + String.join(", ", HADOOP_FILES));
            }
            dir = d;
        } else {
            String fromEnv = env.get("HADOOP_CONF_DIR") != null ? env.get("HADOOP_CONF_DIR") : env.get("YARN_CONF_DIR");
            if (fromEnv != null && Files.isDirectory(Path.of(fromEnv))) {
                dir = Path.of(fromEnv);
            }
        }
        if (dir != null) {
            for (String name : HADOOP_FILES) {
                Path f = dir.resolve(name);
                if (Files.isRegularFile(f)) {
                    yarn.addResource(new org.apache.hadoop.fs.Path(f.toUri()));
                }
            }
        }
        for (Map.Entry<String, String> e : flink.toMap().entrySet()) {
            String k = e.getKey();
            if (k.startsWith("flink.hadoop.") && k.length() > 13) {
                yarn.set(k.substring(13), e.getValue());
            } else if (k.startsWith("flink.yarn.") && k.length() > 11) {
                yarn.set(k.substring(6), e.getValue());
            }
        }
        return yarn;
    }

    /** A folder setting as a local path ({@code /etc/hadoop} or {@code file:///etc/hadoop}). */
    static Path localFolder(String what, String value, TargetSettings settings) {
        Path p;
        try {
            p = value.startsWith("file:") ? Path.of(URI.create(value)) : Path.of(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(
                    "The " + what + " '" + value + "' of " + settings.origin() + " is not a local folder", e);
        }
        if (!Files.isDirectory(p)) {
            throw new ConfigurationException(
                    "The " + what + " " + value + " of " + settings.origin() + " is not a folder on this machine");
        }
        return p;
    }
}
