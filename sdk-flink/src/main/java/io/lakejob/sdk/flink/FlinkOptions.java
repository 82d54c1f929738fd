package io.lakejob.sdk.flink;

/**
 * Property keys the Flink transport reads, set with
 * {@code LakeJobClient.builder().property(key, value)}.
 */
public final class FlinkOptions {
    /** Embedded cluster: number of task managers (default 1). */
    public static final String LOCAL_TASK_MANAGERS = "flink.local.taskManagers";
    /** Embedded cluster: task slots per task manager (default 4). */
    public static final String LOCAL_SLOTS = "flink.local.slots";
    /** Embedded cluster: managed memory per task manager (default {@code 128m}). */
    public static final String LOCAL_MANAGED_MEMORY = "flink.local.managedMemory";
    /**
     * Embedded cluster: the most finished jobs it keeps (default 100), the least recently used
     * dropped first. A finished job the cluster keeps is in its REST API ({@code /jobs/<id>}, the
     * web UI's completed jobs); every operation of the client on a job it dropped still works from
     * the client's job record (the execution graph then reports the record's state and times).
     */
    public static final String LOCAL_ARCHIVE_MAX_JOBS = "flink.local.archive.maxJobs";
    /**
     * Embedded cluster: how long it keeps a finished job (default {@code 1 h}, Flink's duration
     * syntax such as {@code 30 min}); see {@link #LOCAL_ARCHIVE_MAX_JOBS}.
     */
    public static final String LOCAL_ARCHIVE_EXPIRATION = "flink.local.archive.expiration";
    /**
     * Embedded cluster: {@code true} shares it with the other clients of this JVM that ask for the
     * same (same {@code flink.local.*} settings), instead of starting one of the client's own
     * (default {@code false}). Each client keeps its own metadata (queues, jobs, catalog, variables,
     * job ids); the cluster starts with the first such client's first job and stops when the last
     * such client closes. Closing a client cancels only its own jobs. {@code LakeJobFlinkExtension}
     * uses it so that test classes with clients of their own share one warm cluster.
     */
    public static final String LOCAL_SHARED = "flink.local.shared";
    /** The most result rows kept per job (default 10000). */
    public static final String RESULTS_MAX_ROWS = "flink.results.maxRows";
    /** Where savepoints are written (default a new folder under the system temp dir). */
    public static final String SAVEPOINT_DIR = "flink.savepoint.dir";
    /**
     * Where managed (DLI) tables of the catalog keep their data, one folder per database and table
     * (default a new folder under the system temp dir).
     */
    public static final String WAREHOUSE_DIR = "flink.warehouse.dir";
    /**
     * A folder or Flink file system URI standing in for OBS: {@code obs://bucket/key} is read and
     * written at {@code <root>/bucket/key} (default {@code <flink.warehouse.dir>/obs}; set {@code obs://}
     * to use Flink's own OBS file system).
     */
    public static final String OBS_ROOT = "flink.obs.root";

    /**
     * Where uploaded resources (reference chapter 8) are kept, at {@code <dir>/<group>/<name>}
     * (default a new folder under the system temp dir).
     */
    public static final String RESOURCES_DIR = "flink.resources.dir";

    /**
     * The local folders and web locations a request may make the client read or write, comma
     * separated: absolute folder paths (or {@code file:} URIs) and {@code http://host[:port][/path]}
     * or {@code https://host[:port][/path]} locations. It covers what requests name outside the
     * client's own folders: resource upload sources (local paths, {@code file://} URIs,
     * {@code http(s)://} URLs, and every location a download is redirected to),
     * {@code executeJar}'s local jar, the zip of a Flink job import (9.14), the folder of a Flink
     * job export (9.13), local data paths of tables, imports and exports (7.x), and a savepoint
     * directory outside {@link #SAVEPOINT_DIR}. A local path counts by its real path (symbolic
     * links followed); the metadata directory is never allowed (it holds sensitive variable
     * values). Anything else fails with a {@code DLI.0011} service error before anything is read
     * or written. An empty value allows nothing.
     *
     * <p>Default: local files under the system temp directory ({@code java.io.tmpdir}) only, and no
     * web location. A platform built on the SDK passes other people's requests on, and an
     * unrestricted client would read any file its JVM can (configuration with passwords, keys,
     * the metadata directory) into a resource and fetch any URL its network reaches (cloud
     * metadata endpoints, internal services): downloads are off until you list the hosts you
     * trust, and local files are limited to the folder where tests and tools stage them. A
     * platform should list exactly its staging folder; a developer uploading a jar from a build
     * folder adds that folder.
     */
    public static final String ALLOWED_LOCATIONS = "flink.allowedLocations";

