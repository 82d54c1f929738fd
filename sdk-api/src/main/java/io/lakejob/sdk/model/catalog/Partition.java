package io.lakejob.sdk.model.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One partition of a table (reference 7.2.6, table 7-45).
 *
 * @param partitionName the partition name, for example {@code name=name1/age=age1}
 * @param createTime when the partition was created
 * @param lastAccessTime when the partition was last changed
 * @param locations the partition's paths; never {@code null}
 * @param lastDdlTime when the last DDL statement ran, in epoch <em>seconds</em> as the reference
 *     documents it ({@code last_ddl_time}), or {@code null}; see {@link #lastDdlInstant()}
 * @param numRows the number of rows, or {@code null}; the service sends -1 when unknown
 * @param numFiles the number of files, or {@code null}
 * @param totalSize the data size in bytes, or {@code null}
 */
public record Partition(
        String partitionName,
        Instant createTime,
        Instant lastAccessTime,
        List<String> locations,
        Long lastDdlTime,
        Long numRows,
        Long numFiles,
        Long totalSize) {

    /**
     * Copies the list.
     *
     * @param partitionName name
     * @param createTime creation time
     * @param lastAccessTime last change time
     * @param locations paths
     * @param lastDdlTime last DDL time in epoch seconds
     * @param numRows row count
     * @param numFiles file count
     * @param totalSize size in bytes
     */
    public Partition {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /**
     * {@link #lastDdlTime()} as an instant.
     *
     * @return the instant, or {@code null}
     */
    public Instant lastDdlInstant() {
        return lastDdlTime == null ? null : Instant.ofEpochSecond(lastDdlTime);
    }

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this partition's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .partitionName(partitionName)
                .createTime(createTime)
                .lastAccessTime(lastAccessTime)
                .locations(locations)
                .lastDdlTime(lastDdlTime)
                .numRows(numRows)
                .numFiles(numFiles)
                .totalSize(totalSize);
    }

    /** Builds a {@link Partition}. */
    public static final class Builder {
        private String partitionName;
        private Instant createTime;
        private Instant lastAccessTime;
        private List<String> locations;
        private Long lastDdlTime;
        private Long numRows;
        private Long numFiles;
        private Long totalSize;

        private Builder() {}

        /**
         * Sets the partition name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder partitionName(String v) {
            partitionName = v;
            return this;
        }

        /**
         * Sets the creation time.
         *
         * @param v the value
         * @return this builder
         */
        public Builder createTime(Instant v) {
            createTime = v;
            return this;
        }

        /**
         * Sets the last change time.
         *
         * @param v the value
         * @return this builder
         */
        public Builder lastAccessTime(Instant v) {
            lastAccessTime = v;
            return this;
        }

        /**
         * Sets the paths.
         *
         * @param v the value
         * @return this builder
         */
        public Builder locations(List<String> v) {
            locations = v;
            return this;
        }

        /**
         * Sets the last DDL time in epoch seconds.
         *
         * @param v the value
         * @return this builder
         */
        public Builder lastDdlTime(Long v) {
            lastDdlTime = v;
            return this;
        }

        /**
         * Sets the row count.
         *
         * @param v the value
         * @return this builder
         */
        public Builder numRows(Long v) {
            numRows = v;
            return this;
        }

        /**
         * Sets the file count.
         *
         * @param v the value
         * @return this builder
         */
        public Builder numFiles(Long v) {
            numFiles = v;
            return this;
        }

        /**
         * Sets the size in bytes.
         *
         * @param v the value
         * @return this builder
         */
        public Builder totalSize(Long v) {
            totalSize = v;
            return this;
        }

        /**
         * Builds the partition.
         *
         * @return the partition
         */
        public Partition build() {
            return new Partition(
                    partitionName, createTime, lastAccessTime, locations, lastDdlTime, numRows, numFiles, totalSize);
        }
    }
}
