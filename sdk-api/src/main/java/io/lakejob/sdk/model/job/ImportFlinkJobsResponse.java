package io.lakejob.sdk.model.job;

import java.util.List;

/**
 * The answer to {@code ImportFlinkJobs} (reference 9.14).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message; may be empty
 * @param jobMapping one entry per imported job; never {@code null}
 */
public record ImportFlinkJobsResponse(Boolean isSuccess, String message, List<FlinkJobMapping> jobMapping) {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param jobMapping the imported jobs
     */
    public ImportFlinkJobsResponse {
        jobMapping = jobMapping == null ? List.of() : List.copyOf(jobMapping);
    }
}
