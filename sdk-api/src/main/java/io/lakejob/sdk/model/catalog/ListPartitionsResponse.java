package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListPartitions} (reference 7.2.6). The reference's table calls
 * {@code partitions} an object while its example wraps that object in an array; a transport should
 * accept both and fill {@link #partitions()} with the (first) object.
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param partitions the partition information; never {@code null} (empty when the service sent none)
 */
public record ListPartitionsResponse(Boolean isSuccess, String message, Partitions partitions)
        implements Page<Partition> {
    /**
     * Replaces a missing {@code partitions} with an empty one.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param partitions the partition information
     */
    public ListPartitionsResponse {
        partitions = partitions == null ? new Partitions(null, List.of()) : partitions;
    }

    @Override
    public List<Partition> items() {
        return partitions.partitionInfos();
    }

    @Override
    public OptionalLong totalCount() {
        return partitions.totalCount() == null ? OptionalLong.empty() : OptionalLong.of(partitions.totalCount());
    }
}
