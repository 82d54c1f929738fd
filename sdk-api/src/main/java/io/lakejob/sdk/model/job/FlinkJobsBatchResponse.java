package io.lakejob.sdk.model.job;

import io.lakejob.sdk.model.BasicResponse;
import java.util.List;

/**
 * The answer to {@code RunFlinkJobs} (reference 9.6) and {@code StopFlinkJobs} (9.10): the
 * reference documents an array of {@code is_success}/{@code message} objects, one per job, in
 * the order of {@code job_ids}. (The 9.10 example shows a single object; a transport receiving
 * one object gives a one-element list.)
 *
 * @param results the per-job results; never {@code null}
 */
public record FlinkJobsBatchResponse(List<BasicResponse> results) {
    /**
     * Copies the list.
     *
     * @param results the per-job results
     */
    public FlinkJobsBatchResponse {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /**
     * Whether every result reports success.
     *
     * @return {@code true} when no result has {@code is_success} other than {@code true}
     */
    public boolean allSucceeded() {
        return results.stream().allMatch(r -> Boolean.TRUE.equals(r.isSuccess()));
    }
}
