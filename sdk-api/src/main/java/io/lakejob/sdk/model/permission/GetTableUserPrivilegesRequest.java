package io.lakejob.sdk.model.permission;

/**
 * Reads one user's privileges on a table and its columns (reference 5.6).
 *
 * @param databaseName the database holding the table (path parameter)
 * @param tableName the table (path parameter)
 * @param userName the user (path parameter)
 */
public record GetTableUserPrivilegesRequest(String databaseName, String tableName, String userName) {
    /**
     * Validates the request.
     *
     * @param databaseName the database
     * @param tableName the table
     * @param userName the user
     */
    public GetTableUserPrivilegesRequest {
        PermissionRules.databaseName(databaseName);
        PermissionRules.tableName(tableName);
        PermissionRules.userName("user_name", userName);
    }

    /**
     * The request for a table and a user.
     *
     * @param databaseName the database
     * @param tableName the table
     * @param userName the user
     * @return the request
     */
    public static GetTableUserPrivilegesRequest of(String databaseName, String tableName, String userName) {
        return new GetTableUserPrivilegesRequest(databaseName, tableName, userName);
    }
}
