package io.lakejob.sdk.flink.internal.targets.yarn;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.NotSupportedException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.targets.ApplicationSpec;
import io.lakejob.sdk.flink.internal.targets.ClusterState;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.FlinkRest;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.RestClusters;
import io.lakejob.sdk.flink.internal.targets.TargetContext;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
import io.lakejob.sdk.model.queue.Queue;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.ClusterSpecification;
import org.apache.flink.client.deployment.application.ApplicationConfiguration;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.client.program.ClusterClientProvider;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.PipelineOptionsInternal;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.util.FlinkException;
import org.apache.flink.yarn.YarnClientYarnClusterInformationRetriever;
import org.apache.flink.yarn.YarnClusterClientFactory;
import org.apache.flink.yarn.YarnClusterDescriptor;
import org.apache.flink.yarn.configuration.YarnConfigOptions;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.exceptions.ApplicationNotFoundException;
import org.apache.hadoop.yarn.exceptions.YarnException;

/**
 * A Flink deployment on YARN, through Flink's own {@code YarnClusterDescriptor} (one per call, sharing
 * this target's {@link YarnClient}): {@code yarn-session} submits job graphs into a session it
 * deploys once or attaches to (by application id, or by the REST address of its JobManager),
 * {@code yarn-per-job} deploys a job cluster per job graph (Flink 1.x), {@code yarn-application}
 * deploys an application cluster that runs a main class. A job's application id is its cluster id;
 * its JobManager's REST address is read from the application report at every use, so a JobManager
 * that failed over to a new application attempt is found at its new address. The application's
 * state and final status are read together ({@link #stateOf}).
 */
final class YarnTarget implements DeploymentTarget {
    /** How long {@link #open()} waits for an attached session's REST API. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(30);

    /** How long a deployed application's job is awaited before the follower takes over. */
    static final Duration JOB_APPEARS = Duration.ofMinutes(2);

    /** The application type Flink's descriptor gives its YARN applications. */
    static final String FLINK_APPLICATION_TYPE = "Apache Flink";

    /** The name of a session this client deploys, unless {@code yarn.application.name} says otherwise. */
    static final String SESSION_NAME = "LakeJob Flink session";

    private static final System.Logger LOG = System.getLogger(YarnTarget.class.getName());

    private final TargetSettings settings;
    private final TargetContext context;
    private final boolean killOnClose;
    /** Applications this target deployed (sessions, per-job and application clusters). */
    private final Set<String> deployed = ConcurrentHashMap.newKeySet();
    /** Per-job and application clusters whose jobs this target followed (killed on close with kill). */
    private final Set<String> followed = ConcurrentHashMap.newKeySet();

    private final ApplicationWatch watch = new ApplicationWatch(this::clusterState);
    private final Object sessionLock = new Object();
    private Configuration flinkConf;
    private YarnConfiguration yarnConf;
    private YarnClient yarnClient;
    private volatile String session;
    private boolean closed;

    YarnTarget(TargetSettings settings, TargetContext context) {
        this.settings = settings;
        this.context = context;
        this.killOnClose = context.settings().killClustersOnClose();
    }

    @Override
    public TargetSettings settings() {
        return settings;
    }

    /** The shared YARN client, started on first use (reading the configuration folders). */
    private synchronized YarnClient client() {
        if (closed) {
            throw new LakeJobException("The " + settings.kind() + " target is closed");
        }
        if (yarnClient == null) {
            Configuration flink = YarnSetup.flinkConfiguration(settings);
            YarnConfiguration yarn = YarnSetup.yarnConfiguration(settings, flink, System.getenv());
            failFast(yarn);
            YarnClient c = YarnClient.createYarnClient();
            c.init(yarn);
            c.start();
            flinkConf = flink;
            yarnConf = yarn;
            yarnClient = c;
        }
        return yarnClient;
    }

    /**
     * A ResourceManager that cannot be reached fails in seconds with the cause, not after YARN's
     * default 15 minutes of retries (unless the configuration sets the wait itself).
     */
    static void failFast(YarnConfiguration yarn) {
        setUnlessConfigured(yarn, YarnConfiguration.RESOURCEMANAGER_CONNECT_MAX_WAIT_MS, "30000");
        setUnlessConfigured(yarn, YarnConfiguration.RESOURCEMANAGER_CONNECT_RETRY_INTERVAL_MS, "1000");
    }

