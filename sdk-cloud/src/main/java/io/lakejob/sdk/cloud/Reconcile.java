package io.lakejob.sdk.cloud;

import io.lakejob.sdk.JobClient;
import io.lakejob.sdk.SqlJobClient;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.job.FlinkJob;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.job.ListFlinkJobsRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsRequest;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.spi.FlinkJobOperations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what a create, submit or run did when its outcome is unknown, instead of sending it twice.
 *
 * <p>A POST that was sent but got no readable answer (reset, timeout, an unreadable 2xx body) is
 * not repeated by the SDK: it fails with an {@link OutcomeUnknownException}. (A POST answered 429
 * is repeated after the {@code Retry-After} pause: the service refused it, so repeating it is safe,
 * and the repeat carries the same client token.) What to do next depends on the operation:
 *
 * <table>
 * <caption>Reconciling per operation</caption>
 * <tr><th>operation</th><th>what the SDK sends</th><th>how to find the result</th></tr>
 * <tr><td>{@code SubmitSqlJob} (7.3.3)</td><td>tag {@value #CLIENT_TOKEN_TAG} = a fresh UUID</td>
 *     <td>{@link #findSqlJob}: {@code ListSqlJobs} (7.3.5) filtered by that tag</td></tr>
 * <tr><td>{@code CreateFlinkSqlJob} (9.2), {@code CreateFlinkJarJob} (9.4)</td><td>the same tag
 *     (both accept {@code tags}: tables 9-7 and 9-18)</td><td>{@link #findFlinkJob}:
 *     {@code ListFlinkJobs} (9.7) filtered by that tag; {@link #findFlinkJobsByName} (name and
 *     creation time) for a service that ignores the tag filter</td></tr>
 * <tr><td>{@code RunFlinkJobs} (9.6)</td><td>nothing can be tagged (the body is the job ids)</td>
 *     <td>{@link #findRun}: the job's status and start time (9.8)</td></tr>
 * </table>
 *
 * <p>The token is the UUID the SDK chose, or the value the caller already set under
 * {@value #CLIENT_TOKEN_TAG}; it is in {@link OutcomeUnknownException#clientToken()}:
 *
 * <pre>{@code
 * try {
 *     jobId = client.jobs().createSqlJob(request).job().jobId();
 * } catch (OutcomeUnknownException e) {
 *     jobId = Reconcile.findFlinkJob(client.jobs(), e)
 *             .map(FlinkJob::jobId)
 *             .orElseGet(() -> client.jobs().createSqlJob(request).job().jobId()); // it never arrived
 * }
 * }</pre>
 */
public final class Reconcile {
    /** The tag key that carries the client token. */
    public static final String CLIENT_TOKEN_TAG = "lakejob-client-token";

    /** Statuses in which a run is under way. */
    private static final Set<JobStatus> RUN_UNDER_WAY = Set.of(
            JobStatus.JOB_SUBMITTING, JobStatus.JOB_RUNNING, JobStatus.JOB_DOWNLOADING, JobStatus.JOB_SAVEPOINTING);

    private Reconcile() {}

    /**
     * The SQL job submitted with a client token, found with {@code ListSqlJobs} (7.3.5) and its
     * {@code tags} filter. The service matches the filter loosely, so a job is only returned when
     * it carries the exact tag (or, if the service lists no tags, when it matched the filter).
     *
     * @param jobs the SQL job client
     * @param clientToken the token, from {@link OutcomeUnknownException#clientToken()}
     * @return the job, or empty when the submit never took effect
     * @throws ValidationException when the token is blank or contains {@code ,} or {@code =}
     */
    public static Optional<SqlJob> findSqlJob(SqlJobClient jobs, String clientToken) {
        checkToken(clientToken);
        Tag wanted = Tag.of(CLIENT_TOKEN_TAG, clientToken);
        ListSqlJobsRequest request = ListSqlJobsRequest.builder()
                .addTag(CLIENT_TOKEN_TAG, clientToken)
                .build();
        for (SqlJob job : jobs.listAll(request)) {
            if (job.tags().isEmpty() || job.tags().contains(wanted)) {
                return Optional.of(job);
            }
        }
        return Optional.empty();
    }

    /**
     * The SQL job behind an outcome-unknown submit.
     *
     * @param jobs the SQL job client
     * @param outcomeUnknown the failure of the submit
     * @return the job, or empty when the submit never took effect
     * @throws ValidationException when the failure carries no client token
     */
    public static Optional<SqlJob> findSqlJob(SqlJobClient jobs, OutcomeUnknownException outcomeUnknown) {
        return findSqlJob(jobs, outcomeUnknown.clientToken());
    }

    /**
     * The Flink SQL or jar job created with a client token, found with {@code ListFlinkJobs} (9.7)
     * filtered by the tag {@value #CLIENT_TOKEN_TAG}{@code =<token>}. The token is a UUID, so one
     * job at most carries it; the list does not show tags, so when the service answers the filter
     * with more than one job it did not apply it, and no job is guessed.
     *
     * @param jobs the Flink job client
     * @param clientToken the token, from {@link OutcomeUnknownException#clientToken()}
     * @return the job, or empty when the create never took effect
     * @throws ValidationException when the token is blank or contains {@code ,} or {@code =}
     * @throws LakeJobException when the service answered the filter with several jobs (it ignores
     *     tag filters): use {@link #findFlinkJobsByName} instead
     */
    public static Optional<FlinkJob> findFlinkJob(JobClient jobs, String clientToken) {
        checkToken(clientToken);
        ListFlinkJobsRequest request = ListFlinkJobsRequest.builder()
                .tags(CLIENT_TOKEN_TAG + "=" + clientToken)
                .build();
        List<FlinkJob> found = new ArrayList<>(2);
        for (FlinkJob job : jobs.listAll(request)) {
            found.add(job);
            if (found.size() > 1) {
                throw new LakeJobException("ListFlinkJobs filtered by tag " + CLIENT_TOKEN_TAG + "=" + clientToken
                        + " answered with 2 jobs or more: the service did not apply the tag filter, so the created"
                        + " job cannot be told apart; look it up with Reconcile.findFlinkJobsByName(jobs, name, from,"
                        + " to)");
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The Flink job behind an outcome-unknown {@code CreateFlinkSqlJob} or {@code CreateFlinkJarJob}.
     *
     * @param jobs the Flink job client
     * @param outcomeUnknown the failure of the create
     * @return the job, or empty when the create never took effect
     * @throws ValidationException when the failure is not a Flink job create's (a SQL submit: use
     *     {@link #findSqlJob}; a run: use {@link #findRun}) or carries no client token
     * @throws LakeJobException when the service ignores tag filters (see
     *     {@link #findFlinkJob(JobClient, String)})
     */
    public static Optional<FlinkJob> findFlinkJob(JobClient jobs, OutcomeUnknownException outcomeUnknown) {
        String op = outcomeUnknown.operation();
        if (!FlinkJobOperations.CREATE_FLINK_SQL_JOB.name().equals(op)
                && !FlinkJobOperations.CREATE_FLINK_JAR_JOB.name().equals(op)) {
            throw new ValidationException(
                    "operation",
                    "findFlinkJob reconciles CreateFlinkSqlJob and CreateFlinkJarJob, not " + op
                            + " (SubmitSqlJob: use findSqlJob; RunFlinkJobs: use findRun)");
        }
        return findFlinkJob(jobs, outcomeUnknown.clientToken());
    }

    /**
     * The Flink jobs of one name created within a time window, newest first: the fallback when a
     * service ignores tag filters. {@code ListFlinkJobs} (9.7) is filtered by {@code name}; only
     * jobs whose name is exactly {@code name} and whose {@code create_time} lies within
     * {@code [createdFrom, createdTo]} are kept. Choose the window around the lost call, allowing for
     * the difference between the client's and the service's clocks; several jobs can match when
     * the same name was created more than once in it.
     *
     * @param jobs the Flink job client
     * @param name the job name the create sent
     * @param createdFrom the earliest creation time
     * @param createdTo the latest creation time
     * @return the jobs, newest first; empty when none matches
     * @throws ValidationException when the name is not a valid job name or the window is empty
     */
    public static List<FlinkJob> findFlinkJobsByName(
            JobClient jobs, String name, Instant createdFrom, Instant createdTo) {
        if (name == null || name.isEmpty()) {
            throw new ValidationException("name", "is required");
        }
        if (createdFrom == null || createdTo == null || createdTo.isBefore(createdFrom)) {
            throw new ValidationException("createdTo", "must be given, with createdFrom, and not before it");
        }
        ListFlinkJobsRequest request = ListFlinkJobsRequest.builder().name(name).build();
        List<FlinkJob> out = new ArrayList<>();
        for (FlinkJob job : jobs.listAll(request)) {
            Instant created = job.createTime();
            if (name.equals(job.name())
                    && created != null
                    && !created.isBefore(createdFrom)
                    && !created.isAfter(createdTo)) {
                out.add(job);
            }
        }
        out.sort(Comparator.comparing(FlinkJob::createTime).reversed());
        return out;
    }

    /**
     * Whether a {@code RunFlinkJobs} (9.6) whose outcome is unknown started a job, judged from the
     * job's detail (9.8): the run took effect when a run is under way ({@code job_submitting},
     * {@code job_running}, {@code job_downloading}, {@code job_savepointing}) or the job started at
     * or after {@code notBefore} (it may have ended since, for example {@code job_submit_fail}).
     * Otherwise the job shows no sign of the run, and running it again is safe. Call it once per
     * job id of the lost run.
     *
     * <pre>{@code
     * Instant before = Instant.now().minus(Duration.ofMinutes(1)); // allow for clock skew
     * try {
     *     client.jobs().run(jobId);
     * } catch (OutcomeUnknownException e) {
     *     if (Reconcile.findRun(client.jobs(), jobId, before).isEmpty()) {
     *         client.jobs().run(jobId); // it never arrived
     *     }
     * }
     * }</pre>
     *
     * @param jobs the Flink job client
     * @param jobId the job the lost run was for
     * @param notBefore a time before the lost run was sent, by the service's clock (take the
     *     client's time before sending, minus a margin for clock skew; a margin that reaches back
     *     to an earlier run of the job makes that run count)
     * @return the job's detail when the run took effect, or empty when it shows no sign of it
     * @throws ValidationException when {@code notBefore} is missing
     */
    public static Optional<FlinkJobDetail> findRun(JobClient jobs, long jobId, Instant notBefore) {
        if (notBefore == null) {
            throw new ValidationException("notBefore", "is required");
        }
        FlinkJobDetail job = jobs.get(jobId).jobDetail();
        if (job == null) {
            return Optional.empty();
        }
        if (job.status() != null && RUN_UNDER_WAY.contains(job.status())) {
            return Optional.of(job);
        }
        Instant started = job.startTime();
        if (started != null && started.toEpochMilli() > 0 && !started.isBefore(notBefore)) {
            return Optional.of(job);
        }
        return Optional.empty();
    }

    private static void checkToken(String clientToken) {
        if (clientToken == null
                || clientToken.isBlank()
                || clientToken.indexOf(',') >= 0
                || clientToken.indexOf('=') >= 0) {
            throw new ValidationException("client_token", "must be a non-blank value without ',' or '='");
        }
    }
}
