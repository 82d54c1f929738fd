package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListTables} (reference 7.2.3).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param tableCount the total number of tables ({@code table_count}), or {@code null}
 * @param tables the tables on this page; never {@code null}
 */
public record ListTablesResponse(Boolean isSuccess, String message, Integer tableCount, List<Table> tables)
        implements Page<Table> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param tableCount the total number of tables
     * @param tables the tables
     */
    public ListTablesResponse {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    @Override
    public List<Table> items() {
        return tables;
    }

    @Override
    public OptionalLong totalCount() {
        return tableCount == null ? OptionalLong.empty() : OptionalLong.of(tableCount);
    }
}
