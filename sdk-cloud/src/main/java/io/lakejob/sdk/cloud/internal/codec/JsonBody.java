package io.lakejob.sdk.cloud.internal.codec;

import io.lakejob.sdk.model.ExtensibleEnum;
import io.lakejob.sdk.model.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object for a request body, with the reference's field names. Leaves out nulls and
 * empty collections; writes enumerations as their wire values and tags as
 * {@code {"key":..,"value":..}}.
 */
public final class JsonBody {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private JsonBody() {}

    /**
     * A new, empty object.
     *
     * @return the object
     */
    public static JsonBody object() {
        return new JsonBody();
    }

    /**
     * Sets a field unless the value is {@code null} or an empty collection.
     *
     * @param name the reference's field name
     * @param value the value
     * @return this
     */
    public JsonBody put(String name, Object value) {
        Object v = wire(value);
        if (v != null && !(v instanceof Collection<?> c && c.isEmpty())) {
            fields.put(name, v);
        }
        return this;
    }

    /**
     * The object as a map, for the JSON writer.
     *
     * @return the fields in insertion order
     */
    public Map<String, Object> toMap() {
        return fields;
    }

    private static Object wire(Object value) {
        if (value instanceof ExtensibleEnum e) {
            return e.value();
        }
        if (value instanceof Tag t) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", t.key());
            m.put("value", t.value());
            return m;
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object o : c) {
                out.add(wire(o));
            }
            return out;
        }
        if (value instanceof JsonBody b) {
            return b.toMap();
        }
        return value;
    }
}