    private static void setUnlessConfigured(YarnConfiguration yarn, String key, String value) {
        String[] sources = yarn.getPropertySources(key);
        boolean onlyDefault =
                sources == null || sources.length == 0 || sources.length == 1 && sources[0].equals("yarn-default.xml");
        if (onlyDefault) {
            yarn.set(key, value, "lakejob default");
        }
    }

    /** A new descriptor over a copy of the target's Flink configuration with {@code extra} laid over it. */
    private YarnClusterDescriptor descriptor(Configuration extra) {
        YarnClient c = client();
        Configuration conf;
        synchronized (this) {
            conf = new Configuration(flinkConf);
        }
        if (extra != null) {
            conf.addAll(extra);
        }
        return new YarnClusterDescriptor(conf, yarnConf, c, YarnClientYarnClusterInformationRetriever.create(c), true);
    }

    private static ClusterSpecification specification(YarnClusterDescriptor d) {
        return new YarnClusterClientFactory().getClusterSpecification(d.getFlinkConfiguration());
    }

    private static String applicationIdOf(ClusterClientProvider<ApplicationId> provider) {
        try (ClusterClient<ApplicationId> c = provider.getClusterClient()) {
            return c.getClusterId().toString();
        }
    }

    static ApplicationId applicationId(String id) {
        if (id == null || !YarnTargetFactory.APPLICATION_ID.matcher(id).matches()) {
            throw new ConfigurationException("'" + id + "' is not a YARN application id");
        }
        return ApplicationId.fromString(id);
    }

    @Override
    public String open() {
        if (settings.kind().mode() != TargetKind.Mode.SESSION) {
            client();
            return null;
        }
        String s = session;
        if (s != null) {
            return s;
        }
        synchronized (sessionLock) {
            if (session == null) {
                String id;
                if (settings.clusterId() != null) {
                    id = attachTo(settings.clusterId());
                } else if (settings.address() != null) {
                    id = findByAddress(settings.address());
                } else {
                    id = deploySession();
                }
                session = id;
            }
            return session;
        }
    }

    private String attachTo(String id) {
        ApplicationReport r = report(id);
        if (r == null) {
            throw new TransportException(
                    "The YARN session " + id + " of " + settings.origin() + " is unknown to the ResourceManager",
                    null,
                    false);
        }
        ClusterState state = stateOf(r);
        if (state.phase() != ClusterState.Phase.ALIVE) {
            throw new TransportException(
                    "The YARN session " + id + " of " + settings.origin() + " is not running: " + state.detail(),
                    null,
                    false);
        }
        RestClusters.checkReachable(addressOf(r), "the Flink session " + id + " on YARN", REACH_TIMEOUT);
        return id;
    }

    /** The running Flink application whose JobManager's REST API is at {@code address}. */
    private String findByAddress(String address) {
        int colon = address.lastIndexOf(':');
        String host = address.substring(0, colon);
        int port = Integer.parseInt(address.substring(colon + 1));
        List<ApplicationReport> running;
        try {
            running =
                    client().getApplications(Set.of(FLINK_APPLICATION_TYPE), EnumSet.of(YarnApplicationState.RUNNING));
        } catch (YarnException | IOException e) {
            throw new TransportException(
                    "Cannot list the YARN applications to find the Flink session at " + address + ": "
                            + SqlJobRunner.rootMessage(e),
                    e,
                    false);
        }
        List<String> matches = new ArrayList<>();
        for (ApplicationReport r : running) {
            if (r.getRpcPort() == port && sameHost(r.getHost(), host)) {
                matches.add(r.getApplicationId().toString());
            }
        }
        if (matches.size() != 1) {
            throw new TransportException(
                    (matches.isEmpty()
                                    ? "No running Flink application on YARN has its JobManager at " + address
                                    : "Several running Flink applications on YARN answer at " + address + ": "
                                            + matches)
                            + " (" + settings.origin() + "); name the session by its application id instead",
                    null,
                    false);
        }
        return attachTo(matches.get(0));
    }

