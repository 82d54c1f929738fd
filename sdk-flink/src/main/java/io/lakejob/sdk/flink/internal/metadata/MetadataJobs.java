package io.lakejob.sdk.flink.internal.metadata;

import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.running.SqlScript;
import io.lakejob.sdk.flink.internal.target.FlinkRest;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.job.JobStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.ClusterClientJobClientAdapter;
import org.apache.flink.client.deployment.StandaloneClusterId;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.clusterframework.ApplicationStatus;
import org.apache.flink.runtime.jobmaster.JobResult;

/**
 * Persists the Flink jobs (SQL and jar, reference chapter 9) of {@link FlinkContext} as the
 * {@code flink_jobs} document: definitions, status and its description, savepoint path, Flink job
 * id, cluster REST address, times, run count and the owner (the client that runs it). Result rows
 * are not persisted.
 *
 * <p>A job stored as active (submitting, running, canceling, savepointing) whose owner is not alive
 * any more was left behind by a client JVM that died (or a client closed without the job reaching
 * an end state):
 *
 * <ul>
 *   <li>On the owner's embedded cluster the job died with it: it is loaded as
 *       {@code job_running_exception} with a status description starting {@code lost:}.
 *   <li>On a standalone session cluster (the client's {@code flink:standalone://} endpoint or a
 *       queue's {@code flink.address}) the job may outlive its client. The cluster's REST API is
 *       asked ({@code GET /jobs/<flink job id>}) and the job takes the status Flink reports:
 *       still running, it is <em>re-attached</em> ({@code job_running}, description starting
 *       {@code re-attached:}): this client follows it to its end and stops it, with or without a
 *       savepoint, like a job it started itself (closing this client cancels it, as for its own
 *       jobs); finished, canceled or failed there, it is {@code job_finish},
 *       {@code job_cancel_success} or {@code job_running_exception} with Flink's failure cause.
 *       Only when the cluster does not know the job or cannot be reached is it {@code lost:},
 *       and the description says which. The rows of a re-attached job's final query were
 *       collected by the client that died and are not recovered.
 * </ul>
 *
 * <p>Saving: every change of a record snapshots that record while its lock is held (so the
 * snapshot is consistent), then writes the document under the kind's save lock, which never takes
 * a record lock, so saves cannot deadlock with job threads.
 */
public final class MetadataJobs {
    /** Status description prefix of a job lost with its client. */
    static final String LOST = "lost:";
    /** Status description prefix of a job this client follows after the client that started it ended. */
    static final String REATTACHED = "re-attached:";

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    /**
     * One stored job.
     *
     * @param id the platform job id
     * @param createTime when it was created
     * @param definition the SQL job definition (a jar job's shell definition for jar jobs)
     * @param jarDefinition the jar job definition, or {@code null} for SQL jobs
     * @param status the status
     * @param statusDesc the status description
     * @param startTime when the last run started
     * @param updateTime when it last changed
     * @param flinkJobId the Flink job id of the last run
     * @param savepointPath the last savepoint
     * @param cluster the REST address of the cluster of the last run
     * @param embeddedCluster whether that cluster was the owner's embedded cluster
     * @param attempt how many runs were started
     * @param owner the client that ran it
     */
    record JobDoc(
            long id,
            Instant createTime,
            CreateFlinkSqlJobRequest definition,
            CreateFlinkJarJobRequest jarDefinition,
            JobStatus status,
            String statusDesc,
            Instant startTime,
            Instant updateTime,
            String flinkJobId,
            String savepointPath,
            String cluster,
            boolean embeddedCluster,
            int attempt,
            MetadataOwner owner) {}

    /**
     * The {@code flink_jobs} document.
     *
     * @param lastJobId the last platform job id given out
     * @param jobs the jobs by id
     */
    record JobsDoc(long lastJobId, List<JobDoc> jobs) {}

    private final FlinkContext ctx;
    private final Map<Long, JobDoc> docs = new ConcurrentHashMap<>();
    private final List<JobDoc> loaded = new ArrayList<>();
    private MetadataSaver saver = MetadataSaver.NONE;

