package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.sql.SqlColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A SQL result's schema and rows as the service writes them, read tolerantly. */
final class ResultRows {
    private ResultRows() {}

    /**
     * A result schema. The service writes it as an array of one-entry objects,
     * {@code [{"c1":"int"},{"c2":"string"}]}; objects of the form
     * {@code {"name":..,"type":..}}, plain strings (a name without a type) and a single object
     * instead of an array are read too.
     *
     * @param node the schema, or {@code null}
     * @return the columns, never {@code null}
     */
    static List<SqlColumn> schema(JsonNode node) {
        List<SqlColumn> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        Iterable<JsonNode> items = node.isArray() ? node : List.of(node);
        for (JsonNode item : items) {
            if (item.isObject()) {
                if (item.size() == 2
                        && item.has("name")
                        && item.has("type")
                        && item.get("name").isTextual()) {
                    out.add(SqlColumn.of(item.get("name").asText(), WireValues.text(item.get("type"))));
                    continue;
                }
                Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    out.add(SqlColumn.of(f.getKey(), WireValues.text(f.getValue())));
                }
            } else if (item.isValueNode() && !item.isNull()) {
                out.add(SqlColumn.of(item.asText(), null));
            }
        }
        return out;
    }

    /**
     * Result rows: an array of arrays of plain values (strings, numbers, booleans,
     * {@code null}; nested values as maps and lists). A row that arrives as a single value or
     * object becomes a one-value row.
     *
     * @param node the rows, or {@code null}
     * @return the rows, never {@code null}
     * @throws JsonProcessingException when a value cannot be converted
     */
    static List<List<Object>> rows(JsonNode node) throws JsonProcessingException {
        List<List<Object>> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        Iterable<JsonNode> items = node.isArray() ? node : List.of(node);
        for (JsonNode row : items) {
            List<Object> values = new ArrayList<>();
            if (row.isArray()) {
                for (JsonNode v : row) {
                    values.add(plain(v));
                }
            } else {
                values.add(plain(row));
            }
            out.add(Collections.unmodifiableList(values));
        }
        return out;
    }

    private static Object plain(JsonNode v) throws JsonProcessingException {
        return v == null || v.isNull() ? null : Json.bind(v, Object.class);
    }
}
