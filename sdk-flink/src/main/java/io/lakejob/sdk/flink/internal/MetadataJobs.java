package io.lakejob.sdk.flink.internal;

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
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;

/**
 * Persists the Flink jobs (SQL and jar, reference chapter 9) of {@link FlinkContext} as the
 * {@code flink_jobs} document: definitions, status and its description, savepoint path, Flink job
 * id, cluster REST address, times, run count and the owner (the client that runs it). Result rows
 * are not persisted.
 *
 * <p>A job stored as active (submitting, running, canceling, savepointing) whose owner is not alive
 * any more is loaded as {@code job_running_exception} with a status description starting
 * {@code lost:}, never as running: the client JVM that ran it died or was closed without the job
 * reaching an end state. On the client's embedded cluster the job died with it. On a standalone
 * cluster the job may outlive its client: the cluster's {@code /jobs/overview} is asked, and the
 * description names the Flink job id and what Flink says of it; this client does not re-attach
 * to such a job (stop it on that cluster by its Flink job id).
 *
 * <p>Saving: every change of a record snapshots that record while its lock is held (so the
 * snapshot is consistent), then writes the document under the kind's save lock, which never takes
 * a record lock, so saves cannot deadlock with job threads.
 */
final class MetadataJobs {
    /** Status description prefix of a job lost with its client. */
    static final String LOST = "lost:";

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
    static void attach(FlinkContext ctx) {
        MetadataJobs m = new MetadataJobs(ctx);
        MetadataStore store = ctx.metadata();
        m.saver = store.attach("flink_jobs", JobsDoc.class, m::snapshot, m::collect);
        boolean lost = false;
        for (JobDoc d : m.loaded) {
            lost |= m.restore(d);
        }
        ctx.onJobChange(m::changed);
        if (lost) {
            m.saver.save();
        }
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

    /** @return whether the job was found lost */
    private boolean restore(JobDoc d) {
        ctx.jobIdsAbove(d.id());
        FlinkJobRecord r = new FlinkJobRecord(d.id(), d.definition(), d.createTime());
        if (d.jarDefinition() != null) {
            r.jarDefinition(d.jarDefinition());
        }
        JobStatus status = d.status() == null ? JobStatus.JOB_INIT : d.status();
        String desc = d.statusDesc();
        boolean lost = isActive(status) && (d.owner() == null || !d.owner().isAlive());
        if (lost) {
            desc = lostReason(d);
            status = JobStatus.JOB_RUNNING_EXCEPTION;
        }
        r.restore(
                status,
                desc,
                d.startTime(),
                lost ? ctx.clock().instant() : d.updateTime(),
                d.flinkJobId(),
                d.savepointPath(),
                d.cluster() == null ? null : URI.create(d.cluster()),
                d.attempt());
        ctx.putJob(r);
        docs.put(r.id(), lost ? doc(r, d.embeddedCluster()) : d);
        return lost;
    }

    private static boolean isActive(JobStatus s) {
        return s.equals(JobStatus.JOB_SUBMITTING)
                || s.equals(JobStatus.JOB_RUNNING)
                || s.equals(JobStatus.JOB_CANCELING)
                || s.equals(JobStatus.JOB_SAVEPOINTING);
    }

    private String lostReason(JobDoc d) {
        String who = d.owner() == null ? "an unknown client" : "the client " + d.owner();
        String base = LOST + " it was " + d.status().value() + " when " + who
                + " that ran it ended (its JVM died or it was closed)";
        if (d.flinkJobId() == null) {
            return base + " before Flink accepted it";
        }
        if (d.embeddedCluster() || d.cluster() == null) {
            return base + "; Flink job " + d.flinkJobId() + " ran on that client's embedded cluster and died with it";
        }
        String onCluster = "; Flink job " + d.flinkJobId() + " on " + d.cluster();
        try {
            FlinkRest.Response overview = new FlinkRest(URI.create(d.cluster()), PROBE_TIMEOUT).get("/jobs/overview");
            if (overview.ok()) {
                for (JsonNode j : overview.body().path("jobs")) {
                    if (d.flinkJobId().equals(j.path("jid").asText())) {
                        String state = j.path("state").asText();
                        return base + onCluster + " is " + state + " there"
                                + (isFlinkTerminal(state)
                                        ? ""
                                        : " (this client does not re-attach to it: stop it on that cluster by its Flink job id)");
                    }
                }
                return base + onCluster + " is unknown to that cluster";
            }
            return base + onCluster + ": the cluster answered " + overview.status();
        } catch (RuntimeException e) {
            return base + onCluster + ": the cluster did not answer (" + SqlJobRunner.rootMessage(e) + ")";
        }
    }

    private static boolean isFlinkTerminal(String state) {
        return state.equals("FINISHED") || state.equals("CANCELED") || state.equals("FAILED");
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
