package io.lakejob.sdk.flink.internal.targets;

import io.lakejob.sdk.exception.ConfigurationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything that says where a job is deployed: the kind and its settings, with the names of the
 * Dinky OpenAPI's {@code type}, {@code address} and {@code gatewayConfig} ({@code clusterConfig}:
 * {@code flinkConfigPath}, {@code hadoopConfigPath}, {@code flinkLibPath}, {@code appId};
 * {@code kubernetesConfig}: {@code kubeConfig}, the pod templates; {@code flinkConfig.configuration}
 * and {@code kubernetesConfig.configuration}: Flink configuration keys). Immutable; no secrets (a
 * kubeconfig is named by its path, never inlined).
 *
 * @param kind the kind of deployment
 * @param origin where these settings came from, for messages (for example {@code the client's
 *     endpoint}, {@code queue etl}, {@code the request})
 * @param address the JobManager's REST address as {@code host:port}, or {@code null}: the
 *     standalone cluster; for a session on YARN or Kubernetes the address the client uses to reach
 *     it (optional: the target finds it otherwise)
 * @param clusterId the YARN application id or Kubernetes cluster id of an existing session to
 *     attach to, or {@code null}
 * @param flinkConfigPath a Flink configuration folder whose {@code config.yaml} (or {@code
 *     flink-conf.yaml}) is the base of the deployment's configuration, or {@code null}
 * @param hadoopConfigPath the Hadoop configuration folder ({@code core-site.xml}, {@code
 *     yarn-site.xml}, ...) of a YARN target, or {@code null} for {@code HADOOP_CONF_DIR}
 * @param flinkLibPath the folder of Flink's jars to ship to YARN ({@code yarn.provided.lib.dirs}),
 *     or {@code null}
 * @param kubeConfig the kubeconfig file of a Kubernetes target, or {@code null} for the default
 * @param podTemplate the pod template of every pod of a Kubernetes target, or {@code null}
 * @param jobManagerPodTemplate the JobManager's pod template, or {@code null}
 * @param taskManagerPodTemplate the TaskManagers' pod template, or {@code null}
 * @param flinkConfiguration Flink configuration keys of the deployment (memory, slots, YARN queue,
 *     Kubernetes namespace and image, ...); never {@code null}
 */
