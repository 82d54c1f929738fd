package io.lakejob.sdk.model.job;

import io.lakejob.sdk.internal.Validate;

/**
 * Imports Flink jobs from OBS (reference 9.14, {@code POST /v1.0/{project_id}/streaming/jobs/import}).
 *
 * @param zipFile the OBS path of the exported zip file, or of a folder holding only zip files (required)
 * @param isCover whether an imported job replaces an existing job of the same name, or {@code null}
 */
public record ImportFlinkJobsRequest(String zipFile, Boolean isCover) {
    /**
     * Validates the request.
     *
     * @param zipFile the zip file or folder
     * @param isCover whether to replace jobs of the same name
     */
    public ImportFlinkJobsRequest {
        Validate.requiredText("zip_file", zipFile, 1, Integer.MAX_VALUE);
    }

    /**
     * A request importing the given path.
     *
     * @param zipFile the zip file or folder
     * @param isCover whether to replace jobs of the same name
     * @return the request
     */
    public static ImportFlinkJobsRequest of(String zipFile, Boolean isCover) {
        return new ImportFlinkJobsRequest(zipFile, isCover);
    }
}
