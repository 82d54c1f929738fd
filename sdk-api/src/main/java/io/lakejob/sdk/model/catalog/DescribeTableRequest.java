package io.lakejob.sdk.model.catalog;

/**
 * Reads a table's metadata (reference 7.2.4).
 *
 * @param databaseName the table's database
 * @param tableName the table
 */
public record DescribeTableRequest(String databaseName, String tableName) {
    /**
     * Validates the request.
     *
     * @param databaseName the database
     * @param tableName the table
     */
    public DescribeTableRequest {
        CatalogNames.databasePath(databaseName);
        CatalogNames.table(tableName);
    }

    /**
     * A request for the named table.
     *
     * @param databaseName the database
     * @param tableName the table
     * @return the request
     */
    public static DescribeTableRequest of(String databaseName, String tableName) {
        return new DescribeTableRequest(databaseName, tableName);
    }
}
