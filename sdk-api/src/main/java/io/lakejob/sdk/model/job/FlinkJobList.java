package io.lakejob.sdk.model.job;

import java.util.List;

/**
 * One page of Flink jobs ({@code job_list} of the 9.7 answer, table 9-35).
 *
 * @param totalCount the number of jobs matching the query, or {@code null}
 * @param jobs the jobs on this page; never {@code null}
 */
public record FlinkJobList(Integer totalCount, List<FlinkJob> jobs) {
    /**
     * Copies the list.
     *
     * @param totalCount the number of matching jobs
     * @param jobs the jobs on this page
     */
    public FlinkJobList {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }
}
