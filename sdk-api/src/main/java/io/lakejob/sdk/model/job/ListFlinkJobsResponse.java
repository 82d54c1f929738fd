package io.lakejob.sdk.model.job;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListFlinkJobs} (reference 9.7).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message; may be empty
 * @param jobList the page of jobs, or {@code null} if the service sent none
 */
public record ListFlinkJobsResponse(Boolean isSuccess, String message, FlinkJobList jobList) implements Page<FlinkJob> {
    @Override
    public List<FlinkJob> items() {
        return jobList == null ? List.of() : jobList.jobs();
    }

    @Override
    public OptionalLong totalCount() {
        return jobList == null || jobList.totalCount() == null
                ? OptionalLong.empty()
                : OptionalLong.of(jobList.totalCount());
    }
}