    static boolean sameHost(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        try {
            Set<InetAddress> left = Set.of(InetAddress.getAllByName(a));
            for (InetAddress x : InetAddress.getAllByName(b)) {
                if (left.contains(x)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private String deploySession() {
        Configuration extra = new Configuration();
        if (!baseConfiguration().contains(YarnConfigOptions.APPLICATION_NAME)) {
            extra.set(YarnConfigOptions.APPLICATION_NAME, SESSION_NAME);
        }
        try (YarnClusterDescriptor d = descriptor(extra)) {
            String id = applicationIdOf(d.deploySessionCluster(specification(d)));
            deployed.add(id);
            LOG.log(System.Logger.Level.INFO, "Deployed a Flink session on YARN: {0}", id);
            return id;
        } catch (Exception e) {
            throw new TransportException(
                    "Cannot deploy a Flink session on YARN (" + settings.origin() + "): " + SqlJobRunner.rootMessage(e),
                    e,
                    false);
        }
    }

    private synchronized Configuration baseConfiguration() {
        client();
        return flinkConf;
    }

    @Override
    public CompletableFuture<Submitted> submit(JobGraph graph, ClassLoader userCodeClassLoader) {
        switch (settings.kind().mode()) {
            case SESSION -> {
                String id = open();
                ClusterClientProvider<ApplicationId> provider;
                try (YarnClusterDescriptor d = descriptor(null)) {
                    provider = d.retrieve(applicationId(id));
                } catch (Exception e) {
                    return CompletableFuture.failedFuture(new TransportException(
                            "Cannot reach the Flink session " + id + " on YARN: " + SqlJobRunner.rootMessage(e),
                            e,
                            false));
                }
                return RestClusters.submit(provider, graph, userCodeClassLoader)
                        .thenApply(c -> new Submitted(
                                id, attach(new JobRef(settings, id, c.getJobID().toHexString()), userCodeClassLoader)));
            }
            case PER_JOB -> {
                return CompletableFuture.supplyAsync(() -> deployJobCluster(graph), context.executor())
                        .thenApply(id -> new Submitted(
                                id,
                                attach(new JobRef(settings, id, graph.getJobID().toHexString()), userCodeClassLoader)));
            }
            default -> {
                return CompletableFuture.failedFuture(new NotSupportedException(
                        "submit a job graph",
                        "flink",
                        "a yarn-application cluster runs its job's main method itself; it takes applications"));
            }
        }
    }

    /**
     * Deploys a per-job cluster for a job graph, by reflection: Flink 2 has no {@code
     * deployJobCluster} (and {@link YarnTargetFactory#checkAvailable} refuses the kind there).
     */
    private String deployJobCluster(JobGraph graph) {
        Configuration extra = new Configuration();
        if (!baseConfiguration().contains(YarnConfigOptions.APPLICATION_NAME)) {
            extra.set(YarnConfigOptions.APPLICATION_NAME, graph.getName());
        }
        try (YarnClusterDescriptor d = descriptor(extra)) {
            Method deploy = YarnClusterDescriptor.class.getMethod(
                    "deployJobCluster", ClusterSpecification.class, JobGraph.class, boolean.class);
            @SuppressWarnings("unchecked")
            ClusterClientProvider<ApplicationId> p =
                    (ClusterClientProvider<ApplicationId>) deploy.invoke(d, specification(d), graph, true);
            String id = applicationIdOf(p);
            deployed.add(id);
            awaitJob(id, graph.getJobID().toHexString());
            return id;
        } catch (InvocationTargetException e) {
            throw new TransportException(
                    "Cannot deploy a Flink per-job cluster on YARN for job " + graph.getJobID() + ": "
                            + SqlJobRunner.rootMessage(e.getCause()),
                    e.getCause(),
                    false);
        } catch (ReflectiveOperationException e) {
            throw new NotSupportedException(
                    "execution target yarn-per-job",
                    "flink",
                    "this Flink line has no" + " per-job clusters on YARN; use yarn-application");
        }
    }

    @Override
    public String deployApplication(ApplicationSpec app) {
        if (settings.kind().mode() != TargetKind.Mode.APPLICATION) {
            return DeploymentTarget.super.deployApplication(app);
        }
        Configuration extra = new Configuration();
        app.configuration().forEach(extra::setString);
        extra.set(PipelineOptions.JARS, List.of(jarUri(app.jar())));
        extra.set(PipelineOptionsInternal.PIPELINE_FIXED_JOB_ID, app.flinkJobId());
        if (app.jobName() != null) {
            extra.set(PipelineOptions.NAME, app.jobName());
            if (!baseConfiguration().contains(YarnConfigOptions.APPLICATION_NAME)) {
                extra.set(YarnConfigOptions.APPLICATION_NAME, app.jobName());
            }
        }
        String id;
        try (YarnClusterDescriptor d = descriptor(extra)) {
            id = applicationIdOf(d.deployApplicationCluster(
                    specification(d),
                    new ApplicationConfiguration(app.args().toArray(new String[0]), app.mainClass())));
        } catch (Exception e) {
            throw new TransportException(
                    "Cannot deploy a Flink application cluster on YARN for job " + app.flinkJobId() + ": "
                            + SqlJobRunner.rootMessage(e),
                    e,
                    false);
        }
        deployed.add(id);
        awaitJob(id, app.flinkJobId());
        return id;
    }

    /** The jar of an application as {@code pipeline.jars} takes it: a URI; a local file must exist. */
    static String jarUri(String jar) {
        int colon = jar.indexOf(':');
        int slash = jar.indexOf('/');
        if (colon > 1 && (slash < 0 || colon < slash)) {
            return jar;
        }
        Path p = Path.of(jar).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw LocalErrors.invalid(
                    "userJarPath",
                    jar + " is not a readable file on this machine (name a jar the cluster reads with a URI:"
                            + " hdfs://..., or local:// for one in its image)");
        }
        return p.toUri().toString();
    }

    /**
     * Waits until a deployed cluster runs the job (Flink lists it), so the job is not reported running
     * before Flink has it; an application that ends first fails the deployment with YARN's diagnostics.
     * After {@link #JOB_APPEARS} the follower takes over; the job is never deployed again.
     */
    private void awaitJob(String applicationId, String flinkJobId) {
        long deadline = System.nanoTime() + JOB_APPEARS.toNanos();
        long pause = 100;
        while (true) {
            ClusterState state = clusterState(applicationId);
            if (state.isOver()) {
                throw new TransportException(
                        "The YARN application " + applicationId + " ended before its Flink job " + flinkJobId + " ran: "
                                + state.detail(),
                        null,
                        false);
            }
            if (state.phase() == ClusterState.Phase.ALIVE) {
                try {
                    if (new FlinkRest(restAddress(applicationId), Duration.ofSeconds(5))
                            .get("/jobs/" + flinkJobId)
                            .ok()) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // Not answering yet: ask again.
                }
            }
            if (System.nanoTime() > deadline) {
                return;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LakeJobException("Interrupted while waiting for job " + flinkJobId + " on YARN", e);
            }
            pause = Math.min(1000, pause * 2);
        }
    }

    @Override
    public JobClient attach(JobRef job, ClassLoader userCodeClassLoader) {
        String id = job.clusterId();
        if (settings.kind().mode() != TargetKind.Mode.SESSION) {
            followed.add(id);
        }
        ClusterClientProvider<ApplicationId> provider = () -> retrieveNow(id);
        return watch.watch(
                RestClusters.attach(provider, JobID.fromHexString(job.flinkJobId()), userCodeClassLoader), id);
    }

    /** A client of an application's JobManager where the report says it is now. */
    private ClusterClient<ApplicationId> retrieveNow(String id) {
        ApplicationReport r = report(id);
        if (r == null || !hasEndpoint(r)) {
            throw new IllegalStateException("The YARN application " + id + " has no JobManager to ask"
                    + (r == null
                            ? " (unknown to the ResourceManager)"
                            : " now: " + stateOf(r).detail()));
        }
        try (YarnClusterDescriptor d = descriptor(null)) {
            return d.retrieve(applicationId(id)).getClusterClient();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Cannot retrieve the YARN application " + id + ": " + SqlJobRunner.rootMessage(e), e);
        }
    }

    /** The application's report, or {@code null} when the ResourceManager does not know it. */
    private ApplicationReport report(String id) {
        try {
            return client().getApplicationReport(applicationId(id));
        } catch (ApplicationNotFoundException e) {
            return null;
        } catch (YarnException | IOException e) {
            throw new TransportException(
                    "Cannot read the report of YARN application " + id + ": " + SqlJobRunner.rootMessage(e), e, true);
        }
    }

    static boolean hasEndpoint(ApplicationReport r) {
        return r.getYarnApplicationState() == YarnApplicationState.RUNNING
                && r.getFinalApplicationStatus() == FinalApplicationStatus.UNDEFINED
                && r.getRpcPort() > 0
                && r.getHost() != null
                && !r.getHost().isBlank()
                && !r.getHost().equals("N/A");
    }

    private static URI addressOf(ApplicationReport r) {
        String host = r.getHost().contains(":") ? "[" + r.getHost() + "]" : r.getHost();
        return URI.create("http://" + host + ":" + r.getRpcPort());
    }

    @Override
    public URI restAddress(String clusterId) {
        ApplicationReport r = report(clusterId);
        if (r == null) {
            throw LocalErrors.unavailable("The YARN application " + clusterId + " is unknown to the ResourceManager"
                    + " (it ended long ago, or never existed): its JobManager is gone");
        }
        if (!hasEndpoint(r)) {
            throw LocalErrors.unavailable("The YARN application " + clusterId + " has no JobManager to ask: "
                    + stateOf(r).detail());
        }
        return addressOf(r);
    }

    @Override
    public ClusterState clusterState(String clusterId) {
        ApplicationReport r;
        try {
            r = report(clusterId);
        } catch (TransportException e) {
            return new ClusterState(ClusterState.Phase.UNKNOWN, null, e.getMessage());
        }
        if (r == null) {
            return new ClusterState(
                    ClusterState.Phase.GONE,
                    null,
                    "YARN application " + clusterId + " is unknown to the ResourceManager");
        }
        return stateOf(r);
    }

    /**
     * What an application report says, YARN's {@code state} and {@code finalStatus} read together:
     * RUNNING with final status UNDEFINED and a registered JobManager is alive; NEW to ACCEPTED, or
     * RUNNING while a new attempt's JobManager has not registered, is starting; FINISHED, FAILED and
     * KILLED (or RUNNING with a final status, while the JobManager finishes) is ended with the final
     * status (the state's name when the final status is UNDEFINED) and YARN's diagnostics.
     *
     * @param r the report
     * @return the state
     */
    static ClusterState stateOf(ApplicationReport r) {
        YarnApplicationState state = r.getYarnApplicationState();
        FinalApplicationStatus fin = r.getFinalApplicationStatus();
        int attempt = r.getCurrentApplicationAttemptId() == null
                ? 1
                : r.getCurrentApplicationAttemptId().getAttemptId();
        String diagnostics =
                r.getDiagnostics() == null ? "" : r.getDiagnostics().trim();
        String detail = "YARN state " + state + ", final status " + fin + (attempt > 1 ? ", attempt " + attempt : "")
                + (diagnostics.isEmpty() ? "" : ": " + diagnostics);
        return switch (state) {
            case NEW, NEW_SAVING, SUBMITTED, ACCEPTED -> new ClusterState(ClusterState.Phase.STARTING, null, detail);
            case RUNNING -> fin != FinalApplicationStatus.UNDEFINED
                    ? new ClusterState(ClusterState.Phase.ENDED, fin.name(), detail)
                    : hasEndpoint(r)
                            ? new ClusterState(ClusterState.Phase.ALIVE, null, detail)
                            : new ClusterState(ClusterState.Phase.STARTING, null, detail);
            case FINISHED, FAILED, KILLED -> new ClusterState(
                    ClusterState.Phase.ENDED,
                    fin == FinalApplicationStatus.UNDEFINED ? state.name() : fin.name(),
                    detail);
        };
    }

    @Override
    public void kill(String clusterId) {
        try (YarnClusterDescriptor d = descriptor(null)) {
            d.killCluster(applicationId(clusterId));
        } catch (FlinkException e) {
            throw new TransportException(
                    "Cannot kill the YARN application " + clusterId + ": " + SqlJobRunner.rootMessage(e), e, false);
        }
    }

    @Override
    public boolean keepsRunningOnClose(JobRef job) {
        return !killOnClose
                && (settings.kind().mode() != TargetKind.Mode.SESSION || deployed.contains(job.clusterId()));
    }

    @Override
    public List<Queue> schedulerQueues() {
        try {
            List<org.apache.hadoop.yarn.api.records.QueueInfo> all = client().getAllQueues();
            if (all.isEmpty()) {
                // The FIFO scheduler has one queue, default, which it does not list as a child of root.
                org.apache.hadoop.yarn.api.records.QueueInfo q = client().getQueueInfo("default");
                all = q == null ? List.of() : List.of(q);
            }
            return YarnQueues.map(all);
        } catch (YarnException | IOException e) {
            throw new TransportException(
                    "Cannot list the YARN scheduler's queues: " + SqlJobRunner.rootMessage(e), e, true);
        }
    }

    /**
     * Stops following; with {@code flink.close.clusters=kill}, first kills every application this
     * target deployed or whose per-job or application cluster it followed and that still runs.
     */
    @Override
    public void close() {
        watch.close();
        RuntimeException failure = null;
        boolean started;
        synchronized (this) {
            started = yarnClient != null && !closed;
        }
        if (started && killOnClose) {
            Set<String> all = new LinkedHashSet<>(deployed);
            all.addAll(followed);
            for (String id : all) {
                try {
                    if (!clusterState(id).isOver()) {
                        kill(id);
                        LOG.log(System.Logger.Level.INFO, "Killed YARN application {0} on close", id);
                    }
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        synchronized (this) {
            closed = true;
            if (yarnClient != null) {
                yarnClient.stop();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
