package io.lakejob.sdk.model.job;

import java.util.List;

/**
 * The answer to {@code ExportFlinkJobs} (reference 9.13).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message; may be empty
 * @param zipFile the names of the exported zip files on OBS; never {@code null}
 */
public record ExportFlinkJobsResponse(Boolean isSuccess, String message, List<String> zipFile) {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param zipFile the exported zip files
     */
    public ExportFlinkJobsResponse {
        zipFile = zipFile == null ? List.of() : List.copyOf(zipFile);
    }
}
