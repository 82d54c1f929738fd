package io.lakejob.sdk.model.flink;

import io.lakejob.sdk.exception.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One immutable row of a SQL result: its values in column order. Values may be {@code null}
 * (SQL NULL). With {@code useChangeLog} the first column is {@value #OP_COLUMN}, holding the row's
 * changelog operation ({@code +I}, {@code -U}, {@code +U}, {@code -D}).
 *
 * @param columns the column names in order; never {@code null}, no duplicates
 * @param values the values, one per column; never {@code null} (elements may be)
 */
public record ResultRow(List<String> columns, List<Object> values) {
    /** The name of the column holding a row's changelog operation. */
    public static final String OP_COLUMN = "op";

    /**
     * Validates and copies the row.
     *
     * @param columns the column names
     * @param values the values
     */
    public ResultRow {
        columns = columnList(columns);
        if (values == null) {
            throw new ValidationException("values", "is required");
        }
        if (values.size() != columns.size()) {
            throw new ValidationException(
                    "values", "has " + values.size() + " values for " + columns.size() + " columns");
        }
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * Creates a row.
     *
     * @param columns the column names in order
     * @param values the values in the same order
     * @return the row
     */
    public static ResultRow of(List<String> columns, List<?> values) {
        return new ResultRow(columns, values == null ? null : new ArrayList<>(values));
    }

    /**
     * The value at a position.
     *
     * @param index 0-based column index
     * @return the value, possibly {@code null}
     */
    public Object get(int index) {
        return values.get(index);
    }

    /**
     * The value of a column.
     *
     * @param column the column name
     * @return the value, possibly {@code null}
     * @throws IllegalArgumentException when the row has no such column
     */
    public Object get(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("No column '" + column + "' in " + columns);
        }
        return values.get(i);
    }

    /**
     * The changelog operation of the row, from its {@value #OP_COLUMN} column.
     *
     * @return the operation, or {@code null} when the row has no {@value #OP_COLUMN} column
     */
    public RowKind rowKind() {
        int i = columns.indexOf(OP_COLUMN);
        if (i < 0 || values.get(i) == null) {
            return null;
        }
        return RowKind.of(values.get(i).toString());
    }

    /**
     * The row as an immutable map from column name to value, in column order.
     *
     * @return an unmodifiable ordered map (values may be {@code null})
     */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            m.put(columns.get(i), values.get(i));
        }
        return Collections.unmodifiableMap(m);
    }

    static List<String> columnList(List<String> columns) {
        if (columns == null) {
            throw new ValidationException("columns", "is required");
        }
        Set<String> seen = new HashSet<>();
        for (String c : columns) {
            if (c == null) {
                throw new ValidationException("columns", "must not contain null names");
            }
            if (!seen.add(c)) {
                throw new ValidationException("columns", "must not repeat the name '" + c + "'");
            }
        }
        return List.copyOf(columns);
    }
}
