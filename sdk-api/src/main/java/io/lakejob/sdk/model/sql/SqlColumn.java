package io.lakejob.sdk.model.sql;

/**
 * One column of a SQL result schema: its name and its type. The service sends each column as a
 * one-entry JSON object, for example {@code {"c1": "int"}}.
 *
 * @param name the column name
 * @param type the column type, for example {@code int} or {@code string}
 */
public record SqlColumn(String name, String type) {

    /**
     * Creates a column.
     *
     * @param name the column name
     * @param type the column type
     * @return the column
     */
    public static SqlColumn of(String name, String type) {
        return new SqlColumn(name, type);
    }
}
