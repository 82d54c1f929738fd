package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListDatabases} (reference 7.1.3).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param databaseCount the total number of databases ({@code database_count}), or {@code null}
 * @param databases the databases in this answer; never {@code null}
 */
public record ListDatabasesResponse(Boolean isSuccess, String message, Integer databaseCount, List<Database> databases)
        implements Page<Database> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param databaseCount the total number of databases
     * @param databases the databases
     */
    public ListDatabasesResponse {
        databases = databases == null ? List.of() : List.copyOf(databases);
    }

    @Override
    public List<Database> items() {
        return databases;
    }

    @Override
    public OptionalLong totalCount() {
        return databaseCount == null ? OptionalLong.empty() : OptionalLong.of(databaseCount);
    }
}
