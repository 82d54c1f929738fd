package io.lakejob.sdk.flink.internal.targets;

import io.lakejob.sdk.exception.NotSupportedException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.jobgraph.JobGraph;

/**
 * Where Flink jobs run, and how they are controlled there: the one seam between the operations
 * (which know platform jobs) and a kind of cluster (which knows Flink). One instance per cluster
 * setting ({@link TargetSettings#identity()}), made by a {@link TargetFactory} and kept by {@link
 * Targets}; thread-safe.
 *
 * <p>Jobs reach a target in one of two ways. Session and per-job targets take a job graph built on
 * the client ({@link #submit}: a SQL script planned by a {@code TableEnvironment} whose executor is
 * {@link TargetExecutorFactory}, or a jar job's packaged program). Application targets take a main
 * class to run in their JobManager ({@link #deployApplication}). Everything after submission goes
 * by {@link JobRef}: the target finds the job's cluster and its REST address afresh each time, so a
 * JobManager that moved (a YARN application attempt after a failover) is still found.
 *
 * <p>Job control (status, savepoints, cancel, job list, exceptions) is Flink's REST API at {@link
 * #restAddress}; the defaults here do it through {@link ClusterRest}, so every target gets trigger
 * ids, the wait for running tasks and the unknown-outcome handling of {@link Savepoints}.
 */
public interface DeploymentTarget extends AutoCloseable {
    /** @return the settings this target was made from */
    TargetSettings settings();

    /** @return the kind of target */
    default TargetKind kind() {
        return settings().kind();
    }

    /**
     * Deploys the target's session cluster or attaches to it, and checks that it answers; a second
     * call returns at once. Per-job and application targets have no cluster before a job: they only
     * check their settings.
     *
     * @return the id of the cluster jobs go to, or {@code null} for per-job and application targets
     * @throws io.lakejob.sdk.exception.TransportException when the cluster cannot be reached, with the cause
     */
    String open();

    /**
     * Begins {@link #open()} where it can run while the caller plans a job, and returns its result
     * when done. The embedded cluster starts on a thread of its own, so its start-up overlaps the
     * job's planning, and submitting to it waits for it. Every other target opens here and now, as
     * {@link #open()} does, so a cluster that cannot be reached fails the run before any planning.
     *
     * @return what {@link #open()} returns, once it has
     * @throws io.lakejob.sdk.exception.TransportException when the cluster cannot be reached, with the cause
     */
    default java.util.concurrent.CompletableFuture<String> openAsync() {
        return java.util.concurrent.CompletableFuture.completedFuture(open());
    }

    /**
     * Submits a job graph built on this client (session and per-job targets).
     *
     * @param graph the job graph, with its fixed job id
     * @param userCodeClassLoader the class loader of the job's user code
     * @return completes with Flink's client for the job once the cluster accepted it, and with the
     *     cluster id it went to ({@link Submitted#clusterId()})
     */
    CompletableFuture<Submitted> submit(JobGraph graph, ClassLoader userCodeClassLoader);

    /**
     * A job a target accepted.
     *
     * @param clusterId the cluster it went to
     * @param client Flink's client for it (result, cancel, coordination requests of a query's collect
     *     sink)
     */
    record Submitted(String clusterId, JobClient client) {}

    /**
     * Deploys an application cluster that runs a main class (application targets).
     *
     * @param app what to run
     * @return the cluster id of the new application
     */
    default String deployApplication(ApplicationSpec app) {
        throw new NotSupportedException(
                "deploy application", "flink", kind() + " takes jobs built on the client, not applications");
    }

    /**
     * Where an application cluster of this target finds the SDK's SQL runner jar (application-mode
     * SQL jobs). By default the client's own copy, shipped with the application (YARN); a target
     * whose clusters cannot receive files from the client (Kubernetes: the jar must be in the image)
     * names its location or says how to provide it.
     *
     * @param clientCopy the runner jar this client wrote
     * @return the jar as the application's {@code pipeline.jars} names it
     * @throws io.lakejob.sdk.exception.ConfigurationException when the target has no way to get it
     */
    default String sqlRunnerJar(java.nio.file.Path clientCopy) {
        return clientCopy.toString();
    }

    /**
     * Waits until the job of an application this target just deployed is known to Flink. A target
     * whose {@link #deployApplication} returns before the JobManager answers (Kubernetes: a
     * LoadBalancer endpoint not yet assigned, a pod being scheduled) polls here, telling {@code
     * progress} what it waits for; that is a state, never an error. The default returns at once.
     *
     * @param job the application's job
     * @param progress receives a description whenever what is awaited changes
     * @param current whether the run still wants its job (a stop or a new run ends the wait)
     * @return {@code true} when Flink knows the job, {@code false} when the wait was abandoned
     *     because {@code current} turned false
     * @throws io.lakejob.sdk.exception.LakeJobException when the application's cluster is gone, naming it
     * @throws InterruptedException when the client closes
     */
    default boolean awaitApplication(
            JobRef job, java.util.function.Consumer<String> progress, java.util.function.BooleanSupplier current)
            throws InterruptedException {
        return true;
    }

    /**
     * Flink's client for a job that runs on this target but was not submitted through this instance
     * (a job re-attached after a restart, or an application's job).
     *
     * @param job the job
     * @param userCodeClassLoader the class loader for results, or this class's
     * @return the client
     */
    JobClient attach(JobRef job, ClassLoader userCodeClassLoader);

