package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.model.ExtensibleEnum;
import io.lakejob.sdk.model.job.FlinkJobSettings;
import io.lakejob.sdk.model.job.FlinkJobSettings.Field;
import io.lakejob.sdk.model.job.FlinkJobSettings.Group;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A job's {@link FlinkJobSettings} in the JSON of exported job definitions: every set field under
 * its wire name ({@link Field#wireName()}, the one place it is written), enumerations as their
 * wire text, lists as arrays of strings. Reading takes the fields of the groups a definition
 * accepts and ignores the rest.
 */
final class SettingsJson {
    private SettingsJson() {}

    /**
     * Writes every set field of the settings into an object.
     *
     * @param settings the settings
     * @param out the object
     */
    static void write(FlinkJobSettings settings, ObjectNode out) {
        settings.values().forEach((field, value) -> {
            String name = field.wireName();
            if (value instanceof Integer i) {
                out.put(name, i);
            } else if (value instanceof Boolean b) {
                out.put(name, b);
            } else if (value instanceof ExtensibleEnum e) {
                out.put(name, e.value());
            } else if (value instanceof List<?> list) {
                ArrayNode items = out.putArray(name);
                list.forEach(item -> items.add(String.valueOf(item)));
            } else {
                out.put(name, String.valueOf(value));
            }
        });
    }

    /**
     * Reads the fields of some groups from an object; fields that are absent or {@code null} stay
     * unset.
     *
     * @param in the object
     * @param groups the groups whose fields are read
     * @return the settings
     * @throws io.lakejob.sdk.exception.ValidationException naming a field whose value does not fit
     */
    static FlinkJobSettings read(JsonNode in, Group... groups) {
        Map<Field, Object> values = new EnumMap<>(Field.class);
        for (Field f : Field.of(groups)) {
            JsonNode v = in.get(f.wireName());
            if (v != null && !v.isNull()) {
                values.put(f, value(f, v));
            }
        }
        return FlinkJobSettings.of(values);
    }

    private static Object value(Field f, JsonNode v) {
        Class<?> type = f.type();
        if (type == Integer.class) {
            if (!v.canConvertToInt() && !v.isTextual()) {
                throw LocalErrors.invalid(f.wireName(), "must be a whole number, was " + v);
            }
            return v.asInt();
        }
        if (type == Boolean.class) {
            return v.asBoolean();
        }
        if (type == List.class) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(item.asText()));
            return items;
        }
        if (ExtensibleEnum.class.isAssignableFrom(type)) {
            return enumValue(type, v.asText());
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static Object enumValue(Class<?> type, String text) {
        try {
            return type.getMethod("of", String.class).invoke(null, text);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " has no of(String)", e);
        }
    }
}
