package io.lakejob.sdk.flink.internal.targets;

import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.running.FlinkJobRecord;
import io.lakejob.sdk.model.flink.SavepointRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Savepoints over Flink's REST API, so that nothing is lost:
 *
 * <ul>
 *   <li>every savepoint carries a client-chosen trigger id ({@code triggerId} in the request body),
 *       so re-sending a trigger after a lost answer cannot start a second savepoint;
 *   <li>a savepoint is triggered only once every task of the job is RUNNING (or already FINISHED),
 *       because Flink refuses it earlier ("not all required tasks are currently running");
 *   <li>the result is polled promptly (Flink keeps it for {@code rest.async.store-duration}, 5 minutes);
 *   <li>stop is stop-with-savepoint, never cancel-with-savepoint; when the answer does not come in
 *       time the outcome is unknown: the job status and its checkpoint history are read again, and an
 *       {@link OutcomeUnknownException} carrying the trigger id is raised rather than a failure.
 * </ul>
 *
 * Thread-safe and stateless apart from the REST client.
 */
public final class Savepoints {
    private static final Set<String> TERMINAL = Set.of("FINISHED", "CANCELED", "FAILED", "SUSPENDED");
    private static final int NOT_RUNNING_RETRIES = 3;

    private final FlinkRest rest;

    /**
     * Creates the helper for one cluster.
     *
     * @param rest the cluster's REST client
     */
    public Savepoints(FlinkRest rest) {
        this.rest = rest;
    }

    /**
     * Creates the helper for one cluster.
     *
     * @param restAddress the cluster's REST address
     * @return the helper
     */
    public static Savepoints at(URI restAddress) {
        return new Savepoints(new FlinkRest(restAddress, Duration.ofSeconds(30)));
    }

    /**
     * Creates the helper for one cluster whose single requests never outlast a call's timeout.
     *
     * @param restAddress the cluster's REST address
     * @param callTimeout the call's timeout (one request waits at most this long, and at most 30 s)
     * @return the helper
     */
    public static Savepoints at(URI restAddress, Duration callTimeout) {
        Duration max = Duration.ofSeconds(30);
        return new Savepoints(new FlinkRest(restAddress, callTimeout.compareTo(max) < 0 ? callTimeout : max));
    }

    /**
     * Checks a savepoint directory up front: a local one ({@code file:} or no scheme) is created if
     * missing and must be a writable directory; other file systems are left to Flink.
     *
     * @param dir the directory as a path or URI
     * @return the directory as Flink should receive it (a URI)
     * @throws ServiceException DLI.0001 when the directory cannot be used
     */
    public static String checkDirectory(String dir) {
        if (dir == null || dir.isBlank()) {
            throw LocalErrors.invalid("targetDirectory", "no savepoint directory is configured");
        }
        Path local;
        try {
            URI u = URI.create(dir);
            if (u.getScheme() != null && !u.getScheme().equalsIgnoreCase("file")) {
                return dir;
            }
            local = u.getScheme() == null ? Path.of(dir) : Path.of(u);
        } catch (IllegalArgumentException e) {
            local = Path.of(dir);
        }
        try {
            Files.createDirectories(local);
        } catch (IOException | SecurityException e) {
            throw LocalErrors.invalid("targetDirectory", "cannot create " + local + ": " + e.getMessage());
        }
        if (!Files.isDirectory(local) || !Files.isWritable(local)) {
            throw LocalErrors.invalid("targetDirectory", local + " is not a writable directory");
        }
        return local.toAbsolutePath().toUri().toString();
    }