public record TargetSettings(
        TargetKind kind,
        String origin,
        String address,
        String clusterId,
        String flinkConfigPath,
        String hadoopConfigPath,
        String flinkLibPath,
        String kubeConfig,
        String podTemplate,
        String jobManagerPodTemplate,
        String taskManagerPodTemplate,
        Map<String, String> flinkConfiguration) {

    private static final Pattern ADDRESS = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+):([0-9]{1,5})");

    /** The cluster id of the client's embedded cluster. */
    public static final String EMBEDDED = "embedded";

    /**
     * Checks the settings.
     *
     * @param kind the kind
     * @param origin where they came from
     * @param address the REST address
     * @param clusterId the cluster id
     * @param flinkConfigPath the Flink configuration folder
     * @param hadoopConfigPath the Hadoop configuration folder
     * @param flinkLibPath the Flink lib folder
     * @param kubeConfig the kubeconfig file
     * @param podTemplate the pod template
     * @param jobManagerPodTemplate the JobManager pod template
     * @param taskManagerPodTemplate the TaskManager pod template
     * @param flinkConfiguration Flink configuration keys
     */
    public TargetSettings {
        Objects.requireNonNull(kind, "kind");
        origin = origin == null ? "the request" : origin;
        address = blankToNull(address);
        clusterId = blankToNull(clusterId);
        if (address != null) {
            checkAddress(origin, address);
        }
        flinkConfiguration =
                flinkConfiguration == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(flinkConfiguration));
    }

    /**
     * Settings of a kind with nothing else set.
     *
     * @param kind the kind
     * @param origin where they came from
     * @return the settings
     */
    public static TargetSettings of(TargetKind kind, String origin) {
        return new TargetSettings(kind, origin, null, null, null, null, null, null, null, null, null, Map.of());
    }

    /** @return the client's embedded cluster */
    public static TargetSettings local() {
        return of(TargetKind.LOCAL, "the embedded cluster");
    }

    /**
     * A standalone session cluster.
     *
     * @param address its REST address, {@code host:port}
     * @param origin where it was named
     * @return the settings
     */
    public static TargetSettings standalone(String address, String origin) {
        return of(TargetKind.STANDALONE, origin).withAddress(address);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Checks a {@code host:port} address.
     *
     * @param origin where it was given, for the message
     * @param address the address
     */
    static void checkAddress(String origin, String address) {
        var m = ADDRESS.matcher(address);
        if (!m.matches()) {
            throw new ConfigurationException("The Flink address '" + address + "' of " + origin + " is not host:port");
        }
        int port = Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new ConfigurationException(
                    "The port of Flink address '" + address + "' of " + origin + " is out of range");
        }
    }

    /** @return the host of {@link #address()} */
    public String host() {
        int i = address.lastIndexOf(':');
        return address.substring(0, i);
    }

    /** @return the port of {@link #address()} */
    public int port() {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    /**
     * These settings with another address.
     *
     * @param a the address, {@code host:port}
     * @return the settings
     */
    public TargetSettings withAddress(String a) {
        return new TargetSettings(
                kind,
                origin,
                a,
                clusterId,
                flinkConfigPath,
                hadoopConfigPath,
                flinkLibPath,
                kubeConfig,
                podTemplate,
                jobManagerPodTemplate,
                taskManagerPodTemplate,
                flinkConfiguration);
    }

    /**
     * These settings with another cluster id.
     *
     * @param id the cluster id
     * @return the settings
     */
    public TargetSettings withClusterId(String id) {
        return new TargetSettings(
                kind,
                origin,
                address,
                id,
                flinkConfigPath,
                hadoopConfigPath,
                flinkLibPath,
                kubeConfig,
                podTemplate,
                jobManagerPodTemplate,
                taskManagerPodTemplate,
                flinkConfiguration);
    }

    /**
     * These settings with another origin.
     *
     * @param o where they came from
     * @return the settings
     */
    public TargetSettings withOrigin(String o) {
        return new TargetSettings(
                kind,
                o,
                address,
                clusterId,
                flinkConfigPath,
                hadoopConfigPath,
                flinkLibPath,
                kubeConfig,
                podTemplate,
                jobManagerPodTemplate,
                taskManagerPodTemplate,
                flinkConfiguration);
    }

    /**
     * These settings with every value {@code over} sets replacing this one's (Flink configuration
     * keys merged, {@code over}'s winning); the kind is {@code over}'s.
     *
     * @param over the settings laid over these
     * @return the merged settings
     */
    public TargetSettings overlay(TargetSettings over) {
        Map<String, String> conf = new LinkedHashMap<>(flinkConfiguration);
        conf.putAll(over.flinkConfiguration);
        return new TargetSettings(
                over.kind,
                over.origin,
                or(over.address, address),
                or(over.clusterId, clusterId),
                or(over.flinkConfigPath, flinkConfigPath),
                or(over.hadoopConfigPath, hadoopConfigPath),
                or(over.flinkLibPath, flinkLibPath),
                or(over.kubeConfig, kubeConfig),
                or(over.podTemplate, podTemplate),
                or(over.jobManagerPodTemplate, jobManagerPodTemplate),
                or(over.taskManagerPodTemplate, taskManagerPodTemplate),
                conf);
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    /**
     * What identifies the cluster these settings deploy or reach: two settings with the same identity
     * share one {@link DeploymentTarget} (one session, one client). The origin is not part of it.
     *
     * @return the identity
     */
    public String identity() {
        return kind + "|" + address + "|" + clusterId + "|" + flinkConfigPath + "|" + hadoopConfigPath + "|"
                + flinkLibPath + "|" + kubeConfig + "|" + podTemplate + "|" + jobManagerPodTemplate + "|"
                + taskManagerPodTemplate + "|" + flinkConfiguration;
    }

    /**
     * The settings without configuration values: those can hold credentials (a Hadoop or S3 secret in
     * {@code flink.hadoop.*}, say), so only the keys are shown.
     *
     * @return the settings, values of {@code flinkConfiguration} left out
     */
    @Override
    public String toString() {
        return "TargetSettings[kind=" + kind + ", origin=" + origin + ", address=" + address + ", clusterId="
                + clusterId + ", flinkConfigPath=" + flinkConfigPath + ", hadoopConfigPath=" + hadoopConfigPath
                + ", flinkLibPath=" + flinkLibPath + ", kubeConfig=" + kubeConfig + ", podTemplate=" + podTemplate
                + ", jobManagerPodTemplate=" + jobManagerPodTemplate + ", taskManagerPodTemplate="
                + taskManagerPodTemplate + ", flinkConfiguration keys=" + flinkConfiguration.keySet() + "]";
    }

    /** @return the kind and where, for messages: {@code yarn-session (queue etl)} */
    public String describe() {
        StringBuilder sb = new StringBuilder(kind.wireName());
        if (address != null) {
            sb.append(' ').append(address);
        }
        if (clusterId != null) {
            sb.append(' ').append(clusterId);
        }
        return sb.append(" (").append(origin).append(')').toString();
    }
}
