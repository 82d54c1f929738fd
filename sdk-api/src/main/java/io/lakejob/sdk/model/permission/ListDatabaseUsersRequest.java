package io.lakejob.sdk.model.permission;

/**
 * Lists the users allowed to use a database (reference 5.4). Not paged.
 *
 * @param databaseName the database (path parameter): 1-128 digits, letters and underscores, not
 *     all digits, not starting with '_'
 */
public record ListDatabaseUsersRequest(String databaseName) {
    /**
     * Validates the request.
     *
     * @param databaseName the database
     */
    public ListDatabaseUsersRequest {
        PermissionRules.databaseName(databaseName);
    }

    /**
     * The request for a database.
     *
     * @param databaseName the database
     * @return the request
     */
    public static ListDatabaseUsersRequest of(String databaseName) {
        return new ListDatabaseUsersRequest(databaseName);
    }
}
