package io.lakejob.sdk.flink.internal.metadata;

import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.flink.internal.running.RunFollower;
import io.lakejob.sdk.flink.internal.running.SqlJobRunner;
import io.lakejob.sdk.flink.internal.running.SqlScript;
import io.lakejob.sdk.flink.internal.targets.ClusterState;
import io.lakejob.sdk.flink.internal.targets.DeploymentTarget;
import io.lakejob.sdk.flink.internal.targets.FlinkRest;
import io.lakejob.sdk.flink.internal.targets.JobRef;
import io.lakejob.sdk.flink.internal.targets.TargetKind;
import io.lakejob.sdk.flink.internal.targets.TargetSettings;
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
     * @param cluster the REST address of the cluster of the last run when it was a standalone
     *     cluster (files written before deployment targets had only this)
     * @param embeddedCluster whether that cluster was the owner's embedded cluster
     * @param attempt how many runs were started
     * @param owner the client that ran it
     * @param target the settings of the last run's target ({@code null} in older files: then {@code
     *     cluster} and {@code embeddedCluster} say where it ran)
     * @param clusterId the cluster the last run went to (an application id for YARN), or {@code null}
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
            MetadataOwner owner,
            TargetSettings target,
            String clusterId) {
        /** @return the settings of the last run's target, or {@code null} before any run */
        TargetSettings runTarget() {
            if (target != null) {
                return target;
            }
            if (embeddedCluster) {
                return TargetSettings.local();
            }
            if (cluster == null) {
                return null;
            }
            URI u = URI.create(cluster);
            return TargetSettings.standalone(u.getHost() + ":" + u.getPort(), "a stored job");
        }

        /** @return the cluster of the last run, or {@code null} when not known */
        String runClusterId() {
            if (clusterId != null || target != null) {
                return clusterId;
            }
            TargetSettings t = runTarget();
            return t == null ? null : t.kind() == TargetKind.LOCAL ? TargetSettings.EMBEDDED : t.address();
        }

        /** @return where the last run's Flink job lives, or {@code null} when it never reached Flink */
        JobRef ref() {
            TargetSettings t = runTarget();
            String c = runClusterId();
            return t == null || c == null || flinkJobId == null ? null : new JobRef(t, c, flinkJobId);
        }
    }

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
            if (d == null || d.definition() == null || d.definition().name() == null) {
                // Never guessed, and never saved over: the next save would drop the job.
                throw new ConfigurationException(
                        "Metadata file " + store.directory().resolve("flink_jobs.json")
                                + " cannot be read (a job without its definition: "
                                + (d == null ? "null" : "id " + d.id())
                                + "); restore it from a backup or remove it to drop that kind of metadata");
            }
            changed |= m.restore(d, followers);
        }
        ctx.onJobChange(m::changed);
        // What it found is the writer's to save: a client that only reads the directory changes nothing.
        if (changed && store.writable()) {
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
                d.runTarget(),
                d.runClusterId(),
                d.attempt());
        if (orphan && o.reattach()) {
            JobRef ref = d.ref();
            DeploymentTarget target = ctx.targets().of(ref);
            r.submitted(target.attach(ref, MetadataJobs.class.getClassLoader()), ref.clusterId(), now);
            if (o.status().equals(JobStatus.JOB_CANCELING)) {
                r.requestStop(now);
            }
            r.status(o.status(), o.desc(), now);
            int attempt = r.attempt();
            followers.add(() -> follow(r, attempt, target, ref));
        }
        ctx.putJob(r);
        docs.put(r.id(), orphan ? doc(r) : d);
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
        JobRef ref = d.ref();
        if (ref == null || ref.kind() == TargetKind.LOCAL) {
            return lost(
                    base + "; Flink job " + d.flinkJobId() + " ran on that client's embedded cluster and died with it");
        }
        String job = ref.describe();
        Probe p = probe(ref);
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

    /**
     * Asks a job's target for it, briefly: the cluster's REST API where the target finds it (a YARN
     * application's JobManager from its report), or why it cannot be asked.
     *
     * @param ref the job
     * @return what the target says
     */
    private Probe probe(JobRef ref) {
        URI address;
        try {
            DeploymentTarget target = ctx.targets().of(ref);
            ClusterState state = target.clusterState(ref.clusterId());
            if (state.isOver()) {
                return new Probe(
                        null,
                        "is gone: its cluster " + ref.clusterId() + " has "
                                + (state.phase() == ClusterState.Phase.GONE ? "gone" : "ended " + state.finalStatus())
                                + (state.detail().isEmpty() ? "" : " (" + state.detail() + ")"),
                        null);
            }
            address = target.restAddress(ref.clusterId());
        } catch (RuntimeException e) {
            return new Probe(null, "could not be read: " + SqlJobRunner.rootMessage(e), null);
        }
        return probe(address, ref.flinkJobId());
    }

    /**
     * Follows a re-attached job to its end on its cluster, as the runner follows the jobs it
     * submits: the record ends finished, canceled (when this client stopped it) or failed.
     */
    private void follow(FlinkJobRecord r, int attempt, DeploymentTarget target, JobRef ref) {
        ctx.executor().execute(() -> {
            try {
                RunFollower.Outcome o = RunFollower.await(
                        target.attach(ref, MetadataJobs.class.getClassLoader()),
                        target,
                        ref,
                        MetadataJobs.class.getClassLoader(),
                        () -> r.attempt() == attempt);
                if (r.attempt() == attempt && !r.isTerminal()) {
                    r.ended(o.status(), o.description(), ctx.clock().instant());
                }
            } catch (InterruptedException e) {
                // This client is closing (it cancelled the job first).
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (r.attempt() == attempt && !r.isTerminal()) {
                    r.ended(
                            JobStatus.JOB_RUNNING_EXCEPTION,
                            LOST + " this client lost track of " + ref.describe() + ": " + SqlJobRunner.rootMessage(e),
                            ctx.clock().instant());
                }
            }
        });
    }

    /** Called by the context after a record changed, was added or was removed. */
    private void changed(FlinkJobRecord r) {
        if (ctx.findJob(r.id()) != r) {
            docs.remove(r.id());
        } else {
            docs.put(r.id(), doc(r));
        }
        try {
            saver.save();
        } catch (RuntimeException e) {
            // A job thread must not fail because the disk did: the next change saves again.
            System.getLogger(MetadataJobs.class.getName())
                    .log(System.Logger.Level.WARNING, "Cannot save Flink job " + r.id() + ": " + e.getMessage());
        }
    }

    private JobDoc doc(FlinkJobRecord r) {
        synchronized (r) {
            TargetSettings target = r.target();
            boolean embedded = target != null && target.kind() == TargetKind.LOCAL;
            String cluster =
                    target != null && target.kind() == TargetKind.STANDALONE ? "http://" + target.address() : null;
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
                    cluster,
                    embedded,
                    r.attempt(),
                    ctx.metadata().owner(),
                    target,
                    r.clusterId());
        }
    }
}