    /**
     * Checks, before a job that reads or writes a savepoint there is submitted, that Flink has a file
     * system for the path's scheme in this JVM (the embedded cluster's): {@code hdfs://} without
     * Hadoop on the class path, for example, would otherwise be accepted and fail the job seconds
     * later. Local paths and {@code file:} URIs need nothing.
     *
     * @param field the request field, for the error
     * @param path the savepoint path or directory
     * @throws ServiceException DLI.0001 naming the path, the scheme and what is missing
     */
    public static void checkFileSystem(String field, String path) {
        URI u;
        try {
            u = new URI(path);
        } catch (java.net.URISyntaxException e) {
            throw LocalErrors.invalid(field, "'" + path + "' is not a valid path or URI: " + e.getMessage());
        }
        String scheme = u.getScheme();
        if (scheme == null || scheme.length() == 1 || scheme.equalsIgnoreCase("file")) {
            return;
        }
        try {
            org.apache.flink.core.fs.FileSystem.get(u);
        } catch (org.apache.flink.core.fs.UnsupportedFileSystemSchemeException e) {
            throw LocalErrors.invalid(
                    field,
                    "'" + path + "': Flink has no file system for the scheme '" + scheme + "' here ("
                            + firstLine(e.getMessage()) + "); put it on the class path (Hadoop for hdfs://, a"
                            + " Flink file system for s3:// and others) or use a local path");
        } catch (IOException | RuntimeException e) {
            throw LocalErrors.invalid(
                    field, "'" + path + "': Flink cannot use it (" + firstLine(String.valueOf(e.getMessage())) + ")");
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * The job's state as Flink reports it, for example {@code RUNNING} or {@code FINISHED}.
     *
     * @param jobId the Flink job id
     * @return the state
     * @throws ServiceException DLI.0002 when the cluster does not know the job
     */
    public String jobState(String jobId) {
        return job(jobId).path("state").asText();
    }

    /**
     * The job's state and task counts. The job list ({@code /jobs/overview}) comes first: it is read
     * live from the dispatcher, while {@code /jobs/:id} is served from a cache that can be up to
     * {@code web.refresh-interval} (3 s) old, which would delay every wait by seconds.
     */
    private JsonNode job(String jobId) {
        FlinkRest.Response list = rest.get("/jobs/overview");
        if (list.ok()) {
            for (JsonNode j : list.body().path("jobs")) {
                if (jobId.equals(j.path("jid").asText())) {
                    return j;
                }
            }
        }
        FlinkRest.Response r = rest.get("/jobs/" + jobId);
        // Flink answers 404 for an unknown job, but some versions wrap FlinkJobNotFoundException in a 500.
        if (r.status() == 404
                || String.valueOf(r.errors()).contains("NotFound")
                || String.valueOf(r.errors()).contains("not found")) {
            throw LocalErrors.notFound("Flink job " + jobId + " on " + rest.base());
        }
        if (!r.ok()) {
            throw new ServiceException(400, "DLI.0012", "Reading Flink job " + jobId + ": " + r.errors(), null, true);
        }
        return r.body();
    }

    /**
     * Waits until the job is RUNNING and every one of its tasks is RUNNING or already FINISHED, the
     * condition Flink needs before it accepts a savepoint.
     *
     * @param jobId the Flink job id
     * @param timeout how long to wait
     * @throws ServiceException DLI.0012 when the job has ended, DLI.0002 when it does not exist
     * @throws LakeJobTimeoutException when the tasks are not all running in time
     */
    public void awaitAllTasksRunning(String jobId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Poll poll = new Poll();
        while (true) {
            JsonNode job;
            try {
                job = job(jobId);
            } catch (TransportException e) {
                // A read: try again until the deadline.
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                poll.pause();
                continue;
            }
            String state = job.path("state").asText();
            if (TERMINAL.contains(state)) {
                throw LocalErrors.unavailable("Flink job " + jobId + " is " + state + ", not running");
            }
            if (state.equals("RUNNING") && allTasksRunning(job)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new LakeJobTimeoutException(
                        "The tasks of Flink job " + jobId + " are not all running (job " + state + ")", timeout);
            }
            poll.pause();
        }
    }

    static boolean allTasksRunning(JsonNode job) {
        JsonNode counts = job.path("tasks");
        if (!job.has("vertices") && counts.isObject()) {
            // The job list's form: {"total": n, "running": r, "finished": f, "initializing": i, ...}.
            int total = counts.path("total").asInt(-1);
            int running = counts.path("running").asInt(0);
            return running > 0 && running + counts.path("finished").asInt(0) == total;
        }
        JsonNode vertices = job.path("vertices");
        if (!vertices.isArray() || vertices.isEmpty()) {
            return false;
        }
        for (JsonNode v : vertices) {
            JsonNode tasks = v.path("tasks");
            if (!tasks.isObject()) {
                String s = v.path("status").asText();
                if (!s.equals("RUNNING") && !s.equals("FINISHED")) {
                    return false;
                }
                continue;
            }
            var it = tasks.fields();
            int running = 0;
            while (it.hasNext()) {
                var e = it.next();
                String s = e.getKey().toUpperCase(Locale.ROOT);
                int n = e.getValue().asInt();
                if (s.equals("RUNNING") || s.equals("FINISHED")) {
                    running += n;
                } else if (n > 0) {
                    return false;
                }
            }
            if (running == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Triggers a savepoint; the job keeps running.
     *
     * @param jobId the Flink job id
     * @param directory the target directory (a URI)
     * @param triggerId the client-chosen trigger id (32 hex digits), or {@code null} for a new one
     * @param timeout how long to wait for tasks and for the savepoint
     * @return the savepoint location and the trigger id that produced it
     * @throws OutcomeUnknownException when Flink did not answer in time (retry with the same trigger id)
     */
    public Outcome trigger(String jobId, String directory, String triggerId, Duration timeout) {
        return savepoint(jobId, directory, triggerId, timeout, false);
    }

    /**
     * Stops the job with a savepoint (Flink's stop-with-savepoint, without draining).
     *
     * @param jobId the Flink job id
     * @param directory the target directory (a URI)
     * @param triggerId the client-chosen trigger id (32 hex digits), or {@code null} for a new one
     * @param timeout how long to wait for tasks and for the savepoint
     * @return the savepoint location and the trigger id that produced it
     * @throws OutcomeUnknownException when the outcome is not known in time: the job may still stop
     * @throws ServiceException when Flink reported that the savepoint failed (the job keeps running)
     */
    public Outcome stop(String jobId, String directory, String triggerId, Duration timeout) {
        return savepoint(jobId, directory, triggerId, timeout, true);
    }

    /**
     * Cancels the job without a savepoint and waits until it has ended.
     *
     * @param jobId the Flink job id
     * @param timeout how long to wait
     * @return the final state
     */
    public String cancel(String jobId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String state = jobState(jobId);
        if (!TERMINAL.contains(state)) {
            FlinkRest.Response r = rest.send("PATCH", "/jobs/" + jobId + "?mode=cancel", null);
            if (!r.ok() && r.status() != 404) {
                throw LocalErrors.unavailable("Cancelling Flink job " + jobId + " failed: " + r.errors());
            }
        }
        Poll poll = new Poll();
        while (!TERMINAL.contains(state = jobState(jobId))) {
            if (System.nanoTime() > deadline) {
                throw new LakeJobTimeoutException(
                        "Flink job " + jobId + " did not end after cancel (" + state + ")", timeout);
            }
            poll.pause();
        }
        return state;
    }

    private Outcome savepoint(String jobId, String directory, String triggerId, Duration timeout, boolean stop) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String tid = triggerId == null ? SavepointRequest.newTriggerId() : triggerId;
        for (int attempt = 1; ; attempt++) {
            awaitAllTasksRunning(jobId, remaining(deadline));
            try {
                return once(jobId, directory, tid, deadline, timeout, stop);
            } catch (NotAllRunning e) {
                // Tasks restarted between the check and the trigger: wait again, with a fresh trigger id
                // because Flink keeps the failed result under the old one.
                if (attempt >= NOT_RUNNING_RETRIES) {
                    throw LocalErrors.unavailable(e.getMessage());
                }
                tid = SavepointRequest.newTriggerId();
            }
        }
    }

    private Outcome once(String jobId, String directory, String tid, long deadline, Duration timeout, boolean stop) {
        String what = (stop ? "Stop with savepoint" : "Savepoint") + " of Flink job " + jobId;
        ObjectNode body = FlinkRest.object();
        if (stop) {
            body.put("targetDirectory", directory);
            body.put("drain", false);
        } else {
            body.put("target-directory", directory);
            body.put("cancel-job", false);
        }
        body.put("triggerId", tid);
        body.put("formatType", "CANONICAL");
        String path = "/jobs/" + jobId + (stop ? "/stop" : "/savepoints");
        Poll poll = new Poll();
        // The trigger id makes re-sending safe: Flink answers a known trigger id with the same operation.
        while (true) {
            try {
                FlinkRest.Response r = rest.send("POST", path, body);
                if (r.ok()) {
                    break;
                }
                if (r.status() == 404) {
                    throw LocalErrors.notFound("Flink job " + jobId + " on " + rest.base());
                }
                throw LocalErrors.unavailable(what + " was refused: " + r.errors());
            } catch (TransportException e) {
                if (System.nanoTime() > deadline) {
                    return afterTimeout(jobId, tid, stop, e);
                }
                poll.pause();
            }
        }
        return poll(jobId, tid, deadline, stop);
    }

    /**
     * Keeps waiting for a savepoint that was triggered earlier (for example after an
     * {@link OutcomeUnknownException}), by its trigger id.
     *
     * @param jobId the Flink job id
     * @param triggerId the trigger id
     * @param stop whether it was a stop-with-savepoint
     * @param timeout how long to wait
     * @return the savepoint location and the trigger id
     * @throws OutcomeUnknownException when it is still not known
     */
    public Outcome await(String jobId, String triggerId, boolean stop, Duration timeout) {
        return poll(jobId, triggerId, System.nanoTime() + timeout.toNanos(), stop);
    }

    private Outcome poll(String jobId, String tid, long deadline, boolean stop) {
        String what = (stop ? "Stop with savepoint" : "Savepoint") + " of Flink job " + jobId;
        Poll poll = new Poll();
        while (true) {
            FlinkRest.Response r;
            try {
                r = rest.get("/jobs/" + jobId + "/savepoints/" + tid);
            } catch (TransportException e) {
                r = null;
            }
            if (r != null
                    && r.ok()
                    && r.body().path("status").path("id").asText().equals("COMPLETED")) {
                JsonNode op = r.body().path("operation");
                String location = op.path("location").asText(null);
                if (location != null && !location.isBlank()) {
                    if (stop) {
                        awaitEnded(jobId, deadline);
                    }
                    return new Outcome(location, tid);
                }
                String cause = failure(op.path("failure-cause"));
                if (cause.contains("not all required tasks are currently running")) {
                    throw new NotAllRunning(what + " failed: " + cause);
                }
                String state = safeState(jobId);
                throw LocalErrors.unavailable(
                        what + " failed: " + cause + (stop ? "; the job is " + state + " (not stopped)" : ""));
            }
            if (System.nanoTime() > deadline) {
                return afterTimeout(jobId, tid, stop, null);
            }
            poll.pause();
        }
    }

    /**
     * After stop-with-savepoint the savepoint is complete; the job then ends on its own, soon. A
     * cluster that no longer knows the job has ended it and dropped it already (it keeps a bounded
     * number of finished jobs, for a bounded time): that is an end too, not a job still running.
     */
    private void awaitEnded(String jobId, long deadline) {
        Poll poll = new Poll();
        while (System.nanoTime() < deadline) {
            try {
                if (TERMINAL.contains(jobState(jobId))) {
                    return;
                }
            } catch (ServiceException e) {
                if ("DLI.0002".equals(e.errorCode())) {
                    return;
                }
            } catch (RuntimeException e) {
                // not known now: ask again
            }
            poll.pause();
        }
    }

    private Outcome afterTimeout(String jobId, String tid, boolean stop, Throwable cause) {
        // A timeout is not a failure: the savepoint may still complete. Look once more before giving up.
        String state = safeState(jobId);
        if (stop && "FINISHED".equals(state)) {
            String latest = latestSavepoint(jobId);
            if (latest != null) {
                return new Outcome(latest, tid);
            }
        }
        throw new OutcomeUnknownException(
                (stop ? "StopWithSavepoint" : "TriggerSavepoint") + " of Flink job " + jobId + " (job is " + state
                        + "; poll /jobs/" + jobId + "/savepoints/" + tid + " or retry with the same trigger id)",
                tid,
                cause);
    }

    /**
     * After an unknown outcome, keeps polling in the background for as long as Flink keeps the
     * result (5 minutes), and then records the location on the job record, or puts the record back
     * to running when Flink reports that the savepoint failed.
     *
     * @param ctx the transport context (its executor runs the follow-up)
     * @param record the platform job record, or {@code null}
     * @param target the job's target
     * @param job the job
     * @param triggerId the trigger id
     * @param stop whether it was a stop-with-savepoint
     */
    public static void followUp(
            FlinkContext ctx,
            FlinkJobRecord record,
            DeploymentTarget target,
            JobRef job,
            String triggerId,
            boolean stop) {
        if (record == null || triggerId == null) {
            return;
        }
        ctx.executor().execute(() -> {
            try {
                Outcome o = target.awaitSavepoint(job, triggerId, stop, Duration.ofMinutes(5));
                record.savepointPath(o.location());
            } catch (ServiceException e) {
                if (stop) {
                    record.stopRefused(
                            "stop with savepoint failed: " + e.errorMessage(),
                            ctx.clock().instant());
                }
            } catch (RuntimeException e) {
                // Still unknown after Flink's retention: the checkpoint history is the last source.
                try {
                    String latest = target.rest(job.clusterId()).savepoints().latestSavepoint(job.flinkJobId());
                    if (latest != null) {
                        record.savepointPath(latest);
                    }
                } catch (RuntimeException gone) {
                    // The cluster cannot be asked any more: the savepoint stays unknown.
                }
            }
        });
    }

    /**
     * The external path of the job's latest savepoint from its checkpoint history, or {@code null}.
     *
     * @param jobId the Flink job id
     * @return the path or {@code null}
     */
    public String latestSavepoint(String jobId) {
        try {
            FlinkRest.Response r = rest.get("/jobs/" + jobId + "/checkpoints");
            if (!r.ok()) {
                return null;
            }
            String p = r.body()
                    .path("latest")
                    .path("savepoint")
                    .path("external_path")
                    .asText(null);
            return p == null || p.isBlank() || p.equals("null") ? null : p;
        } catch (TransportException e) {
            return null;
        }
    }

    private String safeState(String jobId) {
        try {
            return jobState(jobId);
        } catch (RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String failure(JsonNode cause) {
        String trace = cause.path("stack-trace").asText("");
        if (trace.isEmpty()) {
            return cause.toString();
        }
        String first = trace.lines().findFirst().orElse("");
        String last = trace.lines()
                .filter(l -> l.startsWith("Caused by:"))
                .reduce((a, b) -> b)
                .orElse("");
        return last.isEmpty() ? first : first + " / " + last;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    }

    /**
     * A finished savepoint.
     *
     * @param location where it was written
     * @param triggerId the trigger id that produced it
     */
    public record Outcome(String location, String triggerId) {}

    private static final class NotAllRunning extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAllRunning(String message) {
            super(message, null, false, false);
        }
    }

    /** Short pauses between polls: 20 ms growing to 250 ms. */
    private static final class Poll {
        private long millis = 20;

        void pause() {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LakeJobException("Interrupted while waiting for Flink", e);
            }
            millis = Math.min(250, millis * 2);
        }
    }
}