    private MetadataJobs(FlinkContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Loads the stored jobs into the context and saves every later change.
     *
     * @param ctx the context
     */
    public static void attach(FlinkContext ctx) {
        MetadataJobs m = new MetadataJobs(ctx);
        MetadataStore store = ctx.metadata();
        m.saver = store.attach("flink_jobs", JobsDoc.class, m::snapshot, m::collect);
        boolean changed = false;
        List<Runnable> followers = new ArrayList<>();
        for (JobDoc d : m.loaded) {
            changed |= m.restore(d, followers);
        }
        ctx.onJobChange(m::changed);
        if (changed) {
            m.saver.save();
        }
        // Followers change records as the re-attached jobs end: only once changes are saved.
        followers.forEach(Runnable::run);
    }

    private void collect(JobsDoc doc) {
        ctx.jobIdsAbove(doc.lastJobId());
        loaded.addAll(doc.jobs());
    }

    private JobsDoc snapshot() {
        List<JobDoc> all = new ArrayList<>(docs.values());
        all.sort(Comparator.comparingLong(JobDoc::id));
        return new JobsDoc(ctx.lastJobId(), all);
    }

    /** @return whether the job was left behind by its owner (its stored state changed) */
    private boolean restore(JobDoc d, List<Runnable> followers) {
        ctx.jobIdsAbove(d.id());
        FlinkJobRecord r = new FlinkJobRecord(d.id(), d.definition(), d.createTime());
        if (d.jarDefinition() != null) {
            r.jarDefinition(d.jarDefinition());
        }
        JobStatus status = d.status() == null ? JobStatus.JOB_INIT : d.status();
        String desc = d.statusDesc();
        boolean orphan = isActive(status) && (d.owner() == null || !d.owner().isAlive());
        Orphan o = orphan ? orphan(d) : null;
        Instant now = ctx.clock().instant();
        r.restore(
                orphan ? o.status() : status,
                orphan ? o.desc() : desc,
                d.startTime(),
                orphan ? now : d.updateTime(),
                d.flinkJobId(),
                d.savepointPath(),
                d.cluster() == null ? null : URI.create(d.cluster()),
                d.attempt());
        if (orphan && o.reattach()) {
            URI cluster = URI.create(d.cluster());
            JobID jobId = JobID.fromHexString(d.flinkJobId());
            r.submitted(
                    new ClusterClientJobClientAdapter<>(
                            () -> clusterClient(cluster), jobId, MetadataJobs.class.getClassLoader()),
                    now);
            if (o.status().equals(JobStatus.JOB_CANCELING)) {
                r.requestStop(now);
            }
            r.status(o.status(), o.desc(), now);
            int attempt = r.attempt();
            followers.add(() -> follow(r, attempt, cluster, jobId));
        }
        ctx.putJob(r);
        docs.put(r.id(), orphan ? doc(r, d.embeddedCluster()) : d);
        return orphan;
    }

    private static boolean isActive(JobStatus s) {
        return s.equals(JobStatus.JOB_SUBMITTING)
                || s.equals(JobStatus.JOB_RUNNING)
                || s.equals(JobStatus.JOB_CANCELING)
                || s.equals(JobStatus.JOB_SAVEPOINTING);
    }

    /**
     * What became of a job whose owner ended while it was active.
     *
     * @param status its status now
     * @param desc its status description now
     * @param reattach whether it still runs on its cluster and this client follows it
     */
    private record Orphan(JobStatus status, String desc, boolean reattach) {}

    private Orphan orphan(JobDoc d) {
        String who = d.owner() == null ? "an unknown client" : "the client " + d.owner();
        String ended = who + " that ran it ended (its JVM died or it was closed)";
        String base = LOST + " it was " + d.status().value() + " when " + ended;
        if (d.flinkJobId() == null) {
            return lost(base + " before Flink accepted it");
        }
        if (d.embeddedCluster() || d.cluster() == null) {
            return lost(
                    base + "; Flink job " + d.flinkJobId() + " ran on that client's embedded cluster and died with it");
        }
        String job = "Flink job " + d.flinkJobId() + " on " + d.cluster();
        Probe p = probe(URI.create(d.cluster()), d.flinkJobId());
        if (p.state() == null) {
            return lost(base + "; " + job + " " + p.describe());
        }
        String after = " after " + ended;
        return switch (p.state()) {
            case "FINISHED" -> new Orphan(JobStatus.JOB_FINISH, job + " FINISHED there" + after, false);
            case "CANCELED" -> new Orphan(JobStatus.JOB_CANCEL_SUCCESS, job + " was CANCELED there" + after, false);
            case "FAILED" -> new Orphan(
                    JobStatus.JOB_RUNNING_EXCEPTION,
                    job + " FAILED there" + after + (p.failure() == null ? "" : ": " + p.failure()),
                    false);
            case "CANCELLING" -> new Orphan(
                    JobStatus.JOB_CANCELING,
                    REATTACHED + " " + job + " is CANCELLING there" + after,
                    ctx.metadata().writable());
            case "RUNNING", "CREATED", "INITIALIZING", "RESTARTING", "RECONCILING", "FAILING" -> ctx.metadata()
                            .writable()
                    ? new Orphan(
                            JobStatus.JOB_RUNNING,
                            REATTACHED + " " + job + " is " + p.state() + " there" + after
                                    + "; this client follows it now"
                                    + (endsWithQuery(d)
                                            ? " (the rows of its final query were that client's and are gone)"
                                            : ""),
                            true)
                    // Only the client holding the directory takes the job over; this one just reads.
                    : new Orphan(
                            JobStatus.JOB_RUNNING,
                            job + " is " + p.state() + " there" + after
                                    + "; this client only reads the metadata directory and does not follow it",
                            false);
            default -> lost(base + "; " + job + " " + p.describe() + " (not followed)");
        };
    }

    private static Orphan lost(String desc) {
        return new Orphan(JobStatus.JOB_RUNNING_EXCEPTION, desc, false);
    }

    private static boolean endsWithQuery(JobDoc d) {
        if (d.jarDefinition() != null
                || d.definition() == null
                || d.definition().sqlBody() == null) {
            return false;
        }
        List<SqlScript.Statement> statements = SqlScript.split(d.definition().sqlBody());
        return !statements.isEmpty() && statements.get(statements.size() - 1).isQuery();
    }

    /**
     * What a cluster says of a Flink job.
     *
     * @param state Flink's state of the job ({@code RUNNING}, {@code FINISHED}, ...), or {@code null}
     *     when the cluster does not know the job or could not be asked
     * @param problem why there is no state, else {@code null}
     * @param failure Flink's root failure of a {@code FAILED} job, else {@code null}
     */
    record Probe(String state, String problem, String failure) {
        /** @return the state or the problem as the end of a sentence about the job */
        String describe() {
            return state != null ? "is " + state + " there" : problem;
        }
    }

    /**
     * Asks a cluster's REST API for a job ({@code GET /jobs/<id>}), briefly.
     *
     * @param cluster the cluster's REST address
     * @param flinkJobId the Flink job id
     * @return what the cluster says
     */
    static Probe probe(URI cluster, String flinkJobId) {
        try {
            FlinkRest rest = new FlinkRest(cluster, PROBE_TIMEOUT);
            FlinkRest.Response r = rest.get("/jobs/" + flinkJobId);
            if (r.ok()) {
                String state = r.body().path("state").asText("UNKNOWN");
                return new Probe(state, null, state.equals("FAILED") ? failure(rest, flinkJobId) : null);
            }
            String errors = String.valueOf(r.errors());
            // Flink answers 404 for an unknown job, but some versions wrap FlinkJobNotFoundException in a 500.
            if (r.status() == 404 || errors.contains("NotFound") || errors.contains("not found")) {
                return new Probe(
                        null,
                        "is unknown to that cluster (it answered " + r.status()
                                + ": it never ran that job, or no longer keeps it, for example after a restart)",
                        null);
            }
            return new Probe(null, "could not be read: the cluster answered " + r.status() + " " + errors, null);
        } catch (RuntimeException e) {
            return new Probe(
                    null, "could not be read: the cluster did not answer (" + SqlJobRunner.rootMessage(e) + ")", null);
        }
    }

    private static String failure(FlinkRest rest, String flinkJobId) {
        try {
            FlinkRest.Response r = rest.get("/jobs/" + flinkJobId + "/exceptions");
            String root = r.ok() ? r.body().path("root-exception").asText("") : "";
            String first = root.lines().findFirst().orElse("").trim();
            return first.isEmpty() ? null : first;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static RestClusterClient<StandaloneClusterId> clusterClient(URI cluster) {
        Configuration conf = new Configuration();
        conf.set(RestOptions.ADDRESS, cluster.getHost());
        conf.set(RestOptions.PORT, cluster.getPort());
        try {
            return new RestClusterClient<>(conf, StandaloneClusterId.getInstance());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create a REST client for " + cluster, e);
        }
    }

    /**
     * Follows a re-attached job to its end on its cluster, as the runner follows the jobs it
     * submits: the record ends finished, canceled (when this client stopped it) or failed.
     */
    private void follow(FlinkJobRecord r, int attempt, URI cluster, JobID jobId) {
        ctx.executor().execute(() -> {
            try (RestClusterClient<StandaloneClusterId> c = clusterClient(cluster)) {
                JobResult result = c.requestJobResult(jobId).get();
                if (r.attempt() != attempt) {
                    return;
                }
                ApplicationStatus s = result.getApplicationStatus();
                Instant now = ctx.clock().instant();
                if (s == ApplicationStatus.CANCELED) {
                    r.status(JobStatus.JOB_CANCEL_SUCCESS, "", now);
                } else if (s == ApplicationStatus.SUCCEEDED) {
                    r.ended(JobStatus.JOB_FINISH, "", now);
                } else {
                    r.ended(
                            JobStatus.JOB_RUNNING_EXCEPTION,
                            result.getSerializedThrowable()
                                    .map(SqlJobRunner::rootMessage)
                                    .orElse("Flink job " + jobId + " ended " + s + " on " + cluster),
                            now);
                }
            } catch (InterruptedException e) {
                // This client is closing (it cancelled the job first).
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                if (r.attempt() != attempt || r.isTerminal()) {
                    return;
                }
                r.status(
                        r.stopRequested() ? JobStatus.JOB_CANCEL_SUCCESS : JobStatus.JOB_RUNNING_EXCEPTION,
                        r.stopRequested()
                                ? ""
                                : LOST + " this client lost track of Flink job " + jobId + " on " + cluster + ": "
                                        + SqlJobRunner.rootMessage(e),
                        ctx.clock().instant());
            }
        });
    }

    /** Called by the context after a record changed, was added or was removed. */
    private void changed(FlinkJobRecord r) {
        if (ctx.findJob(r.id()) != r) {
            docs.remove(r.id());
        } else {
            URI cluster = r.cluster();
            docs.put(r.id(), doc(r, ctx.isEmbedded(cluster)));
        }
        try {
            saver.save();
        } catch (RuntimeException e) {
            // A job thread must not fail because the disk did: the next change saves again.
            System.getLogger(MetadataJobs.class.getName())
                    .log(System.Logger.Level.WARNING, "Cannot save Flink job " + r.id() + ": " + e.getMessage());
        }
    }

    private JobDoc doc(FlinkJobRecord r, boolean embedded) {
        synchronized (r) {
            URI cluster = r.cluster();
            return new JobDoc(
                    r.id(),
                    r.createTime(),
                    r.definition(),
                    r.jarDefinition(),
                    r.status(),
                    r.statusDesc(),
                    r.startTime(),
                    r.updateTime(),
                    r.flinkJobId(),
                    r.savepointPath(),
                    cluster == null ? null : cluster.toString(),
                    embedded,
                    r.attempt(),
                    ctx.metadata().owner());
        }
    }
}
