package io.lakejob.sdk.flink.internal.targets.kubernetes;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.flink.internal.targets.Targets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.util.TimeUtils;

/**
 * A Kubernetes target's settings: checked before any I/O, and turned into the Flink configuration
 * that Flink's {@code KubernetesClusterDescriptor} reads. Only flink-core types: this class loads
 * without flink-kubernetes.
 */
final class KubeSettings {
    /** The SDK's own key: where an application cluster finds the SQL runner jar. */
    static final String RUNNER_JAR = Targets.KUBERNETES_SETTINGS.get("sqlRunnerJar");

    /** The SDK's own key: how long a session deployed here may take to answer. */
    static final String START_TIMEOUT = Targets.KUBERNETES_SETTINGS.get("startTimeout");

    /** What {@link #START_TIMEOUT} is when not set. */
    static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(5);

    static final String CLUSTER_ID = "kubernetes.cluster-id";
    static final String NAMESPACE = "kubernetes.namespace";
    static final String IMAGE = "kubernetes.container.image.ref";
    static final String IMAGE_DEPRECATED = "kubernetes.container.image";
    static final String EXPOSED_TYPE = "kubernetes.rest-service.exposed.type";
    static final String LOCAL_UPLOAD = "kubernetes.artifacts.local-upload-enabled";

    /** Flink's limit on a Kubernetes cluster id (its Services are named {@code <id>-rest}). */
    static final int MAX_CLUSTER_ID = 45;

    /** A DNS-1035 label: what a Service name must be, so what a cluster id must be. */
    private static final Pattern DNS_1035 = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

    /** A DNS-1123 label: a namespace. */
    private static final Pattern DNS_1123 = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private static final Set<String> EXPOSED_TYPES =
            Set.of("ClusterIP", "NodePort", "LoadBalancer", "Headless_ClusterIP");

    private KubeSettings() {}

    /**
     * Checks settings before any I/O: the cluster id of a session, the image of an application,
     * the files named, the values Flink would refuse later.
     *
     * @param s the settings
     * @throws ConfigurationException naming the setting and what is wrong
     */
    static void check(TargetSettings s) {
        Map<String, String> conf = s.flinkConfiguration();
        String what = s.kind() + " target of " + s.origin();
        String confId = conf.get(CLUSTER_ID);
        if (s.kind() == TargetKind.KUBERNETES_SESSION) {
            String id = s.clusterId();
            if (id == null) {
                throw new ConfigurationException("The " + what + " needs the session's cluster id (clusterId,"
                        + " kubernetes.cluster-id, or the endpoint flink:kubernetes-session://<cluster id>): the session"
                        + " is attached to when its Deployment exists and deployed under that id otherwise");
            }
            checkClusterId(what, id);
            if (confId != null && !confId.equals(id)) {
                throw new ConfigurationException("The " + what + " names two cluster ids: clusterId " + id + " and "
                        + CLUSTER_ID + " " + confId);
            }
        } else {
            if (s.clusterId() != null || confId != null) {
                throw new ConfigurationException("The " + what + " deploys one cluster per job run under an id the"
                        + " SDK derives from the run (lakejob-<Flink job id>); remove its cluster id ("
                        + (s.clusterId() != null ? s.clusterId() : confId) + ")");
            }
            if (image(conf) == null && !imageInConfigFolder(s)) {
                throw new ConfigurationException("The " + what + " needs the container image its JobManager and"
                        + " TaskManagers run (image, or " + IMAGE + "): an image with Flink "
                        + org.apache.flink.runtime.util.EnvironmentInformation.getVersion()
                        + " and the job's jar (or the SDK's SQL runner jar, see sqlRunnerJar)");
            }
            String runner = conf.get(RUNNER_JAR);
            if (runner != null) {
                checkJarUri(what, "sqlRunnerJar", runner);
            }
        }
        String ns = conf.get(NAMESPACE);
        if (ns != null && (ns.length() > 63 || !DNS_1123.matcher(ns).matches())) {
            throw new ConfigurationException("The namespace '" + ns + "' of the " + what
                    + " is not a Kubernetes namespace name (lower-case letters, digits and '-', at most 63)");
        }
        String type = conf.get(EXPOSED_TYPE);
        if (type != null && !EXPOSED_TYPES.contains(type)) {
            throw new ConfigurationException("restServiceType (" + EXPOSED_TYPE + ") of the " + what + " is '" + type
                    + "': use one of ClusterIP, NodePort, LoadBalancer, Headless_ClusterIP");
        }
        for (String key : new String[] {"kubernetes.jobmanager.cpu.amount", "kubernetes.taskmanager.cpu.amount"}) {
            String v = conf.get(key);
            if (v != null) {
                double cpu;
                try {
                    cpu = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    cpu = -1;
                }
                if (!(cpu > 0)) {
                    throw new ConfigurationException(
                            key + " of the " + what + " is '" + v + "': a positive number of CPUs");
                }
            }
        }
        for (String key : new String[] {"jobmanager.memory.process.size", "taskmanager.memory.process.size"}) {
            String v = conf.get(key);
            if (v != null) {
                try {
                    MemorySize.parse(v);
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(
                            key + " of the " + what + " is '" + v + "': a memory size such as 1024m or 2g");
                }
            }
        }
        String timeout = conf.get(START_TIMEOUT);
        if (timeout != null) {
            try {
                TimeUtils.parseDuration(timeout);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(
                        "startTimeout of the " + what + " is '" + timeout + "': a duration such as 5 min or 90 s");
            }
        }
        readable(what, "kubeConfig", s.kubeConfig());
        readable(what, "podTemplate", s.podTemplate());
        readable(what, "jmPodTemplate", s.jobManagerPodTemplate());
        readable(what, "tmPodTemplate", s.taskManagerPodTemplate());
        if (s.flinkConfigPath() != null && !Files.isDirectory(Path.of(s.flinkConfigPath()))) {
            throw new ConfigurationException(
                    "flinkConfigPath of the " + what + " is not a folder: " + s.flinkConfigPath());
        }
    }