    /**
     * A directory where the client keeps its metadata (queues, plans, templates, global variables,
     * connections, grants, Flink jobs, SQL statement jobs with the rows their queries kept, catalog
     * databases and tables) so that a later client on the same directory sees it; default none:
     * metadata lives in memory only. Each kind is one JSON file, replaced crash-safely (temp file,
     * fsync, atomic rename). A job that was running when its client's JVM died is never reported
     * as running: a Flink job on a standalone session cluster that still runs there is re-attached
     * (status description {@code re-attached: ...}) and one that ended there takes Flink's end
     * status; every other such job is reported as lost ({@code job_running_exception}, or
     * {@code FAILED} for a SQL statement job, with a description {@code lost: ...} saying why).
     * While one client has the directory open (it holds an OS lock on {@code <dir>/.lock} until it
     * is closed or its JVM ends; an open that fails releases it at once), another client opened on
     * it, in this JVM or another, only reads: every operation that would change metadata fails with
     * a {@code DLI.0012} service error naming the directory and the client holding it, before
     * anything changes (a change is never reported done without being written). A file the client
     * cannot read (damaged, or of a shape it does not expect, such as {@code "data": null}) fails
     * the client's {@code build()} with a {@code ConfigurationException} naming the file, which is
     * left as it is. The directory holds sensitive variable values in clear: protect it
     * like a credentials file (it is created with permissions 700, its files 600; an existing directory
     * that others can open, such as one made 755 by {@code mkdir}, is restricted to 700 by the client
     * that holds it, with a warning in the log). Managed tables'
     * data goes to {@code <dir>/warehouse} unless {@link #WAREHOUSE_DIR} is set.
     */
    public static final String METADATA_DIR = "flink.metadata.dir";

