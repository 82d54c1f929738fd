package io.lakejob.sdk.flink.internal.targets.local;

import io.lakejob.sdk.flink.internal.compat.ArchivingMiniCluster;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.highavailability.AbstractThreadsafeJobResultStore;
import org.apache.flink.runtime.highavailability.HighAvailabilityServices;
import org.apache.flink.runtime.highavailability.JobResultEntry;
import org.apache.flink.runtime.highavailability.JobResultStore;
import org.apache.flink.runtime.highavailability.nonha.embedded.EmbeddedHaServices;
import org.apache.flink.runtime.jobmanager.HighAvailabilityMode;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.util.concurrent.Executors;

/**
 * The embedded cluster's {@link MiniCluster}, with bounds a long-lived client needs over many jobs
 * that Flink's own lacks.
 *
 * <p>Flink's mini cluster keeps every finished job's archive (what REST serves at {@code /jobs/<id>}
 * and in the job overview once the job has ended) in an in-memory store without any bound, and does
 * not read the {@code jobstore.*} options. Here the store keeps at most {@code maxJobs} finished jobs,
 * each for at most {@code expiration}; the least recently used goes first. It is closed with the
 * cluster (see {@link ArchivingMiniCluster}, the part that differs between Flink lines).
 *
 * <p>Flink's embedded high-availability services keep every ended job's full {@link JobResult}
 * (with its accumulators, such as the last rows of a query's collect sink) only to answer whether
 * a job id has already run. Here the result store keeps a job's result only until the dispatcher
 * has cleaned the job up, then just its id.
 */
final class EmbeddedMiniCluster extends ArchivingMiniCluster {
    /**
     * Describes the cluster; nothing starts yet.
     *
     * @param configuration the mini cluster's configuration
     * @param maxJobs the most finished jobs the cluster keeps
     * @param expiration how long the cluster keeps a finished job
     */
    EmbeddedMiniCluster(MiniClusterConfiguration configuration, int maxJobs, Duration expiration) {
        super(configuration, maxJobs, expiration);
    }

    @Override
    protected HighAvailabilityServices createHighAvailabilityServices(Configuration configuration, Executor executor)
            throws Exception {
        if (HighAvailabilityMode.isHighAvailabilityModeActivated(configuration)) {
            return super.createHighAvailabilityServices(configuration, executor);
        }
        return new HaServices(executor);
    }

    /** Flink's embedded services, with a result store that forgets cleaned-up jobs' results. */
    private static final class HaServices extends EmbeddedHaServices {
        private final JobResultStore results = new EndedJobIds();

        HaServices(Executor executor) {
            super(executor);
        }

        @Override
        public JobResultStore getJobResultStore() throws Exception {
            synchronized (lock) {
                checkNotShutdown();
                return results;
            }
        }
    }

    /**
     * A job result store keeping a job's {@link JobResult} while the job is dirty (ended, not yet
     * cleaned up: needed to finish its clean-up), and only its id once it is clean (enough for
     * Flink to refuse running the same job id again). Locked by the base class.
     */
    static final class EndedJobIds extends AbstractThreadsafeJobResultStore {
        private final Map<JobID, JobResultEntry> dirty = new HashMap<>();
        private final Set<JobID> clean = new HashSet<>();

        EndedJobIds() {
            super(Executors.directExecutor());
        }

        @Override
        protected void createDirtyResultInternal(JobResultEntry entry) {
            dirty.put(entry.getJobId(), entry);
        }

        @Override
        protected void markResultAsCleanInternal(JobID jobId) {
            if (dirty.remove(jobId) == null) {
                throw new NoSuchElementException(
                        "Could not mark job " + jobId + " as clean as it is not present in the job result store.");
            }
            clean.add(jobId);
        }

        @Override
        protected boolean hasDirtyJobResultEntryInternal(JobID jobId) {
            return dirty.containsKey(jobId);
        }

        @Override
        protected boolean hasCleanJobResultEntryInternal(JobID jobId) {
            return clean.contains(jobId);
        }

        @Override
        protected Set<JobResult> getDirtyResultsInternal() {
            return dirty.values().stream().map(JobResultEntry::getJobResult).collect(Collectors.toSet());
        }
    }
}
