package io.lakejob.sdk.flink.internal.targets;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.flink.internal.targets.local.LocalTarget;
import io.lakejob.sdk.flink.internal.targets.standalone.StandaloneTarget;
import io.lakejob.sdk.model.flink.ExecutionTarget;
import io.lakejob.sdk.model.flink.GatewayConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides where a job runs, and keeps the {@link DeploymentTarget}s of a client.
 *
 * <p>Settings come from three places, most specific last: the client ({@linkplain #parseEndpoint
 * the endpoint} and the properties {@code flink.target.<setting>}), a queue (its label {@code
 * flink.target=<name>} naming a target defined by {@code flink.targets.<name>.<setting>}, or {@code
 * flink.address=host:port} for a standalone cluster), and a request ({@code ExecuteSqlRequest}'s
 * {@code type}, {@code address} and gateway settings). Whatever a request asks for is carried out
 * there or refused before any I/O: a kind this build cannot deploy to is a {@link
 * NotSupportedException}, a missing module a {@link ConfigurationException} naming the artifacts, a
 * missing or malformed setting a {@link ConfigurationException} or {@link ValidationException}
 * naming it.
 *
 * <p>Targets are made on first use and kept per {@link TargetSettings#identity()}; {@link #close()}
 * closes them all.
 */
public final class Targets implements AutoCloseable {
    /** Property prefix of the client's own target settings. */
    public static final String CLIENT_PREFIX = "flink.target.";

    /** Property prefix of named targets that queues point at. */
    public static final String NAMED_PREFIX = "flink.targets.";

    /** The settings a target takes besides Flink configuration keys ({@code conf.<key>}). */
    public static final List<String> SETTINGS = List.of(
            "type",
            "address",
            "clusterId",
            "flinkConfigPath",
            "hadoopConfigPath",
            "flinkLibPath",
            "kubeConfig",
            "podTemplate",
            "jmPodTemplate",
            "tmPodTemplate");

    // ---- Kubernetes targets: settings that name Flink configuration keys ----
    /**
     * Settings of the Kubernetes targets and the configuration key each sets ({@code
     * flink.targets.<name>.image=...} is {@code flink.targets.<name>.conf.kubernetes.container.image.ref=...}).
     * The {@code lakejob.kubernetes.*} keys are the SDK's own and never reach the cluster.
     */
    public static final Map<String, String> KUBERNETES_SETTINGS = kubernetesSettings();

    private static Map<String, String> kubernetesSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("namespace", "kubernetes.namespace");
        m.put("image", "kubernetes.container.image.ref");
        m.put("serviceAccount", "kubernetes.service-account");
        m.put("restServiceType", "kubernetes.rest-service.exposed.type");
        m.put("jobManagerCpu", "kubernetes.jobmanager.cpu.amount");
        m.put("jobManagerMemory", "jobmanager.memory.process.size");
        m.put("taskManagerCpu", "kubernetes.taskmanager.cpu.amount");
        m.put("taskManagerMemory", "taskmanager.memory.process.size");
        m.put("taskManagerSlots", "taskmanager.numberOfTaskSlots");
        m.put("sqlRunnerJar", "lakejob.kubernetes.sql-runner-jar");
        m.put("startTimeout", "lakejob.kubernetes.start-timeout");
        return java.util.Collections.unmodifiableMap(m);
    }
    // ---- end of Kubernetes targets ----

    private static final Map<String, String> ALIASES =
            Map.of("appId", "clusterId", "yarnConfigPath", "hadoopConfigPath");

    private static final Pattern STANDALONE =
            Pattern.compile("flink:standalone://((?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+):[0-9]{1,5})/?");
    private static final Pattern KIND = Pattern.compile("flink:([a-z_-]+)(?:://([A-Za-z0-9._-]+)/?)?");
    private static final Pattern LABEL_ADDRESS =
            Pattern.compile("flink\\.address=((?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]):[0-9]{1,5})");
    private static final Pattern LABEL_TARGET = Pattern.compile("flink\\.target=([A-Za-z0-9_.-]+)");

    /** Class names of factories whose kinds need optional modules, loaded only when asked for. */
    private static final Map<TargetKind.Family, String> OPTIONAL_FACTORIES = Map.of(
            TargetKind.Family.YARN, "io.lakejob.sdk.flink.internal.targets.yarn.YarnTargetFactory",
            TargetKind.Family.KUBERNETES, "io.lakejob.sdk.flink.internal.targets.kubernetes.KubernetesTargetFactory");

    private final TargetSettings clientDefault;
    private final Map<String, TargetSettings> named;
    private final TargetContext context;
    private final Map<TargetKind, TargetFactory> factories = new EnumMap<>(TargetKind.class);
    private final Map<String, Entry> targets = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private record Entry(DeploymentTarget target, String executorId) {}

    /**
     * Reads the client's targets.
     *
     * @param endpoint the client's endpoint
     * @param properties the client's properties
     * @param context what targets share with the transport
     * @throws ConfigurationException for a malformed endpoint or target property
     */
    public Targets(String endpoint, Map<String, String> properties, TargetContext context) {
        this.context = context;
        TargetSettings fromEndpoint = parseEndpoint(endpoint);
        this.clientDefault = fromEndpoint
                .overlay(readSettings(
                        properties, CLIENT_PREFIX, fromEndpoint.kind(), "the client's flink.target.* properties"))
                .withOrigin("the client's endpoint " + endpoint.trim());
        this.named = readNamed(properties);
        register(new LocalTarget.Factory());
        register(new StandaloneTarget.Factory());
    }

    private void register(TargetFactory f) {
        for (TargetKind k : f.kinds()) {
            factories.put(k, f);
        }
    }

    /**
     * Parses a {@code flink:} endpoint: {@code flink:local}, {@code flink:standalone://host:port},
     * or {@code flink:<kind>} and {@code flink:<kind>://<cluster id>} for the YARN and Kubernetes
     * kinds ({@code flink:yarn-session://application_1_0001}).
     *
     * @param endpoint the endpoint
     * @return the settings it names
     * @throws ConfigurationException for any other form
     */
    public static TargetSettings parseEndpoint(String endpoint) {
        String e = endpoint.trim();
        String origin = "the client's endpoint " + e;
        Matcher s = STANDALONE.matcher(e);
        if (s.matches()) {
            return TargetSettings.standalone(s.group(1), origin);
        }
        Matcher k = KIND.matcher(e.toLowerCase(Locale.ROOT).startsWith("flink:") ? "flink:" + e.substring(6) : e);
        if (k.matches()) {
            TargetKind kind = TargetKind.byName(k.group(1));
            if (kind != null && kind != TargetKind.STANDALONE) {
                if (k.group(2) != null && (kind == TargetKind.LOCAL || kind.mode() != TargetKind.Mode.SESSION)) {
                    throw new ConfigurationException("The Flink endpoint '" + endpoint + "' names a cluster, but "
                            + kind + " " + (kind == TargetKind.LOCAL ? "is this client's own" : "deploys one per job"));
                }
                return TargetSettings.of(kind, origin).withClusterId(k.group(2));
            }
        }
        List<String> forms = new ArrayList<>(List.of("flink:local", "flink:standalone://host:port"));
        for (TargetKind kind : TargetKind.values()) {
            if (kind.family() != TargetKind.Family.NONE) {
                forms.add("flink:" + kind + (kind.isSession() ? "[://<cluster id>]" : ""));
            }
        }
        throw new ConfigurationException("Unknown Flink endpoint '" + endpoint + "': use " + String.join(", ", forms));
    }

    private static Map<String, TargetSettings> readNamed(Map<String, String> properties) {
        TreeSet<String> names = new TreeSet<>();
        for (String key : properties.keySet()) {
            if (key.startsWith(NAMED_PREFIX)) {
                String rest = key.substring(NAMED_PREFIX.length());
                int dot = rest.indexOf('.');
                if (dot <= 0) {
                    throw new ConfigurationException(
                            "Property " + key + " names no target: use " + NAMED_PREFIX + "<name>.<setting>");
                }
                names.add(rest.substring(0, dot));
            }
        }
        Map<String, TargetSettings> out = new LinkedHashMap<>();
        for (String name : names) {
            String prefix = NAMED_PREFIX + name + ".";
            String type = properties.get(prefix + "type");
            TargetKind kind = TargetKind.byName(type);
            if (kind == null) {
                throw new ConfigurationException("Target " + name + " needs " + prefix + "type, one of " + kindNames()
                        + (type == null ? "" : ", was '" + type + "'"));
            }
            out.put(name, readSettings(properties, prefix, kind, "target " + name));
        }
        return Map.copyOf(out);
    }

    private static TargetSettings readSettings(
            Map<String, String> properties, String prefix, TargetKind kind, String origin) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> conf = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : properties.entrySet()) {
            if (!p.getKey().startsWith(prefix)) {
                continue;
            }
            String setting = p.getKey().substring(prefix.length());
            if (prefix.equals(CLIENT_PREFIX) && setting.equals("type")) {
                throw new ConfigurationException(
                        "The client's target kind comes from its endpoint (flink:<kind>), not " + p.getKey());
            }
            if (setting.startsWith("conf.") && setting.length() > 5) {
                String before = conf.put(setting.substring(5), p.getValue());
                if (before != null && !before.equals(p.getValue())) {
                    throw new ConfigurationException("Property " + p.getKey() + " contradicts another setting of "
                            + origin + " for the same key (" + before + " vs " + p.getValue() + "): set one of them");
                }
                continue;
            }
            String canonical = ALIASES.getOrDefault(setting, setting);
            String kubernetesKey = KUBERNETES_SETTINGS.get(canonical);
            if (kubernetesKey != null) {
                String before = conf.put(kubernetesKey, p.getValue());
                if (before != null && !before.equals(p.getValue())) {
                    throw new ConfigurationException("Property " + p.getKey() + " contradicts " + prefix + "conf."
                            + kubernetesKey + " (" + before + " vs " + p.getValue() + "): set one of them");
                }
                continue;
            }
            if (!SETTINGS.contains(canonical)) {
                throw new ConfigurationException("Unknown Flink target property " + p.getKey() + ": a target takes "
                        + prefix + "<setting> with <setting> one of " + String.join(", ", SETTINGS)
                        + ", for Kubernetes " + String.join(", ", KUBERNETES_SETTINGS.keySet())
                        + ", or " + prefix + "conf.<Flink configuration key>");
            }
            values.put(canonical, p.getValue());
        }
        return new TargetSettings(
                kind,
                origin,
                values.get("address"),
                values.get("clusterId"),
                values.get("flinkConfigPath"),
                values.get("hadoopConfigPath"),
                values.get("flinkLibPath"),
                values.get("kubeConfig"),
                values.get("podTemplate"),
                values.get("jmPodTemplate"),
                values.get("tmPodTemplate"),
                conf);
    }

    private static String kindNames() {
        List<String> n = new ArrayList<>();
        for (TargetKind k : TargetKind.values()) {
            n.add(k.wireName());
        }
        return String.join(", ", n);
    }

    /** @return the settings of the client's own target (its endpoint and {@code flink.target.*}) */
    public TargetSettings clientDefault() {
        return clientDefault;
    }

    /**
     * Where a queue's jobs run: the target its label {@code flink.target=<name>} names, the standalone
     * cluster of its label {@code flink.address=host:port}, else the client's own target.
     *
     * @param queueName the queue, for messages
     * @param labels the queue's labels
     * @return the settings
     * @throws ConfigurationException when a label names a target the client does not define
     */
    public TargetSettings forQueue(String queueName, List<String> labels) {
        if (labels != null) {
            for (String label : labels) {
                Matcher t = LABEL_TARGET.matcher(label.trim());
                if (t.matches()) {
                    TargetSettings s = named.get(t.group(1));
                    if (s == null) {
                        throw new ConfigurationException("Queue " + queueName + " has the label " + label
                                + " but the client defines no target " + t.group(1) + " (define it with "
                                + NAMED_PREFIX + t.group(1) + ".type and its settings"
                                + (named.isEmpty()
                                        ? ""
                                        : "; defined: " + String.join(", ", new TreeSet<>(named.keySet())))
                                + ")");
                    }
                    return s.withOrigin("queue " + queueName + " (target " + t.group(1) + ")");
                }
                Matcher a = LABEL_ADDRESS.matcher(label.trim());
                if (a.matches()) {
                    return TargetSettings.standalone(a.group(1), "queue " + queueName + " (label " + label + ")");
                }
            }
        }
        return clientDefault;
    }

    /**
     * Where a request's job runs: its {@code type} and {@code address}, laid over the client's target
     * when it is of the same kind (else over the one named target of that kind, if there is exactly
     * one), so that a request need not repeat what the client knows.
     *
     * @param type the request's execution target, or {@code null} for the client's kind
     * @param address the request's JobManager address, or {@code null}
     * @param gateway the request's gateway settings ({@link #fromGateway}), or {@code null}
     * @return the settings
     */
    public TargetSettings forRequest(ExecutionTarget type, String address, GatewayConfig gateway) {
        TargetKind kind;
        if (type == null) {
            // No type: the client's kind; an address with an embedded client means that standalone cluster.
            kind = clientDefault.kind() == TargetKind.LOCAL && address != null
                    ? TargetKind.STANDALONE
                    : clientDefault.kind();
        } else {
            kind = TargetKind.of(type);
            if (kind == null) {
                throw new NotSupportedException(
                        "execution target " + type.value(),
                        "flink",
                        "the Flink transport deploys to " + kindNames() + ", not '" + type.value() + "'");
            }
        }
        if (kind == TargetKind.LOCAL && address != null) {
            throw new ValidationException(
                    "address",
                    "type local runs the job on this client's embedded cluster and takes no address (was " + address
                            + "); use type standalone or a session type for a cluster at an address");
        }
        TargetSettings base = baseFor(kind);
        TargetSettings over = TargetSettings.of(kind, "the request").withAddress(address);
        TargetSettings requested = fromGateway(kind, gateway);
        if (requested != null) {
            over = requested
                    .withAddress(address != null ? address : requested.address())
                    .withOrigin("the request");
        }
        return base.overlay(over);
    }

    /**
     * The target settings a request's Dinky {@code gatewayConfig} carries ({@code clusterConfig},
     * {@code flinkConfig.configuration}, {@code kubernetesConfig}; {@code appConfig} is the job's, not
     * the target's). A kubeconfig or pod template given as YAML text is written to an owner-only file
     * that lives as long as the client; Hadoop keys become {@code flink.hadoop.<key>}.
     *
     * @param kind the request's kind
     * @param gateway the request's gateway settings, or {@code null}
     * @return the settings, or {@code null} when the request carries none
     */
    public TargetSettings fromGateway(TargetKind kind, GatewayConfig gateway) {
        if (gateway == null) {
            return null;
        }
        Map<String, String> conf = new LinkedHashMap<>();
        String flinkConfigPath = null;
        String hadoopConfigPath = null;
        String flinkLibPath = null;
        String clusterId = null;
        GatewayConfig.ClusterConfig c = gateway.clusterConfig();
        if (c != null) {
            flinkConfigPath = c.flinkConfigPath();
            hadoopConfigPath = c.hadoopConfigPath();
            flinkLibPath = c.flinkLibPath();
            clusterId = c.appId();
            c.hadoopConfigMap().forEach((k, v) -> conf.put("flink.hadoop." + k, v));
        }
        if (gateway.flinkConfig() != null) {
            conf.putAll(gateway.flinkConfig().configuration());
        }
        String kubeConfig = null;
        String pod = null;
        String jmPod = null;
        String tmPod = null;
        GatewayConfig.KubernetesConfig k = gateway.kubernetesConfig();
        if (k != null) {
            conf.putAll(k.configuration());
            kubeConfig = documentPath("kubeconfig", k.kubeConfig());
            pod = documentPath("pod-template", k.podTemplate());
            jmPod = documentPath("jm-pod-template", k.jmPodTemplate());
            tmPod = documentPath("tm-pod-template", k.tmPodTemplate());
        }
        if (clusterId == null && conf.containsKey("kubernetes.cluster-id") && kind.isSession()) {
            clusterId = conf.get("kubernetes.cluster-id");
        }
        return new TargetSettings(
                kind,
                "the request",
                null,
                clusterId,
                flinkConfigPath,
                hadoopConfigPath,
                flinkLibPath,
                kubeConfig,
                pod,
                jmPod,
                tmPod,
                conf);
    }

    /** A path as it is, or YAML text written to an owner-only file kept until the JVM exits. */
    private static String documentPath(String what, String value) {
        if (value == null || !value.contains("\n")) {
            return value;
        }
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile(
                    "lakejob-" + what + "-",
                    ".yaml",
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            f.toFile().deleteOnExit();
            java.nio.file.Files.writeString(f, value);
            return f.toString();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            throw new ConfigurationException("Cannot write the request's " + what + " to a file: " + e.getMessage(), e);
        }
    }

    private TargetSettings baseFor(TargetKind kind) {
        if (clientDefault.kind() == kind) {
            return clientDefault;
        }
        List<TargetSettings> same =
                named.values().stream().filter(s -> s.kind() == kind).toList();
        return same.size() == 1 ? same.get(0) : TargetSettings.of(kind, "the request");
    }

    /**
     * Checks, before any I/O, that settings can be carried out here: the kind is deployable by this
     * build, its modules are on the class path, and its settings are complete.
     *
     * @param settings the settings
     * @return the factory of their kind
     */
    public TargetFactory check(TargetSettings settings) {
        TargetFactory f = factory(settings.kind());
        f.checkAvailable(settings.kind());
        f.check(settings);
        return f;
    }

    private synchronized TargetFactory factory(TargetKind kind) {
        TargetFactory f = factories.get(kind);
        if (f != null) {
            return f;
        }
        String name = OPTIONAL_FACTORIES.get(kind.family());
        Class<?> c;
        try {
            c = name == null ? null : Class.forName(name, true, Targets.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            c = null;
        }
        if (c == null) {
            throw new NotSupportedException(
                    "execution target " + kind,
                    "flink",
                    "this build of the Flink transport cannot deploy to " + kind + " yet; use local or standalone");
        }
        try {
            f = (TargetFactory) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ConfigurationException("Cannot load the " + kind + " target: " + e, e);
        }
        register(f);
        return f;
    }

    /**
     * The target for settings, made on first use (nothing is contacted yet).
     *
     * @param settings the settings
     * @return the target
     */
    public DeploymentTarget get(TargetSettings settings) {
        if (closed) {
            throw new LakeJobException("The Flink transport is closed");
        }
        return entry(settings).target();
    }

    private Entry entry(TargetSettings settings) {
        Entry e = targets.get(settings.identity());
        if (e != null) {
            return e;
        }
        TargetFactory f = check(settings);
        return targets.computeIfAbsent(settings.identity(), id -> {
            DeploymentTarget t = f.create(settings, context);
            return new Entry(t, TargetExecutorFactory.register(t));
        });
    }

    /**
     * The id under which {@link TargetExecutorFactory} reaches a target.
     *
     * @param settings the target's settings
     * @return the id
     */
    public String executorId(TargetSettings settings) {
        return entry(settings).executorId();
    }

    /**
     * The target a job ran on.
     *
     * @param job the job
     * @return the target
     */
    public DeploymentTarget of(JobRef job) {
        return get(job.target());
    }

    /** @return the client's own target */
    public DeploymentTarget clientTarget() {
        return get(clientDefault);
    }

    /** Closes every target (the embedded cluster stops). */
    @Override
    public void close() {
        closed = true;
        RuntimeException failure = null;
        for (Entry e : targets.values()) {
            TargetExecutorFactory.unregister(e.executorId());
            try {
                e.target().close();
            } catch (RuntimeException ex) {
                if (failure == null) {
                    failure = ex;
                } else {
                    failure.addSuppressed(ex);
                }
            }
        }
        targets.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
