package io.lakejob.sdk.cloud;

import io.lakejob.sdk.SqlJobClient;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.sql.ListSqlJobsRequest;
import io.lakejob.sdk.model.sql.SqlJob;
import java.util.Optional;

/**
 * Finds what a create or submit did when its outcome is unknown, instead of sending it twice.
 *
 * <p>The cloud transport sends every {@code SubmitSqlJob} with the tag
 * {@value #CLIENT_TOKEN_TAG} = a fresh UUID (or the value the caller already set under that key).
 * When the answer is lost, the call fails with an {@link OutcomeUnknownException} whose
 * {@link OutcomeUnknownException#clientToken() clientToken()} is that UUID; look the job up with
 * it:
 *
 * <pre>{@code
 * try {
 *     jobId = client.sql().submit(request).jobId();
 * } catch (OutcomeUnknownException e) {
 *     jobId = Reconcile.findSqlJob(client.sql(), e)
 *             .map(SqlJob::jobId)
 *             .orElseGet(() -> client.sql().submit(request).jobId()); // it never arrived
 * }
 * }</pre>
 */
public final class Reconcile {
    /** The tag key that carries the client token. */
    public static final String CLIENT_TOKEN_TAG = "lakejob-client-token";

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
        if (clientToken == null
                || clientToken.isBlank()
                || clientToken.indexOf(',') >= 0
                || clientToken.indexOf('=') >= 0) {
            throw new ValidationException("client_token", "must be a non-blank value without ',' or '='");
        }
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
}
