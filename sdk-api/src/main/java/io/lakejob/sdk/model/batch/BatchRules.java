package io.lakejob.sdk.model.batch;

import io.lakejob.sdk.internal.Validate;

/** Rules shared by the batch requests (reference chapter 10). */
final class BatchRules {
    private BatchRules() {}

    /**
     * Checks the {@code batch_id} path parameter.
     *
     * @param batchId the id
     */
    static void batchId(String batchId) {
        Validate.pathSegment("batch_id", Validate.required("batch_id", batchId));
        if (batchId.isBlank()) {
            throw new io.lakejob.sdk.exception.ValidationException("batch_id", "must not be blank");
        }
    }
}
