package io.lakejob.sdk.cloud.internal;

import io.lakejob.sdk.cloud.Reconcile;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.SqlJobOperations;
import java.util.UUID;

/**
 * Client tokens for creates and submits, so that a request whose outcome is unknown can be found
 * instead of sent twice. A token is generated per call (a random UUID) for every operation that
 * can carry one; today that is {@code SubmitSqlJob} (7.3.3), whose {@code tags} the service keeps
 * and {@code ListSqlJobs} (7.3.5) filters by ({@link Reconcile}). A caller that already put a
 * {@link Reconcile#CLIENT_TOKEN_TAG} tag on the request keeps its own token.
 */
final class ClientTokens {
    private ClientTokens() {}

    /**
     * A request and the client token it carries.
     *
     * @param request the request to encode
     * @param token the token sent with it, or {@code null} when the operation carries none
     * @param <Q> the request type
     */
    record Tokened<Q>(Q request, String token) {}

    @SuppressWarnings("unchecked")
    static <Q> Tokened<Q> apply(Operation<Q, ?> operation, Q request) {
        if (operation.name().equals(SqlJobOperations.SUBMIT_SQL_JOB.name())
                && request instanceof SubmitSqlJobRequest submit) {
            for (Tag t : submit.tags()) {
                if (t.key().equals(Reconcile.CLIENT_TOKEN_TAG)) {
                    return new Tokened<>(request, t.value());
                }
            }
            String token = UUID.randomUUID().toString();
            SubmitSqlJobRequest tagged =
                    submit.toBuilder().addTag(Reconcile.CLIENT_TOKEN_TAG, token).build();
            return new Tokened<>((Q) tagged, token);
        }
        return new Tokened<>(request, null);
    }
}
