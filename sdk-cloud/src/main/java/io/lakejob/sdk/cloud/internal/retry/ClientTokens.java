package io.lakejob.sdk.cloud.internal.retry;

import io.lakejob.sdk.cloud.Reconcile;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.job.CreateFlinkJarJobRequest;
import io.lakejob.sdk.model.job.CreateFlinkSqlJobRequest;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import io.lakejob.sdk.spi.FlinkJobOperations;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.SqlJobOperations;
import java.util.List;
import java.util.UUID;

/**
 * Client tokens for creates and submits, so that a request whose outcome is unknown can be found
 * instead of sent twice. A token is generated per call (a random UUID) for every operation that
 * can carry one, as the tag {@link Reconcile#CLIENT_TOKEN_TAG}: {@code SubmitSqlJob} (7.3.3, found
 * again with {@code ListSqlJobs} 7.3.5), {@code CreateFlinkSqlJob} (9.2) and
 * {@code CreateFlinkJarJob} (9.4, both found again with {@code ListFlinkJobs} 9.7), whose
 * {@code tags} the service keeps and whose list calls filter by ({@link Reconcile}). A caller that
 * already put a {@link Reconcile#CLIENT_TOKEN_TAG} tag on the request keeps its own token. The
 * token is added once per call, before any attempt, so a retried attempt (after throttling) sends
 * the same one.
 */
public final class ClientTokens {
    private ClientTokens() {}

    /**
     * A request and the client token it carries.
     *
     * @param request the request to encode
     * @param token the token sent with it, or {@code null} when the operation carries none
     * @param <Q> the request type
     */
    public record Tokened<Q>(Q request, String token) {}

    @SuppressWarnings("unchecked")
    public static <Q> Tokened<Q> apply(Operation<Q, ?> operation, Q request) {
        // The request's type first: an operation holder is read only for its own requests, so a
        // ListQueues does not load the SQL and Flink job operations and their model classes.
        String name = operation.name();
        if (request instanceof SubmitSqlJobRequest r && name.equals(SqlJobOperations.SUBMIT_SQL_JOB.name())) {
            String own = own(r.tags());
            if (own != null) {
                return new Tokened<>(request, own);
            }
            String token = newToken();
            return new Tokened<>(
                    (Q) r.toBuilder().addTag(Reconcile.CLIENT_TOKEN_TAG, token).build(), token);
        }
        if (request instanceof CreateFlinkSqlJobRequest r
                && name.equals(FlinkJobOperations.CREATE_FLINK_SQL_JOB.name())) {
            String own = own(r.tags());
            if (own != null) {
                return new Tokened<>(request, own);
            }
            String token = newToken();
            return new Tokened<>(
                    (Q) r.toBuilder().addTag(Reconcile.CLIENT_TOKEN_TAG, token).build(), token);
        }
        if (request instanceof CreateFlinkJarJobRequest r
                && name.equals(FlinkJobOperations.CREATE_FLINK_JAR_JOB.name())) {
            String own = own(r.tags());
            if (own != null) {
                return new Tokened<>(request, own);
            }
            String token = newToken();
            return new Tokened<>(
                    (Q) r.toBuilder().addTag(Reconcile.CLIENT_TOKEN_TAG, token).build(), token);
        }
        return new Tokened<>(request, null);
    }

    private static String own(List<Tag> tags) {
        for (Tag t : tags) {
            if (t.key().equals(Reconcile.CLIENT_TOKEN_TAG)) {
                return t.value();
            }
        }
        return null;
    }

    private static String newToken() {
        return UUID.randomUUID().toString();
    }
}