    /**
     * The REST address of a cluster of this target now.
     *
     * @param clusterId the cluster
     * @return the address, for example {@code http://host:8081}
     * @throws io.lakejob.sdk.exception.ServiceException DLI.0012 when the cluster is gone
     */
    URI restAddress(String clusterId);

    /**
     * What the resource manager says of a cluster: for YARN the application report, for Kubernetes
     * the deployment; a local or standalone cluster is {@link ClusterState#ALIVE} while this target
     * is open.
     *
     * @param clusterId the cluster
     * @return its state
     */
    ClusterState clusterState(String clusterId);

    /**
     * Stops a cluster and every job in it (a YARN application is killed, a Kubernetes deployment
     * deleted).
     *
     * @param clusterId the cluster
     * @throws NotSupportedException for the embedded cluster and standalone clusters, which this
     *     client does not own
     */
    default void kill(String clusterId) {
        throw new NotSupportedException(
                "kill cluster", "flink", "a " + kind() + " cluster is not this client's to stop");
    }

    /** @return the REST client of a cluster, for the job-control defaults */
    default ClusterRest rest(String clusterId) {
        return new ClusterRest(restAddress(clusterId));
    }

    /**
     * Flink's state of a job ({@code RUNNING}, {@code FINISHED}, ...).
     *
     * @param job the job
     * @return the state
     */
    default String status(JobRef job) {
        return rest(job.clusterId()).savepoints().jobState(job.flinkJobId());
    }

    /**
     * Triggers a savepoint; the job keeps running.
     *
     * @param job the job
     * @param directory the target directory (a URI)
     * @param triggerId the client-chosen trigger id, or {@code null} for a new one
     * @param timeout how long to wait
     * @return the savepoint
     */
    default Savepoints.Outcome triggerSavepoint(JobRef job, String directory, String triggerId, Duration timeout) {
        return rest(job.clusterId()).savepoints(timeout).trigger(job.flinkJobId(), directory, triggerId, timeout);
    }

    /**
     * Stops a job with a savepoint.
     *
     * @param job the job
     * @param directory the target directory (a URI)
     * @param triggerId the client-chosen trigger id, or {@code null} for a new one
     * @param timeout how long to wait
     * @return the savepoint
     */
    default Savepoints.Outcome stopWithSavepoint(JobRef job, String directory, String triggerId, Duration timeout) {
        return rest(job.clusterId()).savepoints(timeout).stop(job.flinkJobId(), directory, triggerId, timeout);
    }

    /**
     * Keeps waiting for a savepoint triggered earlier.
     *
     * @param job the job
     * @param triggerId its trigger id
     * @param stop whether it was a stop with savepoint
     * @param timeout how long to wait
     * @return the savepoint
     */
    default Savepoints.Outcome awaitSavepoint(JobRef job, String triggerId, boolean stop, Duration timeout) {
        return rest(job.clusterId()).savepoints(timeout).await(job.flinkJobId(), triggerId, stop, timeout);
    }

    /**
     * Cancels a job and waits until it ended.
     *
     * @param job the job
     * @param timeout how long to wait
     * @return Flink's final state
     */
    default String cancel(JobRef job, Duration timeout) {
        return rest(job.clusterId()).savepoints(timeout).cancel(job.flinkJobId(), timeout);
    }

    /**
     * The jobs of a cluster, as Flink lists them.
     *
     * @param clusterId the cluster
     * @return id, name and state of each job
     */
    default List<ClusterRest.JobSummary> jobs(String clusterId) {
        return rest(clusterId).jobs();
    }

    /**
     * The root exception of a failed job, first line, as Flink reports it.
     *
     * @param job the job
     * @return the exception, or {@code null} when Flink reports none
     */
    default String exceptions(JobRef job) {
        return rest(job.clusterId()).rootException(job.flinkJobId());
    }

    /**
     * Whether a job of this target keeps running when the client closes, rather than being cancelled
     * with the client's other active jobs: a job on a cluster deployed for it (a YARN application or
     * per-job cluster, a session this client deployed) is detached from the client unless {@link
     * io.lakejob.sdk.flink.FlinkOptions#CLOSE_CLUSTERS} says {@code kill}. A job that keeps running is
     * re-attached by the next client on the same {@link io.lakejob.sdk.flink.FlinkOptions#METADATA_DIR}.
     *
     * @param job the job
     * @return {@code true} to leave it running; the default, for clusters this client does not own or
     *     that live in this JVM, is {@code false}
     */
    default boolean keepsRunningOnClose(JobRef job) {
        return false;
    }

    /**
     * The queues of the resource manager this target deploys to (a YARN scheduler's queues), listed by
     * {@code QueueClient} beside the client's own queues. Read-only: they cannot be created, scaled or
     * deleted through the client.
     *
     * @return the queues, mapped onto the API's queue fields as the implementation documents; empty by
     *     default
     * @throws io.lakejob.sdk.exception.TransportException when the resource manager cannot be asked
     */
    default List<io.lakejob.sdk.model.queue.Queue> schedulerQueues() {
        return List.of();
    }

    /**
     * Stops what this target started for the client's use (clients, deployments it owns according to
     * its settings); detached applications keep running.
     */
    @Override
    void close();
}
