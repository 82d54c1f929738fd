package io.lakejob.sdk.model.catalog;

import java.util.List;

/**
 * The partition information of a table (reference 7.2.6, table 7-44).
 *
 * @param totalCount the total number of partitions ({@code total_count}), or {@code null}
 * @param partitionInfos the partitions in this answer ({@code partition_infos}); never {@code null}
 */
public record Partitions(Long totalCount, List<Partition> partitionInfos) {
    /**
     * Copies the list.
     *
     * @param totalCount the total number of partitions
     * @param partitionInfos the partitions
     */
    public Partitions {
        partitionInfos = partitionInfos == null ? List.of() : List.copyOf(partitionInfos);
    }
}
