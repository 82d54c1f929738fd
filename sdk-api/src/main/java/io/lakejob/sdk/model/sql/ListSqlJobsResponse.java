package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.Page;
import io.lakejob.sdk.internal.Validate;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListSqlJobs} (reference 7.3.5): one page of jobs and the total count.
 *
 * @param isSuccess whether the request succeeded ({@code is_success})
 * @param message the service's message; may be empty
 * @param jobCount the total number of matching jobs ({@code job_count})
 * @param jobs the jobs on this page; never {@code null}
 */
public record ListSqlJobsResponse(Boolean isSuccess, String message, Integer jobCount, List<SqlJob> jobs)
        implements Page<SqlJob> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded ({@code is_success})
     * @param message the service's message; may be empty
     * @param jobCount the total number of matching jobs ({@code job_count})
     * @param jobs the jobs on this page; never {@code null}
     */
    public ListSqlJobsResponse {
        jobs = Validate.list("jobs", jobs);
    }

    @Override
    public List<SqlJob> items() {
        return jobs;
    }

    @Override
    public OptionalLong totalCount() {
        return jobCount == null ? OptionalLong.empty() : OptionalLong.of(jobCount);
    }
}
