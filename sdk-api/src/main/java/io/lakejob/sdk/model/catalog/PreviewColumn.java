package io.lakejob.sdk.model.catalog;

/**
 * One column of a table preview's schema (reference 7.2.5 {@code schema}); on the wire each column is
 * an object with a single entry, for example {@code {"id": "int"}}.
 *
 * @param name the column name
 * @param type the column's data type, for example {@code int}
 */
public record PreviewColumn(String name, String type) {
    /**
     * Creates a schema column.
     *
     * @param name the name
     * @param type the data type
     * @return the column
     */
    public static PreviewColumn of(String name, String type) {
        return new PreviewColumn(name, type);
    }
}
