package io.lakejob.sdk.model.batch;

import io.lakejob.sdk.Page;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListBatches} (reference 10.1.3).
 *
 * @param from the index of the first returned job
 * @param total the total number of batch jobs matching the filters
 * @param sessions the jobs on this page; never {@code null}
 * @param createTime the creation time the reference documents next to the list, or {@code null}
 */
public record ListBatchesResponse(Integer from, Integer total, List<Batch> sessions, Instant createTime)
        implements Page<Batch> {
    /**
     * Copies the list.
     *
     * @param from the first job's index
     * @param total the total number of jobs
     * @param sessions the jobs
     * @param createTime the creation time
     */
    public ListBatchesResponse {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    @Override
    public List<Batch> items() {
        return sessions;
    }

    @Override
    public OptionalLong totalCount() {
        return total == null ? OptionalLong.empty() : OptionalLong.of(total);
    }
}
