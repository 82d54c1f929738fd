package io.lakejob.sdk.model.catalog;

/**
 * A table column, as sent when creating a table (reference 7.2.1, table 7-21) and as described
 * (7.2.4, table 7-35). {@link CreateTableRequest} checks that name and type are present.
 *
 * @param columnName the column name
 * @param type the column's data type as SQL text, for example {@code string}, {@code int} or
 *     {@code decimal(10,2)}
 * @param description the description, or {@code null}
 * @param isPartitionColumn whether the column is a partition column; {@code null} means false
 */
public record Column(String columnName, String type, String description, Boolean isPartitionColumn) {

    /**
     * A regular (non-partition) column without description.
     *
     * @param columnName the name
     * @param type the data type
     * @return the column
     */
    public static Column of(String columnName, String type) {
        return new Column(columnName, type, null, null);
    }

    /**
     * A partition column without description.
     *
     * @param columnName the name
     * @param type the data type
     * @return the column
     */
    public static Column partition(String columnName, String type) {
        return new Column(columnName, type, null, Boolean.TRUE);
    }

    /**
     * Whether this is a partition column ({@code null} counts as false).
     *
     * @return {@code true} for a partition column
     */
    public boolean partitioned() {
        return Boolean.TRUE.equals(isPartitionColumn);
    }
}
