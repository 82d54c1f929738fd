package io.lakejob.sdk.cloud.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.sql.SqlColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wire helpers shared by the SQL job, resource and connection codecs: tolerant readers for
 * tags, result schemas and rows, and lists that may carry {@code null} items.
 */
final class CbWire {
    private CbWire() {}

    /** A tag as it arrives. */
    record WireTag(String key, String value) {}

    /** Only {@code is_success} and {@code message}. */
    record WireBasic(Boolean isSuccess, String message) implements WireResult {}

    /**
     * Reads an answer that carries only {@code is_success} and {@code message}.
     *
     * @param body the body
     * @return the response
     * @throws JsonProcessingException when the body does not fit
     */
    static BasicResponse basic(JsonNode body) throws JsonProcessingException {
        WireBasic w = Json.bind(body, WireBasic.class);
        return new BasicResponse(w.isSuccess(), w.message());
    }

    /**
     * The tags of an answer; tags without a key are left out, a missing value reads as empty.
     *
     * @param wire the tags as they arrived, or {@code null}
     * @return the tags, never {@code null}
     */
    static List<Tag> tags(List<WireTag> wire) {
        if (wire == null) {
            return List.of();
        }
        List<Tag> out = new ArrayList<>();
        for (WireTag t : wire) {
            if (t == null || t.key() == null || t.key().isBlank()) {
                continue;
            }
            try {
                out.add(Tag.of(t.key(), t.value() == null ? "" : t.value()));
            } catch (ValidationException e) {
                // A tag the service accepted but the API's limits do not: keep the rest.
            }
        }
        return out;
    }

    /**
     * The list without {@code null} items.
     *
     * @param list the list, or {@code null}
     * @param <T> the item type
     * @return a new list, never {@code null}
     */
    static <T> List<T> nonNull(List<T> list) {
        List<T> out = new ArrayList<>();
        if (list != null) {
            for (T t : list) {
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The map without {@code null} keys or values.
     *
     * @param map the map, or {@code null}
     * @param <K> the key type
     * @param <V> the value type
     * @return a new map, never {@code null}
     */
    static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        Map<K, V> out = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

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
                    out.add(SqlColumn.of(item.get("name").asText(), text(item.get("type"))));
                    continue;
                }
                Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    out.add(SqlColumn.of(f.getKey(), text(f.getValue())));
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

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
