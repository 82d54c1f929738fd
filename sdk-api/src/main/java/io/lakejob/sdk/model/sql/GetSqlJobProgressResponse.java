package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.Validate;
import java.util.List;

/**
 * The answer to {@code GetSqlJobProgress} (reference 7.3.11). While the job runs, the running Spark
 * jobs are listed; at the start and after the end none are.
 *
 * @param isSuccess whether the request succeeded ({@code is_success})
 * @param message the service's message; may be empty
 * @param jobId the job id ({@code job_id})
 * @param status the job's status
 * @param subJobId the running Spark job, or {@code null} when none runs ({@code sub_job_id})
 * @param progress a rough progress between 0 and 1, of the running Spark job or of the whole job
 * @param subJobs the running Spark jobs ({@code sub_jobs}); never {@code null}
 */
public record GetSqlJobProgressResponse(
        Boolean isSuccess,
        String message,
        String jobId,
        SqlJobStatus status,
        Integer subJobId,
        Double progress,
        List<SqlSubJob> subJobs) {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded ({@code is_success})
     * @param message the service's message; may be empty
     * @param jobId the job id ({@code job_id})
     * @param status the job's status
     * @param subJobId the running Spark job, or {@code null} when none runs ({@code sub_job_id})
     * @param progress a rough progress between 0 and 1, of the running Spark job or of the whole job
     * @param subJobs the running Spark jobs ({@code sub_jobs}); never {@code null}
     */
    public GetSqlJobProgressResponse {
        subJobs = Validate.list("sub_jobs", subJobs);
    }
}