    /**
     * Checks a cluster id as Flink and Kubernetes take it.
     *
     * @param what the target, for the message
     * @param id the id
     */
    static void checkClusterId(String what, String id) {
        if (id.length() > MAX_CLUSTER_ID || !DNS_1035.matcher(id).matches()) {
            throw new ConfigurationException("The cluster id '" + id + "' of the " + what + " is not valid: Flink names"
                    + " a Deployment and Services after it, so it must be lower-case letters, digits and '-',"
                    + " start with a letter, end with a letter or digit, and have at most " + MAX_CLUSTER_ID
                    + " characters");
        }
    }

    /**
     * Checks a jar the cluster reads: {@code local://} in the image, or a URI its file systems or
     * Flink's artifact fetching read ({@code https://}, {@code s3://}, {@code hdfs://}, ...).
     *
     * @param what the target, for the message
     * @param setting the setting's name, for the message
     * @param jar the jar
     */
    static void checkJarUri(String what, String setting, String jar) {
        URI u;
        try {
            u = new URI(jar);
        } catch (java.net.URISyntaxException e) {
            u = null;
        }
        if (u == null
                || u.getScheme() == null
                || u.getScheme().equalsIgnoreCase("file")
                || u.getPath() == null
                || !u.getPath().endsWith(".jar")) {
            throw new ConfigurationException(setting + " of the " + what + " is '" + jar + "': name a jar inside the"
                    + " image as local:///path/in/image.jar, or at a URI the cluster reads (https://, s3://, hdfs://)");
        }
    }

    private static void readable(String what, String setting, String file) {
        if (file != null && !(Files.isRegularFile(Path.of(file)) && Files.isReadable(Path.of(file)))) {
            // The path only: a kubeconfig's contents are never part of a message.
            throw new ConfigurationException(setting + " of the " + what + " is not a readable file: " + file);
        }
    }

