package io.lakejob.sdk.model.permission;

/**
 * Lists the users allowed to access a table or its columns (reference 5.5). Not paged.
 *
 * @param databaseName the database holding the table (path parameter)
 * @param tableName the table (path parameter): 1-128 digits, letters, underscores and '$', not all
 *     digits, not starting with '_'
 */
public record ListTableUsersRequest(String databaseName, String tableName) {
    /**
     * Validates the request.
     *
     * @param databaseName the database
     * @param tableName the table
     */
    public ListTableUsersRequest {
        PermissionRules.databaseName(databaseName);
        PermissionRules.tableName(tableName);
    }

    /**
     * The request for a table.
     *
     * @param databaseName the database
     * @param tableName the table
     * @return the request
     */
    public static ListTableUsersRequest of(String databaseName, String tableName) {
        return new ListTableUsersRequest(databaseName, tableName);
    }
}