    /**
     * Every property key the Flink transport reads: the constants of this class, and the open
     * namespaces {@code flink.target.*} (the client's own target) and {@code flink.targets.*} (named
     * targets for queues). Any other key starting with {@code flink.} is refused when the client is
     * built, naming the closest known key.
     *
     * @return the keys ({@code .*} ending an open namespace)
     */
    public static java.util.List<String> keys() {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (java.lang.reflect.Field f : FlinkOptions.class.getFields()) {
            if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                try {
                    keys.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        keys.add("flink.target.*");
        keys.add("flink.targets.*");
        return java.util.List.copyOf(keys);
    }

    /**
     * What closing the client does to the Flink clusters it deployed for jobs on YARN: {@code keep}
     * (the default) or {@code kill}. With {@code keep}, applications and per-job clusters
     * ({@code yarn-application}, {@code yarn-per-job}) and the YARN sessions this client deployed stay
     * up with their jobs running: the client only stops following them, and the next client on the
     * same {@link #METADATA_DIR} re-attaches those jobs (status description {@code re-attached: ...}).
     * With {@code kill}, closing the client cancels those jobs like any other and then kills every
     * such YARN application it deployed or followed, so nothing this client started outlives it. Jobs
     * on the embedded cluster, a standalone cluster or a YARN session this client only attached to
     * are cancelled on close either way (those clusters are not the client's to keep or kill).
     */
    public static final String CLOSE_CLUSTERS = "flink.close.clusters";

    private FlinkOptions() {}

    // ---- Kubernetes targets ----
    /**
     * Settings of the Kubernetes targets, {@code kubernetes-session} and {@code kubernetes-application}
     * (they need {@code org.apache.flink:flink-kubernetes} on the class path). A target is set with
     * {@code flink.targets.<name>.type} and {@code flink.targets.<name>.<setting>} (a queue labelled
     * {@code flink.target=<name>} runs its jobs there; a request of that {@code type} uses it when it is
     * the client's only target of that kind), or for the client's own endpoint ({@code
     * flink:kubernetes-session://<cluster id>}, {@code flink:kubernetes-application}) with {@code
     * flink.target.<setting>}. Any Flink key is {@code conf.<key>}; each setting here is a Flink key
     * named for convenience (setting both with different values is refused). Besides these: {@code
     * clusterId} (a session's {@code kubernetes.cluster-id}: attached to when its Deployment exists,
     * deployed otherwise), {@code address} (a session's REST address as this client reaches it, for
     * example a port-forward), {@code kubeConfig} (the kubeconfig file, default: the usual lookup),
     * {@code podTemplate}, {@code jmPodTemplate}, {@code tmPodTemplate} (pod template files) and
     * {@code flinkConfigPath} (a folder whose Flink configuration file is the base).
     */
    public static final class Kubernetes {
        /** The namespace ({@code kubernetes.namespace}, default {@code default}). */
        public static final String NAMESPACE = "namespace";
        /**
         * The image of the JobManager and TaskManagers ({@code kubernetes.container.image.ref}):
         * required for an application, and to deploy a session that does not exist.
         */
        public static final String IMAGE = "image";
        /** The service account of the pods ({@code kubernetes.service-account}). */
        public static final String SERVICE_ACCOUNT = "serviceAccount";
        /**
         * How the REST service is exposed ({@code kubernetes.rest-service.exposed.type}: {@code
         * ClusterIP} (default; reachable inside the cluster only: give a session an {@code address}
         * from outside), {@code NodePort}, {@code LoadBalancer}, {@code Headless_ClusterIP}). An
         * address not yet assigned is a state, {@code deployed, endpoint pending}, polled, not an
         * error.
         */
        public static final String REST_SERVICE_TYPE = "restServiceType";
        /** CPUs of the JobManager ({@code kubernetes.jobmanager.cpu.amount}). */
        public static final String JOB_MANAGER_CPU = "jobManagerCpu";
        /** Memory of the JobManager process ({@code jobmanager.memory.process.size}, default 1600m). */
        public static final String JOB_MANAGER_MEMORY = "jobManagerMemory";
        /** CPUs of a TaskManager ({@code kubernetes.taskmanager.cpu.amount}). */
        public static final String TASK_MANAGER_CPU = "taskManagerCpu";
        /** Memory of a TaskManager process ({@code taskmanager.memory.process.size}, default 1728m). */
        public static final String TASK_MANAGER_MEMORY = "taskManagerMemory";
        /** Slots per TaskManager ({@code taskmanager.numberOfTaskSlots}). */
        public static final String TASK_MANAGER_SLOTS = "taskManagerSlots";
        /**
         * Where an application cluster finds the SDK's SQL runner jar (SQL jobs on {@code
         * kubernetes-application}): a {@code local://} path in the image, where the image build put
         * {@code io.lakejob:lakejob-sdk-flink:<version>:jar:sql-runner} (for example {@code
         * local:///opt/flink/usrlib/lakejob-sql-runner.jar}), or a URI the cluster reads. Without it,
         * such a job fails naming this setting, unless Flink uploads the client's copy ({@code
         * conf.kubernetes.artifacts.local-upload-enabled=true} and {@code
         * conf.kubernetes.artifacts.local-upload-target}).
         */
        public static final String SQL_RUNNER_JAR = "sqlRunnerJar";
        /**
         * How long a session this client deploys, or one not ready yet, may take to answer (default
         * {@code 5 min}, Flink's duration syntax).
         */
        public static final String START_TIMEOUT = "startTimeout";

        private Kubernetes() {}
    }
    // ---- end of Kubernetes targets ----
}