    private static boolean imageInConfigFolder(TargetSettings s) {
        if (s.flinkConfigPath() == null || !Files.isDirectory(Path.of(s.flinkConfigPath()))) {
            return false;
        }
        Configuration c = GlobalConfiguration.loadConfiguration(s.flinkConfigPath());
        return c.containsKey(IMAGE) || c.containsKey(IMAGE_DEPRECATED);
    }

    /** @return the image the settings name, or {@code null} */
    static String image(Map<String, String> conf) {
        String i = conf.get(IMAGE);
        return i != null ? i : conf.get(IMAGE_DEPRECATED);
    }

    /** @return how long a session deployed by this client may take to answer */
    static Duration startTimeout(TargetSettings s) {
        String t = s.flinkConfiguration().get(START_TIMEOUT);
        return t == null ? DEFAULT_START_TIMEOUT : TimeUtils.parseDuration(t);
    }

    /** @return the namespace the settings deploy to */
    static String namespace(TargetSettings s) {
        return s.flinkConfiguration().getOrDefault(NAMESPACE, "default");
    }

    /** @return whether Flink uploads {@code local://} jars of the client to a file system the cluster reads */
    static boolean localUpload(TargetSettings s) {
        return Boolean.parseBoolean(s.flinkConfiguration()
                .getOrDefault(LOCAL_UPLOAD, "false")
                .trim()
                .toLowerCase(Locale.ROOT));
    }

    /**
     * The Flink configuration of a cluster: the {@code flinkConfigPath} folder's file, the target's
     * configuration keys, and the target's settings as Flink keys ({@code kubernetes.config.file},
     * the pod templates, {@code execution.target}, {@code kubernetes.cluster-id}). The SDK's own
     * {@code lakejob.*} keys stay behind.
     *
     * @param s the settings
     * @param clusterId the cluster id
     * @return the configuration
     */
    static Configuration flinkConfiguration(TargetSettings s, String clusterId) {
        Configuration c = s.flinkConfigPath() != null
                ? GlobalConfiguration.loadConfiguration(s.flinkConfigPath())
                : new Configuration();
        s.flinkConfiguration().forEach((k, v) -> {
            if (!k.startsWith("lakejob.")) {
                c.setString(k, v);
            }
        });
        if (s.kubeConfig() != null) {
            c.setString("kubernetes.config.file", s.kubeConfig());
        }
        if (s.podTemplate() != null) {
            c.setString("kubernetes.pod-template-file.default", s.podTemplate());
        }
        if (s.jobManagerPodTemplate() != null) {
            c.setString("kubernetes.pod-template-file.jobmanager", s.jobManagerPodTemplate());
        }
        if (s.taskManagerPodTemplate() != null) {
            c.setString("kubernetes.pod-template-file.taskmanager", s.taskManagerPodTemplate());
        }
        // Flink's own config.yaml sets these; without one, the same defaults (Flink refuses a deploy without).
        if (!c.containsKey("jobmanager.memory.process.size")
                && !c.containsKey("jobmanager.memory.flink.size")
                && !c.containsKey("jobmanager.memory.heap.size")) {
            c.setString("jobmanager.memory.process.size", "1600m");
        }
        if (!c.containsKey("taskmanager.memory.process.size")
                && !c.containsKey("taskmanager.memory.flink.size")
                && !c.containsKey("taskmanager.memory.task.heap.size")) {
            c.setString("taskmanager.memory.process.size", "1728m");
        }
        c.setString("execution.target", s.kind().wireName());
        c.setString(CLUSTER_ID, clusterId);
        // The client's REST calls give up on a JobManager that does not answer within seconds, so that
        // the target asks Kubernetes whether the Deployment still exists (Flink's default is 20 x 3 s).
        if (!c.containsKey("rest.retry.max-attempts")) {
            c.setString("rest.retry.max-attempts", "3");
        }
        if (!c.containsKey("rest.retry.delay")) {
            c.setString("rest.retry.delay", "1 s");
        }
        return c;
    }
}
