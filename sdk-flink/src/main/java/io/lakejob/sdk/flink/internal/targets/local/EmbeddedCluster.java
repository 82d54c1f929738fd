package io.lakejob.sdk.flink.internal.targets.local;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.flink.internal.FlinkSettings;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;

/**
 * One in-process Flink cluster (a {@link org.apache.flink.runtime.minicluster.MiniCluster} with its
 * REST endpoint on loopback), started on first use and stopped by {@link #close()}. Jobs are handed to it in memory ({@link LocalTarget}); savepoints and job
 * control go over its REST API exactly as for a standalone session cluster. It keeps a bounded number of finished jobs (see {@code EmbeddedMiniCluster}).
 */
public final class EmbeddedCluster implements AutoCloseable {
    private final int taskManagers;
    private final int slotsPerTaskManager;
    private final MemorySize managedMemory;
    private final int archiveMaxJobs;
    private final Duration archiveExpiration;
    private EmbeddedMiniCluster cluster;
    private URI restAddress;
    private boolean closed;
    private CompletableFuture<Void> starting;

    /**
     * Describes the cluster; nothing starts yet.
     *
     * @param taskManagers number of task managers
     * @param slotsPerTaskManager slots per task manager
     * @param managedMemory managed memory per task manager
     */
    public EmbeddedCluster(int taskManagers, int slotsPerTaskManager, MemorySize managedMemory) {
        this(
                taskManagers,
                slotsPerTaskManager,
                managedMemory,
                FlinkSettings.DEFAULT_ARCHIVE_MAX_JOBS,
                FlinkSettings.DEFAULT_ARCHIVE_EXPIRATION);
    }

    /**
     * Describes the cluster; nothing starts yet.
     *
     * @param taskManagers number of task managers
     * @param slotsPerTaskManager slots per task manager
     * @param managedMemory managed memory per task manager
     * @param archiveMaxJobs the most finished jobs the cluster keeps (for REST's {@code /jobs/<id>})
     * @param archiveExpiration how long the cluster keeps a finished job
     */
    public EmbeddedCluster(
            int taskManagers,
            int slotsPerTaskManager,
            MemorySize managedMemory,
            int archiveMaxJobs,
            Duration archiveExpiration) {
        this.taskManagers = taskManagers;
        this.slotsPerTaskManager = slotsPerTaskManager;
        this.managedMemory = managedMemory;
        this.archiveMaxJobs = archiveMaxJobs;
        this.archiveExpiration = archiveExpiration;
    }

    /**
     * The REST address, starting the cluster on first call.
     *
     * @return for example {@code http://127.0.0.1:41234}
     */
    public synchronized URI restAddress() {
        if (closed) {
            throw new LakeJobException("The embedded Flink cluster is closed");
        }
        if (cluster == null) {
            start();
        }
        return restAddress;
    }

    /**
     * The running cluster, starting it on first call.
     *
     * @return the cluster
     */
    public synchronized MiniCluster miniCluster() {
        restAddress();
        return cluster;
    }

    /**
     * The running cluster as the embedded one, with its in-JVM savepoints; starts it on first call.
     *
     * @return the cluster
     */
    synchronized EmbeddedMiniCluster embedded() {
        restAddress();
        return cluster;
    }

    /**
     * Starts the cluster on a thread of its own unless it runs or is starting already, so that its
     * start-up overlaps what the caller does meanwhile (a first job's planning); {@link
     * #miniCluster()} waits for it. A start that fails completes the future with its cause, and the
     * next call tries again.
     *
     * @return completes when the cluster runs
     */
    public synchronized CompletableFuture<Void> startAsync() {
        if (closed) {
            return CompletableFuture.failedFuture(new LakeJobException("The embedded Flink cluster is closed"));
        }
        if (cluster != null) {
            return CompletableFuture.completedFuture(null);
        }
        if (starting == null) {
            CompletableFuture<Void> started = new CompletableFuture<>();
            starting = started;
            Thread t = new Thread(
                    () -> {
                        try {
                            restAddress();
                            started.complete(null);
                        } catch (Throwable e) {
                            started.completeExceptionally(e);
                        } finally {
                            synchronized (this) {
                                if (starting == started) {
                                    starting = null;
                                }
                            }
                        }
                    },
                    "lakejob-embedded-cluster-start");
            t.setDaemon(true);
            t.start();
        }
        return starting;
    }

    /** @return the total number of task slots */
    public int totalSlots() {
        return taskManagers * slotsPerTaskManager;
    }

    private void start() {
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.PORT, 0);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, managedMemory);
        EmbeddedMiniCluster mc = new EmbeddedMiniCluster(
                new MiniClusterConfiguration.Builder()
                        .setConfiguration(conf)
                        .setNumTaskManagers(taskManagers)
                        .setNumSlotsPerTaskManager(slotsPerTaskManager)
                        .build(),
                archiveMaxJobs,
                archiveExpiration);
        try {
            mc.start();
            restAddress = mc.getRestAddress().get(60, TimeUnit.SECONDS);
            cluster = mc;
        } catch (Exception e) {
            try {
                mc.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new LakeJobException("Could not start the embedded Flink cluster: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (cluster != null) {
            try {
                cluster.closeAsync().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new LakeJobException("The embedded Flink cluster did not stop cleanly: " + e.getMessage(), e);
            } finally {
                cluster = null;
            }
        }
    }
}
